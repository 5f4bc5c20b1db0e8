"""Post-works visit: the job, the repair journey in two parts, and each operative who came."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from champion_app.records import tsm_questions
from champion_app.records.scales import (
    AppointmentKept,
    Check,
    Completed,
    HowReported,
    Priority,
    Satisfaction,
    WorkKind,
)
from ui.inputs import Count, TextLine
from ui.timefmt import when
from ui.widgets import ChoiceGroup, EnumCombo, ScaleGroup, enum_choices, named

from .base import RecordForm
from .fields import Section
from .operatives import OperativePanel
from .rows import RepeatingRows


class PostWorksForm(RecordForm):
    kind = "post_works"
    uses_job = True

    def build(self) -> None:
        job = Section(self, "The work", "section_job")
        self.dates = named(QLabel("Choose a job to see when it was reported, sent and done."),
                           "jobDates", "Job dates")
        self.dates.setWordWrap(True)
        self.dates.setProperty("role", "hint")
        job.rows.addWidget(self.dates)
        self.work_kind = job.bind("work_kind", "&Kind of work", EnumCombo, WorkKind, blank=None)
        self.priority = job.bind("priority", "&Priority", EnumCombo, Priority)
        self.delivered_by = job.bind("delivered_by", "Done &by (team or contractor)", TextLine)
        self.body.addWidget(job)

        part1 = Section(self, "Part 1: reporting the repair, until someone was sent",
                        "section_part1")
        part1.bind("how_reported", "How it was &reported", EnumCombo, HowReported)
        self._scale(part1, "ease_of_reporting",
                    "How satisfied were you with how easy it was to report?")
        self._check(part1, "priority_explained", "Was the priority and its target time explained?")
        self._check(part1, "appointment_choice", "Were you offered a choice of appointment?")
        self._scale(part1, "part1_rating", "Overall, how satisfied are you with part 1: from "
                    "reporting the repair to someone being sent? (required)", optional=False,
                    short="Part 1 rating")
        self.body.addWidget(part1)

        part2 = Section(self, "Part 2: from the visit until the work was finished",
                        "section_part2")
        part2.bind("appointment_kept", "Was the &appointment kept?", EnumCombo, AppointmentKept)
        part2.bind("visits_needed", "How many &visits it took", Count, maximum=50,
                   none_text="Not recorded", accessible="Visits needed")
        self._check(part2, "fixed_first_time", "Was it fixed first time?")
        part2.bind("completed", "Was the work &completed?", EnumCombo, Completed)
        self._check(part2, "follow_on_needed", "Is more work needed?")
        self._scale(part2, "part2_rating", "Overall, how satisfied are you with part 2: from the "
                    "visit to the work being finished? (required)", optional=False,
                    short="Part 2 rating")
        self.body.addWidget(part2)

        overall = Section(self, "Overall (Tenant Satisfaction Measures wording)",
                          "section_overall")
        questions = tsm_questions(self.ref.landlord)
        self._scale(overall, "repair_rating", f"TP02. {questions['TP02']['text']}")
        self._scale(overall, "time_taken_rating", f"TP03. {questions['TP03']['text']}")
        self.body.addWidget(overall)

        ops = Section(self, "The operatives who came", "section_operatives")
        self.operatives = RepeatingRows(self, "payload.operatives",
                                        lambda i: OperativePanel(self, i), "operatives")
        self.fields.attach("operatives", self.operatives)
        ops.rows.addWidget(self.operatives)
        self.add_operative = named(QPushButton("Add &operative"), "addOperative",
                                   "Add operative")
        self.add_operative.clicked.connect(lambda: self.operatives.add_row())
        ops.rows.addWidget(self.add_operative, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(ops)

    def _scale(self, section: Section, key: str, question: str, optional: bool = True,
               short: str = "") -> ScaleGroup:
        return section.bind(key, question, ScaleGroup, Satisfaction, optional=optional,
                            columns=4 if optional else 3, short=short)

    def _check(self, section: Section, key: str, question: str) -> ChoiceGroup:
        return section.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True,
                            columns=4)

    @property
    def panels(self) -> list[OperativePanel]:
        return self.operatives.rows

    # -- job --------------------------------------------------------------------------------
    def on_job_picked(self, job: dict) -> None:
        """Fill in what the worklist knows: priority, who did it, dates, the operatives."""
        if job.get("priority"):
            self.priority.set_value(job["priority"])
        self.delivered_by.setText(job.get("delivered_by") or "")
        self.work_kind.set_value("planned" if job.get("priority") == "planned" else "responsive")
        self._show_dates(job)
        if not any(p.value()["operative_id"] or p.value()["name_as_given"] for p in self.panels):
            self.operatives.set_value([{"operative_id": op}
                                       for op in job.get("operative_ids") or []])

    def after_load(self) -> None:
        job = self.ref.job(self.where.value().get("job_ref"))
        if job is not None:
            self._show_dates(job)

    def _show_dates(self, job: dict) -> None:
        self.dates.setText(f"{job.get('description', '')}. Reported {when(job.get('reported_at'))}"
                           f"; sent {when(job.get('dispatched_at'))}; completed "
                           f"{when(job.get('completed_at'))}.")
