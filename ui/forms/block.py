"""Block feedback: the score card plus the households spoken to about a communal repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from champion_app.records.scales import BlockTrigger, Satisfaction
from ui.widgets import EnumCombo, ErrorLabel, named

from .base import RecordForm, Section
from .conditions import ConditionsSection


class HouseholdRow(QFrame):
    def __init__(self, form: RecordForm, index: int, on_remove) -> None:
        super().__init__()
        self.setObjectName(f"household_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        n = index + 1
        self.flat = named(QLineEdit(), f"household_{index}_flat", f"Household {n} flat")
        self.flat.setPlaceholderText("Flat (optional)")
        self.rating = EnumCombo(f"household_{index}_rating", f"Household {n} rating",
                                Satisfaction, blank="Choose an answer")
        self.comment = named(QLineEdit(), f"household_{index}_comment", f"Household {n} comment")
        self.comment.setPlaceholderText("What they said (optional)")
        self.remove = named(QPushButton("Remove"), f"household_{index}_remove",
                            f"Remove household {n}")
        self.error = ErrorLabel(f"payload.responses.{index}")
        title = QLabel(f"Household {n}")
        title.setObjectName(f"household_{index}_title")
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.flat, 0, 1)
        grid.addWidget(self.rating, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.comment, 1, 1, 1, 3)
        grid.addWidget(self.error, 2, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        for signal in (self.flat.textChanged, self.comment.textChanged,
                       self.rating.currentIndexChanged):
            signal.connect(form.changed)
        self.remove.clicked.connect(lambda: on_remove(self))

    def value(self) -> dict:
        return {"flat": self.flat.text().strip(), "rating": self.rating.value(),
                "comment": self.comment.text().strip()}

    def load(self, data: dict) -> None:
        self.flat.setText(data.get("flat", ""))
        self.rating.set_value(data.get("rating"))
        self.comment.setText(data.get("comment", ""))


class BlockForm(RecordForm):
    kind = "block"
    uses_job = True

    def build(self) -> None:
        about = Section(self, "Why you are asking", "section_trigger")
        self.trigger = EnumCombo("trigger", "Why you are asking", BlockTrigger, blank=None)
        about.add("payload.trigger", "&Reason", self.trigger)
        self.trigger.currentIndexChanged.connect(self.changed)
        self.body.addWidget(about)
        self.conditions = ConditionsSection(self)
        self.body.addWidget(self.conditions)

        people = Section(self, "Households spoken to", "section_households")
        hint = QLabel("Ask each household about the communal repair, or whether "
                      f"{self.ref.landlord} keeps the communal areas clean and well "
                      "maintained (TP10).")
        hint.setObjectName("householdsHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        people.rows.addWidget(hint)
        self.households = QVBoxLayout()
        people.rows.addLayout(self.households)
        self.add_household = named(QPushButton("Add &household"), "addHousehold",
                                   "Add household")
        self.add_household.clicked.connect(lambda: self._add_row({}))
        people.rows.addWidget(self.add_household, 0, Qt.AlignmentFlag.AlignLeft)
        self.spoken = named(QSpinBox(), "households_spoken_to", "Households spoken to")
        self.spoken.setRange(0, 5000)
        self.spoken.valueChanged.connect(self.changed)
        people.add("payload.households_spoken_to", "How many households you spoke to in all",
                   self.spoken)
        self.register("payload.responses", self.add_household,
                      self._fields["payload.households_spoken_to"][1], "Households")
        self.body.addWidget(people)
        self._rows: list[HouseholdRow] = []
        self.changed.connect(self._keep_count)

    def _add_row(self, data: dict) -> HouseholdRow:
        row = HouseholdRow(self, len(self._rows), self._remove_row)
        row.load(data)
        self._rows.append(row)
        self.households.addWidget(row)
        self.register(f"payload.responses.{len(self._rows) - 1}", row.rating, row.error,
                      f"Household {len(self._rows)}")
        self.changed.emit()
        return row

    def _remove_row(self, row: HouseholdRow) -> None:
        self._load_rows([r.value() for r in self._rows if r is not row])

    def _load_rows(self, rows: list[dict]) -> None:
        for r in self._rows:
            r.setParent(None)
            r.deleteLater()
        self._rows = []
        self.unregister_prefix("payload.responses.")
        for data in rows:
            self._add_row(data)

    def _keep_count(self) -> None:
        # The count can never be below the answers recorded; raise it as rows are added.
        if self.spoken.value() < len(self._rows):
            self.spoken.setValue(len(self._rows))

    def on_job_picked(self, job: dict) -> None:
        self.trigger.set_value(BlockTrigger.end_of_communal_repair.value)

    def kind_payload(self) -> dict:
        return {"trigger": self.trigger.value(), "conditions": self.conditions.value(),
                "responses": [r.value() for r in self._rows],
                "households_spoken_to": self.spoken.value()}

    def load_kind(self, payload: dict) -> None:
        self.trigger.set_value(payload.get("trigger") or BlockTrigger.end_of_communal_repair.value)
        self.conditions.load(payload.get("conditions") or {})
        self._load_rows(payload.get("responses") or [])
        self.spoken.setValue(int(payload.get("households_spoken_to") or 0))

    def satisfaction_values(self):
        return [r.rating.value() for r in getattr(self, "_rows", [])]
