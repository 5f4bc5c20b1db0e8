"""My log: the paged model under Qt's model tester, search, edit as a new version, delete."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from champion_app.store import Changes, RecordFilter, Store
from ui.log.model import PAGE, PLACEHOLDER, LogModel, RecordIdRole

from .conftest import wait_idle
from .test_forms import child, pick, submit

KINDS = ("doorstep", "post_works", "block", "welcome", "walkabout")
ESTATES = ("est-alder", "est-brook", "est-castle")


def bulk_records(db_path, n: int) -> None:
    """n records inserted in one transaction (fast), as a store full of history would hold."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(n):
        stamp = (start + timedelta(minutes=i)).isoformat(timespec="seconds")
        rows.append({"record_id": str(uuid.UUID(int=i + 1)), "kind": KINDS[i % 5],
                     "state": "queued" if i % 3 else "draft", "estate_id": ESTATES[i % 3],
                     "hazard": "damp_mould" if i % 97 == 0 else "none",
                     "summary": f"Conversation number {i}", "search_text": f"conversation {i}",
                     "draft": json.dumps({"payload": {}}) if i % 3 == 0 else None,
                     "created_at": stamp, "updated_at": stamp})
    with Store.open(db_path) as store, store.db.atomic():
        store.db["records"].insert_all(rows, batch_size=2000)


def test_log_model_passes_modeltester_with_10000_records(qtbot, qtmodeltester, patch, runner):
    bulk_records(patch, 10_000)
    model = LogModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.refresh()
    assert loaded.args == [10_000]
    assert model.rowCount() == 10_000

    # Rows come in pages: first a placeholder, then the real row after dataChanged.
    assert model.index(5000, 1).data() == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.index(5000, 1).data() != PLACEHOLDER
    assert model.index(5000, 0).data(RecordIdRole) == model.record_id(5000)

    qtmodeltester.check(model)
    wait_idle(qtbot, runner)
    # The cache stays bounded however much was read.
    assert len(model._rows) <= max(4000, PAGE)


def test_log_sorts_and_filters_in_sql(qtbot, patch, runner):
    bulk_records(patch, 600)
    model = LogModel(runner)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(RecordFilter(kinds=("welcome",), hazard_only=False))
    assert model.rowCount() == 120
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    first = model.record_id(0)
    assert first == str(uuid.UUID(int=4))  # the oldest welcome record (i == 3)


def test_search_finds_a_record_by_a_word_in_what_was_said(qtbot, window, runner):
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-alder")
    child(form, QCheckBox, "topics_pests").click()
    child(form, QPlainTextEdit, "what_was_said").setPlainText(
        "Foxes have been tearing open the rubbish sacks every night.")
    record_id = submit(qtbot, window)
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-brook")
    child(form, QCheckBox, "topics_lighting").click()
    child(form, QPlainTextEdit, "what_was_said").setPlainText("Street lamp flickering.")
    submit(qtbot, window)

    window.find()
    page = window.log_page
    assert window.current_page() == "log"
    page.search.setText("foxes")  # debounced: the query runs once typing pauses

    def found():
        assert page.model.rowCount() == 1
        assert page.model.record_id(0) == record_id

    qtbot.waitUntil(found)
    assert page.count.text() == "1 record"


def test_edit_submitted_record_as_new_version_and_delete_draft(qtbot, window, runner,
                                                                read_store):
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-castle")
    child(form, QCheckBox, "topics_grounds").click()
    record_id = submit(qtbot, window)

    window.show_page("log")
    page = window.log_page

    def listed():
        assert page.model.row_of(record_id) >= 0

    qtbot.waitUntil(listed)
    page.table.selectRow(page.model.row_of(record_id))

    def detail_shown():
        assert page.detail.detail is not None and page.detail.change.isEnabled()

    qtbot.waitUntil(detail_shown)
    assert "History" in page.detail.text.toPlainText()
    page.detail.change.click()

    def editing():
        assert window.visit.form is not None and window.visit.record_id == record_id

    qtbot.waitUntil(editing)
    child(window.visit.form, QCheckBox, "topics_refuse").click()
    submit(qtbot, window)
    detail = read_store().get_record(record_id)
    assert len(detail.versions) == 2
    assert detail.versions[1]["base_version_id"] == detail.versions[0]["version_id"]
    assert detail.versions[1]["payload"]["topics"] == ["grounds", "refuse"]

    # A fresh draft, deleted from My log after confirmation (answered by the fixture).
    form = window.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-alder")
    with qtbot.waitSignal(window.visit.saved) as saved:
        window.visit.save_button.click()
    draft_id = saved.args[0]
    window.visit.close_form()
    window.show_page("log")

    def draft_listed():
        assert page.model.row_of(draft_id) >= 0

    qtbot.waitUntil(draft_listed)
    page.table.selectRow(page.model.row_of(draft_id))

    def deletable():
        assert page.detail.detail is not None
        assert page.detail.detail.row.record_id == draft_id and page.detail.delete.isEnabled()

    qtbot.waitUntil(deletable)
    page.detail.delete.click()

    def gone():
        assert page.model.row_of(draft_id) < 0

    qtbot.waitUntil(gone)
    assert read_store().count_records(RecordFilter(states=("draft",))) == 0


def test_a_reply_that_arrives_while_my_log_is_hidden_stays_new(qtbot, window, runner,
                                                                read_store):
    """A coordinator's question pulled by a sync while the champion is on another page stays
    unread (Today's "Needs attention" and the thread's "new" mark keep it) until My log,
    showing that record, is on screen."""
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-alder")
    child(form, QCheckBox, "topics_pests").click()
    record_id = submit(qtbot, window)
    window.show_page("log")
    page = window.log_page
    qtbot.waitUntil(lambda: page.model.row_of(record_id) >= 0)
    page.table.selectRow(page.model.row_of(record_id))
    wait_idle(qtbot, runner)
    window.show_page("today")

    def question(store):  # what a pull writes for a coordinator's comment
        with store.write():
            store.db.execute("INSERT INTO comments (comment_id, record_id, body, at, mine, "
                             "unread) VALUES ('c1', ?, 'Was it the bins again?', "
                             "'2026-11-26T10:00:00Z', 0, 1)", [record_id])
        return Changes(record_ids=frozenset({record_id}), reviews=True)

    runner.op("pull a comment", question).run()  # its Changes are announced, as a sync's
    wait_idle(qtbot, runner)
    reader = read_store()
    unread = lambda: [c["unread"] for c in reader.comments_on(record_id)]  # noqa: E731
    assert unread() == [1]  # My log reloaded the record while hidden, and left it new
    window.show_page("log")
    qtbot.waitUntil(lambda: unread() == [0])
