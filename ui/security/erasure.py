"""*Sync ▸ Erase a resident's data…* (coordinators only): one home's records, or one
resident's, found by the contact details they gave, erased on the server and then on every
laptop.

The dialog asks the server what would go first (a dry run) and lists it; erasing needs a
second, explicit confirmation. The server records the erasure in its audit trail: who did
it, how the records were found and which they were, never the resident's details.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from champion_app.protocol import ContactMatch, ErasureAnswer, ErasureRequest
from champion_app.records import KINDS
from ui.errors import user_message
from ui.tasks import TaskRunner
from ui.timefmt import short_date
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class ErasureDialog(QDialog):
    erased = Signal(object)  # ErasureAnswer

    def __init__(self, runner: TaskRunner, ref, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ref = ref
        self.found: ErasureAnswer | None = None
        named(self, "erasureDialog", self.tr("Erase a resident's data"))
        self.setWindowTitle(self.tr("Erase a resident's data"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Erase a resident's data"), "erasureTitle", 1.2))
        intro = QLabel(self.tr(
            "For an erasure request. The records found are deleted from the server and, at "
            "their next sync, from every champion's and coordinator's laptop, with their "
            "photos. The server's audit trail records that you did this, and which records "
            "went, but not the resident's details."))
        intro.setWordWrap(True)
        intro.setProperty("role", "prompt")
        layout.addWidget(intro)
        self.by_home = named(QRadioButton(self.tr("Every record about one &home")),
                             "erasureByHome", self.tr("Every record about one home"))
        self.by_resident = named(QRadioButton(self.tr(
            "Every record of one &resident, by the contact details they gave")),
            "erasureByResident", self.tr("Every record of one resident"))
        self.by_home.setChecked(True)
        form = QFormLayout()
        form.addRow(self.by_home)
        self.home = named(QComboBox(), "erasureHome", self.tr("Home"))
        for home in sorted(ref.homes, key=lambda h: h.get("address") or ""):
            estate = ref.estate_name(home.get("estate_id"))
            self.home.addItem(f"{home['address']} ({estate})" if estate else home["address"],
                              home["id"])
        form.addRow(self.tr("Ho&me"), self.home)
        form.addRow(self.by_resident)
        self.name = named(QLineEdit(), "erasureName", self.tr("Resident's name"))
        self.phone = named(QLineEdit(), "erasurePhone", self.tr("Resident's phone"))
        self.email = named(QLineEdit(), "erasureEmail", self.tr("Resident's email"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Email"), self.email)
        layout.addLayout(form)
        hint = QLabel(self.tr("A record is found when every detail you give that it also "
                              "holds is the same; give as many as you know."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.find_button = named(QPushButton(self.tr("&Find the records")), "erasureFind",
                                 self.tr("Find the records"))
        self.find_button.clicked.connect(self.find)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = named(QLabel(""), "erasureSummary", self.tr("What would be erased"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.records = named(QListWidget(), "erasureRecords", self.tr("Records found"))
        layout.addWidget(self.records, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = named(self.buttons.addButton(
            self.tr("E&rase them"), QDialogButtonBox.ButtonRole.DestructiveRole),
            "erasureErase", self.tr("Erase them"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.by_home, self.home, self.name, self.phone, self.email):
            signal = getattr(widget, "toggled", None) or getattr(widget, "textChanged", None) \
                or widget.currentIndexChanged
            signal.connect(self._changed)
        self._changed()
        self.resize(780, 620)

    def request(self, *, dry_run: bool) -> ErasureRequest:
        if self.by_home.isChecked():
            return ErasureRequest(home_id=self.home.currentData(), dry_run=dry_run)
        return ErasureRequest(contact=ContactMatch(
            name=self.name.text().strip(), phone=self.phone.text().strip(),
            email=self.email.text().strip()), dry_run=dry_run)

    def _changed(self, *_args) -> None:
        home = self.by_home.isChecked()
        self.home.setEnabled(home)
        for field in (self.name, self.phone, self.email):
            field.setEnabled(not home)
        self.found = None
        self.records.clear()
        self.summary.setText("")
        self.erase_button.setEnabled(False)
        self.find_button.setEnabled(home and self.home.count() > 0 or not home and any(
            f.text().strip() for f in (self.name, self.phone, self.email)))

    def _ask_server(self, name: str, request: ErasureRequest, done) -> None:
        runner = self.runner

        def work() -> ErasureAnswer:
            from sync import connection

            with connection.client_for(runner.worker_store()) as client:
                return client.erase(request)

        self.find_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        runner.network_op(name, work).success(done).failure(self._failed).run()

    def find(self) -> None:
        self._ask_server("find records to erase", self.request(dry_run=True), self._found)

    def _found(self, answer: ErasureAnswer) -> None:
        self.find_button.setEnabled(True)
        self.found = answer
        self.records.clear()
        for record in answer.records:
            home = self.ref.home(record.home_id) or {}
            when = short_date(record.submitted_at.date()) if record.submitted_at else ""
            self.records.addItem("  ".join(p for p in (
                when, KINDS[record.kind].label if record.kind in KINDS.codes else record.kind,
                self.ref.estate_name(record.estate_id),
                home.get("address", "")) if p))
        if not answer.records:
            self.summary.setText(self.tr("No records match: nothing would be erased."))
            return
        self.summary.setText(self.tr(
            "%1 record(s), with %2 version(s) and %3 photo(s), would be erased.")
            .replace("%1", str(len(answer.records))).replace("%2", str(answer.versions))
            .replace("%3", str(answer.photos)))
        self.erase_button.setEnabled(True)

    @classmethod
    def confirm(cls, parent: QWidget, count: int) -> bool:
        """The last question before erasing; tests replace this."""
        return QMessageBox.warning(
            parent, QCoreApplication.translate("ErasureDialog", "Erase for good?"),
            QCoreApplication.translate(
                "ErasureDialog", "Erase %1 record(s) for good, from the server and every "
                                 "laptop? This cannot be undone.").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes

    def erase(self) -> None:
        if self.found is None or not self.found.records:
            return
        if not self.confirm(self, len(self.found.records)):
            return
        self._ask_server("erase records", self.request(dry_run=False), self._erased)

    def _erased(self, answer: ErasureAnswer) -> None:
        self.found = None
        self.records.clear()
        self.summary.setText(self.tr(
            "Erased %1 record(s) from the server. Each laptop deletes them at its next sync.")
            .replace("%1", str(len(answer.records))))
        self.find_button.setEnabled(True)
        self.erased.emit(answer)

    def _failed(self, error: BaseException) -> None:
        self.find_button.setEnabled(True)
        self.summary.setText(user_message(error))
