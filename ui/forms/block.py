"""Block feedback: the score card plus the households spoken to about a communal repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton

from champion_app.records.scales import BlockTrigger, Satisfaction
from ui.inputs import Count, TextLine
from ui.widgets import EnumCombo, ErrorLabel, named

from .base import RecordForm
from .conditions import ConditionsSection
from .fields import FieldGroup, FormBase, Section
from .rows import RepeatingRows


class HouseholdRow(QFrame):
    """One household's answer, on one line: flat, rating, comment (one error line for all)."""

    def __init__(self, form: FormBase, index: int) -> None:
        super().__init__()
        self.setObjectName(f"household_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        n = index + 1
        path = f"payload.responses.{index}"
        self.fields = FieldGroup(form, path, names=f"household_{index}_")
        self.flat = self.fields.control("flat", TextLine, f"Household {n} flat",
                                        placeholder="Flat (optional)")
        self.rating = self.fields.control("rating", EnumCombo, f"Household {n} rating",
                                          Satisfaction, blank="Choose an answer")
        self.comment = self.fields.control("comment", TextLine, f"Household {n} comment",
                                           placeholder="What they said (optional)")
        self.remove = named(QPushButton("Remove"), f"household_{index}_remove",
                            f"Remove household {n}")
        self.error = ErrorLabel(path)
        title = QLabel(f"Household {n}")
        title.setObjectName(f"household_{index}_title")
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.flat, 0, 1)
        grid.addWidget(self.rating, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.comment, 1, 1, 1, 3)
        grid.addWidget(self.error, 2, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        form.register(path, self.rating, self.error, f"Household {n}")

    def value(self) -> dict:
        return self.fields.value()

    def set_value(self, data: dict) -> None:
        self.fields.set_value(data)


class BlockForm(RecordForm):
    kind = "block"
    uses_job = True

    def build(self) -> None:
        about = Section(self, "Why you are asking", "section_trigger")
        self.trigger = about.bind("trigger", "&Reason", EnumCombo, BlockTrigger, blank=None,
                                  accessible="Why you are asking")
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
        self.households = RepeatingRows(self, "payload.responses",
                                        lambda i: HouseholdRow(self, i), "households")
        self.fields.attach("responses", self.households)
        people.rows.addWidget(self.households)
        self.add_household = named(QPushButton("Add &household"), "addHousehold",
                                   "Add household")
        self.add_household.clicked.connect(lambda: self.households.add_row())
        people.rows.addWidget(self.add_household, 0, Qt.AlignmentFlag.AlignLeft)
        self.spoken = people.bind("households_spoken_to",
                                  "How many households you spoke to in all", Count,
                                  maximum=5000, accessible="Households spoken to")
        self.alias("payload.responses", "payload.households_spoken_to", "Households",
                   widget=self.add_household)
        self.body.addWidget(people)
        self.changed.connect(self._keep_count)

    def _keep_count(self) -> None:
        # The count can never be below the answers recorded; raise it as rows are added.
        if self.spoken.value() < len(self.households.rows):
            self.spoken.setValue(len(self.households.rows))

    def on_job_picked(self, job: dict) -> None:
        self.trigger.set_value(BlockTrigger.end_of_communal_repair.value)
