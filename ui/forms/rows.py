"""One repeating-rows control: operatives who came, households spoken to, photos attached."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from .fields import FormBase


class Row(Protocol):
    """What a row is: a widget with a value, a remove button, and its fields registered with
    the form under ``<path>.<index>`` when it is built."""

    remove: QPushButton

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


class RepeatingRows(QWidget):
    """Rows the person adds and removes; its value is the list of the rows' values.

    Removing a row rebuilds the list, so each row's error paths ("payload.operatives.1")
    always follow its place in the list.
    """

    changed = Signal()

    def __init__(self, form: FormBase, path: str, make_row: Callable[[int], Any],
                 name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.form = form
        self.path = path  # "payload.operatives": row i's fields are "payload.operatives.i.…"
        self.make_row = make_row
        self.rows: list[Any] = []
        self.list = QVBoxLayout(self)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(6)
        self.changed.connect(form.changed)
        self.changed.connect(self._show_if_any)
        self.hide()

    def _show_if_any(self) -> None:
        # An empty list takes no room (a visible empty widget would still add spacing).
        self.setVisible(bool(self.rows))

    def add_row(self, value: Any = None) -> Any:
        row = self.make_row(len(self.rows))
        row.set_value(value if value is not None else {})
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.list.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: Row) -> None:
        self.set_value([r.value() for r in self.rows if r is not row])

    def value(self) -> list[Any]:
        return [row.value() for row in self.rows]

    def set_value(self, values: list[Any] | None) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.form.unregister_prefix(f"{self.path}.")
        for value in values or []:
            self.add_row(value)
        self.changed.emit()
