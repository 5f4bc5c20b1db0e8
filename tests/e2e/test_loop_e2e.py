"""The whole loop, through the real UI only: real windows offscreen, the real server on
loopback, a real SQLite file per laptop, nothing mocked.

A champion types up a post-works visit made on the Friday evening before the Spring Bank
Holiday (its visit date and time set on the form; a damp-and-mould hazard, a resident who
wants to complain) and syncs. The coordinator syncs,
finds it in the review queue, sees on the Hazards page the working-day deadline that skips
the bank holiday, passes it to repairs, approves it, asks the champion a question, routes the
complaint and publishes a "You said, we did" action made from it. The champion syncs, sees
all of it on the record and on You said, we did, and replies; the coordinator sees the reply.
Then two coordinators change one action while the server is out of reach; both sync; the
second is shown the conflict, never overwritten, and settles it from the Actions page.

Every step is a click, a keystroke or typing into the widget a person uses; pages are reached
by clicking their entry in the navigation. Waits are on the task runner and the sync
controller (qtbot), never sleeps.
"""

from __future__ import annotations

from datetime import date

import holidays
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QPushButton, QRadioButton

from champion_app.records.scales import CaseState
from champion_app.store import QueueFilter
from sync.errors import SyncError
from tests.e2e.test_review_e2e import cell, only_champion, queue_ids, select
from tests.e2e.two_apps import App
from ui.coordinator.conflict import ConflictDialog

pytestmark = pytest.mark.timeout(180)

# Friday 22 May 2026, 17:30 on the laptop's clock (Friday evening in London whether the
# laptop keeps UTC or London time): the evening before the Spring Bank Holiday (Monday 25
# May). Ten working days from it, day 1 being Tuesday 26 May, end on Monday 8 June; had the
# holiday been counted as a working day they would end on Friday 5 June.
VISIT = QDateTime(QDate(2026, 5, 22), QTime(17, 30))
BANK_HOLIDAY = date(2026, 5, 25)
INVESTIGATE_BY = "Mon 08 Jun 2026"
WITHOUT_THE_HOLIDAY = "Fri 05 Jun 2026"
ACKNOWLEDGE_BY = "Mon 01 Jun 2026"   # the complaint: 5 working days (Fri 29 May without it)


@pytest.fixture(autouse=True)
def closing_discards_a_form_left_open(monkeypatch):
    """A failed step may leave a form half filled: closing the window must not then wait on
    the "Save it as a draft?" question nobody offscreen can answer."""
    from PySide6.QtWidgets import QMessageBox

    from ui.forms.page import VisitPage

    monkeypatch.setattr(VisitPage, "ask_unsaved",
                        classmethod(lambda cls, parent: QMessageBox.StandardButton.Discard))


# -- the things a person does --------------------------------------------------------------
def go(qtbot, app: App, key: str) -> None:
    """Click the page's entry in the navigation on the left."""
    nav = app.window.nav
    item = next(nav.item(r) for r in range(nav.count())
                if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)
    assert not item.isHidden(), f"{key} is not offered to this user"
    nav.scrollToItem(item)
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(item).center())
    assert app.window.current_page() == key
    app.idle(qtbot)


def nav_text(app: App, key: str) -> str:
    nav = app.window.nav
    return next(nav.item(r).text() for r in range(nav.count())
                if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)


def pick(combo: QComboBox, ident: str) -> None:
    index = combo.findData(ident)
    assert index >= 0, f"{ident} is not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)


def radio(form, name: str) -> None:
    button = form.findChild(QRadioButton, name)
    assert button is not None, name
    button.click()


def record_step(qtbot, app: App, page, record_id: str, state: str, reference: str) -> None:
    """On Hazards or Complaints: choose the case, the step, type the reference, Record."""
    page.table.selectRow(page.model.row_of(record_id))
    assert page.current_row().record_id == record_id
    pick(page.step, state)
    QTest.keyClicks(page.reference, reference)
    QTest.keyClicks(page.note, "Phoned it through")
    page.record_button.click()
    app.idle(qtbot)
    assert "Recorded" in page.step_message.text()


def case_cell(page, record_id: str, column: int) -> str:
    return page.model.data(page.model.index(page.model.row_of(record_id), column))


