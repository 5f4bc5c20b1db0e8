"""Coordinators act, with the real widgets offscreen, the real sync controller and the real
server: a champion's damp-and-mould hazard with a complaint request, visited the evening
before Good Friday, is on the coordinator's Hazards page with its working-day deadline;
passing it to repairs reaches the champion; the complaint is routed; an action made from the
record and published reaches the champion's "You said, we did"; two coordinators editing one
action see the conflict and lose nothing; the notice prints; champions and devices are
managed through the server's API."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QFontMetrics
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from champion_app.records import Draft
from sync import connection
from tests.sync_helpers import connected_store, open_store, sync
from ui.coordinator.champion_dialogs import ChampionDialog, PatchDialog
from ui.coordinator.conflict import ConflictDialog
from ui.main_window import MainWindow
from ui.sync.controller import SyncController
from ui.tasks import TaskRunner

pytestmark = pytest.mark.timeout(240)
# Thursday 17 April 2025, 18:00 BST: the evening before Good Friday.
VISIT = "2025-04-17T17:00:00Z"


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    from ui.forms.page import VisitPage

    monkeypatch.setattr(VisitPage, "ask_unsaved",
                        classmethod(lambda cls, parent: QMessageBox.StandardButton.Discard))


class Desk:
    """One laptop: its data folder, task runner, window and sync controller."""

    def __init__(self, qtbot, store):
        self.qtbot = qtbot
        self.path = store.path
        store.close()
        self.runner = TaskRunner(self.path, self.path.parent / "attachments")
        self.window = MainWindow(self.runner)
        qtbot.addWidget(self.window)
        self.controller = SyncController(self.runner, self.window, watch_network=False,
                                         interval=3_600_000)
        self.window.set_sync_controller(self.controller)
        self.window.load()
        self.window.show()
        self.idle()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=20_000)

    def sync(self):
        self.idle()
        with self.qtbot.waitSignal(self.controller.sync_finished, timeout=60_000) as done:
            self.controller.sync_now()
        self.idle()
        result = done.args[0]
        assert not isinstance(result, Exception), result
        return result

    def store(self):
        return open_store(self.path.parent)

    def close(self) -> None:
        self.controller.shutdown()
        self.window.close()
        self.runner.shutdown()


def coordinator_folder(folder: Path, server, name: str):
    server.add_coordinator(name, "correct horse 42", display_name=name.title())
    store = open_store(folder)
    connection.connect(store, server.url, username=name, password="correct horse 42")
    return store


@pytest.fixture
def desks(qtbot):
    made: list[Desk] = []

    def make(store) -> Desk:
        desk = Desk(qtbot, store)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


def visited_before_good_friday(store) -> str:
    """A doorstep record with a damp-and-mould hazard and a wish to complain."""
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1", block_id="B1",
                                       home_id="H1", payload={
        "topics": ["damp_mould"], "what_was_said": "Black mould is back over the cot",
        "hazard": "damp_mould", "hazard_details": "Child's bedroom ceiling",
        "complaint": {"offered": True, "wants_to_complain": True},
        "consent": {"contact": {"given": True, "at": VISIT}},
        "contact": {"name": "Flat 1", "phone": "07700 900123", "wants_callback": True}})
    ).record_id
    # The visit's time: the clock starts there, not when the laptop first synced.
    store.db.execute("UPDATE records SET created_at = ? WHERE record_id = ?",
                     [VISIT, record_id])
    store.submit(record_id)
    return record_id


def cell(page, record_id: str, column: int) -> str:
    row = page.model.row_of(record_id)
    assert row >= 0, "the record is not in the queue"
    return page.model.data(page.model.index(row, column))


def choose(page, record_id: str) -> None:
    page.table.selectRow(page.model.row_of(record_id))
    assert page.current_row().record_id == record_id


def record_step(desk: Desk, page, record_id: str, state: str, reference: str) -> None:
    choose(page, record_id)
    page.step.setCurrentIndex(page.step.findData(state))
    page.reference.setText(reference)
    page.note.setText("Phoned it through")
    page.record_button.click()
    desk.idle()
    desk.qtbot.waitUntil(lambda: "Recorded" in page.step_message.text(), timeout=10_000)


def test_hazard_complaint_and_action_close_the_loop(qtbot, tmp_path, server, desks):
    champion_store = connected_store(tmp_path / "champion", server)
    record_id = visited_before_good_friday(champion_store)
    assert sync(champion_store).applied == 1
    champion = desks(champion_store)
    office = desks(coordinator_folder(tmp_path / "office", server, f"cora{uuid.uuid4().hex[:4]}"))
    office.sync()
    window = office.window
    assert window.role == "coordinator"
    assert not window.nav.item(5).isHidden()          # Hazards shown to a coordinator
    assert champion.window.nav.item(5).isHidden()      # and never to a champion

    # The hazard is on the queue with its working-day deadline: ten working days from
    # Thursday 17 April 2025, skipping Good Friday, Easter Monday and the early May bank
    # holiday, end on Tuesday 6 May 2025. That is long past, so it is overdue, in words.
    window.show_page("hazards")
    hazards = window.hazards
    qtbot.waitUntil(lambda: hazards.model.row_of(record_id) >= 0, timeout=10_000)
    assert "Tue 06 May 2025" in cell(hazards, record_id, 1)
    assert cell(hazards, record_id, 0) == "OVERDUE"
    assert cell(hazards, record_id, 2) == "Damp and mould"
    ranks = [r.status.sort_key(hazards.model.now) for r in hazards.model.rows]
    assert ranks == sorted(ranks)                      # most urgent first
    qtbot.waitUntil(lambda: "overdue" in window.nav.item(5).text(), timeout=10_000)
    choose(hazards, record_id)
    detail = hazards.detail.toPlainText()
    assert "07700 900123" in detail and "wants a call back" in detail
    assert "within 10 working days of" not in detail  # the first clock runs from the visit

    hazards.at.setDateTime(QDateTime(QDate(2025, 4, 18), QTime(9, 0)))  # typed: it was then
    record_step(office, hazards, record_id, "passed_to_repairs", "WO-4242")
    # The next step starts from now again, not from the time typed for this one (nor from
    # the moment the page was built).
    assert hazards.at.dateTime().date() == QDate.currentDate()
    assert "Passed to repairs (WO-4242)" in cell(hazards, record_id, 3)
    assert "Passed to repairs (WO-4242)" in hazards.detail.toPlainText()

    # The complaint: acknowledge within 5 working days of the visit (Mon 28 April).
    window.show_page("complaints")
    complaints = window.complaints
    qtbot.waitUntil(lambda: complaints.model.row_of(record_id) >= 0, timeout=10_000)
    assert "Mon 28 Apr 2025" in cell(complaints, record_id, 1)
    record_step(office, complaints, record_id, "passed_to_complaints", "CMP-77")

    # An action from the record, published to the estate's champions.
    window.show_page("hazards")
    choose(hazards, record_id)
    hazards.action_button.click()
    actions = window.actions_page
    qtbot.waitUntil(lambda: actions.form.source_record_ids == [record_id], timeout=10_000)
    assert window.current_page() == "actions"
    assert actions.form.estates.value() == ["E1"]
    assert actions.form.escalation.value() == "awaab_damp_mould"
    assert "Black mould is back over the cot" in actions.form.residents.text()
    actions.form.you_said.setPlainText("Mould keeps coming back in bedrooms on Oak Estate.")
    actions.form.we_did.setPlainText("Every flat in Ash House gets an extractor fan by June.")
    actions.form.status.set_value("in_progress")
    actions.form.published.setChecked(True)
    actions.save_button.click()
    office.idle()
    assert "Saved" in actions.message.text()

    # Each write also started a sync of its own (as a champion's submit does).
    office.sync()
    check = office.store()
    assert check.outbox_count() == 0 and check.quarantined() == []
    assert [e["status"] for e in check.case_events_of(record_id)] == ["sent", "sent"]
    check.close()

    # The champion sees the step, and the published action, after their sync.
    champion.sync()
    champion.window.show_page("log")
    log_page = champion.window.log_page
    qtbot.waitUntil(lambda: log_page.table.model().rowCount() > 0, timeout=10_000)
    log_page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Passed to repairs (WO-4242)" in
                    log_page.detail.text.toPlainText(), timeout=10_000)
    assert "Passed to the complaints team (CMP-77)" in log_page.detail.text.toPlainText()
    champion.window.show_page("you_said")
    qtbot.waitUntil(lambda: "extractor fan" in champion.window.you_said.text.toPlainText(),
                    timeout=10_000)


def test_two_coordinators_editing_one_action_see_the_conflict(qtbot, tmp_path, server, desks):
    first = desks(coordinator_folder(tmp_path / "a", server, f"ann{uuid.uuid4().hex[:4]}"))
    second = desks(coordinator_folder(tmp_path / "b", server, f"bob{uuid.uuid4().hex[:4]}"))
    page_a, page_b = first.window.actions_page, second.window.actions_page
    first.sync()   # the estates arrive with the first pull
    first.window.show_page("actions")
    page_a.edit(None)
    page_a.form.estates.set_value(["E1"])
    page_a.form.you_said.setPlainText("Bins overflow every weekend.")
    page_a.form.we_did.setPlainText("An extra collection on Mondays.")
    page_a.save_button.click()
    first.idle()
    assert "Saved" in page_a.message.text()
    first.sync()
    second.sync()
    second.window.show_page("actions")
    for desk, page, text in ((first, page_a, "Extra collections on Mondays and Fridays."),
                             (second, page_b, "A bigger bin store, built in May.")):
        desk.qtbot.waitUntil(lambda p=page: any("Bins overflow" in (a["you_said"] or "")
                                                for a in p.actions), timeout=10_000)
        row = next(i for i, a in enumerate(page.actions) if a["you_said"].startswith("Bins"))
        page.table.selectRow(row)
        page.form.we_did.setPlainText(text)
        page.save_button.click()
        desk.idle()
    # Each save started its own sync at once (as a submit does): the first coordinator's
    # edit reached the server first, the second's was answered `conflict`.
    first.sync()
    second.sync()
    check = second.store()
    assert len(check.action_conflicts()) == 1 and check.outbox_count() == 0
    check.close()

    # The second coordinator sees it, with both versions side by side.
    qtbot.waitUntil(lambda: page_b.conflict_note.isVisible(), timeout=10_000)
    assert not page_b.save_button.isEnabled()       # no editing over an unsettled conflict
    assert "A bigger bin store" not in page_b.form.we_did.toPlainText()  # the server's shown
    dialog = page_b.open_conflict()
    assert isinstance(dialog, ConflictDialog)
    assert "A bigger bin store, built in May." in dialog.mine.toPlainText()
    assert "Extra collections on Mondays and Fridays." in dialog.theirs.toPlainText()
    assert "differs" in dialog.mine.toPlainText()
    dialog.keep_mine.click()
    second.idle()
    second.sync()
    check = second.store()
    assert check.action_conflicts() == [] and check.outbox_count() == 0
    check.close()
    first.sync()
    first.window.actions_page.refresh()
    first.idle()
    mine = [a for a in page_a.actions if a["you_said"].startswith("Bins")]
    assert mine[0]["we_did"] == "A bigger bin store, built in May." and mine[0]["version"] == 3


def test_the_notice_prints_in_large_print(qtbot, tmp_path, server, desks):
    office = desks(coordinator_folder(tmp_path / "n", server, f"nia{uuid.uuid4().hex[:4]}"))
    store = office.store()
    store.save_action({"action_id": str(uuid.uuid4()), "estate_id": "E2", "published": True,
                       "you_said": "The path by Birch House floods.",
                       "we_did": "New drains were laid in March.", "status": "done"})
    store.close()
    office.sync()
    page = office.window.actions_page
    for large, name in ((False, "normal.pdf"), (True, "large.pdf")):
        page.save_notice_to("E2", tmp_path / name, large, open_after=False)
        office.idle()
        qtbot.waitUntil(lambda n=name: (tmp_path / n).exists(), timeout=10_000)
    pdfs = {}
    for name in ("normal.pdf", "large.pdf"):
        doc = QPdfDocument()
        doc.load(str(tmp_path / name))
        pdfs[name] = doc
        size = doc.pagePointSize(0)
        assert (round(size.width()), round(size.height())) == (595, 842)   # A4
        text = doc.getAllText(0).text()
        assert "Elm Estate" in text and "Test Homes" in text
        assert "New drains were laid in March." in " ".join(text.split())
    # The same words at 18 point take more room than at 11.
    assert pdfs["large.pdf"].getAllText(0).text().count("\n") > \
        pdfs["normal.pdf"].getAllText(0).text().count("\n")


def test_champions_and_devices_through_the_servers_api(qtbot, tmp_path, server, desks,
                                                       monkeypatch):
    office = desks(coordinator_folder(tmp_path / "c", server, f"cy{uuid.uuid4().hex[:4]}"))
    office.sync()
    window = office.window
    window.show_page("champions")
    page = window.champions
    name = f"dee{uuid.uuid4().hex[:4]}"

    def fill(dialog):
        dialog.username.setText(name)
        dialog.display_name.setText("Dee Champion")
        dialog.patch.set_value(["E2"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChampionDialog, "exec", fill)
    page.add_button.click()
    qtbot.waitUntil(lambda: "Added Dee Champion" in page.message.text(), timeout=20_000)
    office.idle()
    qtbot.waitUntil(lambda: any(c["username"] == name for c in page.rows), timeout=10_000)
    page.table.selectRow(next(i for i, c in enumerate(page.rows) if c["username"] == name))
    assert page.table.item(page.table.currentRow(), 1).text() == "Elm Estate"

    # The code is shown big, grouped in fours, and it really enrols a laptop.
    page.code_button.click()
    qtbot.waitUntil(lambda: page.code_dialog is not None and page.code_dialog.isVisible(),
                    timeout=20_000)
    shown = page.code_dialog.code.text()
    assert len(shown.split(" ")) == 3 and all(len(g) == 4 for g in shown.split(" "))
    assert page.code_dialog.code.font().pointSizeF() >= 28
    metrics = QFontMetrics(page.code_dialog.code.font())       # monospace, as drawn
    assert metrics.horizontalAdvance("W") == metrics.horizontalAdvance("2")
    laptop = server.enrol(shown.replace(" ", "-"), device_name="Dee's laptop")
    page.code_dialog.close()

    # Set the patch; then the laptop is lost: withdraw it.
    monkeypatch.setattr(PatchDialog, "exec", lambda d: (d.patch.set_value(["E1", "E2"]),
                                                        QDialog.DialogCode.Accepted)[1])
    page.patch_button.click()
    qtbot.waitUntil(lambda: "Patch of Dee Champion saved" in page.message.text(),
                    timeout=20_000)
    page.fetch()
    qtbot.waitUntil(lambda: any(c["username"] == name and c["devices"] for c in page.rows),
                    timeout=20_000)
    page.table.selectRow(next(i for i, c in enumerate(page.rows) if c["username"] == name))
    assert "Dee's laptop" in page.devices.toPlainText()
    monkeypatch.setattr(type(page), "choose_device", lambda self, c, devices: devices[0])
    page.revoke_button.click()
    qtbot.waitUntil(lambda: "can no longer sync" in page.message.text(), timeout=20_000)
    status, _ = server.request("GET", "/sync/pull?cursor=0", token=laptop["token"])
    assert status == 401
    office.idle()
    qtbot.waitUntil(lambda: "withdrawn" in page.devices.toPlainText(), timeout=20_000)
    row = next(c for c in page.rows if c["username"] == name)
    assert row["estate_ids"] == ["E1", "E2"]


def test_a_lost_laptop_is_withdrawn_and_wiped_from_the_champions_page(qtbot, tmp_path, server,
                                                                     desks, monkeypatch):
    name = f"fay{uuid.uuid4().hex[:4]}"
    laptop = server.enrol(server.add_champion(name, ["E1"], display_name="Fay")["code"],
                          device_name="Fay's laptop")
    office = desks(coordinator_folder(tmp_path / "w", server, f"wo{uuid.uuid4().hex[:4]}"))
    window = office.window
    window.show_page("champions")
    page = window.champions
    page.fetch()
    qtbot.waitUntil(lambda: any(c["username"] == name and c["devices"] for c in page.rows),
                    timeout=20_000)
    page.table.selectRow(next(i for i, c in enumerate(page.rows) if c["username"] == name))
    # The real question: it says in plain words what a wipe does; the coordinator chooses it
    # and confirms the second question.
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text() + " " + box.informativeText())
        box.findChild(QPushButton, "revokeAndWipe").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    confirmed: list[str] = []
    monkeypatch.setattr(type(page), "confirm_wipe",
                        lambda self, device: confirmed.append(device["name"]) or True)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: "will be deleted the next time it connects" in page.message.text(),
                    timeout=20_000)
    assert "Fay's laptop" in asked[0] and "lost or stolen" in asked[0]
    assert "not sent yet is deleted too" in asked[0] and confirmed == ["Fay's laptop"]
    status, answered = server.request("GET", "/sync/pull?cursor=0", token=laptop["token"])
    assert status == 401 and answered["error"]["code"] == "device_wiped"
    page.fetch()
    qtbot.waitUntil(lambda: "told to delete the residents' data" in page.devices.toPlainText(),
                    timeout=20_000)


def test_withdraw_only_never_wipes(qtbot, tmp_path, server, desks, monkeypatch):
    name = f"gus{uuid.uuid4().hex[:4]}"
    laptop = server.enrol(server.add_champion(name, ["E1"], display_name="Gus")["code"],
                          device_name="Gus's laptop")
    office = desks(coordinator_folder(tmp_path / "o", server, f"wp{uuid.uuid4().hex[:4]}"))
    office.window.show_page("champions")
    page = office.window.champions
    page.fetch()
    qtbot.waitUntil(lambda: any(c["username"] == name and c["devices"] for c in page.rows),
                    timeout=20_000)
    page.table.selectRow(next(i for i, c in enumerate(page.rows) if c["username"] == name))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: box.findChild(QPushButton, "revokeOnly").click() or 0)
    monkeypatch.setattr(type(page), "confirm_wipe", lambda self, device: pytest.fail("asked"))
    page.revoke_button.click()
    qtbot.waitUntil(lambda: "stays on that laptop" in page.message.text(), timeout=20_000)
    status, answered = server.request("GET", "/sync/pull?cursor=0", token=laptop["token"])
    assert status == 401 and answered["error"]["code"] == "unauthorised"


def test_server_errors_are_shown_in_plain_words(qtbot, tmp_path, server, desks, monkeypatch):
    office = desks(coordinator_folder(tmp_path / "e", server, f"eve{uuid.uuid4().hex[:4]}"))
    page = office.window.champions
    office.window.show_page("champions")
    shown = []
    monkeypatch.setattr("ui.coordinator.champions.show_error",
                        lambda parent, error: shown.append(error))
    # An existing username: the server refuses it, and the dialog says why in plain words.
    monkeypatch.setattr(ChampionDialog, "exec", lambda d: (
        d.username.setText("demo-taken"), d.display_name.setText("X"),
        QDialog.DialogCode.Accepted)[2])
    server.add_champion("demo-taken", ["E1"])
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    from ui.errors import user_message

    assert "The username 'demo-taken' is taken." in user_message(shown[0])
