"""Small reusable controls: scale radio groups, enum combos, tick lists, pickers, error labels.

Every control gets a stable ``objectName`` and an accessible name here, so a screen reader
and the tests find the same thing. Nothing sets a pixel font size: text follows the system
font, and headings are scaled from it (`heading_font`).

The answer controls here and in `ui.inputs` share one interface (described there), so a
form binds each of them the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def named(widget: QWidget, object_name: str, accessible_name: str, description: str = ""):
    """Give ``widget`` its stable object name and what a screen reader says."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def slug(path: str) -> str:
    return path.replace(".", "_")


def heading_font(base: QFont, scale: float = 1.35, bold: bool = True) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def heading(text: str, name: str, scale: float = 1.35) -> QLabel:
    label = named(QLabel(text), name, text)
    label.setFont(heading_font(label.font(), scale))
    label.setWordWrap(True)
    return label


class ErrorLabel(QLabel):
    """The message shown under a field that needs attention; hidden when there is none."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, f"error_{slug(path)}", "Problem")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(f"Problem: {message}" if message else "Problem")
        self.setVisible(bool(message))


class ChoiceGroup(QWidget):
    """A question with one radio button per answer (labelled with the scale's plain words).

    ``optional`` adds a first "Not asked" answer meaning None; without it nothing is checked
    until the person chooses.
    """

    changed = Signal()
    shows_label = True

    def __init__(self, name: str, question: str, choices: Iterable[tuple[str, str]], *,
                 optional: bool = False, columns: int = 3, none_label: str = "Not asked",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, question)
        self.question = QLabel(question)
        self.question.setObjectName(f"{name}_question")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "question")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._buttons: dict[str | None, QRadioButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        entries = ([(None, none_label)] if optional else []) + list(choices)
        for i, (code, label) in enumerate(entries):
            button = named(QRadioButton(label), f"{name}_{code or 'none'}", label, question)
            self.group.addButton(button)
            self._buttons[code] = button
            grid.addWidget(button, i // columns, i % columns)
        self.group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(grid)
        if optional:
            self._buttons[None].setChecked(True)

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
        self.changed.emit()


def enum_choices(enum: type[Enum], only: Iterable[str] | None = None) -> list[tuple[str, str]]:
    keep = set(only) if only is not None else None
    return [(m.value, m.label) for m in enum if keep is None or m.value in keep]


class ScaleGroup(ChoiceGroup):
    """A question answered on one of the records' scales (satisfaction, agreement …)."""

    def __init__(self, name: str, question: str, enum: type[Enum], *, optional: bool = False,
                 columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(name, question, enum_choices(enum), optional=optional,
                         columns=columns, parent=parent)


class EnumCombo(QComboBox):
    """A drop-down over an enumeration, showing its labels; ``blank`` adds a None first entry."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, enum: type[Enum], *,
                 blank: str | None = "Not recorded", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        if blank is not None:
            self.addItem(blank, None)
        for code, label in enum_choices(enum):
            self.addItem(label, code)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class MultiCheck(QWidget):
    """A grid of tick boxes, one per choice; the value is the ticked codes in order."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, choices: Iterable[tuple[str, str]], *,
                 columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(choices):
            box = named(QCheckBox(label), f"{name}_{code}", label, accessible)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            grid.addWidget(box, i // columns, i % columns)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes or ())
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def blank(self) -> list[str]:
        return []


class Picker(QComboBox):
    """An editable drop-down that filters its entries as you type (matches anywhere).

    ``free_text`` lets a value that is not in the list through (a job reference typed from a
    letter); otherwise text that matches no entry means "nothing chosen".
    """

    picked = Signal()

    def __init__(self, name: str, accessible: str, *, placeholder: str = "Type to search",
                 free_text: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.free_text = free_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setObjectName(f"{name}_text")
        self.lineEdit().setAccessibleName(accessible)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.picked.emit())
        self.lineEdit().editingFinished.connect(self.picked)

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Replace the entries (label, id), keeping the current choice when still present."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        for label, ident in entries:
            self.addItem(label, ident)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(keep if (self.free_text and keep) else "")
        self.blockSignals(False)

    def value(self) -> str | None:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return self.itemData(index)
        match = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if match >= 0:
            return self.itemData(match)
        return text if (self.free_text and text) else None

    def set_value(self, ident: str | None) -> None:
        index = self.findData(ident) if ident else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(ident if (self.free_text and ident) else "")
