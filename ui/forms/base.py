"""A record form: the visit, the kind's own sections, then what every form has; a Draft in and out.

Every answer is bound once (`ui.forms.fields`): the payload is read from, and a stored one
loaded into, the form's field group, over the defaults of the kind's payload model.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from champion_app.records import (
    KINDS,
    Draft,
    KindSpec,
    RecordInvalid,
    utc_now,
    validate_payload,
    visit_time,
    visit_time_problem,
)
from champion_app.records.rules import DISSATISFIED_CODES, satisfaction_answers
from ui.refdata import RefData

from .common import ComplaintSection, ConsentSection, HazardSection, TalkSection, WhereSection
from .fields import FormBase, merged
from .photos import PhotoSection

log = logging.getLogger(__name__)


def drop_none(value: Any) -> Any:
    """Payload without None entries: an unanswered optional question is simply absent."""
    if isinstance(value, dict):
        return {k: drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_none(v) for v in value]
    return value


class RecordForm(FormBase):
    """Base of the record forms. Subclasses set ``kind`` and build their sections; the
    kind's spec (its label, payload model) comes from the kind registry."""

    uses_job = False
    resident_involved = True  # False: no respondent, no complaint (a walkabout)

    def __init__(self, ref: RefData, runner=None, parent: QWidget | None = None, *,
                 spec: KindSpec | None = None) -> None:
        super().__init__(ref, runner, spec or KINDS[self.kind], parent)
        self._saved_snapshot: str | None = None
        self.record_id: str | None = None  # the record being edited (VisitPage sets it)
        self.where = WhereSection(self, with_job=self.uses_job,
                                  resident_involved=self.resident_involved)
        self.body.addWidget(self.where)
        self.build()
        self.talk = TalkSection(self, resident_involved=self.resident_involved)
        self.hazard = HazardSection(self)
        self.complaint = ComplaintSection(self)
        self.consent = ConsentSection(self)
        self.photos = PhotoSection(self)
        for section in (self.talk, self.hazard, self.complaint, self.consent, self.photos):
            self.body.addWidget(section)
        self.body.addStretch(1)
        self.complaint.setVisible(self.resident_involved)
        self.fields.set_value(self.spec.defaults())  # e.g. a post-works visit is a home visit
        self.where.visited_at.set_value(None)  # a new visit is now
        self.changed.connect(self._update_prompts)
        self.where.respondent.changed.connect(self._respondent_changed)
        self.where.home.picked.connect(self.home_changed)
        self._update_prompts()
        self._respondent_changed()
        self.outline.remember_fresh()
        self.outline.refresh()

    # -- for subclasses ---------------------------------------------------------------------
    def build(self) -> None:
        """Add the kind's own sections to ``self.body``, binding their answers."""

    def after_load(self) -> None:
        """A stored draft was just loaded (post-works shows its job's dates)."""

    def on_respondent(self, respondent: str | None) -> None:
        """Who answered changed: questions that do not apply to them are hidden."""

    def home_changed(self) -> None:
        """The home changed (a form asking TP02 looks up when it was last asked there)."""

    def checks(self, problems: dict[str, str]) -> None:
        """Add the form's own problems (answers a section that applies still needs)."""

    # -- data in and out ------------------------------------------------------------------
    def place(self) -> dict:
        return self.where.value()

    def payload(self) -> dict:
        return drop_none(self.fields.value())

    def attachments(self) -> list[dict]:
        return self.photos.value()

    def draft(self) -> Draft:
        return Draft(kind=self.kind, **self.place(), payload=self.payload(),
                     attachments=self.attachments())

    def load(self, draft: Draft, photos: dict[str, bytes] | None = None, *,
             created_at: str | None = None) -> None:
        self.where.load(draft)
        # An answer the stored payload leaves out shows its default, as on a new form.
        self.fields.set_value(merged(self.spec.defaults(), draft.payload))
        if not draft.payload.get("visited_at"):  # a record from before visits had a time
            known = visit_time({"kind": draft.kind, "payload": draft.payload,
                                "created_at": created_at or utc_now()})
            self.where.visited_at.set_value(known.isoformat())
        self.where.show_described()  # the place in words, when the draft has one
        self.photos.load(draft.attachments, photos or {})
        self._respondent_changed()
        self.after_load()
        self.mark_saved()
        self.outline.refresh()

    def mark_saved(self) -> None:
        self._saved_snapshot = self._snapshot()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._saved_snapshot

    def _snapshot(self) -> str:
        return json.dumps(self.draft().model_dump(), sort_keys=True, default=str)

    # -- validation ---------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """The problems a submit would refuse, found without touching the store."""
        problems: dict[str, str] = {}
        if not self.place().get("estate_id"):
            problems["estate_id"] = (
                self.tr("Choose the estate this is about.") if self.ref.estates else
                self.tr("Connect to your landlord to get the list of estates, then choose "
                        "one. Your draft is kept."))
        payload = self.payload()
        try:
            parsed = validate_payload(self.kind, payload)
        except RecordInvalid as exc:
            problems.update(exc.fields)
        else:
            if not parsed.consent.photo.given:
                for i, att in enumerate(self.attachments()):
                    if att.get("shows_person_or_interior"):
                        problems[f"attachments.{i}"] = self.tr(
                            "This photo shows a person or the inside of a home: it needs the "
                            "resident's consent to photos.")
        late = visit_time_problem(payload.get("visited_at"), datetime.now(UTC))
        if late:
            problems["payload.visited_at"] = self.tr(
                "The visit cannot be in the future: correct its date and time.")
        for counter in self._too_long():
            problems.setdefault(counter, self.tr("This is longer than allowed: shorten it."))
        self.checks(problems)
        return problems

    def _too_long(self) -> list[str]:
        """Paths of text fields over their limit (the model says so too; this keeps the
        message next to the field even where pydantic names a row)."""
        return [path for path, field in self._fields.items()
                if getattr(getattr(field.widget, "counter", None), "too_long", False)
                and field.widget.isEnabledTo(self)]

    # -- live prompts -----------------------------------------------------------------------
    def _update_prompts(self) -> None:
        answers = satisfaction_answers(self.kind, self.payload())
        self.complaint.set_dissatisfied(any(a in DISSATISFIED_CODES for a in answers))

    def _respondent_changed(self) -> None:
        self.on_respondent(self.where.respondent.value())