# -- the loop -------------------------------------------------------------------------------
def test_the_loop_closes_through_the_ui(qtbot, champion_app, coordinator_app):
    champ, coord = champion_app, coordinator_app
    assert BANK_HOLIDAY in holidays.country_holidays("GB", subdiv="ENG", years=2026)

    # The champion types up their notes of Friday evening's visit: New visit ▸ Post-works
    # visit, the visit's date and time corrected, filled in and submitted.
    go(qtbot, champ, "visit")
    visit = champ.window.visit
    visit.findChild(QPushButton, "kind_post_works").click()
    form = visit.form
    form.field("payload.visited_at").setDateTime(VISIT)
    pick(form.field("estate_id"), "E1")
    pick(form.field("block_id"), "B1")
    pick(form.field("home_id"), "H1")
    QTest.keyClicks(form.field("job_ref").lineEdit(), "WO-1")
    form.sent_out.click()       # the job was not on the worklist: someone did come out
    radio(form, "part1_rating_fairly_dissatisfied")
    radio(form, "part2_rating_very_dissatisfied")
    QTest.keyClicks(form.field("payload.what_was_said"),
                    "They painted over the mould and it came back in a week")
    pick(form.field("payload.hazard"), "damp_mould")
    QTest.keyClicks(form.field("payload.hazard_details"), "Black mould over the cot")
    form.field("payload.complaint.offered").click()
    form.field("payload.complaint.wants_to_complain").click()
    form.field("payload.consent.contact").click()
    QTest.keyClicks(form.field("payload.contact.name"), "Mrs Okafor")
    QTest.keyClicks(form.field("payload.contact.phone"), "07700 900456")
    form.field("payload.contact.wants_callback").click()
    with qtbot.waitSignal(visit.submitted, timeout=10_000) as submitted:
        visit.submit_button.click()
    champ.idle(qtbot)
    record_id = submitted.args[0]
    # Two more visits, today: a loose handrail (a hazard not yet due) and a plain report.
    handrail = champ.submit_doorstep(qtbot, "The stair handrail is coming away",
                                     hazard="other_safety")
    plain = champ.submit_doorstep(qtbot, "Bins were emptied on time this week")
    champ.sync(qtbot)

    # The coordinator syncs: it is in the review queue, hazard and complaint on show.
    coord.sync(qtbot)
    go(qtbot, coord, "review")
    only_champion(qtbot, coord, champ)
    # Hazards and complaint requests on top, though the plain report is newer.
    assert set(queue_ids(coord)) == {record_id, handrail, plain}
    assert queue_ids(coord)[-1] == plain
    assert cell(coord, queue_ids(coord).index(record_id), "Logged by") == "Amir Khan"
    row = queue_ids(coord).index(record_id)
    assert cell(coord, row, "Hazard · complaint") == "⚠ Damp and mould · complaint"
    assert cell(coord, row, "Review") == "To review"
    select(qtbot, coord, record_id)
    shown = coord.window.review.detail.text.toPlainText()
    assert "painted over the mould" in shown and "07700 900456" in shown

    # Hazards: overdue, so on top of the queue, with the deadline that skips the holiday.
    go(qtbot, coord, "hazards")
    hazards = coord.window.hazards
    qtbot.waitUntil(lambda: hazards.model.row_of(handrail) >= 0, timeout=10_000)
    assert [r.record_id for r in hazards.model.rows] == [record_id, handrail]
    assert case_cell(hazards, record_id, 0) == "OVERDUE"
    assert f"by the end of {INVESTIGATE_BY}" in case_cell(hazards, record_id, 1)
    hazards.table.selectRow(hazards.model.row_of(record_id))
    detail = hazards.detail.toPlainText()
    assert f"by the end of {INVESTIGATE_BY}" in detail and WITHOUT_THE_HOLIDAY not in detail
    assert "within 10 working days, Awaab's Law" in detail
    assert "not counting Spring Bank Holiday (Mon 25 May 2026)" in detail  # and says so
    record_step(qtbot, coord, hazards, record_id, CaseState.passed_to_repairs.value, "WO-5150")
    assert "Passed to repairs (WO-5150)" in hazards.detail.toPlainText()

    # Review: approve it with one keystroke, and ask the champion a question.
    go(qtbot, coord, "review")
    review = coord.window.review
    select(qtbot, coord, record_id)
    QTest.keyClick(review.table, Qt.Key.Key_A)
    coord.idle(qtbot)
    qtbot.waitUntil(lambda: record_id not in queue_ids(coord), timeout=10_000)  # done
    # Approved records leave "To do"; the filter finds it again, to write to the champion.
    pick(review.review_filter, "approved")
    coord.idle(qtbot)
    qtbot.waitUntil(lambda: record_id in queue_ids(coord), timeout=10_000)
    select(qtbot, coord, record_id)
    assert cell(coord, queue_ids(coord).index(record_id), "Review") == "Approved"
    thread = review.detail.thread
    QTest.keyClicks(thread.box, "Did she say which room the leak started in?")
    thread.send.click()
    coord.idle(qtbot)
    assert "Queued" in thread.message.text()

    # Complaints: routed to the complaints team, with the Code's 5 working days shown.
    go(qtbot, coord, "complaints")
    complaints = coord.window.complaints
    qtbot.waitUntil(lambda: complaints.model.row_of(record_id) >= 0, timeout=10_000)
    assert f"by the end of {ACKNOWLEDGE_BY}" in case_cell(complaints, record_id, 1)
    record_step(qtbot, coord, complaints, record_id, CaseState.passed_to_complaints.value,
                "CMP-2207")

    # An action made from the record, published to the estate's champions.
    go(qtbot, coord, "hazards")
    hazards.table.selectRow(hazards.model.row_of(record_id))
    hazards.action_button.click()
    actions = coord.window.actions_page
    qtbot.waitUntil(lambda: actions.form.source_record_ids == [record_id], timeout=10_000)
    assert coord.window.current_page() == "actions"
    assert actions.form.estates.value() == ["E1"]
    assert "painted over the mould" in actions.form.residents.text()
    QTest.keyClicks(actions.form.you_said, "Mould came back after it was painted over.")
    QTest.keyClicks(actions.form.we_did, "A mould survey of every flat in Ash House in June.")
    pick(actions.form.status, "in_progress")
    actions.form.published.click()
    actions.save_button.click()
    coord.idle(qtbot)
    assert "Saved" in actions.message.text()
    coord.sync(qtbot)
    with coord.store() as store:
        assert store.outbox_count() == 0 and store.quarantined() == []

    # The champion syncs: the question is on Today; Enter opens the record.
    champ.sync(qtbot)
    go(qtbot, champ, "today")
    attention = champ.window.today.attention
    qtbot.waitUntil(lambda: any(attention.item(i).data(Qt.ItemDataRole.UserRole) == record_id
                                for i in range(attention.count())), timeout=10_000)
    item = next(attention.item(i) for i in range(attention.count())
                if attention.item(i).data(Qt.ItemDataRole.UserRole) == record_id)
    assert "Your coordinator asks: Did she say which room" in item.text()
    attention.setFocus()
    attention.setCurrentItem(item)
    QTest.keyClick(attention, Qt.Key.Key_Return)
    log_page = champ.window.log_page
    qtbot.waitUntil(lambda: log_page.detail.detail is not None
                    and log_page.detail.detail.row.record_id == record_id, timeout=10_000)
    assert champ.window.current_page() == "log"
    champ.idle(qtbot)
    text = log_page.detail.text.toPlainText()
    assert "State: Reviewed" in text and "— Approved" in text
    assert "Hazard: Passed to repairs (WO-5150)" in text
    assert "Complaint: Passed to the complaints team (CMP-2207)" in text
    # The action made from this record, on the record itself.
    assert "A mould survey of every flat in Ash House in June." in text
    thread = log_page.detail.thread
    assert "Did she say which room the leak started in?" in thread.thread.toPlainText()

    # And on You said, we did, for telling the neighbours.
    go(qtbot, champ, "you_said")
    you_said = champ.window.you_said.text
    qtbot.waitUntil(lambda: "A mould survey of every flat" in you_said.toPlainText(),
                    timeout=10_000)
    assert "Mould came back after it was painted over." in you_said.toPlainText()

    # The champion replies from the record.
    go(qtbot, champ, "log")
    qtbot.waitUntil(lambda: log_page.detail.detail is not None
                    and log_page.detail.detail.row.record_id == record_id, timeout=10_000)
    QTest.keyClicks(thread.box, "The bathroom, behind the bath panel.")
    thread.send.click()
    champ.idle(qtbot)
    champ.sync(qtbot)
    with champ.store() as store:
        assert store.outbox_count() == 0

    # The coordinator, still on Actions, syncs: the reply waits for them, new, and counted
    # on Review in the navigation (the record they left open there does not swallow it).
    coord.sync(qtbot)
    assert coord.window.current_page() == "actions"
    with coord.store() as store:
        assert store.queue_ids(QueueFilter(review="unread")) == [record_id]
        to_do = store.queue_count()                     # the handrail and the plain report
    assert to_do == 3
    qtbot.waitUntil(lambda: nav_text(coord, "review") == "Review (3)", timeout=10_000)
    # On Review the record is still open, the reply in its thread; seen, it is read.
    go(qtbot, coord, "review")
    assert coord.window.review.detail.record_id == record_id
    qtbot.waitUntil(lambda: "The bathroom, behind the bath panel." in
                    coord.window.review.detail.thread.thread.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: nav_text(coord, "review") == "Review (2)", timeout=10_000)
    with coord.store() as store:
        assert store.queue_ids(QueueFilter(review="unread")) == []


