"""The scroll wheel never changes an answer it merely passes over (issue #12).

Scrolling a long form with the wheel used to change any drop-down, number or date that
happened to be under the pointer ("Not scored" became "C – average"). One application-wide
event filter fixes it for every such control, present and future:

* an answer control takes focus from Tab or a click, never from the wheel (StrongFocus);
* a wheel event over one that does not have focus goes to the scroll area around it, so the
  form scrolls as the person meant; with focus (chosen on purpose), the wheel works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> QWidget | None:
    """The answer control ``obj`` is or belongs to (a spin box's line edit), if any."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if widget is None:
            return None
        if isinstance(widget, GUARDED) and not _is_scroll_bar(widget):
            return widget
        widget = widget.parentWidget()
    return None


def _is_scroll_bar(widget: QWidget) -> bool:
    # A scroll bar is a slider too, and scrolling is exactly what its wheel is for.
    parent = widget.parentWidget()
    return isinstance(widget, QAbstractSlider) and parent is not None and (
        isinstance(parent.parentWidget(), QAbstractScrollArea)
        or isinstance(parent, QAbstractScrollArea))


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


def _no_wheel_focus(obj: QObject) -> None:
    """An answer control takes focus from Tab or a click, never from the wheel."""
    control = _guarded(obj)
    if control is obj and control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            _no_wheel_focus(obj)
        elif kind == QEvent.Type.Wheel:
            control = _guarded(obj)
            if control is not None and not control.hasFocus():
                self._scroll_instead(control, event)  # type: ignore[arg-type]
                return True
        return False

    @staticmethod
    def _scroll_instead(control: QWidget, event: QWheelEvent) -> None:
        area = _scroll_area(control)
        if area is None:
            event.ignore()
            return
        viewport = area.viewport()
        centre = viewport.mapFromGlobal(event.globalPosition().toPoint())
        forwarded = QWheelEvent(centre.toPointF(), event.globalPosition(), event.pixelDelta(),
                                event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source())
        QApplication.sendEvent(viewport, forwarded)


_GUARD: WheelGuard | None = None


def install_wheel_guard(app: QApplication | None = None, *,
                        existing: QWidget | None = None) -> WheelGuard:
    """Install the one guard on the application (again is harmless). ``existing``: a
    window whose controls were made before, given the focus rule now (the window builds
    its pages before installing the guard: every event of the application passes through
    it, and that made building them half as slow again, ui/startup.py)."""
    global _GUARD
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _GUARD is None:
        _GUARD = WheelGuard(app)
        app.installEventFilter(_GUARD)
    if existing is not None:
        for widget in existing.findChildren(QWidget):
            _no_wheel_focus(widget)
    return _GUARD
