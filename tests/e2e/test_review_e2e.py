"""The review loop with real windows on the real server: a champion submits, a coordinator
reviews from the queue with keystrokes and comments, the champion sees it on Today and
replies, the coordinator sees the reply. Two data folders, one server, nothing mocked."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from champion_app.store import QueueFilter
from tests.e2e.two_apps import App
from ui.log.model import RecordIdRole


def queue_ids(app: App) -> list[str]:
    page = app.window.review
    return [page.model.index(r, 0).data(RecordIdRole) for r in range(page.model.rowCount())]


def only_champion(qtbot, coord: App, champion: App) -> None:
    """The coordinator's queue narrowed to this test's champion (the server is shared)."""
    page = coord.window.review
    qtbot.waitUntil(lambda: page.champion.findData(champion.user_id) >= 0, timeout=10_000)
    page.champion.setCurrentIndex(page.champion.findData(champion.user_id))
    coord.idle(qtbot)


def cell(app: App, row: int, header: str) -> str:
    page = app.window.review
    column = [h for _k, h, _s in page.model.columns].index(header)
    return page.model.index(row, column).data()


def select(qtbot, app: App, record_id: str) -> None:
    page = app.window.review
    page.table.setFocus()
    page.table.selectRow(queue_ids(app).index(record_id))
    qtbot.waitUntil(lambda: page.detail.record_id == record_id, timeout=10_000)
    app.idle(qtbot)


def on_server(server, record_id: str) -> tuple[list[str], list[str]]:
    """(review states, comment bodies) the server holds for a record, in seq order."""
    from sqlalchemy import select

    from server import schema as s

    with server.engine.connect() as conn:
        versions = select(s.record_versions.c.version_id).where(
            s.record_versions.c.record_id == record_id)
        reviews = conn.execute(select(s.reviews.c.data).where(
            s.reviews.c.version_id.in_(versions)).order_by(s.reviews.c.seq)).scalars()
        comments = conn.execute(select(s.comments.c.data).where(
            s.comments.c.record_id == record_id).order_by(s.comments.c.seq)).scalars()
        return ([json.loads(r)["state"] for r in reviews],
                [json.loads(c)["body"] for c in comments])


def test_submit_review_comment_reply_round_trip(qtbot, champion_app, coordinator_app, server):
    champ, coord = champion_app, coordinator_app
    plain = champ.submit_doorstep(qtbot, "Bins not emptied this week on Ash House")
    mould = champ.submit_doorstep(qtbot, "Mould back in the bedroom since the leak",
                                  hazard="damp_mould", complain=True)
    champ.sync(qtbot)

    # The coordinator's window knows its role: Review instead of Today, New visit, My log.
    coord.sync(qtbot)
    window = coord.window
    assert window.current_page() == "review"
    nav = {window.nav.item(r).data(Qt.ItemDataRole.UserRole): window.nav.item(r)
           for r in range(window.nav.count())}
    assert [k for k, item in nav.items() if not item.isHidden()] == [
        "review", "hazards", "complaints", "actions", "champions", "reports", "sync"]
    qtbot.waitUntil(lambda: nav["review"].text().startswith("Review ("), timeout=10_000)
    only_champion(qtbot, coord, champ)
    assert queue_ids(coord) == [mould, plain]  # the hazard (and complaint request) on top
    qtbot.waitUntil(lambda: cell(coord, 0, "Logged by") == "Amir Khan", timeout=10_000)
    assert cell(coord, 0, "Hazard · complaint") == "⚠ Damp and mould · complaint"
    assert cell(coord, 0, "Review") == "To review"

    # Read it, ask the champion a question beside the review buttons, approve with "A".
    select(qtbot, coord, mould)
    page = window.review
    assert "The resident wants to make a complaint." in page.detail.text.toPlainText()
    assert "Amir Khan" in page.detail.text.toPlainText()
    page.detail.thread.box.setPlainText("Has she been offered an inspection?")
    page.detail.thread.send.click()
    coord.idle(qtbot)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_A)
    coord.idle(qtbot)
    # "I" on the other record asks why, and refuses to go on without a reason.
    select(qtbot, coord, plain)
    QTest.keyClick(page.table, Qt.Key.Key_I)
    dialog = page.note_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ok.click()
    assert dialog.isVisible() and "Type the reason" in dialog.message.text()
    dialog.note.setPlainText("Which flat was this?")
    dialog.ok.click()
    coord.idle(qtbot)
    with coord.store() as store:
        states = {rid: store.rows_by_id([rid])[rid].review_state for rid in (mould, plain)}
    assert states == {mould: "approved", plain: "has_issues"}
    # Through the outbox, sent by the sync a write starts when online (or by this one).
    coord.sync(qtbot)
    assert on_server(server, mould) == (["approved"], ["Has she been offered an inspection?"])
    assert on_server(server, plain) == (["has_issues"], [])

    # The champion sees both on Today, opens the question and replies.
    champ.sync(qtbot)
    today = champ.window.today
    champ.window.show_page("today")
    items = {today.attention.item(i).data(Qt.ItemDataRole.UserRole): today.attention.item(i)
             for i in range(today.attention.count())}
    assert "Your coordinator says: Which flat was this?" in items[plain].text()
    assert "Your coordinator asks: Has she been offered an inspection?" in items[mould].text()
    today.attention.itemActivated.emit(items[mould])
    log_page = champ.window.log_page
    qtbot.waitUntil(lambda: log_page.detail.detail is not None
                    and log_page.detail.detail.row.record_id == mould, timeout=10_000)
    assert champ.window.current_page() == "log"
    thread = log_page.detail.thread
    assert "Has she been offered an inspection?" in thread.thread.toPlainText()
    assert "Your coordinator" in thread.thread.toPlainText()
    champ.idle(qtbot)
    with champ.store() as store:  # seen: no longer marked new
        assert not [c for c in store.comments_on(mould) if c["unread"]]
    thread.box.setPlainText("Yes, the surveyor comes Tuesday.")
    thread.send.click()
    champ.idle(qtbot)
    champ.sync(qtbot)
    with champ.store() as store:
        assert store.awaiting_reply() == {} and store.outbox_count() == 0
    assert on_server(server, mould)[1] == ["Has she been offered an inspection?",
                                           "Yes, the surveyor comes Tuesday."]

    # The coordinator sees the reply: the record is back in "to do", marked, and in its thread.
    coord.sync(qtbot)
    qtbot.waitUntil(lambda: mould in queue_ids(coord), timeout=10_000)
    row = queue_ids(coord).index(mould)
    qtbot.waitUntil(lambda: cell(coord, row, "Review") == "Approved · new reply",
                    timeout=10_000)
    select(qtbot, coord, mould)
    assert "Yes, the surveyor comes Tuesday." in page.detail.thread.thread.toPlainText()
    with coord.store() as store:  # opened: read
        qtbot.waitUntil(lambda: not store.queue_ids(QueueFilter(review="unread",
                                                                author_ids=(champ.user_id,))),
                        timeout=10_000)


def test_a_coordinator_has_no_edit_action_on_a_champions_record(qtbot, champion_app,
                                                                coordinator_app):
    champ, coord = champion_app, coordinator_app
    record_id = champ.submit_doorstep(qtbot, "Door entry buzzer dead")
    champ.sync(qtbot)
    coord.sync(qtbot)
    only_champion(qtbot, coord, champ)
    select(qtbot, coord, record_id)
    detail = coord.window.review.detail
    words = [b.text().replace("&", "") for b in detail.findChildren(QPushButton)]
    assert not [w for w in words if "Change" in w or "Edit" in w], words
    # My log, where a champion changes records, is not among a coordinator's pages.
    coord.window.show_page("log")
    assert coord.window.current_page() == "review"
    # And its detail pane, shown a champion's record, has no change action at all.
    with coord.store() as store:
        shown = store.get_record(record_id)
    assert not shown.row.mine
    coord.window.log_page.detail.show_detail(shown)
    assert coord.window.log_page.detail.change.isHidden()


def test_bulk_approve_and_reject_needs_a_reason(qtbot, champion_app, coordinator_app, server):
    champ, coord = champion_app, coordinator_app
    ids = [champ.submit_doorstep(qtbot, f"Graffiti on the garages, report {n}")
           for n in range(3)]
    champ.sync(qtbot)
    coord.sync(qtbot)
    only_champion(qtbot, coord, champ)
    page = coord.window.review
    assert sorted(queue_ids(coord)) == sorted(ids)
    select(qtbot, coord, queue_ids(coord)[0])
    QTest.keyClick(page.table, Qt.Key.Key_R)
    page.note_dialog.reject()  # cancelled: nothing stored
    coord.idle(qtbot)
    with coord.store() as store:
        assert store.outbox_count() == 0
    page.table.selectAll()
    assert "(3)" in page.approve_selected.text()
    QTest.keyClick(page.table, Qt.Key.Key_A)
    coord.idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert page.count.text() == "Nothing here: all done."
    coord.sync(qtbot)
    assert [on_server(server, rid)[0] for rid in ids] == [["approved"]] * 3
