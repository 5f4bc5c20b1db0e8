"""The coordinator's side of the window: role-aware pages, the queue model under Qt's model
tester, keystrokes that never fire while typing, and the whole record in the detail."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from champion_app.store import QueueFilter, Store
from tests.core.test_review_queue import pull, version
from ui.coordinator.review.model import QueueModel
from ui.log.model import PLACEHOLDER, RecordIdRole
from ui.main_window import MainWindow

from .conftest import wait_idle

AUTHORS = ("amir", "bea", "cal")


def as_coordinator(db_path) -> None:
    with Store.open(db_path) as store:
        store.set_states({"user_id": "coord-1", "role": "coordinator"})
        for who in AUTHORS:
            pull(store, "champion", who, {"id": who, "username": who, "role": "champion",
                                          "display_name": who.capitalize() + " Champion"})


def bulk_pulled(db_path, n: int) -> None:
    """n champions' records as pulls leave them (mine = 0), written in one transaction."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    ratings = (None, "very_satisfied", "neither", "fairly_dissatisfied")
    rows = []
    for i in range(n):
        stamp = (start + timedelta(minutes=i)).isoformat(timespec="seconds")
        rows.append({"record_id": str(uuid.UUID(int=i + 1)), "kind": "doorstep",
                     "state": "sent", "estate_id": "est-alder", "mine": 0,
                     "author_id": AUTHORS[i % 3], "current_version_id": f"v-{i}",
                     "hazard": "emergency" if i % 101 == 0 else "none",
                     "wants_to_complain": int(i % 53 == 0), "satisfaction": ratings[i % 4],
                     "summary": f"Said number {i}", "search_text": f"said {i}",
                     "created_at": stamp, "updated_at": stamp, "submitted_at": stamp})
    with Store.open(db_path) as store, store.db.atomic():
        store.db["records"].insert_all(rows, batch_size=2000)


@pytest.fixture
def coord_window(qtbot, patch, runner):
    as_coordinator(patch)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitUntil(lambda: window.role == "coordinator", timeout=10_000)
    wait_idle(qtbot, runner)
    return window


def test_the_queue_model_passes_modeltester_with_10000_records(qtbot, qtmodeltester, patch,
                                                               runner):
    as_coordinator(patch)
    bulk_pulled(patch, 10_000)
    model = QueueModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.set_filter(QueueFilter(review=None))
    assert loaded.args == [10_000]
    # The queue's order: undecided hazards first, then complaint requests, then newest.
    def urgency(i: int) -> tuple[int, int]:
        return (i % 101 == 0) * 4 + (i % 53 == 0), i  # emergencies, complaints, newest

    expected = sorted(range(10_000), key=urgency, reverse=True)[:300]
    assert [int(uuid.UUID(model.record_id(r))) - 1 for r in range(300)] == expected
    assert model.index(6000, 1).data() == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.index(6000, 1).data().endswith("Champion")
    assert model.index(6000, 0).data(RecordIdRole) == model.record_id(6000)
    qtmodeltester.check(model)
    wait_idle(qtbot, runner)
    for column, (_key, _header, sortable) in enumerate(model.columns):
        if sortable:
            with qtbot.waitSignal(model.loaded, timeout=10_000):
                model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 10_000


def test_a_coordinators_window_shows_the_review_pages_with_a_count(qtbot, coord_window, patch):
    with Store.open(patch) as store:
        version(store, "amir", {"topics": ["refuse"], "what_was_said": "Bins"}, estate="est-alder")
    coord_window.refresh_status()
    wait_idle(qtbot, coord_window.runner)
    nav = coord_window.nav
    shown = [nav.item(r).text() for r in range(nav.count()) if not nav.item(r).isHidden()]
    assert shown == ["Review (1)", "Hazards", "Complaints", "Actions", "Champions", "Reports",
                     "Sync"]
    assert coord_window.current_page() == "review"
    assert not coord_window.new_action.isVisible()
    assert coord_window.go_actions["review"].shortcut().toString() == "Ctrl+1"
    assert "A approve, I has issues, R reject" in coord_window.shortcuts_text()
    assert coord_window.windowTitle().endswith("(coordinator)")
    coord_window.find()
    assert coord_window.review.search.hasFocus() or coord_window.current_page() == "review"


def test_a_champions_window_never_shows_coordinator_pages(qtbot, window):
    nav = window.nav
    shown = [nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(nav.count())
             if not nav.item(r).isHidden()]
    assert shown == ["today", "visit", "log", "you_said", "reports", "sync"]
    window.show_page("review")
    assert window.current_page() == "today"
    assert "A approve" not in window.shortcuts_text()


def test_keys_review_in_the_table_and_never_while_typing(qtbot, coord_window, patch):
    with Store.open(patch) as store:
        record_id = version(store, "amir", {"topics": ["refuse"], "what_was_said": "Bins"},
                            estate="est-alder")["record_id"]
    page = coord_window.review
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record_id == record_id, timeout=10_000)
    page.search.setFocus()
    QTest.keyClicks(page.search, "a")  # a letter typed in the search box is only a letter
    wait_idle(qtbot, coord_window.runner)
    with Store.open(patch) as store:
        assert store.outbox_count() == 0
    page.search.clear()
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_A)
    wait_idle(qtbot, coord_window.runner)
    with Store.open(patch) as store:
        assert [json.loads(r["body"])["state"] for r in store.db.query(
            "SELECT body FROM outbox")] == ["approved"]


def test_the_detail_shows_the_whole_record_in_words(qtbot, coord_window, patch):
    at = "2026-03-02T10:00:00Z"
    payload = {"topics": ["damp_mould"], "what_was_said": "Mould in the bedroom.",
               "ratings": {"TP05": "very_dissatisfied"}, "hazard": "damp_mould",
               "hazard_details": "Ceiling by the window", "respondent": "tenant",
               "complaint": {"offered": True, "wants_to_complain": True},
               "consent": {"contact": {"given": True, "at": at}},
               "contact": {"name": "Ms Begum", "phone": "07700 900118",
                           "wants_callback": True},
               "attachments": None}
    payload.pop("attachments")
    with Store.open(patch) as store:
        first = version(store, "amir", payload, estate="est-alder")
        version(store, "amir", {**payload, "what_was_said": "Mould in both bedrooms."},
                estate="est-alder", record_id=first["record_id"], base="not-the-head")
        store.db.execute("UPDATE record_versions SET conflict = 1 WHERE base_version_id = ?",
                         ["not-the-head"])
        store.db.conn.commit()
    page = coord_window.review
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record_id == first["record_id"], timeout=10_000)
    text = page.detail.text.toPlainText()
    for expected in ("Logged by Amir Champion", "Hazard: Damp and mould", "Ceiling by the window",
                     "wants to make a complaint", "Ms Begum", "07700 900118",
                     "Would like a call back", "Agreed to be contacted on",
                     "Very dissatisfied", "safe?", "Respondent: Tenant", "Conflict",
                     "Version 2 sent", "Mould in both bedrooms."):
        assert expected in text, expected
    assert "very_dissatisfied" not in text and "damp_mould" not in text  # words, not codes
    assert page.detail.state.text() == "Not reviewed yet."


def test_every_alt_letter_on_the_review_page_is_its_own(qtbot, coord_window):
    """Keyboard: each Alt+letter on the page (and the menu bar) reaches one control."""
    from PySide6.QtWidgets import QAbstractButton

    texts = [a.text() for a in coord_window.menuBar().actions()]
    texts += [b.text() for b in coord_window.review.findChildren(QAbstractButton)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(letters) == len(set(letters)), sorted(letters)
