"""The field with the keyboard focus is always in view (issue #12).

Alt+letter moved the focus to its field but left the form where it was, so the champion
typed into a field they could not see. Whenever the focus moves inside a scrolling form,
for whatever reason (Alt+letter, Tab, an error, a jump from the outline), the form scrolls
just enough to show the field with a little of what surrounds it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

MARGIN = 60  # pixels of context kept around the field (its label above, its error below)

_INSTALLED = False


def _reveal(_old: QWidget | None, new: QWidget | None) -> None:
    widget = new
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractItemView):
            return  # an item view's own editors scroll themselves
        if isinstance(parent, QScrollArea) or (
                parent is not None and isinstance(parent.parentWidget(), QScrollArea)):
            area = parent if isinstance(parent, QScrollArea) else parent.parentWidget()
            inner = area.widget()  # type: ignore[union-attr]
            if inner is not None and new is not None and inner.isAncestorOf(new):
                _show(area, new)  # type: ignore[arg-type]
                # Once more after the layout has caught up (a count or a note appearing
                # under the field can move it).
                QTimer.singleShot(0, lambda a=area, w=new: _show(a, w))  # type: ignore[misc]
            return
        widget = parent


def _show(area: QScrollArea, widget: QWidget) -> None:
    """The whole field in view, with some context (QScrollArea.ensureWidgetVisible shows only
    a text box's cursor line)."""
    try:
        if not widget.hasFocus():
            return
        inner = area.widget()
        top = widget.mapTo(inner, QPoint(0, 0))
        half = widget.height() // 2
        room = max(0, (area.viewport().height() - widget.height()) // 2)
        area.ensureVisible(top.x(), top.y() + half, 0, half + min(MARGIN, room))
    except RuntimeError:  # deleted meanwhile (the form was closed)
        pass


def keep_focus_in_view() -> None:
    """Connect once to the application's focus changes."""
    global _INSTALLED
    app = QApplication.instance()
    if app is None or _INSTALLED:
        return
    app.focusChanged.connect(_reveal)  # type: ignore[attr-defined]
    _INSTALLED = True
