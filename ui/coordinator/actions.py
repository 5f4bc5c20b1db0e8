""""You said, we did" for coordinators: every action, the editor, conflicts, the notice.

Saving is a write through the outbox (`Store.save_action`): a published action reaches the
estate's champions at their next sync after this laptop's. When another coordinator changed
the action first, the server keeps theirs and this page shows a conflict to settle
(`ConflictDialog`): both versions are kept until the coordinator chooses.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from champion_app.records.scales import ActionStatus, Escalation, Hazard, Topic
from champion_app.store import Changes
from ui.coordinator.stale import ReloadsWhenShown
from ui.errors import show_error
from ui.refdata import RefData
from ui.widgets import heading, named

from . import name_headers
from .action_form import ActionForm
from .conflict import ConflictDialog
from .notice import save_notice

log = logging.getLogger(__name__)
_ESCALATION = {Hazard.emergency: Escalation.awaab_emergency,
               Hazard.damp_mould: Escalation.awaab_damp_mould,
               Hazard.safeguarding: Escalation.safeguarding}


def records_for_action(store, record_ids: list[str]) -> dict:
    """Runs on the DB worker: what a new action from these records starts with."""
    details = [store.get_record(rid) for rid in record_ids]
    estates, topics, said, escalation = [], [], [], Escalation.none.value
    for d in details:
        version = d.versions[-1] if d.versions else {}
        payload = version.get("payload") or {}
        estates.append(d.row.estate_id)
        topics += [t for t in payload.get("topics") or [] if t in Topic.__members__]
        if payload.get("what_was_said"):
            said.append(payload["what_was_said"])
        hazard = payload.get("hazard") or "none"
        if hazard in _ESCALATION and escalation == Escalation.none:
            escalation = _ESCALATION[Hazard(hazard)].value
        elif (payload.get("complaint") or {}).get("wants_to_complain") and \
                escalation == Escalation.none:
            escalation = Escalation.complaint.value
    return {"action": {"estate_ids": list(dict.fromkeys(estates)),
                       "source_record_ids": list(record_ids),
                       "category": list(dict.fromkeys(topics)), "escalation": escalation},
            "residents": "\n".join(f"“{s}”" for s in said)}


class ActionsPage(ReloadsWhenShown, QWidget):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_actions", self.tr("Actions: You said, we did"))
        self.runner = runner
        self.ref = RefData()
        self.actions: list[dict] = []
        self.conflicts: dict[str, dict] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("You said, we did: actions"), "actionsTitle"))
        intro = QLabel(self.tr(
            "What the landlord does about what residents said. Published actions reach the "
            "estate's champions at their next sync, and print as a notice for the block."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)

        self.table = named(QTableWidget(0, 4), "actionsTable", self.tr("Actions"))
        self.table.setHorizontalHeaderLabels([self.tr("Estate"), self.tr("Status"),
                                              self.tr("You said"), self.tr("Needs")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        name_headers(self.table, "actionsTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._picked)
        self.new_button = named(QPushButton(self.tr("&New action")), "actionNew",
                                self.tr("New action"))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.notice_button = named(QPushButton(self.tr("&Print notice…")), "actionNotice",
                                   self.tr("Print a notice for an estate"))
        self.notice_button.clicked.connect(self.print_notice)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.conflict_note = named(QLabel(""), "actionConflictNote",
                                   self.tr("Conflict with another coordinator"))
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setProperty("role", "warning")
        self.conflict_button = named(QPushButton(self.tr("&Compare and choose…")),
                                     "actionCompare", self.tr("Compare and choose"))
        self.conflict_button.clicked.connect(self.open_conflict)
        self.form = ActionForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = named(QPushButton(self.tr("&Save (sent at the next sync)")),
                                 "actionSave", self.tr("Save the action"))
        self.save_button.clicked.connect(self.save)
        self.message = named(QLabel(""), "actionMessage", self.tr("Result"))
        self.message.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.conflict_note)
        right_layout.addWidget(self.conflict_button)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.save_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 890])
        layout.addWidget(splitter, 1)
        self.edit(None)

    # -- loading ----------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref
        self.form.set_estates(ref.estates)

    def on_changes(self, changes: Changes) -> None:
        if changes.actions or changes.reference or changes.sync_state:
            self.mark_stale()

    def refresh(self) -> None:
        self.mark_fresh()
        self.runner.op("actions", lambda s: (s.coordinator_actions(), s.action_conflicts())) \
            .success(self._loaded).run()

    def _loaded(self, result) -> None:
        self.actions, conflicts = result
        self.conflicts = {c["action_id"]: c for c in conflicts}
        keep = self.form.action_id
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.actions))
        for i, a in enumerate(self.actions):
            needs = (self.tr("Conflict: choose") if a["conflict"] else
                     self.tr("Waiting to be sent") if a["pending"] else "")
            try:
                status = ActionStatus(a.get("status") or "logged").label
            except ValueError:
                status = str(a.get("status"))
            shown = (self.tr("{status}, published") if a.get("published") else
                     self.tr("{status}, not published")).format(status=status)
            cells = (self.ref.estate_name(a["estate_id"]) or a["estate_id"], shown,
                     a.get("you_said") or "", needs)
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        row = next((i for i, a in enumerate(self.actions) if a["action_id"] == keep), -1)
        if row >= 0:
            self.table.selectRow(row)
            if keep in self.conflicts:  # show the server's copy; the edit is in the conflict
                self.form.load(self.actions[row])
            self._show_conflict(keep)

    # -- editing ------------------------------------------------------------------------------
    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.actions):
            self.edit(self.actions[rows[0].row()])

    def edit(self, action: dict | None, residents: str = "") -> None:
        self.form.load(action, residents=residents)
        self.message.setText("")
        self._show_conflict(self.form.action_id)

    def new_from_records(self, record_ids: list[str]) -> None:
        """"Create action" from records picked on another page."""
        self.table.clearSelection()

        def loaded(start: dict) -> None:
            self.edit(start["action"], residents=start["residents"])
            self.form.you_said.setFocus()

        self.runner.op("new action from records",
                       lambda s: records_for_action(s, record_ids)).success(loaded) \
            .failure(lambda e: show_error(self, e)).run()

    def _show_conflict(self, action_id: str | None) -> None:
        conflict = self.conflicts.get(action_id or "")
        self.conflict_note.setVisible(conflict is not None)
        self.conflict_button.setVisible(conflict is not None)
        self.save_button.setEnabled(conflict is None)
        if conflict is not None:
            self.conflict_note.setText(self.tr(
                "Another coordinator changed this action before your change reached the "
                "server. Both are kept: compare them and choose which to keep."))

    def save(self) -> None:
        problems = self.form.problems()
        if problems:
            self.message.setText(self.tr("Before saving: ") + " ".join(problems.values()))
            return
        value = self.form.value()
        estate_ids = value.pop("estate_ids")
        drafts = [{**value, "estate_id": e} for e in estate_ids] if value["action_id"] is None \
            else [{**value, "estate_id": self._estate_of(value["action_id"])}]

        def write(store):
            changes = Changes()
            for draft in drafts:
                changes = changes | store.save_action(draft)
            return changes

        def done(_changes) -> None:
            self.message.setText(self.tr("Saved. It is sent at the next sync.") if len(drafts)
                                 == 1 else self.tr("Saved {n} actions, one per estate. They "
                                                   "are sent at the next sync.").format(
                                                       n=len(drafts)))
            if value["action_id"] is None:
                self.form.load(None)

        self.runner.op("save action", write).success(done) \
            .failure(lambda e: show_error(self, e)).initiated_by(self).run()

    def _estate_of(self, action_id: str) -> str:
        return next(a["estate_id"] for a in self.actions if a["action_id"] == action_id)

    # -- conflicts ----------------------------------------------------------------------------
    def open_conflict(self) -> ConflictDialog | None:
        conflict = self.conflicts.get(self.form.action_id or "")
        if conflict is None:
            return None
        dialog = ConflictDialog(conflict, self)
        dialog.accepted.connect(lambda: self.resolve(conflict["action_id"], dialog.choice))
        dialog.open()
        return dialog

    def resolve(self, action_id: str, choice: str | None) -> None:
        if choice is None:
            return
        self.runner.op("settle action conflict",
                       lambda s: s.resolve_action_conflict(action_id, choice)) \
            .success(lambda _c: self.message.setText(self.tr("Settled. It is sent at the "
                                                            "next sync."))) \
            .failure(lambda e: show_error(self, e)).initiated_by(self).run()

    # -- the notice ---------------------------------------------------------------------------
    def print_notice(self) -> None:
        dialog = NoticeDialog(self.ref, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.estate_id():
            return
        estate = self.ref.estate_name(dialog.estate_id()) or dialog.estate_id()
        # The file name offered is in the person's language too; %1 is the estate.
        name = (self.tr("you-said-we-did-%1-large-print.pdf") if dialog.large.isChecked()
                else self.tr("you-said-we-did-%1.pdf")).replace(
                    "%1", estate.lower().replace(" ", "-"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notice"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            self.save_notice_to(dialog.estate_id(), Path(path), dialog.large.isChecked())

    def save_notice_to(self, estate_id: str, path: Path, large_print: bool, *,
                       open_after: bool = True) -> None:
        """Read the estate's published actions (DB worker), write the PDF, open it."""
        estate = self.ref.estate_name(estate_id) or estate_id
        landlord = self.ref.landlord

        def write(actions: list[dict]) -> None:
            try:
                save_notice(path, landlord=landlord, estate=estate, actions=actions,
                            large_print=large_print, today=date.today())
            except OSError as exc:
                show_error(self, exc)
                return
            self.message.setText(self.tr("Notice saved: {path}").format(path=path))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.runner.op("notice", lambda s: s.published_actions(estate_id)).success(write) \
            .failure(lambda e: show_error(self, e)).run()


class NoticeDialog(QDialog):
    """Which estate's notice, and whether in large print."""

    def __init__(self, ref: RefData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "noticeDialog", self.tr("Print a notice"))
        self.setWindowTitle(self.tr("Print a You said, we did notice"))
        form = QFormLayout(self)
        self.estate = named(QComboBox(), "noticeEstate", self.tr("Estate"))
        for e in ref.estates:
            self.estate.addItem(e["name"], e["id"])
        self.large = named(QCheckBox(self.tr("&Large print (18 point)")), "noticeLarge",
                           self.tr("Large print"))
        label = QLabel(self.tr("&Estate"))
        label.setBuddy(self.estate)
        form.addRow(label, self.estate)
        form.addRow(self.large)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def estate_id(self) -> str | None:
        return self.estate.currentData()
