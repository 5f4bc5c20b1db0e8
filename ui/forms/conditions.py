"""Score cards (A–E per item), shared by block feedback and walkabouts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

from champion_app.records.scales import CONDITION_ITEMS, Condition, condition_item_label
from ui.flow import ColumnGrid
from ui.widgets import EnumCombo, named

from .fields import FormBase, Section


def item_words(item: str) -> str:
    """An item's name for people (some codes read badly when underscores become spaces)."""
    translate = QCoreApplication.translate
    words = {"floors_stairs": translate("ConditionGrid", "Floors and stairs"),
             "walls_ceilings": translate("ConditionGrid", "Walls and ceilings"),
             "bin_areas": translate("ConditionGrid", "Bin stores and areas")}
    return words.get(item) or condition_item_label(item)


class ConditionGrid(ColumnGrid):
    """One A–E drop-down per item, two to a row (one when the form is narrow, as with a large
    system font); the value maps each scored item to its score."""

    changed = Signal()

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__(2)
        named(self, name, accessible, self.tr("Score each item you looked at."))
        self.items: dict[str, EnumCombo] = {}
        for item in CONDITION_ITEMS:
            label_text = item_words(item)
            combo = EnumCombo(f"condition_{item}", label_text, Condition,
                              blank=self.tr("Not scored"))
            combo.setAccessibleDescription(self.tr("A very good, B good, C average, D poor, "
                                                   "E not applicable."))
            label = QLabel(label_text)
            label.setObjectName(f"label_condition_{item}")
            label.setBuddy(combo)
            combo.changed.connect(self.changed)
            self.items[item] = combo
            self.add_cell(label, combo)
        self.setFocusProxy(self.items[CONDITION_ITEMS[0]])  # an error focuses the first item

    def value(self) -> dict[str, str]:
        return {item: c.value() for item, c in self.items.items() if c.value()}

    def set_value(self, conditions: dict | None) -> None:
        for item, combo in self.items.items():
            combo.set_value((conditions or {}).get(item))


class ConditionsSection(Section):
    def __init__(self, form: FormBase, title: str = "") -> None:
        title = title or self.tr("Condition of the common parts")
        super().__init__(form, title, "section_conditions", outline=self.tr("Condition"))
        hint = QLabel(self.tr("Score what you looked at: A very good, B good, C average, "
                              "D poor, E not applicable. Leave the rest on “Not scored”."))
        hint.setObjectName("conditionsHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.rows.addWidget(hint)
        self.grid = self.bind("conditions", None, ConditionGrid, name="conditionsGrid",
                              accessible=title, short=title)
        self.items = self.grid.items
