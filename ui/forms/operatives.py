"""One panel per operative who came to the home (post-works visits)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from champion_app.records.scales import Check, Satisfaction
from ui.widgets import ChoiceGroup, ErrorLabel, Picker, enum_choices, named, scale_group

CHECKS = (
    ("showed_id", "Did they show their ID?"),
    ("on_time", "Did they arrive on time?"),
    ("explained_work", "Did they explain the work?"),
    ("respectful", "Were they polite and respectful?"),
    ("protected_home", "Did they protect your home (covers, dust sheets)?"),
    ("left_clean_tidy", "Did they leave it clean and tidy?"),
)


class OperativePanel(QGroupBox):
    def __init__(self, form, index: int, on_remove) -> None:
        n = index + 1
        super().__init__(f"Operative {n}")
        named(self, f"operative_{index}", f"Operative {n}")
        self.form = form
        layout = QVBoxLayout(self)
        base = f"payload.operatives.{index}"
        self.who = Picker(f"operative_{index}_who", f"Operative {n}: who", free_text=True,
                          placeholder="Choose the operative, or type the name they gave")
        self.who.set_entries((f"{o['display_name']} ({o.get('employer') or ''})", o["id"])
                             for o in form.ref.operatives)
        self._add(layout, f"{base}.name_as_given", "Who came", self.who)
        self.form.register(f"{base}.operative_id", self.who,
                           self.form._fields[f"{base}.name_as_given"][1], "Operative")
        self.checks: dict[str, ChoiceGroup] = {}
        for key, question in CHECKS:
            group = ChoiceGroup(f"operative_{index}_{key}", question, enum_choices(Check),
                                optional=True, columns=4)
            group.changed.connect(form.changed)
            self._add(layout, f"{base}.{key}", None, group)
            self.checks[key] = group
        self.overall = scale_group(f"operative_{index}_overall",
                                   "Overall, how satisfied are you with this operative?",
                                   Satisfaction, optional=True, columns=4)
        self.overall.changed.connect(form.changed)
        self._add(layout, f"{base}.overall", None, self.overall)
        self.compliment = named(QLineEdit(), f"operative_{index}_compliment",
                                f"Operative {n}: compliment")
        self.compliment.setPlaceholderText("A compliment to pass on (optional)")
        self._add(layout, f"{base}.compliment", "Compliment", self.compliment)
        self.remove = named(QPushButton(f"Remove operative {n}"), f"operative_{index}_remove",
                            f"Remove operative {n}")
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.remove.clicked.connect(lambda: on_remove(self))
        self.who.picked.connect(form.changed)
        self.compliment.textChanged.connect(form.changed)

    def _add(self, layout, path, label, widget) -> None:
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
        layout.addWidget(widget)
        error = ErrorLabel(path)
        layout.addWidget(error)
        self.form.register(path, widget, error, f"{self.title()}: {label or path.split('.')[-1]}")

    def value(self) -> dict:
        who = self.who.value() or ""
        known = any(o["id"] == who for o in self.form.ref.operatives)
        data = {"operative_id": who if known else "", "name_as_given": "" if known else who,
                "overall": self.overall.value(), "compliment": self.compliment.text().strip()}
        data.update({key: g.value() for key, g in self.checks.items()})
        return data

    def load(self, data: dict) -> None:
        self.who.set_value(data.get("operative_id") or data.get("name_as_given") or None)
        for key, group in self.checks.items():
            group.set_value(data.get(key))
        self.overall.set_value(data.get("overall"))
        self.compliment.setText(data.get("compliment", ""))
