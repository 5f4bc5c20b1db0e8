"""A row of widgets that wraps onto the next row only when they do not fit.

Answers of a scale and the New visit buttons use it: one row on a laptop, more rows when the
system font is large, never cut off or scrolled sideways.

A widget that places its children itself, rather than Qt's Flow Layout example (a QLayout
subclass): that example returns None from ``itemAt`` past the last item, which under
PySide6 6.12 takes one reference from Python's None each time Qt asks, until the
interpreter aborts ("deallocating None"), as the UI tests did after a few hundred layouts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 14,
                 row_spacing: int = 4) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self.spacing, self.row_spacing = spacing, row_spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> QWidget:
        """Add ``widget`` at the end (Tab follows the order added)."""
        widget.setParent(self)
        self._widgets.append(widget)
        widget.show()
        self.updateGeometry()
        return widget

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    # -- sizes ----------------------------------------------------------------------------
    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:
        """Everything on one row: what the box asks for when there is room."""
        hints = [w.sizeHint() for w in self._shown()]
        width = sum(h.width() for h in hints) + self.spacing * max(len(hints) - 1, 0)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        """The widest single widget: any narrower and something would be cut off."""
        widest = max((w.sizeHint().width() for w in self._shown()), default=0)
        return QSize(widest, self._place(widest, move=False))

    # -- placing --------------------------------------------------------------------------
    def _place(self, width: int, *, move: bool) -> int:
        x = y = row_height = 0
        for widget in self._shown():
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y = 0, y + row_height + self.row_spacing
                row_height = 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing
            row_height = max(row_height, hint.height())
        return y + row_height

    def resizeEvent(self, event) -> None:
        self._place(self.width(), move=True)
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A child's size changed (its text, the font) or one was shown or hidden.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ChildRemoved):
            self.updateGeometry()
            self._place(self.width(), move=True)
        return super().event(event)