# -- two coordinators, one action -------------------------------------------------------------
def edit_we_did(qtbot, app: App, you_said: str, text: str) -> None:
    """On Actions: choose the action in the list, retype "We did", Save."""
    page = app.window.actions_page
    qtbot.waitUntil(lambda: any(a.get("you_said") == you_said for a in page.actions),
                        timeout=10_000)
    page.table.selectRow(next(i for i, a in enumerate(page.actions)
                              if a.get("you_said") == you_said))
    page.form.we_did.selectAll()
    QTest.keyClicks(page.form.we_did, text)
    page.save_button.click()
    app.idle(qtbot)
    assert "Saved" in page.message.text()


def sync_fails(qtbot, app: App) -> None:
    """Sync while the server is out of reach: it fails, and keeps the work."""
    app.idle(qtbot)
    with qtbot.waitSignal(app.controller.sync_finished, timeout=60_000) as done:
        app.controller.request_sync()
    assert isinstance(done.args[0], SyncError)
    app.idle(qtbot)


def test_two_coordinators_change_one_action_offline(qtbot, coordinator_app,
                                                    other_coordinator_app, server):
    ann, bob = coordinator_app, other_coordinator_app
    said = "Bins overflow by the Ash House garages every weekend."
    go(qtbot, ann, "actions")
    page_a = ann.window.actions_page
    page_a.new_button.click()
    page_a.form.estates.boxes["E1"].click()
    QTest.keyClicks(page_a.form.you_said, said)
    QTest.keyClicks(page_a.form.we_did, "An extra collection on Mondays.")
    page_a.form.published.click()
    page_a.save_button.click()
    ann.idle(qtbot)
    ann.sync(qtbot)
    bob.sync(qtbot)
    go(qtbot, bob, "actions")
    page_b = bob.window.actions_page

    # The office network is down: each changes the action, and it waits on their laptop.
    server.stop()
    try:
        edit_we_did(qtbot, ann, said, "Extra collections on Mondays and Fridays.")
        edit_we_did(qtbot, bob, said, "A bigger bin store, built in May.")
        for app in (ann, bob):
            sync_fails(qtbot, app)
            with app.store() as store:
                assert store.outbox_count() == 1
    finally:
        server.start()

    # Back online, both sync: Ann's change got there first; Bob's is not applied over it.
    ann.sync(qtbot)
    bob.sync(qtbot)
    with bob.store() as store:
        assert len(store.action_conflicts()) == 1 and store.outbox_count() == 0
    qtbot.waitUntil(lambda: page_b.conflict_note.isVisible(), timeout=10_000)
    row = next(i for i, a in enumerate(page_b.actions) if a.get("you_said") == said)
    assert page_b.table.item(row, 3).text() == "Conflict: choose"
    assert page_b.form.we_did.toPlainText() == "Extra collections on Mondays and Fridays."
    assert not page_b.save_button.isEnabled()   # no typing over a conflict not settled

    # Bob compares the two and keeps his.
    page_b.conflict_button.click()
    dialog = page_b.findChild(ConflictDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5_000)
    assert "A bigger bin store, built in May." in dialog.mine.toPlainText()
    assert "Extra collections on Mondays and Fridays." in dialog.theirs.toPlainText()
    assert "differs" in dialog.mine.toPlainText()
    dialog.keep_mine.click()
    bob.idle(qtbot)
    assert "Settled" in page_b.message.text()
    bob.sync(qtbot)
    with bob.store() as store:
        assert store.action_conflicts() == [] and store.outbox_count() == 0
    qtbot.waitUntil(lambda: not page_b.conflict_note.isVisible(), timeout=10_000)

    # Ann syncs and sees what Bob chose, on her Actions page.
    ann.sync(qtbot)
    qtbot.waitUntil(lambda: any(a.get("you_said") == said and a.get("we_did") ==
                                "A bigger bin store, built in May." for a in page_a.actions),
                    timeout=10_000)
    assert not page_a.conflict_note.isVisible()
