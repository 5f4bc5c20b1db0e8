"""Sections every form has: where, what was said, safety, complaint, consent and contact."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from champion_app.records import Draft
from champion_app.records.scales import CollectionMethod, Hazard, Respondent
from ui.widgets import EnumCombo, Picker, named

from .base import RecordForm, Section

log = logging.getLogger(__name__)


def text_box(name: str, accessible: str, lines: int = 4) -> QPlainTextEdit:
    box = named(QPlainTextEdit(), name, accessible)
    box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
    # A height in lines (so it follows the font), not the widget's 192 px default.
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 10)
    return box


def notice(name: str, accessible: str, role: str) -> QLabel:
    label = named(QLabel(), name, accessible)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.hide()
    return label


class WhereSection(Section):
    """Estate, block, home (and job) pickers that narrow each other as you choose."""

    def __init__(self, form: RecordForm, *, with_job: bool) -> None:
        super().__init__(form, "Where", "section_where")
        ref = form.ref
        self.estate = Picker("estate", "Estate", placeholder="Type an estate name")
        self.block = Picker("block", "Block", placeholder="Type a block name (optional)")
        self.home = Picker("home", "Home", placeholder="Type part of the address (optional)")
        self.job: Picker | None = None
        self.estate.set_entries((e["name"], e["id"]) for e in ref.estates)
        self.add("estate_id", "&Estate (required)", self.estate)
        self.add("block_id", "&Block", self.block)
        self.add("home_id", "&Home", self.home)
        if with_job:
            self.job = Picker("job", "Job reference", free_text=True,
                              placeholder="Choose a recent job or type its reference")
            self.add("job_ref", "&Job", self.job,
                     help_text="Recent jobs in your patch are listed; type a reference "
                               "from a card or letter if it is not.")
            self.job.picked.connect(self._job_picked)
        self.estate.picked.connect(self._estate_picked)
        self.block.picked.connect(self._block_picked)
        self.home.picked.connect(self._home_picked)
        self._estate_picked()

    def _estate_picked(self) -> None:
        estate = self.estate.value()
        self.block.set_entries((b["name"], b["id"]) for b in self.form.ref.blocks_of(estate))
        self._block_picked()
        if self.job is not None:
            self.job.set_entries((f"{j['ref']} · {j.get('description', '')} · "
                                  f"{j.get('address', '')}", j["ref"])
                                 for j in self.form.ref.jobs_of(estate))
        self.form.changed.emit()

    def _block_picked(self) -> None:
        homes = self.form.ref.homes_of(self.estate.value(), self.block.value())
        self.home.set_entries((h["address"], h["id"]) for h in homes)
        self.form.changed.emit()

    def _home_picked(self) -> None:
        home = self.form.ref.home(self.home.value())
        if home is not None:
            self._select(home.get("estate_id"), home.get("block_id"), home["id"])
        self.form.changed.emit()

    def _job_picked(self) -> None:
        assert self.job is not None
        job = self.form.ref.job(self.job.value())
        if job is not None:
            self._select(job.get("estate_id"), job.get("block_id"), job.get("home_id"))
            self.job.set_value(job["ref"])
            self.form.on_job_picked(job)
        self.form.changed.emit()

    def _select(self, estate_id, block_id, home_id) -> None:
        """Set the three pickers top-down without their signals re-filtering each other."""
        if estate_id and self.estate.value() != estate_id:
            self.estate.set_value(estate_id)
            self._estate_picked()
        if block_id and self.block.value() != block_id:
            self.block.set_value(block_id)
            self._block_picked()
        if home_id and self.home.value() != home_id:
            self.home.set_value(home_id)

    def value(self) -> dict:
        return {"estate_id": self.estate.value(), "block_id": self.block.value(),
                "home_id": self.home.value(),
                "job_ref": self.job.value() if self.job is not None else None}

    def load(self, draft: Draft) -> None:
        self._select(draft.estate_id, draft.block_id, draft.home_id)
        if self.job is not None and draft.job_ref:
            self.job.set_value(draft.job_ref)


class TalkSection(Section):
    def __init__(self, form: RecordForm) -> None:
        resident = form.resident_involved
        super().__init__(form, "What was said" if resident else "Notes", "section_talk")
        self.method = EnumCombo("collection_method", "How it was collected", CollectionMethod,
                                blank=None)
        self.respondent = EnumCombo("respondent", "Who answered", Respondent, blank=None)
        self.respondent.set_value(Respondent.anonymous.value)
        self.said = text_box("what_was_said", "What was said", lines=5)
        self.add("payload.collection_method", "How it was &collected", self.method)
        self.add("payload.respondent", "&Who answered", self.respondent)
        self.add("payload.what_was_said",
                 "What was &said (in their words)" if resident else "What you &saw (notes)",
                 self.said,
                 help_text="Do not write down health conditions or other personal details.")
        if not resident:  # nobody answered: leave it at "anonymous", out of the way
            self.respondent.hide()
            self.findChild(QLabel, "label_payload_respondent").hide()
        default = {"post_works": "home_visit", "welcome": "home_visit",
                   "walkabout": "walkabout"}.get(form.kind, "doorstep")
        self.method.set_value(default)
        for combo in (self.method, self.respondent):
            combo.currentIndexChanged.connect(form.changed)
        self.said.textChanged.connect(form.changed)

    def value(self) -> dict:
        return {"collection_method": self.method.value(), "respondent": self.respondent.value(),
                "what_was_said": self.said.toPlainText().strip()}

    def load(self, payload: dict) -> None:
        if payload.get("collection_method"):
            self.method.set_value(payload["collection_method"])
        self.respondent.set_value(payload.get("respondent") or Respondent.anonymous.value)
        self.said.setPlainText(payload.get("what_was_said", ""))


class HazardSection(Section):
    """A hazard other than none shows at once what to do and the emergency repairs number."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, "Safety", "section_hazard")
        self.choice = EnumCombo("hazard", "Hazard seen or reported", Hazard, blank=None)
        self.add("payload.hazard", "&Hazard seen or reported", self.choice)
        self.advice = notice("hazardAdvice", "What to do now", "warning")
        self.rows.addWidget(self.advice)
        self.details = text_box("hazard_details", "What the hazard is and where", lines=3)
        self.add("payload.hazard_details", "What the hazard is and &where", self.details)
        self.choice.currentIndexChanged.connect(self._changed)
        self.details.textChanged.connect(form.changed)
        self._changed()

    def _changed(self) -> None:
        hazard = self.choice.value() or "none"
        phone = self.form.ref.emergency_phone
        advice = {
            "emergency": f"Danger now: if anyone is at risk call 999. Then call emergency "
                         f"repairs on {phone} before you leave. The landlord must make it "
                         "safe within 24 hours.",
            "damp_mould": f"Damp and mould: report it to repairs on {phone} today. The "
                          "landlord must investigate a significant hazard within 10 working "
                          "days.",
            "safeguarding": f"Someone may be at risk: if in immediate danger call 999; "
                            f"otherwise tell your coordinator today. Repairs: {phone}.",
            "other_safety": f"Call emergency repairs on {phone} if it cannot wait, and "
                            "describe it below.",
        }.get(hazard, "")
        self.advice.setText(advice)
        self.advice.setAccessibleName(f"What to do now: {advice}" if advice else "What to do now")
        self.advice.setVisible(bool(advice))
        self.details.setEnabled(hazard != "none")
        self.form.changed.emit()

    def value(self) -> dict:
        hazard = self.choice.value() or "none"
        details = self.details.toPlainText().strip() if hazard != "none" else ""
        return {"hazard": hazard, "hazard_details": details}

    def load(self, payload: dict) -> None:
        self.choice.set_value(payload.get("hazard") or "none")
        self.details.setPlainText(payload.get("hazard_details", ""))


