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
        self.flat = self.fields.control("flat", TextLine, self.tr("Household {n} flat").format(
            n=n), placeholder=self.tr("Flat (optional)"))
        self.rating = self.fields.control(
            "rating", EnumCombo, self.tr("Household {n} rating").format(n=n), Satisfaction,
            blank=self.tr("Choose an answer"))
        self.rating.setAccessibleDescription(self.tr("Required for each household recorded."))
        self.comment = self.fields.control("comment", TextLine, self.tr(
            "Household {n} comment").format(n=n), placeholder=self.tr("What they said (optional)"))
        self.remove = named(QPushButton(self.tr("Remove")), f"household_{index}_remove",
                            self.tr("Remove household {n}").format(n=n),
                            self.tr("Removes this household's answer."))
        self.error = ErrorLabel(path)
        title = QLabel(self.tr("Household {n}").format(n=n))
        title.setObjectName(f"household_{index}_title")
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.flat, 0, 1)
        grid.addWidget(self.rating, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.comment, 1, 1, 1, 3)
        row = 2
        for extra in self.flat.extras + self.comment.extras:  # counts near the limit
            grid.addWidget(extra, row, 1, 1, 3)
            row += 1
        grid.addWidget(self.error, row, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        form.register(path, self.rating, self.error, self.tr("Household {n}").format(n=n))

    def value(self) -> dict:
        return self.fields.value()

    def set_value(self, data: dict) -> None:
        self.fields.set_value(data)


class BlockForm(RecordForm):
    kind = "block"
    uses_job = True

    def build(self) -> None:
        about = Section(self, self.tr("Why you are asking"), "section_trigger",
                        outline=self.tr("Why"))
        self.trigger = about.bind("trigger", self.tr("Why you are as&king"), EnumCombo, BlockTrigger,
                                  blank=None, accessible=self.tr("Why you are asking"))
        self.body.addWidget(about)
        self.conditions = ConditionsSection(self)
        self.body.addWidget(self.conditions)

        people = Section(self, self.tr("Households spoken to"), "section_households",
                         outline=self.tr("Households"))
        hint = QLabel(self.tr("Ask each household about the communal repair, or whether "
                              "{landlord} keeps the communal areas clean and well "
                              "maintained.").format(landlord=self.ref.landlord))
        hint.setObjectName("householdsHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        people.rows.addWidget(hint)
        self.households = RepeatingRows(self, "payload.responses",
                                        lambda i: HouseholdRow(self, i), "households")
        self.fields.attach("responses", self.households)
        people.rows.addWidget(self.households)
        self.add_household = named(QPushButton(self.tr("&Add household")), "addHousehold",
                                   self.tr("Add household"),
                                   self.tr("Adds a line for one more household's answer."))
        self.add_household.clicked.connect(lambda: self.households.add_row())
        people.rows.addWidget(self.add_household, 0, Qt.AlignmentFlag.AlignLeft)
        self.spoken = people.bind("households_spoken_to",
                                  self.tr("How many households you spoke to in all"), Count,
                                  maximum=5000, accessible=self.tr("Households spoken to"))
        self.alias("payload.responses", "payload.households_spoken_to", self.tr("Households"),
                   widget=self.add_household)
        self.body.addWidget(people)
        self.changed.connect(self._keep_count)

    def _keep_count(self) -> None:
        # The count can never be below the answers recorded; raise it as rows are added.
        if self.spoken.value() < len(self.households.rows):
            self.spoken.setValue(len(self.households.rows))

    def on_job_picked(self, job: dict) -> None:
        self.trigger.set_value(BlockTrigger.end_of_communal_repair.value)
