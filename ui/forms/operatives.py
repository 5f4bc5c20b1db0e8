"""One panel per operative who came to the home (post-works visits)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from champion_app.records.scales import Check, Satisfaction
from ui.inputs import TextLine
from ui.widgets import ChoiceGroup, Picker, ScaleGroup, enum_choices, named

from .fields import FieldGroup, FormBase, Section

CHECKS = (
    ("showed_id", "Did they show their ID?"),
    ("on_time", "Did they arrive on time?"),
    ("explained_work", "Did they explain the work?"),
    ("respectful", "Were they polite and respectful?"),
    ("protected_home", "Did they protect your home (covers, dust sheets)?"),
    ("left_clean_tidy", "Did they leave it clean and tidy?"),
)


class OperativePanel(Section):
    """Who came, the checks on their visit, how satisfied the resident was, a compliment."""

    def __init__(self, form: FormBase, index: int) -> None:
        n = index + 1
        base = f"payload.operatives.{index}"
        group = FieldGroup(form, base, names=f"operative_{index}_", summary=f"Operative {n}: ")
        super().__init__(form, f"Operative {n}", f"operative_{index}", group=group)
        # One control for two answers: a known operative's id, or the name they gave.
        self.who = Picker(f"operative_{index}_who", f"Operative {n}: who", free_text=True,
                          placeholder="Choose the operative, or type the name they gave")
        self.who.set_entries((f"{o['display_name']} ({o.get('employer') or ''})", o["id"])
                             for o in form.ref.operatives)
        self.add(f"{base}.name_as_given", "Who came", self.who)
        form.alias(f"{base}.operative_id", f"{base}.name_as_given", "Operative")
        self.who.picked.connect(form.changed)
        for key, question in CHECKS:
            self.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True, columns=4)
        self.overall = self.bind("overall", "Overall, how satisfied are you with this operative?",
                                 ScaleGroup, Satisfaction, optional=True, columns=4)
        self.compliment = self.bind("compliment", "Compliment", TextLine,
                                    accessible=f"Operative {n}: compliment",
                                    placeholder="A compliment to pass on (optional)")
        self.remove = named(QPushButton(f"Remove operative {n}"), f"operative_{index}_remove",
                            f"Remove operative {n}")
        self.rows.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> dict:
        who = self.who.value() or ""
        known = any(o["id"] == who for o in self.form.ref.operatives)
        return {"operative_id": who if known else "", "name_as_given": "" if known else who,
                **self.group.value()}

    def set_value(self, data: dict) -> None:
        self.who.set_value(data.get("operative_id") or data.get("name_as_given") or None)
        self.group.set_value(data)
