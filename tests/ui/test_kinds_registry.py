"""The UI follows the kind registry: a kind added there gets its filter entry and its button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

import ui.forms.page
import ui.log.view
from champion_app.records import KINDS, CommonPayload, KindSpec
from ui.forms import FORMS, FormRegistry, RecordForm
from ui.forms.doorstep import DoorstepForm
from ui.forms.page import VisitPage
from ui.log.view import LogPage
from ui.refdata import RefData


class SurveyPayload(CommonPayload):
    KIND = "survey"


class SurveyForm(RecordForm):
    kind = "survey"


SURVEY = KindSpec(SurveyPayload, "Resident survey")


def test_every_kind_has_a_form_titled_with_its_label(qtbot):
    for spec in FORMS:
        form = FORMS.create(spec.code, RefData())
        qtbot.addWidget(form)
        assert form.kind == spec.code and form.spec is spec
        assert form.objectName() == f"form_{spec.code}"
        assert form.accessibleName() == spec.label
    assert [spec.code for spec in FORMS] == list(KINDS.codes)


def test_a_kind_without_a_form_or_a_form_without_a_kind_is_refused():
    with pytest.raises(ValueError, match="No form records"):
        FormRegistry([DoorstepForm])
    with pytest.raises(ValueError, match="survey"):
        FormRegistry([FORMS.form_class(code) for code in KINDS.codes] + [SurveyForm])


def test_a_kind_added_to_the_registry_appears_in_the_kinds_filter(qtbot, runner, monkeypatch):
    monkeypatch.setattr(ui.log.view, "KINDS", KINDS.with_kind(SURVEY))
    page = LogPage(runner)
    qtbot.addWidget(page)
    offered = [(page.kind.itemText(i), page.kind.itemData(i)) for i in range(page.kind.count())]
    assert offered == [("All kinds", None), *((s.label, s.code) for s in KINDS),
                       ("Resident survey", "survey")]


def test_a_kind_registered_with_its_form_gets_a_new_visit_button(qtbot, runner, monkeypatch):
    kinds = KINDS.with_kind(SURVEY)
    forms = FormRegistry([FORMS.form_class(code) for code in KINDS.codes] + [SurveyForm], kinds)
    monkeypatch.setattr(ui.forms.page, "FORMS", forms)
    page = VisitPage(runner)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "kind_survey")
    assert button is not None and button.text() == "Resident survey"
    button.click()
    assert isinstance(page.form, SurveyForm) and page.form.spec is SURVEY
    assert page.title.text() == "New resident survey"
