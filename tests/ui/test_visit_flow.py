"""Visit flow (issue #12): the visit's date and time, the outline, questions shown only where
they apply, one "Not asked", counts on limited text, and no codes in what people read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from champion_app.records import KINDS
from champion_app.store import RecordFilter

from .conftest import wait_idle
from .test_forms import child, newest_version, pick, submit


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


# --- the visit's date and time ------------------------------------------------------------

def test_every_form_has_the_visit_time_defaulting_to_now(qtbot, window):
    for kind in KINDS.codes:
        form = window.visit.new_record(kind)
        moment = parse(child(form, QDateTimeEdit, "visited_at").value())
        assert abs(moment - datetime.now(UTC)) < timedelta(minutes=2), kind


def test_a_visit_typed_up_the_next_day_keeps_its_own_time(qtbot, window, read_store):
    form = window.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-alder")
    pick(child(form, QComboBox, "condition_paths"), "C")
    visit = child(form, QDateTimeEdit, "visited_at")
    yesterday = QDateTime.currentDateTime().addDays(-1)
    visit.setDateTime(yesterday)
    record_id = submit(qtbot, window)
    stored = parse(newest_version(read_store, record_id)["payload"]["visited_at"])
    assert abs(stored - yesterday.toPython().astimezone(UTC)) < timedelta(minutes=1)


def test_a_visit_in_the_future_is_refused_and_nothing_is_stored(qtbot, window, runner,
                                                                read_store):
    form = window.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-alder")
    pick(child(form, QComboBox, "condition_paths"), "C")
    child(form, QDateTimeEdit, "visited_at").setDateTime(
        QDateTime.currentDateTime().addDays(2))
    window.visit.submit_button.click()
    wait_idle(qtbot, runner)
    assert "future" in form.error_text("payload.visited_at")
    assert read_store().count_records(RecordFilter()) == 0


# --- the outline -----------------------------------------------------------------------------

def test_the_outline_marks_sections_and_jumps_to_one(qtbot, window):
    window.show_page("visit")
    form = window.visit.new_record("post_works")
    outline = form.outline
    outline.refresh()
    titles = [outline.item(r).text() for r in range(outline.count())]
    assert titles[0].startswith("!") and "The visit" in titles[0]  # no estate yet
    assert not any("Part 2" in t for t in titles)  # not sent out yet: part 2 does not apply
    assert outline.state_of("section_part1") == "todo"
    assert outline.state_of("section_photos") == "optional"

    pick(form.field("estate_id"), "est-alder")
    child(form, QRadioButton, "part1_rating_very_satisfied").click()
    outline.refresh()
    assert outline.state_of("section_part1") == "done"

    row = next(r for r in range(outline.count())
               if outline.item(r).data(0x100) == "section_talk")
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0)
    outline.itemActivated.emit(outline.item(row))
    said = child(form, QPlainTextEdit, "what_was_said")
    qtbot.waitUntil(said.hasFocus)
    assert form.scroll.verticalScrollBar().value() > 0


# --- relevance -------------------------------------------------------------------------------

def test_part_two_only_once_someone_was_sent_out(qtbot, window, read_store):
    form = window.visit.new_record("post_works")
    assert not form.part2.isVisibleTo(form) and form.sent_out.isVisibleTo(form)
    form.sent_out.click()
    assert form.part2.isVisibleTo(form)
    child(form, QRadioButton, "part2_rating_fairly_satisfied").click()
    child(form, QRadioButton, "fixed_first_time_yes").click()
    form.sent_out.click()  # not sent out after all: part 2 keeps no answers
    assert "part2_rating" not in form.payload() and "fixed_first_time" not in form.payload()
    problems = form.validate()
    assert "sent out" in problems["sent_out"]

    job = next(j for j in window.ref.jobs if j.get("home_id"))  # a worklist job was sent
    form = window.visit.new_record("post_works", job=job)
    assert form.part2.isVisibleTo(form) and not form.sent_out.isVisibleTo(form)


def test_tsm_questions_behind_one_choice(qtbot, window):
    form = window.visit.new_record("doorstep")
    tp01 = child(form, QRadioButton, "rating_TP01_very_satisfied")
    assert not tp01.isVisibleTo(form)
    form.tsm.ask.click()
    assert tp01.isVisibleTo(form)
    tp01.click()
    assert form.payload()["ratings"] == {"TP01": "very_satisfied"}
    form.tsm.ask.click()  # not asking after all
    assert "ratings" not in form.payload() or form.payload()["ratings"] == {}
    assert child(form, QLabel, "tsmCleared").isVisibleTo(form)


def test_one_not_asked_wording_on_every_form(qtbot, window):
    for kind in KINDS.codes:
        form = window.visit.new_record(kind)
        if hasattr(form, "tsm"):
            form.tsm.ask.setChecked(True)
        if kind == "post_works":
            form.sent_out.setChecked(True)
        texts = shown_texts(form)
        assert not [t for t in texts if "Not recorded" in t], kind
        if kind not in ("block", "walkabout"):  # score cards: items are "Not scored"
            assert "Not asked" in texts, kind


def test_no_question_codes_in_what_people_read(qtbot, window):
    for kind in KINDS.codes:
        form = window.visit.new_record(kind)
        if hasattr(form, "tsm"):
            form.tsm.ask.setChecked(True)
        codes = [t for t in shown_texts(form) if re.search(r"\bTP\d\d\b", t)]
        assert codes == [], kind


# --- limits on text --------------------------------------------------------------------------

def test_a_count_shows_the_limit_before_submit(qtbot, window):
    form = window.visit.new_record("doorstep")
    said = child(form, QPlainTextEdit, "what_was_said")
    count = child(form, QLabel, "what_was_said_count")
    assert count.isVisibleTo(form) and count.text() == "0 of 20,000 characters"
    said.setPlainText("The lift")
    assert count.text() == "8 of 20,000 characters"
    assert "20,000" in said.accessibleDescription()


def test_a_paste_over_the_limit_is_kept_whole_and_says_so(qtbot, window, read_store):
    form = window.visit.new_record("post_works")
    pick(form.field("estate_id"), "est-alder")
    form.add_operative.click()
    compliment = child(form, QLineEdit, "operative_0_compliment")
    pasted = "Very kind. " * 5000  # 55,000 characters into a one-line field
    compliment.setText(pasted)
    assert compliment.text() == pasted  # never cut (it was, silently, at 32,767)
    count = child(form, QLabel, "operative_0_compliment_count")
    assert count.isVisibleTo(form) and "more than the 2,000 allowed" in count.text()
    assert form.validate()["payload.operatives.0.compliment"]

    with qtbot.waitSignal(window.visit.saved) as saved:  # a draft keeps every character
        window.visit.save_draft()
    draft = read_store().get_record(saved.args[0]).draft
    assert draft.payload["operatives"][0]["compliment"] == pasted.strip()


# --- the record's details ------------------------------------------------------------------

def test_the_detail_pane_names_answers_in_words(qtbot, window, read_store):
    from ui.log.detail import render

    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-alder")
    form.topics.boxes["repairs"].click()
    form.tsm.ask.click()
    child(form, QRadioButton, "rating_TP01_fairly_satisfied").click()
    record_id = submit(qtbot, window)
    html = render(read_store().get_record(record_id))
    assert "TP01" not in html and "part1" not in html and "Ratings" not in html
    assert "Overall satisfaction with the landlord" in html and "Fairly satisfied" in html


# --- no window of its own ------------------------------------------------------------------

def test_opening_a_form_shows_no_window_of_its_own(qtbot, window):
    """A text box's character count was shown before it had a parent: for a moment a window
    of its own, which took the focus from whatever window had it (seen with two app windows
    in one process, tests/e2e/test_review_e2e.py)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    shown: list[str] = []

    class Windows(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and \
                    obj.isWindow() and obj is not window:
                shown.append(obj.objectName() or type(obj).__name__)
            return False

    watcher = Windows()
    QApplication.instance().installEventFilter(watcher)
    try:
        window.show_page("visit")
        for kind in KINDS.codes:
            window.visit.new_record(kind)
            wait_idle(qtbot, window.runner)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert shown == []
