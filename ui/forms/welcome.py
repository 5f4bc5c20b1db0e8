"""Welcome visit to a new resident: the pack, languages, what was explained, access needs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit

from champion_app.records.scales import AccessNeed, Check, PackFormat, PreferredContact
from ui.widgets import ChoiceGroup, EnumCombo, MultiCheck, enum_choices, named

from .base import RecordForm, Section
from .common import text_box


def date_edit(name: str, accessible: str) -> QDateEdit:
    edit = named(QDateEdit(QDate.currentDate()), name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    return edit


class WelcomeForm(RecordForm):
    kind = "welcome"

    def build(self) -> None:
        dates = Section(self, "The tenancy", "section_tenancy")
        self.tenancy_start = date_edit("tenancy_start", "Tenancy started")
        self.visit_date = date_edit("visit_date", "Date of this visit")
        dates.add("payload.tenancy_start", "&Tenancy started", self.tenancy_start)
        dates.add("payload.visit_date", "&Date of this visit", self.visit_date)
        self.body.addWidget(dates)

        pack = Section(self, "Welcome pack and languages", "section_pack")
        self.pack_format = EnumCombo("welcome_pack_format", "Welcome pack format", PackFormat,
                                     blank=None)
        self.pack_language = named(QLineEdit("English"), "pack_language", "Pack language")
        self.preferred_language = named(QLineEdit("English"), "preferred_language",
                                        "Preferred language")
        self.interpreter = named(QCheckBox("An &interpreter is needed"), "interpreter_needed",
                                 "An interpreter is needed")
        self.contact_by = EnumCombo("preferred_contact", "Best way to contact them",
                                    PreferredContact)
        pack.add("payload.welcome_pack_format", "Welcome pack &format", self.pack_format)
        pack.add("payload.pack_language", "Pack &language", self.pack_language)
        pack.add("payload.preferred_language", "&Preferred language", self.preferred_language)
        pack.add("payload.interpreter_needed", None, self.interpreter)
        pack.add("payload.preferred_contact", "Best way to &contact them", self.contact_by)
        self.body.addWidget(pack)

        explained = Section(self, "Repairs explained", "section_explained")
        self.explained = {}
        for key, question in (
            ("explained_how_to_report", "Did you explain how to report a repair?"),
            ("explained_priorities_targets", "Did you explain repair priorities and target "
                                             "times?"),
            ("explained_responsibilities", "Did you explain who is responsible for what?"),
            ("home_condition_ok", "Is the home in good condition?"),
        ):
            group = ChoiceGroup(key, question, enum_choices(Check), optional=True,
                                none_label="Not recorded", columns=4)
            explained.add(f"payload.{key}", None, group)
            group.changed.connect(self.changed)
            self.explained[key] = group
        self.outstanding = text_box("outstanding_repairs", "Outstanding repairs", lines=2)
        self.questions = text_box("questions_raised", "Questions they raised", lines=2)
        explained.add("payload.outstanding_repairs", "&Outstanding repairs", self.outstanding)
        explained.add("payload.questions_raised", "&Questions they raised", self.questions)
        self.body.addWidget(explained)

        access = Section(self, "Access needs (only with explicit consent)", "section_access")
        self.access_consent = named(
            QCheckBox("The resident explicitly agrees to record their access needs"),
            "access_needs_consent", "Agrees to record access needs")
        self.access_needs = MultiCheck("access_needs", "Access needs", enum_choices(AccessNeed))
        access.add("payload.access_needs_consent", None, self.access_consent)
        access.add("payload.access_needs", "Access needs (codes only, no details)",
                   self.access_needs)
        self.access_consent.toggled.connect(self._consent_toggled)
        self.access_needs.changed.connect(self.changed)
        self.body.addWidget(access)
        self._consent_toggled(False)
        for w in (self.pack_format, self.contact_by):
            w.currentIndexChanged.connect(self.changed)
        for w in (self.pack_language, self.preferred_language):
            w.textChanged.connect(self.changed)
        for w in (self.tenancy_start, self.visit_date):
            w.dateChanged.connect(self.changed)
        self.interpreter.toggled.connect(self.changed)
        self.outstanding.textChanged.connect(self.changed)
        self.questions.textChanged.connect(self.changed)

    def _consent_toggled(self, on: bool) -> None:
        self.access_needs.setEnabled(on)
        self.changed.emit()

    def kind_payload(self) -> dict:
        consent = self.access_consent.isChecked()
        return {
            "tenancy_start": self.tenancy_start.date().toPython().isoformat(),
            "visit_date": self.visit_date.date().toPython().isoformat(),
            "welcome_pack_format": self.pack_format.value(),
            "pack_language": self.pack_language.text().strip() or "English",
            "preferred_language": self.preferred_language.text().strip() or "English",
            "interpreter_needed": self.interpreter.isChecked(),
            "preferred_contact": self.contact_by.value(),
            **{key: g.value() for key, g in self.explained.items()},
            "access_needs_consent": consent,
            # Without consent nothing is kept, whatever was ticked before it was withdrawn.
            "access_needs": self.access_needs.value() if consent else [],
            "outstanding_repairs": self.outstanding.toPlainText().strip(),
            "questions_raised": self.questions.toPlainText().strip(),
        }

    def load_kind(self, p: dict) -> None:
        for key, edit in (("tenancy_start", self.tenancy_start),
                          ("visit_date", self.visit_date)):
            if p.get(key):
                edit.setDate(QDate(date.fromisoformat(str(p[key])[:10])))
        self.pack_format.set_value(p.get("welcome_pack_format") or "standard_print")
        self.pack_language.setText(p.get("pack_language") or "English")
        self.preferred_language.setText(p.get("preferred_language") or "English")
        self.interpreter.setChecked(bool(p.get("interpreter_needed")))
        self.contact_by.set_value(p.get("preferred_contact"))
        for key, group in self.explained.items():
            group.set_value(p.get(key))
        self.access_consent.setChecked(bool(p.get("access_needs_consent")))
        self.access_needs.set_value(p.get("access_needs") or [])
        self.outstanding.setPlainText(p.get("outstanding_repairs", ""))
        self.questions.setPlainText(p.get("questions_raised", ""))
