"""Sections every form has: where, what was said, safety, complaint, consent and contact."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from champion_app.records import Draft
from champion_app.records.scales import CollectionMethod, Hazard, Respondent
from ui.inputs import TextBox, TextLine, Tick
from ui.widgets import EnumCombo, Picker, named

from .fields import FormBase, Section

log = logging.getLogger(__name__)


def notice(name: str, accessible: str, role: str) -> QLabel:
    label = named(QLabel(), name, accessible)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.hide()
    return label


class ConsentTick(Tick):
    """A consent: whether it was given, and when it was first given (kept until withdrawn)."""

    def __init__(self, name: str, text: str) -> None:
        self._given_at: str | None = None
        super().__init__(name, text)

    def _toggled(self) -> None:
        self._stamp()
        super()._toggled()

    def _stamp(self) -> None:
        if not self.isChecked():
            self._given_at = None
        elif not self._given_at:
            self._given_at = datetime.now(UTC).isoformat(timespec="seconds")

    def value(self) -> dict[str, Any]:  # type: ignore[override]
        return {"given": self.isChecked(), "at": self._given_at}

    def set_value(self, item: Any) -> None:
        item = item if isinstance(item, dict) else {}
        self._given_at = item.get("at")
        self.setChecked(bool(item.get("given")))
        self._stamp()


class WhereSection(Section):
    """Estate, block, home (and job) pickers that narrow each other as you choose."""

    def __init__(self, form: FormBase, *, with_job: bool) -> None:
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
    def __init__(self, form: FormBase, *, resident_involved: bool) -> None:
        resident = resident_involved
        super().__init__(form, "What was said" if resident else "Notes", "section_talk")
        self.method = self.bind("collection_method", "How it was &collected", EnumCombo,
                                CollectionMethod, blank=None)
        self.respondent = self.bind("respondent", "&Who answered", EnumCombo, Respondent,
                                    blank=None)
        self.said = self.bind(
            "what_was_said",
            "What was &said (in their words)" if resident else "What you &saw (notes)",
            TextBox, lines=5, accessible="What was said",
            help_text="Do not write down health conditions or other personal details.")
        if not resident:  # nobody answered: leave it at "anonymous", out of the way
            self.respondent.hide()
            self.findChild(QLabel, "label_payload_respondent").hide()


class HazardSection(Section):
    """A hazard other than none shows at once what to do and the emergency repairs number."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, "Safety", "section_hazard")
        self.choice = self.bind("hazard", "&Hazard seen or reported", EnumCombo, Hazard,
                                blank=None)
        self.advice = notice("hazardAdvice", "What to do now", "warning")
        self.rows.addWidget(self.advice)
        # Disabled while there is no hazard, so no details are kept then.
        self.details = self.bind("hazard_details", "What the hazard is and &where", TextBox,
                                 lines=3)
        self.choice.changed.connect(self._changed)
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


class ComplaintSection(Section):
    """Dissatisfaction shows the Complaint Handling Code's offer, with the complaints number."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, "Complaint", "section_complaint")
        self.prompt = notice("complaintPrompt", "Offer the choice to complain", "prompt")
        self.rows.addWidget(self.prompt)
        self.offered = self.bind("complaint.offered", "I &offered the choice to make a complaint",
                                 Tick, accessible="Offered the choice to make a complaint")
        self.wants = self.bind("complaint.wants_to_complain", "The resident &wants to complain",
                               Tick, name="complaint_wants")

    def set_dissatisfied(self, dissatisfied: bool) -> None:
        text = (f"The resident is dissatisfied. Offer them the choice to make a complaint "
                f"(complaints line: {self.form.ref.complaints_phone}), then tick below.")
        self.prompt.setText(text if dissatisfied else "")
        self.prompt.setVisible(dissatisfied)


class ConsentSection(Section):
    """Consent first; the contact fields are usable (and kept) only once contact consent is
    given."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, "Consent and contact", "section_consent")
        self.boxes = {
            "contact": self.bind("consent.contact", "Agrees to be &contacted about this",
                                 ConsentTick, accessible="Agrees to be contacted"),
            "photo": self.bind("consent.photo", "Agrees to &photos of them or inside their home",
                               ConsentTick, accessible="Agrees to photos"),
            "quote_in_you_said_we_did": self.bind(
                "consent.quote_in_you_said_we_did",
                "Agrees to be &quoted (without their name) in You said, we did", ConsentTick,
                name="consent_quote", accessible="Agrees to be quoted"),
        }
        self.contact_box = QFrame()
        self.contact_box.setObjectName("contactFields")
        grid = QVBoxLayout(self.contact_box)
        grid.setContentsMargins(18, 0, 0, 0)
        self.name = self.bind("contact.name", "Name", TextLine, layout=grid,
                              accessible="Contact name")
        self.phone = self.bind("contact.phone", "Phone", TextLine, layout=grid,
                               accessible="Contact phone")
        self.email = self.bind("contact.email", "Email", TextLine, layout=grid,
                               accessible="Contact email")
        self.callback = self.bind("contact.wants_callback", "Wants a call &back", Tick,
                                  layout=grid, name="contact_callback")
        self.rows.addWidget(self.contact_box)
        # Errors about the contact block as a whole ("only with consent") land on the box.
        form.alias("payload.contact", "payload.contact.name", "Contact details")
        self.boxes["contact"].toggled.connect(self._contact_toggled)
        self._contact_toggled()

    def _contact_toggled(self) -> None:
        self.contact_box.setEnabled(self.boxes["contact"].isChecked())
