"""Sections every form has: when and where, what was said, safety, complaint, consent and contact."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from champion_app.records import Draft
from champion_app.records.scales import CollectionMethod, Hazard, Respondent
from ui.inputs import TextBox, TextLine, Tick, VisitTime
from ui.picker import Picker
from ui.widgets import EnumCombo, named

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
    """The visit: the estate, block, home (and job) pickers, which narrow each other as they
    are chosen, then when it was, how, and who answered (which decides the questions that
    apply further down). When one choice changes another (a home in a different block
    than the one typed), the note under them says so: never silently.

    A laptop that has never connected has nothing to choose from: the place is typed in the
    champion's own words instead, and kept with the draft until the estate is chosen.
    """

    def __init__(self, form: FormBase, *, with_job: bool, resident_involved: bool) -> None:
        super().__init__(form, self.tr("The visit"), "section_where")
        ref = form.ref
        self.estate = Picker("estate", self.tr("Estate"),
                             placeholder=self.tr("Type an estate name"),
                             no_match=self.tr("No estate matches “{text}”."),
                             several=self.tr("{count} estates match “{text}”: choose one."))
        self.block = Picker("block", self.tr("Block"),
                            placeholder=self.tr("Type a block name (optional)"),
                            no_match=self.tr("No block matches “{text}”."),
                            several=self.tr("{count} blocks match “{text}”: choose one."))
        self.home = Picker("home", self.tr("Home"),
                           placeholder=self.tr("Type part of the address (optional)"),
                           no_match=self.tr("No home matches “{text}”."),
                           several=self.tr("{count} homes match “{text}”: choose one."))
        self.job: Picker | None = None
        self.estate.set_entries((e["name"], e["id"]) for e in ref.estates)
        if not ref.estates:
            self.estate.empty_hint = self.tr(
                "This laptop has no list of estates yet: it has not connected to your "
                "landlord. Describe the place below; choose the estate once connected.")
        self.add("estate_id", self.tr("Es&tate (required to submit)"), self.estate)
        self.add("block_id", self.tr("&Block"), self.block)
        self.add("home_id", self.tr("Ho&me"), self.home)
        self.note = notice("whereNote", self.tr("What changed"), "prompt")
        self.rows.addWidget(self.note)
        self.described = self.bind(
            "place_description", self.tr("Where, in your own &words"), TextLine,
            placeholder=self.tr("For example: Flat 7, Rowan House, Alder Way"),
            help_text=self.tr("Kept with the draft until you can choose the estate from the "
                              "list."))
        self.described_caption = self.findChild(QLabel, "label_payload_place_description")
        self.described_hint = self.findChild(QLabel, "help_payload_place_description")
        if with_job:
            self.job = Picker("job", self.tr("Job reference"), free_text=True,
                              placeholder=self.tr("Choose a recent job or type its reference"),
                              several=self.tr("{count} jobs match “{text}”: choose one."))
            self.add("job_ref", self.tr("&Job"), self.job,
                     help_text=self.tr("Recent jobs in your patch are listed; type a "
                                       "reference from a card or letter if it is not."))
            self.job.picked.connect(self._job_picked)
        self.visited_at = self.bind("visited_at", self.tr("&Visit date and time"), VisitTime,
                                    help_text=self.tr("Now, unless you are typing up a visit "
                                                      "from earlier. Never in the future."))
        self.method = self.bind("collection_method", self.tr("How it was &collected"),
                                EnumCombo, CollectionMethod, blank=None)
        self.respondent = self.bind("respondent", self.tr("Who a&nswered"), EnumCombo,
                                    Respondent, blank=None)
        if not resident_involved:  # nobody answered: leave it at "anonymous", out of the way
            self.respondent.hide()
            self.findChild(QLabel, "label_payload_respondent").hide()
        self.estate.picked.connect(self._estate_picked)
        self.block.picked.connect(self._block_picked)
        self.home.picked.connect(self._home_picked)
        self.described.changed.connect(self.show_described)
        self._estate_picked()
        self.show_described()

    def show_described(self) -> None:
        """Typed places show on a laptop with nothing to choose from, or once typed."""
        show = not self.form.ref.estates or bool(self.described.value())
        for widget in (self.described, self.described_caption, self.described_hint):
            if widget is not None:
                widget.setVisible(show)

    # -- choices that narrow, and never contradict silently -----------------------------------
    def _tell(self, changes: list[str]) -> None:
        text = " ".join(changes)
        self.note.setText(text)
        self.note.setAccessibleName(text or self.tr("What changed"))
        self.note.setVisible(bool(text))

    def _estate_picked(self) -> None:
        estate = self.estate.value()
        before = [(self.block, self.block.value(), self.block.currentText()),
                  (self.home, self.home.value(), self.home.currentText())]
        self.block.set_entries((b["name"], b["id"]) for b in self.form.ref.blocks_of(estate))
        self._refill_homes()
        if self.job is not None:
            self.job.set_entries((f"{j['ref']} · {j.get('description', '')} · "
                                  f"{j.get('address', '')}", j["ref"])
                                 for j in self.form.ref.jobs_of(estate))
        cleared = [text for picker, ident, text in before if ident and picker.value() != ident]
        if cleared:
            self._tell([self.tr("{places} cleared: not on {estate}.").format(
                places=" and ".join(cleared), estate=self.estate.currentText())])
        self.form.changed.emit()

    def _refill_homes(self) -> None:
        homes = self.form.ref.homes_of(self.estate.value(), self.block.value())
        self.home.set_entries((h["address"], h["id"]) for h in homes)

    def _block_picked(self) -> None:
        block = self.form.ref.block(self.block.value())
        if block is not None and self.estate.value() != block["estate_id"]:
            self._select(block["estate_id"], block["id"], None, why=self.tr("the block"))
        home_before = (self.home.value(), self.home.currentText())
        self._refill_homes()
        if home_before[0] and self.home.value() != home_before[0]:
            self._tell([self.tr("Home “{home}” cleared: it is not in {block}.").format(
                home=home_before[1], block=self.block.currentText())])
        self.form.changed.emit()

    def _home_picked(self) -> None:
        home = self.form.ref.home(self.home.value())
        if home is not None:
            self._select(home.get("estate_id"), home.get("block_id"), home["id"],
                         why=self.tr("the home"))
        self.form.changed.emit()

    def _job_picked(self) -> None:
        assert self.job is not None
        job = self.form.ref.job(self.job.value())
        if job is not None:
            self._select(job.get("estate_id"), job.get("block_id"), job.get("home_id"),
                         why=self.tr("the job"))
            self.job.set_value(job["ref"])
            self.form.on_job_picked(job)
        self.form.changed.emit()

    def _select(self, estate_id, block_id, home_id, *, why: str = "") -> None:
        """Set the pickers top-down without their signals re-filtering each other; say what
        was replaced (a choice, or words typed) to match ``why``."""
        changed = []
        for picker, wanted in ((self.estate, estate_id), (self.block, block_id),
                               (self.home, home_id)):
            if not wanted or picker.value() == wanted:
                continue
            typed = picker.currentText().strip()
            picker.blockSignals(True)
            picker.set_value(wanted)
            if picker is self.estate:
                self.block.set_entries((b["name"], b["id"])
                                       for b in self.form.ref.blocks_of(wanted))
                if self.job is not None:
                    self.job.set_entries((f"{j['ref']} · {j.get('description', '')} · "
                                          f"{j.get('address', '')}", j["ref"])
                                         for j in self.form.ref.jobs_of(wanted))
                if block_id:
                    self.block.set_value(block_id)
            if picker in (self.estate, self.block):
                self._refill_homes()
            picker.blockSignals(False)
            if typed and why:
                changed.append(self.tr("“{typed}” replaced by {chosen}, to match {why}.").format(
                    typed=typed, chosen=picker.currentText(), why=why))
        if changed:
            self._tell(changed)

    # -- data -------------------------------------------------------------------------------
    def value(self) -> dict:
        return {"estate_id": self.estate.value(), "block_id": self.block.value(),
                "home_id": self.home.value(),
                "job_ref": self.job.value() if self.job is not None else None}

    def load(self, draft: Draft) -> None:
        self._select(draft.estate_id, draft.block_id, draft.home_id)
        if self.job is not None and draft.job_ref:
            self.job.set_value(draft.job_ref)
        self._tell([])
        self.show_described()


class TalkSection(Section):
    def __init__(self, form: FormBase, *, resident_involved: bool) -> None:
        resident = resident_involved
        super().__init__(form, self.tr("What was said") if resident else self.tr("Notes"),
                         "section_talk")
        self.said = self.bind(
            "what_was_said",
            self.tr("What was &said (in their words)") if resident
            else self.tr("What you &saw (notes)"),
            TextBox, lines=5, accessible=self.tr("What was said"),
            help_text=self.tr("Do not write down health conditions or other personal "
                              "details."))


class HazardSection(Section):
    """A hazard other than none shows at once what to do and the emergency repairs number."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, self.tr("Safety"), "section_hazard")
        self.choice = self.bind("hazard", self.tr("Ha&zard seen or reported"), EnumCombo,
                                Hazard, blank=None)
        self.advice = notice("hazardAdvice", self.tr("What to do now"), "warning")
        self.rows.addWidget(self.advice)
        # Disabled while there is no hazard, so no details are kept then.
        self.details = self.bind("hazard_details", self.tr("What the hazard is and where"),
                                 TextBox, lines=3)
        self.choice.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        hazard = self.choice.value() or "none"
        phone = self.form.ref.emergency_phone
        advice = {
            "emergency": self.tr("Danger now: if anyone is at risk call 999. Then call "
                                 "emergency repairs on {phone} before you leave. The landlord "
                                 "must make it safe within 24 hours."),
            "damp_mould": self.tr("Damp and mould: report it to repairs on {phone} today. The "
                                  "landlord must investigate a significant hazard within 10 "
                                  "working days."),
            "safeguarding": self.tr("Someone may be at risk: if in immediate danger call 999; "
                                    "otherwise tell your coordinator today. Repairs: {phone}."),
            "other_safety": self.tr("Call emergency repairs on {phone} if it cannot wait, and "
                                    "describe it below."),
        }.get(hazard, "").format(phone=phone)
        self.advice.setText(advice)
        self.advice.setAccessibleName(self.tr("What to do now: {advice}").format(advice=advice)
                                      if advice else self.tr("What to do now"))
        self.advice.setVisible(bool(advice))
        self.details.setEnabled(hazard != "none")
        self.form.changed.emit()


