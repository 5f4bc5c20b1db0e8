"""Questions answered by choosing one of a few answers: radio buttons on one row.

* The answers flow along one row and wrap only when the text is too large to fit (a scale of
  five no longer wraps over two rows on a laptop).
* The keyboard works as for any radio group, and as the README says: Tab reaches the
  question once (its chosen answer, or the first), and the arrow keys move *and choose*.
* An optional question ends with the one "Not asked" answer, which stores nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from ui.flow import FlowBox
from ui.widgets import enum_choices, named, not_asked

_NEXT = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


def short_labels() -> dict[str, str]:
    """Shorter button words where a scale's own label is long; the full words stay the
    button's accessible name and tooltip (what a screen reader reads and what is read out)."""
    return {"neither": QCoreApplication.translate("Answers", "Neither"),
            "no_answer": QCoreApplication.translate("Answers", "No answer")}


class ChoiceGroup(QWidget):
    """A question with one radio button per answer; ``optional`` adds a last "Not asked"
    answer meaning None. Without it nothing is chosen until the person chooses."""

    changed = Signal()
    shows_label = True

    def __init__(self, name: str, question: str, choices: Iterable[tuple[str, str]], *,
                 optional: bool = False, short: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, question, self.tr("Choose one answer with the arrow keys."))
        self.question = QLabel(question)
        self.question.setObjectName(f"{name}_question")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "question")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._buttons: dict[str | None, QRadioButton] = {}
        self.row = FlowBox(spacing=10)
        entries = list(choices) + ([(None, not_asked())] if optional else [])
        for code, label in entries:
            words = (short or {}).get(code or "", label)
            button = named(QRadioButton(words), f"{name}_{code or 'none'}", label, question)
            if words != label:
                button.setToolTip(label)
            button.installEventFilter(self)
            self.group.addButton(button)
            self._buttons[code] = button
            self.row.add(button)
        self.group.buttonToggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.row)
        if optional:
            self._buttons[None].setChecked(True)
        self._tab_stop()
        self.setFocusProxy(self._stop())  # an error focuses the question's answer

    # -- the keyboard -----------------------------------------------------------------------
    def _stop(self) -> QRadioButton:
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else next(iter(self._buttons.values()))

    def _tab_stop(self) -> None:
        """One Tab stop per question (its chosen answer, or the first): the others take focus
        from the arrow keys and clicks only."""
        stop = self._stop()
        for button in self._buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(stop)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(obj, QRadioButton)
                and isinstance(event, QKeyEvent)):
            step = _NEXT.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
                buttons = list(self._buttons.values())
                target = buttons[(buttons.index(obj) + step) % len(buttons)]
                target.setChecked(True)  # arrows choose, as in every radio group
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def _toggled(self, _button, on: bool) -> None:
        if on:
            self._tab_stop()
            self.changed.emit()

    # -- the answer -------------------------------------------------------------------------
    def button(self, code: str | None) -> QRadioButton:
        return self._buttons[code]

    def value(self) -> str | None:
        for code, button in self._buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        if code in self._buttons:
            self._buttons[code].setChecked(True)
            return
        # Nothing chosen: an exclusive group cannot uncheck its last button, so lift it briefly.
        self.group.setExclusive(False)
        for button in self._buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self._tab_stop()
        self.changed.emit()


class ScaleGroup(ChoiceGroup):
    """A question answered on one of the records' scales (satisfaction, agreement …)."""

    def __init__(self, name: str, question: str, enum: type[Enum], *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, question, enum_choices(enum), optional=optional,
                         short=short_labels(), parent=parent)