class ComplaintSection(Section):
    """Dissatisfaction shows the Complaint Handling Code's offer, with the complaints number."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, "Complaint", "section_complaint")
        self.prompt = notice("complaintPrompt", "Offer the choice to complain", "prompt")
        self.rows.addWidget(self.prompt)
        self.offered = named(QCheckBox("I &offered the choice to make a complaint"),
                             "complaint_offered", "Offered the choice to make a complaint")
        self.wants = named(QCheckBox("The resident &wants to complain"),
                           "complaint_wants", "The resident wants to complain")
        self.add("payload.complaint.offered", None, self.offered)
        self.add("payload.complaint.wants_to_complain", None, self.wants)
        self.offered.toggled.connect(form.changed)
        self.wants.toggled.connect(form.changed)

    def set_dissatisfied(self, dissatisfied: bool) -> None:
        text = (f"The resident is dissatisfied. Offer them the choice to make a complaint "
                f"(complaints line: {self.form.ref.complaints_phone}), then tick below.")
        self.prompt.setText(text if dissatisfied else "")
        self.prompt.setVisible(dissatisfied)

    def value(self) -> dict:
        return {"complaint": {"offered": self.offered.isChecked(),
                              "wants_to_complain": self.wants.isChecked()}}

    def load(self, payload: dict) -> None:
        complaint = payload.get("complaint") or {}
        self.offered.setChecked(bool(complaint.get("offered")))
        self.wants.setChecked(bool(complaint.get("wants_to_complain")))


class ConsentSection(Section):
    """Consent first; the contact fields are usable only once contact consent is given."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, "Consent and contact", "section_consent")
        self._given_at: dict[str, str | None] = {}
        self.boxes = {
            "contact": named(QCheckBox("Agrees to be &contacted about this"),
                             "consent_contact", "Agrees to be contacted"),
            "photo": named(QCheckBox("Agrees to &photos of them or inside their home"),
                           "consent_photo", "Agrees to photos"),
            "quote_in_you_said_we_did": named(
                QCheckBox("Agrees to be &quoted (without their name) in You said, we did"),
                "consent_quote", "Agrees to be quoted"),
        }
        for key, box in self.boxes.items():
            self.add(f"payload.consent.{key}", None, box)
            box.toggled.connect(self._toggled)
        self.contact_box = QFrame()
        self.contact_box.setObjectName("contactFields")
        grid = QVBoxLayout(self.contact_box)
        grid.setContentsMargins(18, 0, 0, 0)
        self.name = named(QLineEdit(), "contact_name", "Contact name")
        self.phone = named(QLineEdit(), "contact_phone", "Contact phone")
        self.email = named(QLineEdit(), "contact_email", "Contact email")
        self.callback = named(QCheckBox("Wants a call &back"), "contact_callback",
                              "Wants a call back")
        self.add("payload.contact.name", "Name", self.name, layout=grid)
        self.add("payload.contact.phone", "Phone", self.phone, layout=grid)
        self.add("payload.contact.email", "Email", self.email, layout=grid)
        self.add("payload.contact.wants_callback", None, self.callback, layout=grid)
        self.rows.addWidget(self.contact_box)
        # Errors about the contact block as a whole ("only with consent") land on the box.
        self.form.register("payload.contact", self.name,
                           self.form._fields["payload.contact.name"][1], "Contact details")
        for edit in (self.name, self.phone, self.email):
            edit.textChanged.connect(form.changed)
        self.callback.toggled.connect(form.changed)
        self._toggled()

    def _toggled(self) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for key, box in self.boxes.items():
            if box.isChecked() and not self._given_at.get(key):
                self._given_at[key] = now  # the time consent was first given
            elif not box.isChecked():
                self._given_at[key] = None
        self.contact_box.setEnabled(self.boxes["contact"].isChecked())
        self.form.changed.emit()

    def value(self) -> dict:
        consent = {key: {"given": box.isChecked(), "at": self._given_at.get(key)}
                   for key, box in self.boxes.items()}
        contact = {"name": "", "phone": "", "email": "", "wants_callback": False}
        if self.boxes["contact"].isChecked():  # without consent nothing of it is kept
            contact = {"name": self.name.text().strip(), "phone": self.phone.text().strip(),
                       "email": self.email.text().strip(),
                       "wants_callback": self.callback.isChecked()}
        return {"consent": consent, "contact": contact}

    def load(self, payload: dict) -> None:
        consent = payload.get("consent") or {}
        for key, box in self.boxes.items():
            item = consent.get(key) or {}
            self._given_at[key] = item.get("at")
            box.setChecked(bool(item.get("given")))
        contact = payload.get("contact") or {}
        self.name.setText(contact.get("name", ""))
        self.phone.setText(contact.get("phone", ""))
        self.email.setText(contact.get("email", ""))
        self.callback.setChecked(bool(contact.get("wants_callback")))

