"""Qt's plain inputs as answer controls: text, tick, count, date and time.

Every answer control (these, and `ChoiceGroup`, `EnumCombo`, `MultiCheck` in `ui.widgets`)
has one small interface, so a form binds each of them the same way (`ui.forms.fields`):

* built as ``Control(name, words, ...)``: its object name and what a screen reader says;
* a ``changed`` signal;
* ``value()`` and ``set_value(value)`` in the payload's JSON terms (None: not answered);
* ``blank()``: what it stands for while the form has it disabled (contact details without
  consent are not kept);
* ``shows_label = True`` when it shows its own words (a tick box's text, a question above
  its radio buttons); the others get a label placed above them;
* ``extras``: widgets the form places under it (a text field's character count).

Text fields never cut what is typed or pasted: a limit (the record model's ``max_length``,
`set_limit`) shows as a count under the field, which says plainly when the text is too long;
Submit then refuses it, and a draft keeps every character meanwhile.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.widgets import named, not_asked

NO_CUT = 10_000_000  # a line edit's own default cuts silently at 32,767 characters


class CharacterCount(QLabel):
    """"120 of 2,000 characters" under a text field; past the limit it says by how much.

    ``always``: shown from the start (long notes); otherwise only near the limit, so a short
    field (a name) is not cluttered.
    """

    def __init__(self, field: QWidget, limit: int, *, always: bool) -> None:
        # A parent from the start: shown without one, a label is a window of its own for a
        # moment (it took the focus from the window that had it). The form's layout moves it
        # under its field.
        super().__init__(field)
        named(self, f"{field.objectName()}_count", self.tr("Character count"))
        self.setProperty("role", "hint")
        self.setWordWrap(True)
        self.limit, self.always = limit, always
        field.setAccessibleDescription(
            self.tr("Up to {limit} characters.").format(limit=f"{limit:,}"))

    def update_count(self, length: int) -> None:
        over = length - self.limit
        if over > 0:
            text = self.tr("{length} characters: {over} more than the {limit} allowed. Shorten "
                           "it before you submit; a draft keeps all of it.").format(
                length=f"{length:,}", over=f"{over:,}", limit=f"{self.limit:,}")
        else:
            text = self.tr("{length} of {limit} characters").format(
                length=f"{length:,}", limit=f"{self.limit:,}")
        self.setText(text)
        self.setAccessibleName(text)
        self.setProperty("role", "error" if over > 0 else "hint")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(self.always or over > 0 or length >= self.limit * 0.8)

    @property
    def too_long(self) -> bool:
        return self.property("role") == "error"


class _Limited:
    """A text control's limit and count (mixed into TextLine and TextBox)."""

    counter: CharacterCount | None = None
    count_always = False

    @property
    def extras(self) -> list[QWidget]:
        return [self.counter] if self.counter is not None else []

    def set_limit(self, limit: int | None) -> None:
        if limit is None or self.counter is not None:
            return
        self.counter = CharacterCount(self, limit, always=self.count_always)  # type: ignore[arg-type]
        self._recount()

    def _recount(self) -> None:
        if self.counter is not None:
            self.counter.update_count(len(self.value()))  # type: ignore[attr-defined]


class TextLine(_Limited, QLineEdit):
    """One line of text, trimmed; ``fallback`` is what an emptied box stands for."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, *, placeholder: str = "",
                 fallback: str = "", parent: QWidget | None = None) -> None:
        super().__init__(fallback, parent)
        named(self, name, accessible)
        self.setMaxLength(NO_CUT)  # never cut a paste: the count says when it is too long
        self.fallback = fallback
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.changed)
        self.textChanged.connect(self._recount)

    def value(self) -> str:
        return self.text().strip() or self.fallback

    def set_value(self, text: str | None) -> None:
        self.setText(text or self.fallback)

    def blank(self) -> str:
        return ""


class TextBox(_Limited, QPlainTextEdit):
    """Several lines of text, trimmed, ``lines`` high (so it follows the font)."""

    changed = Signal()
    count_always = True

    def __init__(self, name: str, accessible: str, *, lines: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        # A height in lines, not the widget's 192 px default.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10)
        self.textChanged.connect(self.changed)
        self.textChanged.connect(self._recount)

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
    """A whole number from 0; with ``optional``, 0 shows "Not asked" and means no answer.

    ``value()`` is the answer (None for "not asked"), as for every answer control.
    """

    changed = Signal()

    def __init__(self, name: str, accessible: str, *, maximum: int, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        self.setRange(0, maximum)
        self.none_text = not_asked() if optional else ""
        if optional:
            self.setSpecialValueText(self.none_text)
        self.valueChanged.connect(self.changed)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if (self.none_text and number == 0) else number

    def set_value(self, number: int | None) -> None:
        self.setValue(int(number or 0))


class _OneTabStop:
    """A date (and time) field is one Tab stop, like every other field.

    Qt's date edits walk Tab through their parts (day, month, year, hour, minute), and one
    showing "Not known" swallowed Tab for ever, trapping the keyboard (issue #12). The parts
    are still reached with the arrow keys, and typing moves along them.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateField(_OneTabStop, QDateEdit):
    """A day, as an ISO date; it starts on today, and a missing date leaves it as it is."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(QDate.currentDate(), parent)
        named(self, name, accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")
        self.dateChanged.connect(self.changed)

    def value(self) -> str:
        return self.date().toPython().isoformat()

    def set_value(self, day: str | date | None) -> None:
        if day:
            self.setDate(QDate(date.fromisoformat(str(day)[:10])))


def _from_iso(text: Any) -> QDateTime | None:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # local time


def _to_iso(moment: QDateTime) -> str:
    stamp = datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
    return stamp.isoformat().replace("+00:00", "Z")


class VisitTime(_OneTabStop, QDateTimeEdit):
    """When the visit happened, in local time; stored in UTC. A new form starts on now (to
    the minute); a stored record shows its own time."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.set_value(None)
        self.dateTimeChanged.connect(self.changed)

    def value(self) -> str:
        return _to_iso(self.dateTime())

    def set_value(self, moment: Any) -> None:
        shown = _from_iso(moment) if moment else None
        if shown is None:
            now = QDateTime.currentDateTime()
            shown = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))
        self.setDateTime(shown)


class JobDate(_OneTabStop, QDateEdit):
    """A day of the job's life (reported, sent out, finished), or "Not known".

    Copied from the worklist, the exact time is kept (and the field is read-only: it is the
    landlord's record). Typed from a letter, a date is kept as midday, local time, so it is
    the same day in UTC and in every report.
    """

    changed = Signal()
    UNKNOWN = QDate(2000, 1, 1)

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy")
        self.setMinimumDate(self.UNKNOWN)
        self.setSpecialValueText(self.tr("Not known"))
        self._exact: str | None = None
        self.set_value(None)
        self.dateChanged.connect(self.changed)

    def value(self) -> str | None:
        day = self.date()
        if day == self.UNKNOWN:
            return None
        exact = _from_iso(self._exact) if self._exact else None
        if exact is not None and exact.date() == day:
            return self._exact
        local = datetime.combine(day.toPython(), time(12)).astimezone()
        return local.astimezone(UTC).isoformat().replace("+00:00", "Z")

    def set_value(self, moment: Any) -> None:
        shown = _from_iso(moment) if moment else None
        self._exact = str(moment) if shown is not None else None
        self.setDate(shown.date() if shown is not None else self.UNKNOWN)
