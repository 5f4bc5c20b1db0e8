"""Fill and submit each form as a champion would, then read the record back from SQLite."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
)

from champion_app.store import RecordFilter

from .conftest import wait_idle


def pick(combo: QComboBox, ident: str) -> None:
    index = combo.findData(ident)
    assert index >= 0, f"{ident} not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)


def child(form, kind, name):
    widget = form.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def submit(qtbot, window) -> str:
    with qtbot.waitSignal(window.visit.submitted, timeout=10_000) as blocker:
        window.visit.submit_button.click()
    return blocker.args[0]


def newest_version(read_store, record_id):
    detail = read_store().get_record(record_id)
    assert detail.row.state == "queued"
    return detail.versions[-1]


def test_doorstep_form_submits_and_is_stored(qtbot, window, read_store):
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-alder")
    pick(form.field("block_id"), "blk-rowan")
    child(form, QCheckBox, "topics_cleaning").click()
    child(form, QCheckBox, "topics_communal_areas").click()
    child(form, QRadioButton, "rating_TP10_fairly_satisfied").click()
    child(form, QRadioButton, "rating_TP08_agree").click()
    child(form, QPlainTextEdit, "what_was_said").setPlainText(
        "The stairwell smells of bleach now, much better than last month.")

    record_id = submit(qtbot, window)

    version = newest_version(read_store, record_id)
    assert version["kind"] == "doorstep"
    assert version["estate_id"] == "est-alder" and version["block_id"] == "blk-rowan"
    assert version["payload"]["topics"] == ["communal_areas", "cleaning"]
    assert version["payload"]["ratings"] == {"TP08": "agree", "TP10": "fairly_satisfied"}
    assert "bleach" in version["payload"]["what_was_said"]
    assert window.visit.form is None  # the page is ready for the next visit


def test_worklist_job_prefills_post_works_and_submits(qtbot, window, read_store):
    job = window.ref.jobs[0]
    window.today.select_job(job["ref"])
    window.today.start.click()

    form = window.visit.form
    assert form is not None and form.kind == "post_works"
    assert window.current_page() == "visit"
    assert form.field("job_ref").value() == job["ref"]
    assert form.field("estate_id").value() == job["estate_id"]
    assert form.field("home_id").value() == job["home_id"]
    assert form.field("payload.priority").value() == job["priority"]
    assert child(form, QLineEdit, "delivered_by").text() == job["delivered_by"]
    assert "Reported" in child(form, QLabel, "jobDates").text()
    assert [p.value()["operative_id"] for p in form.panels] == job["operative_ids"]

    child(form, QRadioButton, "part1_rating_very_satisfied").click()
    child(form, QRadioButton, "part2_rating_fairly_satisfied").click()
    child(form, QRadioButton, "fixed_first_time_yes").click()
    child(form, QSpinBox, "visits_needed").setValue(1)
    child(form, QRadioButton, "operative_0_showed_id_yes").click()
    child(form, QRadioButton, "operative_0_overall_very_satisfied").click()
    child(form, QLineEdit, "operative_0_compliment").setText("Wiped everything down after.")
    record_id = submit(qtbot, window)

    version = newest_version(read_store, record_id)
    payload = version["payload"]
    assert version["job_ref"] == job["ref"]
    assert payload["priority"] == job["priority"]
    assert payload["part1_rating"] == "very_satisfied"
    assert payload["part2_rating"] == "fairly_satisfied"
    assert payload["visits_needed"] == 1 and payload["fixed_first_time"] == "yes"
    assert payload["operatives"][0]["operative_id"] == job["operative_ids"][0]
    assert payload["operatives"][0]["showed_id"] == "yes"
    assert payload["operatives"][0]["compliment"] == "Wiped everything down after."


def test_block_form_submits_households(qtbot, window, read_store):
    form = window.visit.new_record("block")
    pick(form.field("estate_id"), "est-brook")
    pick(form.field("block_id"), "blk-kingfisher")
    pick(child(form, QComboBox, "condition_floors_stairs"), "B")
    pick(child(form, QComboBox, "condition_lifts"), "D")
    form.add_household.click()
    child(form, QLineEdit, "household_0_flat").setText("12")
    pick(child(form, QComboBox, "household_0_rating"), "very_satisfied")
    child(form, QSpinBox, "households_spoken_to").setValue(4)
    record_id = submit(qtbot, window)

    payload = newest_version(read_store, record_id)["payload"]
    assert payload["conditions"] == {"floors_stairs": "B", "lifts": "D"}
    assert payload["responses"] == [{"flat": "12", "rating": "very_satisfied", "comment": ""}]
    assert payload["households_spoken_to"] == 4


def test_welcome_form_submits(qtbot, window, read_store):
    form = window.visit.new_record("welcome")
    pick(form.field("estate_id"), "est-castle")
    pick(form.field("home_id"), "home-bishops-7")
    today = QDate.currentDate()
    child(form, QDateEdit, "tenancy_start").setDate(today.addDays(-10))
    child(form, QDateEdit, "visit_date").setDate(today)
    pick(child(form, QComboBox, "welcome_pack_format"), "large_print")
    child(form, QRadioButton, "explained_how_to_report_yes").click()
    access = child(form, QCheckBox, "access_needs_mobility")
    assert not access.isEnabled()  # access needs only with explicit consent
    child(form, QCheckBox, "access_needs_consent").click()
    access.click()
    record_id = submit(qtbot, window)

    version = newest_version(read_store, record_id)
    assert version["home_id"] == "home-bishops-7"
    payload = version["payload"]
    assert payload["tenancy_start"] == today.addDays(-10).toPython().isoformat()
    assert payload["welcome_pack_format"] == "large_print"
    assert payload["explained_how_to_report"] == "yes"
    assert payload["access_needs"] == ["mobility"]


def test_walkabout_form_submits(qtbot, window, read_store):
    form = window.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-alder")
    pick(child(form, QComboBox, "condition_paths"), "C")
    pick(child(form, QComboBox, "condition_external_litter"), "D")
    child(form, QPlainTextEdit, "what_was_said").setPlainText("Broken glass by the bin store.")
    record_id = submit(qtbot, window)

    version = newest_version(read_store, record_id)
    assert version["kind"] == "walkabout"
    assert version["payload"]["conditions"] == {"paths": "C", "external_litter": "D"}


def test_form_with_errors_shows_them_and_stores_nothing(qtbot, window, runner, read_store):
    form = window.visit.new_record("post_works")
    child(form, QRadioButton, "ease_of_reporting_very_dissatisfied").click()
    form.add_operative.click()

    window.visit.submit_button.click()
    wait_idle(qtbot, runner)

    assert form.summary.isVisibleTo(form)
    for path in ("estate_id", "payload.part1_rating", "payload.part2_rating",
                 "payload.operatives.0.name_as_given"):
        assert form.error_text(path), f"no message shown for {path}"
    assert "required" in form.error_text("payload.part1_rating")
    # The cross-field rules show in the same round, not only once every field is valid.
    assert "complain" in form.error_text("payload.complaint.offered")
    assert read_store().count_records(RecordFilter()) == 0

    # Fixing the fields leaves only the rule to deal with.
    pick(form.field("estate_id"), "est-alder")
    child(form, QRadioButton, "part1_rating_fairly_satisfied").click()
    child(form, QRadioButton, "part2_rating_fairly_satisfied").click()
    form.panels[0].who.setEditText("Dave from the gas team")
    window.visit.submit_button.click()
    wait_idle(qtbot, runner)
    assert "complain" in form.error_text("payload.complaint.offered")
    assert not form.error_text("payload.part1_rating")
    assert read_store().count_records(RecordFilter()) == 0


def test_prompts_hazard_complaint_and_contact_consent(qtbot, window):
    form = window.visit.new_record("doorstep")
    advice = child(form, QLabel, "hazardAdvice")
    assert not advice.isVisibleTo(form)
    pick(form.field("payload.hazard"), "damp_mould")
    assert advice.isVisibleTo(form)
    assert window.ref.emergency_phone in advice.text()

    prompt = child(form, QLabel, "complaintPrompt")
    assert not prompt.isVisibleTo(form)
    child(form, QRadioButton, "rating_TP01_very_dissatisfied").click()
    assert prompt.isVisibleTo(form)
    assert window.ref.complaints_phone in prompt.text()

    phone = child(form, QLineEdit, "contact_phone")
    assert not phone.isEnabled()
    child(form, QCheckBox, "consent_contact").click()
    assert phone.isEnabled()


def test_save_draft_then_finish_from_my_log(qtbot, window, runner, read_store, monkeypatch):
    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-brook")
    child(form, QPlainTextEdit, "what_was_said").setPlainText("Half-finished chat.")
    with qtbot.waitSignal(window.visit.saved) as saved:
        window.save_action.trigger()
    record_id = saved.args[0]
    assert read_store().get_record(record_id).row.state == "draft"

    window.visit.close_form()
    window.open_record(record_id)

    def reopened():
        assert window.visit.form is not None and window.visit.record_id == record_id

    qtbot.waitUntil(reopened)
    form = window.visit.form
    assert child(form, QPlainTextEdit, "what_was_said").toPlainText() == "Half-finished chat."
    child(form, QCheckBox, "topics_parking").click()
    submit(qtbot, window)
    assert read_store().get_record(record_id).versions[-1]["payload"]["topics"] == ["parking"]


def test_photo_is_shrunk_and_shown(qtbot, window, runner, read_store, tmp_path):
    picture = tmp_path / "bins.png"
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(picture))
    form = window.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-alder")
    pick(child(form, QComboBox, "condition_bin_areas"), "D")
    form.photos.add_file(picture)

    def shown():
        assert form.photos.value()

    qtbot.waitUntil(shown, timeout=10_000)
    thumb = child(form, QLabel, "photo_0_thumbnail")
    assert thumb.pixmap() is not None and not thumb.pixmap().isNull()
    record_id = submit(qtbot, window)

    attachment = newest_version(read_store, record_id)["attachments"][0]
    stored = QImage.fromData(read_store().read_photo(attachment["sha256"]))  # kept encrypted
    assert max(stored.width(), stored.height()) == 1600
