"""Every control has a stable objectName and an accessible name; Tab follows the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from champion_app.records import KINDS

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
            QAbstractItemView, QTextBrowser)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        # Parts Qt builds inside a composite control are named through their owner.
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QLineEdit)):
            continue
        if widget.window() is not root.window():
            continue  # popups (completers, calendars) are Qt's own
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"text={getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_page_and_form_names_its_controls(qtbot, window):
    for key in ("today", "log", "you_said", "sync"):
        window.show_page(key)
    assert unnamed_controls(window) == []
    window.show_page("visit")
    for kind in KINDS.codes:
        form = window.visit.new_record(kind)
        if kind == "post_works":
            form.add_operative.click()
        if kind == "block":
            form.add_household.click()
        assert unnamed_controls(window) == [], kind


@pytest.mark.parametrize("kind", KINDS.codes)
def test_tab_order_follows_the_form_top_to_bottom(qtbot, window, kind):
    window.show_page("visit")
    form = window.visit.new_record(kind)
    QApplication.processEvents()
    body = form.scroll.widget()
    focusable = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QCheckBox)
    fields = {w for w, _e, _l in form._fields.values()
              if isinstance(w, focusable) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
              and w.isVisibleTo(form)}
    order, widget = [], form.where.estate
    for _ in range(2000):  # walk the focus chain once around
        if widget in fields and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is form.where.estate:
            break
    assert set(order) == fields, "some fields cannot be reached with Tab"
    tops = [w.mapTo(body, QPoint(0, 0)).y() for w in order]
    assert tops == sorted(tops), "Tab jumps back up the form"


def undescribed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader would announce by name only: every one needs a description
    too (what it does, what it expects, or its limit) (issue #12)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QLineEdit)):
            continue
        if widget.window() is not root.window() or not widget.isVisibleTo(root):
            continue
        if not widget.accessibleDescription().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_a_name_and_a_description(qtbot, window):
    for key in ("today", "log", "you_said", "sync"):
        window.show_page(key)
        assert undescribed_controls(window) == [], key
    window.show_page("visit")
    assert undescribed_controls(window) == [], "visit"
    for kind in KINDS.codes:
        form = window.visit.new_record(kind)
        if kind == "post_works":
            form.add_operative.click()
            form.tsm.ask.setChecked(True)
        if kind == "doorstep":
            form.tsm.ask.setChecked(True)
        if kind == "block":
            form.add_household.click()
        form.photos.add_attachment({"sha256": "a" * 64, "bytes": 9, "mime": "image/png"}, "")
        assert unnamed_controls(window) == [], kind
        assert undescribed_controls(window) == [], kind
