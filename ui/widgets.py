"""Small reusable controls: enum drop-downs, tick lists, error labels, headings.

Every control gets a stable ``objectName``, an accessible name and (where it adds something)
a description here, so a screen reader and the tests find the same thing. Nothing sets a
pixel font size: text follows the system font, and headings are scaled from it
(`heading_font`).

The answer controls here, in `ui.choices` (radio questions), `ui.picker` (place pickers) and
`ui.inputs` share one interface (described in `ui.inputs`), so a form binds each of them the
same way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QStackedWidget, QWidget

from ui.flow import ColumnGrid

log = logging.getLogger(__name__)


def named(widget: QWidget, object_name: str, accessible_name: str, description: str = ""):
    """Give ``widget`` its stable object name and what a screen reader says."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def not_asked() -> str:
    """The one wording for a question left unanswered, on every form (issue #12: it was
    "Not asked" on some and "Not recorded" on others). Stored as nothing: no code at all, so
    it never counts in "% satisfied"."""
    return QCoreApplication.translate("Answers", "Not asked")


def label_of(member: Enum) -> str:
    """A scale's plain words for a code, in the person's language (the kernel's labels are
    translated when read: `champion_app.i18n`)."""
    return member.label  # type: ignore[attr-defined]


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


class CurrentPageStack(QStackedWidget):
    """A stack that asks for the room of the page it shows, not of its largest page: the
    window's pages (a coordinator's among them) and the lock screen's cards. Setting the
    hidden pages' size policy to Ignored is not enough: QStackedLayout takes every page's
    height-for-width whatever its policy, and a word-wrapped label has one."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(self.updateGeometry)

    def _current(self, name: str, default):
        page = self.currentWidget()
        return getattr(page, name) if page is not None else default

    def sizeHint(self) -> QSize:
        return self._current("sizeHint", super().sizeHint)()

    def minimumSizeHint(self) -> QSize:
        return self._current("minimumSizeHint", super().minimumSizeHint)()

    def hasHeightForWidth(self) -> bool:
        return self._current("hasHeightForWidth", super().hasHeightForWidth)()

    def heightForWidth(self, width: int) -> int:
        return self._current("heightForWidth", super().heightForWidth)(width)


class ErrorLabel(QLabel):
    """The message shown under a field that needs attention; hidden when there is none."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, f"error_{slug(path)}", QCoreApplication.translate("ErrorLabel", "Problem"))
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(self.tr("Problem: {message}").format(message=message)
                               if message else self.tr("Problem"))
        self.setVisible(bool(message))


def enum_choices(enum: type[Enum], only: Iterable[str] | None = None) -> list[tuple[str, str]]:
    keep = set(only) if only is not None else None
    return [(m.value, label_of(m)) for m in enum if keep is None or m.value in keep]


class EnumCombo(QComboBox):
    """A drop-down over an enumeration, showing its labels; ``blank`` adds a None first entry
    ("" means the one "Not asked" wording). Focus from Tab or a click, never the wheel."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, enum: type[Enum], *,
                 blank: str | None = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        if blank == "":
            blank = not_asked()
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


class MultiCheck(ColumnGrid):
    """A grid of tick boxes, one per choice (fewer columns when narrow); the value is the
    ticked codes in order."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, choices: Iterable[tuple[str, str]], *,
                 columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        named(self, name, accessible, QCoreApplication.translate(
            "MultiCheck", "Tick all that apply; Space ticks the one with the focus."))
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices:
            box = named(QCheckBox(label), f"{name}_{code}", label, accessible)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            self.add_cell(box)
        if self.boxes:  # Alt+letter on its label, or an error, goes to the first box
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a label's Alt+letter needs one
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes or ())
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def blank(self) -> list[str]:
        return []
