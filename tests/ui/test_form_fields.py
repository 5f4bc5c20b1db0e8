"""Fields bound once, and the one repeating-rows control, on real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from champion_app.demo import sample_records
from champion_app.records import KINDS, validate_payload
from champion_app.store import Store
from ui.forms import FORMS
from ui.forms.fields import FormBase, Section
from ui.inputs import TextLine, Tick
from ui.refdata import RefData
from ui.timefmt import when

from .test_forms import child


def test_one_declaration_names_labels_places_errors_and_reads_and_writes(qtbot):
    form = FormBase(RefData(), None, KINDS["doorstep"])
    qtbot.addWidget(form)
    section = Section(form, "Test", "section_test")
    form.body.addWidget(section)
    edit = section.bind("contact.name", "Their &name", TextLine, help_text="As they said it")
    tick = section.bind("complaint.offered", "I &offered it", Tick)

    assert edit.objectName() == "contact_name" and edit.accessibleName() == "Their name"
    caption = section.findChild(QLabel, "label_payload_contact_name")
    assert caption.text() == "Their &name" and caption.buddy() is edit
    assert tick.text() == "I &offered it" and tick.accessibleName() == "I offered it"
    assert section.findChild(QLabel, "label_payload_complaint_offered") is None  # its own words
    assert form.field("payload.contact.name") is edit

    form.fields.set_value({"contact": {"name": " Ann "}, "complaint": {"offered": True}})
    assert edit.text() == " Ann " and tick.isChecked()
    assert form.fields.value() == {"contact": {"name": "Ann"}, "complaint": {"offered": True}}
    edit.setEnabled(False)  # what the form does not let you edit is not kept
    assert form.fields.value()["contact"] == {"name": ""}

    form.show_errors({"payload.contact.name": "Too long.", "payload.elsewhere": "Odd."})
    assert form.error_text("payload.contact.name") == "Too long."
    assert "Their name: Too long." in form.summary.text() and "Answers: Odd." in form.summary.text()


def normal(kind: str, payload: dict) -> dict:
    """The payload as stored; tick lists sorted (a form lists ticks in the order it offers them)."""
    data = validate_payload(kind, payload).model_dump(mode="json")
    return {k: sorted(v) if k in ("topics", "access_needs") else v for k, v in data.items()}


def test_every_sample_record_survives_its_form_unchanged(qtbot, patch):
    """Load each demo record into its form and read it back: every answer is bound both ways."""
    with Store.open(patch) as store:
        ref = RefData.load(store)
        jobs = {job["ref"]: job for job in store.worklist(days=60)}
    samples = sample_records(date.today(), jobs)
    assert {draft.kind for draft, _ in samples} == set(KINDS.codes)
    for draft, _submit in samples:
        form = FORMS.create(draft.kind, ref)
        qtbot.addWidget(form)
        form.load(draft)
        again = form.draft()
        assert again.model_dump(exclude={"payload"}) == draft.model_dump(exclude={"payload"})
        assert normal(draft.kind, again.payload) == normal(draft.kind, draft.payload), draft.kind
        assert not form.is_dirty()


def test_removing_a_row_renumbers_the_rows_and_their_error_paths(qtbot):
    form = FORMS.create("post_works", RefData())
    qtbot.addWidget(form)
    for _ in range(3):
        form.add_operative.click()
    for i, name in enumerate(("Ann", "Bob", "Cy")):
        form.panels[i].who.setEditText(name)
    form.panels[1].remove.click()

    assert [p.value()["name_as_given"] for p in form.panels] == ["Ann", "Cy"]
    assert [p["name_as_given"] for p in form.payload()["operatives"]] == ["Ann", "Cy"]
    paths = {p for p in form._fields if p.startswith("payload.operatives.")}
    assert {p.split(".")[2] for p in paths} == {"0", "1"}
    assert child(form, QLineEdit, "operative_1_compliment") is form.panels[1].compliment
    form.show_errors({"payload.operatives.1.name_as_given": "Who was it?"})
    assert form.panels[1].findChild(QLabel, "error_payload_operatives_1_name_as_given").text() \
        == "Who was it?"


def test_households_and_photos_use_the_same_rows(qtbot):
    form = FORMS.create("block", RefData())
    qtbot.addWidget(form)
    form.households.set_value([{"flat": "1", "rating": "neither"}, {"flat": "2"}])
    assert form.spoken.value() == 2  # the count follows the rows
    form.households.rows[0].remove.click()
    assert form.payload()["responses"] == [{"flat": "2", "comment": ""}]
    assert "payload.responses.1" not in form._fields and "payload.responses.0" in form._fields

    sha = "a" * 64
    form.photos.add_attachment({"sha256": sha, "bytes": 9, "mime": "image/png"}, "")
    form.photos.add_attachment({"sha256": "b" * 64, "bytes": 9, "mime": "image/png"}, "")
    child(form, QCheckBox, "photo_1_private").click()
    form.photos.list.rows[0].remove.click()
    [photo] = form.attachments()
    assert photo["sha256"] == "b" * 64 and photo["shows_person_or_interior"] is True


def test_times_in_words():
    assert when(None) == "never" and when("", "not known") == "not known"
    assert when("not a time") == "not a time"
    assert " Mar 2026 at " in when("2026-03-02T12:00:00Z")  # shown in local time
