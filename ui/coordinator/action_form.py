"""The fields of a "You said, we did" action (DOMAIN.md "action"), bound to a plain dict.

A new action may be for several estates at once (records from two estates about one
problem): the page then saves one action per ticked estate, since each action belongs to one
estate's champions. An existing action keeps its estate.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from champion_app.records.scales import (
    ActionStatus,
    CharterCommitment,
    Escalation,
    ReportedTo,
    Topic,
)
from ui.widgets import EnumCombo, MultiCheck, enum_choices, named


class ActionForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_id: str | None = None
        self.source_record_ids: list[str] = []
        form = QFormLayout(self)
        self.estates = named(MultiCheck("action_estates", self.tr("Estates"), [], columns=3),
                             "action_estates", self.tr("Estates"))
        self.residents = named(QLabel(""), "action_residents",
                               self.tr("What residents said, from the records"))
        self.residents.setWordWrap(True)
        self.residents.setProperty("role", "hint")
        self.you_said = named(QPlainTextEdit(), "action_you_said",
                              self.tr("You said: a summary without names or details that "
                                      "identify anyone"))
        self.we_did = named(QPlainTextEdit(), "action_we_did",
                            self.tr("We did, or will do"))
        for box in (self.you_said, self.we_did):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        self.status = EnumCombo("action_status", self.tr("Status"), ActionStatus, blank=None)
        self.status_reason = named(QLineEdit(), "action_status_reason",
                                   self.tr("Reason (needed for won't do)"))
        self.has_due = named(QCheckBox(self.tr("Has a due &date")), "action_has_due",
                             self.tr("Has a due date"))
        self.due = named(QDateEdit(QDate.currentDate().addDays(28)), "action_due",
                         self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd dd MMM yyyy")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(False)
        self.owner_team = named(QLineEdit(), "action_owner_team", self.tr("Team responsible"))
        self.category = MultiCheck("action_category", self.tr("About"), enum_choices(Topic),
                                   columns=3)
        self.escalation = EnumCombo("action_escalation", self.tr("Escalation"), Escalation,
                                    blank=None)
        self.reported_to = MultiCheck("action_reported_to", self.tr("Reported to"),
                                      enum_choices(ReportedTo), columns=3)
        self.charter = MultiCheck("action_charter", self.tr("Together with Tenants commitment"),
                                  enum_choices(CharterCommitment), columns=3)
        self.published = named(QCheckBox(self.tr("&Publish to the estates' champions")),
                               "action_published", self.tr("Publish to the estates' champions"))
        rows = ((self.tr("Estates"), self.estates), (self.tr("Residents said"), self.residents),
                (self.tr("&You said"), self.you_said), (self.tr("&We did"), self.we_did),
                (self.tr("S&tatus"), self.status), (self.tr("Reason"), self.status_reason),
                ("", self.has_due), (self.tr("D&ue"), self.due),
                (self.tr("Team"), self.owner_team), (self.tr("About"), self.category),
                (self.tr("Escalation"), self.escalation),
                (self.tr("Reported to"), self.reported_to),
                (self.tr("Commitment"), self.charter), ("", self.published))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        for signal in (self.you_said.textChanged, self.we_did.textChanged,
                       self.status.changed, self.published.toggled):
            signal.connect(self.changed)

    def set_estates(self, estates: list[dict]) -> None:
        """The estates to choose from (id, name), replacing the tick boxes."""
        keep = self.estates.value()
        layout = self.estates.layout()
        for box in self.estates.boxes.values():
            layout.removeWidget(box)
            box.deleteLater()
        self.estates.boxes = {}
        for i, estate in enumerate(estates):
            box = named(QCheckBox(estate["name"]), f"action_estates_{estate['id']}",
                        estate["name"], self.tr("Estates"))
            box.toggled.connect(self.estates.changed)
            self.estates.boxes[estate["id"]] = box
            layout.addWidget(box, i // 3, i % 3)
        self.estates.set_value(keep)

    # -- values ---------------------------------------------------------------------------
    def load(self, action: dict | None, *, residents: str = "") -> None:
        """Show ``action`` (a new one when None or without an ``action_id``)."""
        action = action or {}
        self.action_id = action.get("action_id")
        self.source_record_ids = list(action.get("source_record_ids") or [])
        estates = action.get("estate_ids") or ([action["estate_id"]]
                                               if action.get("estate_id") else [])
        self.estates.set_value(estates)
        self.estates.setEnabled(self.action_id is None)  # an action keeps its estate
        if not residents and self.source_record_ids:
            residents = self.tr("{n} record(s) linked").format(n=len(self.source_record_ids))
        self.residents.setText(residents or self.tr("(no records linked)"))
        self.you_said.setPlainText(action.get("you_said") or "")
        self.we_did.setPlainText(action.get("we_did") or "")
        self.status.set_value(action.get("status") or ActionStatus.logged.value)
        self.status_reason.setText(action.get("status_reason") or "")
        due = action.get("due_date")
        self.has_due.setChecked(bool(due))
        if due:
            self.due.setDate(QDate.fromString(str(due), "yyyy-MM-dd"))
        self.owner_team.setText(action.get("owner_team") or "")
        self.category.set_value(action.get("category") or [])
        self.escalation.set_value(action.get("escalation") or Escalation.none.value)
        self.reported_to.set_value(action.get("reported_to") or [])
        self.charter.set_value(action.get("charter_commitment") or [])
        self.published.setChecked(bool(action.get("published")))

    def value(self) -> dict:
        """What the form says, as the fields of `protocol.Action` (plus ``estate_ids``)."""
        due: date | None = self.due.date().toPython() if self.has_due.isChecked() else None
        return {"action_id": self.action_id, "estate_ids": self.estates.value(),
                "source_record_ids": self.source_record_ids,
                "you_said": self.you_said.toPlainText().strip(),
                "we_did": self.we_did.toPlainText().strip(),
                "status": self.status.value(), "status_reason": self.status_reason.text().strip(),
                "due_date": due.isoformat() if due else None,
                "owner_team": self.owner_team.text().strip(), "category": self.category.value(),
                "escalation": self.escalation.value(), "reported_to": self.reported_to.value(),
                "charter_commitment": self.charter.value(),
                "published": self.published.isChecked()}

    def problems(self) -> dict[str, str]:
        """What must change before saving, by field, in plain words."""
        value, out = self.value(), {}
        if not value["estate_ids"]:
            out["estate_ids"] = self.tr("Choose the estate (or estates) it is for.")
        if not value["you_said"]:
            out["you_said"] = self.tr("Say what residents told us, without names.")
        if value["status"] == ActionStatus.wont_do and not value["status_reason"]:
            out["status_reason"] = self.tr("Say why it will not be done: residents will "
                                           "read it.")
        if value["published"] and not value["we_did"]:
            out["we_did"] = self.tr("Say what was done, or will be, before publishing.")
        return out
