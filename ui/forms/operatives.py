"""One panel per operative who came to the home (post-works visits)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from champion_app.records.scales import Check, Satisfaction
from ui.choices import ChoiceGroup, ScaleGroup
from ui.inputs import TextLine
from ui.picker import Picker
from ui.widgets import enum_choices, named

from .fields import FieldGroup, FormBase, Section


def checks() -> tuple[tuple[str, str], ...]:
    translate = QCoreApplication.translate
    return (
        ("showed_id", translate("OperativePanel", "Did they show their ID?")),
        ("on_time", translate("OperativePanel", "Did they arrive on time?")),
        ("explained_work", translate("OperativePanel", "Did they explain the work?")),
        ("respectful", translate("OperativePanel", "Were they polite and respectful?")),
        ("protected_home", translate("OperativePanel",
                                     "Did they protect your home (covers, dust sheets)?")),
        ("left_clean_tidy", translate("OperativePanel", "Did they leave it clean and tidy?")),
    )


class OperativePanel(Section):
    """Who came, the checks on their visit, how satisfied the resident was, a compliment and
    a concern (either may be passed on)."""

    def __init__(self, form: FormBase, index: int) -> None:
        n = index + 1
        base = f"payload.operatives.{index}"
        group = FieldGroup(form, base, names=f"operative_{index}_", summary=QCoreApplication
                           .translate("OperativePanel", "Operative {n}: ").format(n=n))
        super().__init__(form, QCoreApplication.translate("OperativePanel", "Operative {n}")
                         .format(n=n), f"operative_{index}", group=group)
        # One control for two answers: a known operative's id, or the name they gave.
        self.who = Picker(f"operative_{index}_who", self.tr("Operative {n}: who").format(n=n),
                          free_text=True, placeholder=self.tr(
                              "Choose the operative, or type the name they gave"),
                          several=self.tr("{count} operatives match “{text}”: choose one, or "
                                          "keep the name as typed."))
        self.who.set_entries((f"{o['display_name']} ({o.get('employer') or ''})", o["id"])
                             for o in form.ref.operatives)
        self.add(f"{base}.name_as_given", self.tr("Who came"), self.who)
        form.alias(f"{base}.operative_id", f"{base}.name_as_given", self.tr("Operative"))
        self.who.picked.connect(form.changed)
        for key, question in checks():
            self.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True)
        self.overall = self.bind(
            "overall", self.tr("Overall, how satisfied are you with this operative?"),
            ScaleGroup, Satisfaction, optional=True)
        self.compliment = self.bind("compliment", self.tr("Compliment"), TextLine,
                                    accessible=self.tr("Operative {n}: compliment").format(n=n),
                                    placeholder=self.tr("A compliment to pass on (optional)"))
        self.concern = self.bind("concern", self.tr("Concern"), TextLine,
                                 accessible=self.tr("Operative {n}: concern").format(n=n),
                                 placeholder=self.tr("Anything they were unhappy about "
                                                     "(optional)"))
        self.remove = named(QPushButton(self.tr("Remove operative {n}").format(n=n)),
                            f"operative_{index}_remove",
                            self.tr("Remove operative {n}").format(n=n),
                            self.tr("Removes this operative's panel and its answers."))
        self.rows.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> dict:
        who = self.who.value() or ""
        known = any(o["id"] == who for o in self.form.ref.operatives)
        return {"operative_id": who if known else "", "name_as_given": "" if known else who,
                **self.group.value()}

    def set_value(self, data: dict) -> None:
        self.who.set_value(data.get("operative_id") or data.get("name_as_given") or None)
        self.group.set_value(data)
