"""Welcome visit to a new resident: the pack, languages, what was explained, access needs.

The day of the visit is the visit's own date and time (the first section, as on every
form): the record's ``visit_date`` is bound to a date control kept out of sight and in step
with it, both ways, so the two never disagree and the form asks for the date once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime

from champion_app.records.scales import AccessNeed, Check, PackFormat, PreferredContact
from ui.choices import ChoiceGroup
from ui.inputs import DateField, TextBox, TextLine, Tick
from ui.widgets import EnumCombo, MultiCheck, enum_choices

from .base import RecordForm
from .fields import Section


def explained() -> tuple[tuple[str, str], ...]:
    translate = QCoreApplication.translate
    return (
        ("explained_how_to_report", translate("WelcomeForm",
                                              "Did you explain how to report a repair?")),
        ("explained_priorities_targets", translate(
            "WelcomeForm", "Did you explain repair priorities and target times?")),
        ("explained_responsibilities", translate(
            "WelcomeForm", "Did you explain who is responsible for what?")),
        ("home_condition_ok", translate("WelcomeForm", "Is the home in good condition?")),
    )


class WelcomeForm(RecordForm):
    kind = "welcome"

    def build(self) -> None:
        dates = Section(self, self.tr("The tenancy"), "section_tenancy")
        dates.bind("tenancy_start", self.tr("Ten&ancy started"), DateField)
        self.visit_date = self.fields.control("visit_date", DateField,
                                              self.tr("Date of this visit"))
        self.visit_date.setParent(self)
        self.visit_date.hide()  # shown as the visit's date and time, at the top
        self.body.addWidget(dates)

        pack = Section(self, self.tr("Welcome pack and languages"), "section_pack",
                       outline=self.tr("Welcome pack"))
        pack.bind("welcome_pack_format", self.tr("Welcome pac&k format"), EnumCombo, PackFormat,
                  blank=None)
        pack.bind("pack_language", self.tr("Pack language"), TextLine, fallback="English")
        pack.bind("preferred_language", self.tr("Preferred language"), TextLine,
                  fallback="English")
        pack.bind("interpreter_needed", self.tr("An &interpreter is needed"), Tick)
        pack.bind("preferred_contact", self.tr("Best way to contact them"), EnumCombo,
                  PreferredContact)
        self.body.addWidget(pack)

        repairs = Section(self, self.tr("Repairs explained"), "section_explained")
        for key, question in explained():
            repairs.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True)
        repairs.bind("outstanding_repairs", self.tr("Outstanding repairs"), TextBox, lines=2)
        repairs.bind("questions_raised", self.tr("Questions they raised"), TextBox, lines=2)
        self.body.addWidget(repairs)

        access = Section(self, self.tr("Access needs (only with explicit consent)"),
                         "section_access", outline=self.tr("Access needs"))
        self.access_consent = access.bind(
            "access_needs_consent",
            self.tr("Explicitly agrees to record access needs"), Tick,
            accessible=self.tr("Agrees to record access needs"),
            help_text=self.tr("Ask first; record only the codes, never the details."))
        # Disabled without consent, so nothing ticked before consent was withdrawn is kept.
        self.access_needs = access.bind("access_needs",
                                        self.tr("Access needs (codes only, no details)"),
                                        MultiCheck, enum_choices(AccessNeed),
                                        accessible=self.tr("Access needs"))
        self.access_consent.toggled.connect(self.access_needs.setEnabled)
        self.access_needs.setEnabled(False)
        self.body.addWidget(access)
        # "Cannot be before the tenancy started" is about the visit's date: show it there.
        self.alias("payload.visit_date", "payload.visited_at", self.tr("Date of this visit"))
        self.where.visited_at.changed.connect(self._visit_day_from_time)
        self.visit_date.changed.connect(self._visit_time_from_day)
        self._visit_day_from_time()

    def _visit_day_from_time(self) -> None:
        day = self.where.visited_at.dateTime().date()
        if self.visit_date.date() != day:
            self.visit_date.setDate(day)

    def _visit_time_from_day(self) -> None:
        shown = self.where.visited_at.dateTime()
        day = self.visit_date.date()
        if shown.date() != day:
            self.where.visited_at.setDateTime(QDateTime(day, shown.time()))