class ComplaintSection(Section):
    """Dissatisfaction shows the Complaint Handling Code's offer, with the complaints number."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, self.tr("Complaint"), "section_complaint")
        self.prompt = notice("complaintPrompt", self.tr("Offer the choice to complain"), "prompt")
        self.rows.addWidget(self.prompt)
        self.offered = self.bind("complaint.offered",
                                 self.tr("I &offered the choice to make a complaint"), Tick,
                                 accessible=self.tr("Offered the choice to make a complaint"))
        self.wants = self.bind("complaint.wants_to_complain",
                               self.tr("The resident wants to complain"), Tick,
                               name="complaint_wants")

    def set_dissatisfied(self, dissatisfied: bool) -> None:
        text = self.tr("The resident is dissatisfied. Offer them the choice to make a complaint "
                       "(complaints line: {phone}), then tick below.").format(
            phone=self.form.ref.complaints_phone)
        self.prompt.setText(text if dissatisfied else "")
        self.prompt.setVisible(dissatisfied)


class ConsentSection(Section):
    """Consent first; the contact fields are usable (and kept) only once contact consent is
    given."""

    def __init__(self, form: FormBase) -> None:
        super().__init__(form, self.tr("Consent and contact"), "section_consent",
                         outline=self.tr("Consent"))
        self.boxes = {
            "contact": self.bind("consent.contact", self.tr("Agrees to be contacte&d about this"),
                                 ConsentTick, accessible=self.tr("Agrees to be contacted")),
            "photo": self.bind("consent.photo",
                               self.tr("Agrees to &photos of them or inside their home"),
                               ConsentTick, accessible=self.tr("Agrees to photos")),
            "quote_in_you_said_we_did": self.bind(
                "consent.quote_in_you_said_we_did",
                self.tr("Agrees to be &quoted in You said, we did"),
                ConsentTick, name="consent_quote", accessible=self.tr("Agrees to be quoted"),
                help_text=self.tr("Quoted without their name.")),
        }
        self.contact_box = QFrame()
        self.contact_box.setObjectName("contactFields")
        grid = QVBoxLayout(self.contact_box)
        grid.setContentsMargins(18, 0, 0, 0)
        self.name = self.bind("contact.name", self.tr("Name"), TextLine, layout=grid,
                              accessible=self.tr("Contact name"))
        self.phone = self.bind("contact.phone", self.tr("Phone"), TextLine, layout=grid,
                               accessible=self.tr("Contact phone"))
        self.email = self.bind("contact.email", self.tr("Email"), TextLine, layout=grid,
                               accessible=self.tr("Contact email"))
        self.callback = self.bind("contact.wants_callback", self.tr("Wants a call back"), Tick,
                                  layout=grid, name="contact_callback")
        self.rows.addWidget(self.contact_box)
        # Errors about the contact block as a whole ("only with consent") land on the box.
        form.alias("payload.contact", "payload.contact.name", self.tr("Contact details"))
        self.boxes["contact"].toggled.connect(self._contact_toggled)
        self._contact_toggled()

    def _contact_toggled(self) -> None:
        self.contact_box.setEnabled(self.boxes["contact"].isChecked())
