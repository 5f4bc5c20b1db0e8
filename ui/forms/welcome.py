"""Welcome visit to a new resident: the pack, languages, what was explained, access needs."""

from __future__ import annotations

from champion_app.records.scales import AccessNeed, Check, PackFormat, PreferredContact
from ui.inputs import DateField, TextBox, TextLine, Tick
from ui.widgets import ChoiceGroup, EnumCombo, MultiCheck, enum_choices

from .base import RecordForm
from .fields import Section

EXPLAINED = (
    ("explained_how_to_report", "Did you explain how to report a repair?"),
    ("explained_priorities_targets", "Did you explain repair priorities and target times?"),
    ("explained_responsibilities", "Did you explain who is responsible for what?"),
    ("home_condition_ok", "Is the home in good condition?"),
)


class WelcomeForm(RecordForm):
    kind = "welcome"

    def build(self) -> None:
        dates = Section(self, "The tenancy", "section_tenancy")
        dates.bind("tenancy_start", "&Tenancy started", DateField)
        dates.bind("visit_date", "&Date of this visit", DateField)
        self.body.addWidget(dates)

        pack = Section(self, "Welcome pack and languages", "section_pack")
        pack.bind("welcome_pack_format", "Welcome pack &format", EnumCombo, PackFormat,
                  blank=None)
        pack.bind("pack_language", "Pack &language", TextLine, fallback="English")
        pack.bind("preferred_language", "&Preferred language", TextLine, fallback="English")
        pack.bind("interpreter_needed", "An &interpreter is needed", Tick)
        pack.bind("preferred_contact", "Best way to &contact them", EnumCombo, PreferredContact)
        self.body.addWidget(pack)

        explained = Section(self, "Repairs explained", "section_explained")
        for key, question in EXPLAINED:
            explained.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True,
                           none_label="Not recorded", columns=4)
        explained.bind("outstanding_repairs", "&Outstanding repairs", TextBox, lines=2)
        explained.bind("questions_raised", "&Questions they raised", TextBox, lines=2)
        self.body.addWidget(explained)

        access = Section(self, "Access needs (only with explicit consent)", "section_access")
        self.access_consent = access.bind(
            "access_needs_consent", "The resident explicitly agrees to record their access needs",
            Tick, accessible="Agrees to record access needs")
        # Disabled without consent, so nothing ticked before consent was withdrawn is kept.
        self.access_needs = access.bind("access_needs", "Access needs (codes only, no details)",
                                        MultiCheck, enum_choices(AccessNeed),
                                        accessible="Access needs")
        self.access_consent.toggled.connect(self.access_needs.setEnabled)
        self.access_needs.setEnabled(False)
        self.body.addWidget(access)
