"""No stray answers (issue #12): a scroll wheel never changes an answer it merely passes over,
a picker only ever chooses what matches the typed words, and one place choice never changes
another without saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QLabel, QSpinBox

from .test_forms import child, pick


def wheel(widget, steps: int = -3) -> None:
    """Scroll the wheel over ``widget`` (negative: towards the end of the form)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def focus_elsewhere(form) -> None:
    form.where.estate.setFocus()
    QApplication.processEvents()


def laid_out(qtbot, form) -> None:
    """Wait until the new form is shown and taller than its scroll area."""
    qtbot.waitUntil(lambda: form.isVisible() and form.scroll.verticalScrollBar().maximum() > 0)


@pytest.mark.parametrize("kind, kind_of_control, name", [
    ("walkabout", QComboBox, "condition_lifts"),          # "Not scored" → "C – average" (#12)
    ("doorstep", QComboBox, "hazard"),
    ("post_works", QSpinBox, "visits_needed"),
    ("doorstep", QDateTimeEdit, "visited_at"),
])
def test_the_wheel_over_an_answer_without_focus_scrolls_the_form_instead(
        qtbot, window, kind, kind_of_control, name):
    window.show_page("visit")
    form = window.visit.new_record(kind)
    laid_out(qtbot, form)
    control = child(form, kind_of_control, name)
    before = control.value()
    focus_elsewhere(form)
    assert not control.hasFocus()
    bar = form.scroll.verticalScrollBar()
    bar.setValue(0)

    wheel(control)

    assert control.value() == before, "the wheel changed an answer it only passed over"
    assert bar.value() > 0, "the wheel did not scroll the form"


def test_the_wheel_still_changes_the_answer_that_has_focus(qtbot, window):
    window.show_page("visit")
    form = window.visit.new_record("walkabout")
    laid_out(qtbot, form)
    combo = child(form, QComboBox, "condition_lifts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, steps=-1)
    assert combo.value() is not None  # chosen on purpose: focus first, then the wheel


def test_the_wheel_never_gives_an_answer_focus(qtbot, window):
    window.show_page("visit")
    form = window.visit.new_record("post_works")
    laid_out(qtbot, form)
    for kind in (QComboBox, QSpinBox, QDateTimeEdit):
        for control in form.findChildren(kind):
            assert control.focusPolicy() & Qt.FocusPolicy.WheelFocus != \
                Qt.FocusPolicy.WheelFocus, control.objectName()


# --- pickers ---------------------------------------------------------------------------------

def type_into(qtbot, picker, text: str) -> None:
    picker.setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker, text)


@pytest.mark.parametrize("picker_name, typed", [("estate", "Mill"), ("home", "zzz")])
def test_down_arrow_on_words_that_match_nothing_chooses_nothing(qtbot, window, picker_name,
                                                                 typed):
    form = window.visit.new_record("doorstep")
    picker = getattr(form.where, picker_name)
    type_into(qtbot, picker, typed)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Down)

    assert picker.value() is None, "↓ chose an entry that does not match what was typed"
    assert picker.currentText() == typed
    assert "No " in picker.note.text() and typed in picker.note.text()
    assert picker.note.isVisibleTo(form)


def test_down_arrow_offers_only_the_entries_that_match(qtbot, window):
    form = window.visit.new_record("doorstep")
    pick(form.where.estate, "est-alder")
    type_into(qtbot, form.where.home, "7, rowan")
    qtbot.keyClick(form.where.home, Qt.Key.Key_Down)
    popup = form.where.home.completer().popup()
    assert popup.isVisible()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered and all("7, rowan" in text.lower() for text in offered)
    assert form.where.home.value() is None  # nothing chosen until the person chooses


def test_enter_chooses_the_one_entry_that_matches(qtbot, window):
    form = window.visit.new_record("doorstep")
    type_into(qtbot, form.where.estate, "alder")
    qtbot.keyClick(form.where.estate, Qt.Key.Key_Return)
    assert form.where.estate.value() == "est-alder"
    assert form.where.estate.currentText() == "Alder Park"
    assert not form.where.estate.note.text()


def test_words_that_match_nothing_say_so_when_leaving_the_picker(qtbot, window):
    form = window.visit.new_record("doorstep")
    type_into(qtbot, form.where.estate, "Mill")
    form.where.estate.lineEdit().editingFinished.emit()
    assert form.where.estate.value() is None
    assert "No estate matches" in form.where.estate.note.text()
    assert form.validate()["estate_id"]


def test_choosing_a_home_that_contradicts_the_block_says_so(qtbot, window):
    form = window.visit.new_record("doorstep")
    pick(form.where.estate, "est-alder")
    type_into(qtbot, form.where.block, "rowan")  # typed, not chosen
    home = next(h for h in window.ref.homes if h.get("block_id") == "blk-hazel")
    pick(form.where.home, home["id"])
    note = child(form, QLabel, "whereNote")
    assert note.isVisibleTo(form)
    assert "rowan" in note.text() and "Hazel" in note.text()
    assert form.where.block.value() == "blk-hazel"


def test_changing_the_estate_clears_places_elsewhere_and_says_so(qtbot, window):
    form = window.visit.new_record("doorstep")
    pick(form.where.estate, "est-alder")
    pick(form.where.block, "blk-rowan")
    pick(form.where.estate, "est-brook")
    assert form.where.block.value() is None
    note = child(form, QLabel, "whereNote")
    assert "Rowan House" in note.text() and note.isVisibleTo(form)


def test_a_block_chosen_without_an_estate_brings_its_estate(qtbot, window):
    form = window.visit.new_record("doorstep")
    pick(form.where.block, "blk-kingfisher")
    assert form.where.estate.value() == "est-brook"
