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
from PySide6.QtWidgets import QGridLayout, QLayout, QSizePolicy, QWidget


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


class ColumnGrid(QWidget):
    """Cells (a tick box; a label and its drop-down) in up to ``columns`` columns, fewer when
    the width is too small for them all (a large system font), never cut off: its minimum
    width is one column's."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = columns
        self.cells: list[tuple[QWidget, ...]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The grid never forces its widest arrangement on the form: it re-flows instead.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._columns = 0

    def add_cell(self, *widgets: QWidget) -> None:
        self.cells.append(widgets)
        self._columns = 0
        self._arrange(self.most)

    def _gap(self) -> int:
        gap = self.grid.horizontalSpacing()
        return gap if gap >= 0 else 6

    def _cell_width(self) -> int:
        return max((sum(w.sizeHint().width() for w in cell) + self._gap() * (len(cell) - 1)
                    for cell in self.cells), default=0)

    def columns_for(self, width: int) -> int:
        columns, cell, gap = self.most, self._cell_width(), self._gap() * 3
        while columns > 1 and columns * cell + (columns - 1) * gap > width:
            columns -= 1
        return columns

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        span = max((len(cell) for cell in self.cells), default=1)
        for i, cell in enumerate(self.cells):
            row, col = divmod(i, columns)
            for j, widget in enumerate(cell):
                self.grid.addWidget(widget, row, col * span + j)
        for col in range(self.most * span):
            self.grid.setColumnStretch(col, 1 if col < columns * span and (
                span == 1 or col % span == span - 1) else 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell_width(), self.grid.minimumSize().height())

    def resizeEvent(self, event) -> None:
        self._arrange(self.columns_for(event.size().width()))
        super().resizeEvent(event)
