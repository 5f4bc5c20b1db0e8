"""Qt's plain inputs as answer controls: text, tick, count and date.

Every answer control (these, and `ChoiceGroup`, `EnumCombo`, `MultiCheck` in `ui.widgets`)
has one small interface, so a form binds each of them the same way (`ui.forms.fields`):

* built as ``Control(name, words, ...)``: its object name and what a screen reader says;
* a ``changed`` signal;
* ``value()`` and ``set_value(value)`` in the payload's JSON terms (None: not answered);
* ``blank()``: what it stands for while the form has it disabled (contact details without
  consent are not kept);
* ``shows_label = True`` when it shows its own words (a tick box's text, a question above
  its radio buttons); the others get a label placed above them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ui.widgets import named


class TextLine(QLineEdit):
    """One line of text, trimmed; ``fallback`` is what an emptied box stands for."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, *, placeholder: str = "",
                 fallback: str = "", parent: QWidget | None = None) -> None:
        super().__init__(fallback, parent)
        named(self, name, accessible)
        self.fallback = fallback
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text().strip() or self.fallback

    def set_value(self, text: str | None) -> None:
        self.setText(text or self.fallback)

    def blank(self) -> str:
        return ""


class TextBox(QPlainTextEdit):
    """Several lines of text, trimmed, ``lines`` high (so it follows the font)."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, *, lines: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        # A height in lines, not the widget's 192 px default.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, text: str | None) -> None:
        self.setPlainText(text or "")

    def blank(self) -> str:
        return ""


class Tick(QCheckBox):
    """A yes/no answer whose text is its label (``&`` marks the Alt+letter)."""

    changed = Signal()
    shows_label = True

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        named(self, name, text.replace("&", ""))
        self.toggled.connect(self._toggled)

    def _toggled(self) -> None:
        self.changed.emit()

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, on: Any) -> None:
        self.setChecked(bool(on))

    def blank(self) -> bool:
        return False


class Count(QSpinBox):
    """A whole number from 0; with ``none_text``, 0 shows those words and means "not recorded".

    ``value()`` is the answer (None for "not recorded"), as for every answer control.
    """

    changed = Signal()

    def __init__(self, name: str, accessible: str, *, maximum: int, none_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setRange(0, maximum)
        self.none_text = none_text
        if none_text:
            self.setSpecialValueText(none_text)
        self.valueChanged.connect(self.changed)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if (self.none_text and number == 0) else number

    def set_value(self, number: int | None) -> None:
        self.setValue(int(number or 0))


class DateField(QDateEdit):
    """A day, as an ISO date; it starts on today, and a missing date leaves it as it is."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(QDate.currentDate(), parent)
        named(self, name, accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")
        self.dateChanged.connect(self.changed)

    def value(self) -> str:
        return self.date().toPython().isoformat()

    def set_value(self, day: str | date | None) -> None:
        if day:
            self.setDate(QDate(date.fromisoformat(str(day)[:10])))
