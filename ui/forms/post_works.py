"""Post-works visit: the job, the repair journey in two parts, and each operative who came."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

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
from ui.widgets import ChoiceGroup, EnumCombo, enum_choices, named, scale_group

from .base import RecordForm, Section
from .operatives import OperativePanel


def when(ts: str | None) -> str:
    if not ts:
        return "not known"
    try:
        return datetime.fromisoformat(ts.replace("Z", "+00:00")).strftime("%a %d %b %Y, %H:%M")
    except ValueError:
        return ts


class PostWorksForm(RecordForm):
    kind = "post_works"
    uses_job = True

    def build(self) -> None:
        job = Section(self, "The work", "section_job")
        self.work_kind = EnumCombo("work_kind", "Kind of work", WorkKind, blank=None)
        self.priority = EnumCombo("priority", "Priority", Priority)
        self.delivered_by = named(QLineEdit(), "delivered_by", "Done by (team or contractor)")
        self.dates = named(QLabel("Choose a job to see when it was reported, sent and done."),
                           "jobDates", "Job dates")
        self.dates.setWordWrap(True)
        self.dates.setProperty("role", "hint")
        job.rows.addWidget(self.dates)
        job.add("payload.work_kind", "&Kind of work", self.work_kind)
        job.add("payload.priority", "&Priority", self.priority)
        job.add("payload.delivered_by", "Done &by (team or contractor)", self.delivered_by)
        self.body.addWidget(job)

        part1 = Section(self, "Part 1: reporting the repair, until someone was sent",
                        "section_part1")
        self.how_reported = EnumCombo("how_reported", "How it was reported", HowReported)
        part1.add("payload.how_reported", "How it was &reported", self.how_reported)
        self.ease = self._scale(part1, "ease_of_reporting",
                                "How satisfied were you with how easy it was to report?")
        self.priority_explained = self._check(part1, "priority_explained",
                                              "Was the priority and its target time explained?")
        self.appointment_choice = self._check(part1, "appointment_choice",
                                              "Were you offered a choice of appointment?")
        self.part1 = self._scale(part1, "part1_rating",
                                 "Overall, how satisfied are you with part 1: from reporting "
                                 "the repair to someone being sent? (required)", optional=False,
                                 short="Part 1 rating")
        self.body.addWidget(part1)

        part2 = Section(self, "Part 2: from the visit until the work was finished",
                        "section_part2")
        self.kept = EnumCombo("appointment_kept", "Was the appointment kept?", AppointmentKept)
        part2.add("payload.appointment_kept", "Was the &appointment kept?", self.kept)
        self.visits = named(QSpinBox(), "visits_needed", "Visits needed")
        self.visits.setRange(0, 50)
        self.visits.setSpecialValueText("Not recorded")
        part2.add("payload.visits_needed", "How many &visits it took", self.visits)
        self.first_time = self._check(part2, "fixed_first_time", "Was it fixed first time?")
        self.completed = EnumCombo("completed", "Was the work completed?", Completed)
        part2.add("payload.completed", "Was the work &completed?", self.completed)
        self.follow_on = self._check(part2, "follow_on_needed", "Is more work needed?")
        self.part2 = self._scale(part2, "part2_rating",
                                 "Overall, how satisfied are you with part 2: from the visit "
                                 "to the work being finished? (required)", optional=False,
                                 short="Part 2 rating")
        self.body.addWidget(part2)

        overall = Section(self, "Overall (Tenant Satisfaction Measures wording)",
                          "section_overall")
        questions = tsm_questions(self.ref.landlord)
        self.repair_rating = self._scale(overall, "repair_rating",
                                         f"TP02. {questions['TP02']['text']}")
        self.time_rating = self._scale(overall, "time_taken_rating",
                                       f"TP03. {questions['TP03']['text']}")
        self.body.addWidget(overall)

        ops = Section(self, "The operatives who came", "section_operatives")
        self.panels_layout = QVBoxLayout()
        ops.rows.addLayout(self.panels_layout)
        self.add_operative = named(QPushButton("Add &operative"), "addOperative",
                                   "Add operative")
        self.add_operative.clicked.connect(lambda: self._add_panel({}))
        ops.rows.addWidget(self.add_operative, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(ops)
        self.panels: list[OperativePanel] = []
        for combo in (self.work_kind, self.priority, self.how_reported, self.kept,
                      self.completed):
            combo.currentIndexChanged.connect(self.changed)
        self.delivered_by.textChanged.connect(self.changed)
        self.visits.valueChanged.connect(self.changed)

    def _scale(self, section: Section, key: str, question: str, optional: bool = True,
               short: str = ""):
        group = scale_group(key, question, Satisfaction, optional=optional,
                            columns=4 if optional else 3)
        group.changed.connect(self.changed)
        section.add(f"payload.{key}", None, group, short=short)
        return group

    def _check(self, section: Section, key: str, question: str) -> ChoiceGroup:
        group = ChoiceGroup(key, question, enum_choices(Check), optional=True, columns=4)
        group.changed.connect(self.changed)
        section.add(f"payload.{key}", None, group)
        return group

    # -- operatives -------------------------------------------------------------------------
    def _add_panel(self, data: dict) -> OperativePanel:
        panel = OperativePanel(self, len(self.panels), self._remove_panel)
        panel.load(data)
        self.panels.append(panel)
        self.panels_layout.addWidget(panel)
        self.changed.emit()
        return panel

    def _remove_panel(self, panel: OperativePanel) -> None:
        self._load_panels([p.value() for p in self.panels if p is not panel])

    def _load_panels(self, rows: list[dict]) -> None:
        for p in self.panels:
            p.setParent(None)
            p.deleteLater()
        self.panels = []
        self.unregister_prefix("payload.operatives.")
        for data in rows:
            self._add_panel(data)

    # -- job --------------------------------------------------------------------------------
    def on_job_picked(self, job: dict) -> None:
        """Fill in what the worklist knows: priority, who did it, dates, the operatives."""
        if job.get("priority"):
            self.priority.set_value(job["priority"])
        self.delivered_by.setText(job.get("delivered_by") or "")
        self.work_kind.set_value("planned" if job.get("priority") == "planned" else "responsive")
        self.dates.setText(f"{job.get('description', '')}. Reported {when(job.get('reported_at'))}"
                           f"; sent {when(job.get('dispatched_at'))}; completed "
                           f"{when(job.get('completed_at'))}.")
        if not any(p.value()["operative_id"] or p.value()["name_as_given"] for p in self.panels):
            self._load_panels([{"operative_id": op} for op in job.get("operative_ids") or []])

    def kind_payload(self) -> dict:
        return {
            "work_kind": self.work_kind.value(), "priority": self.priority.value(),
            "delivered_by": self.delivered_by.text().strip(),
            "how_reported": self.how_reported.value(), "ease_of_reporting": self.ease.value(),
            "priority_explained": self.priority_explained.value(),
            "appointment_choice": self.appointment_choice.value(),
            "part1_rating": self.part1.value(),
            "appointment_kept": self.kept.value(), "visits_needed": self.visits.value() or None,
            "fixed_first_time": self.first_time.value(), "completed": self.completed.value(),
            "follow_on_needed": self.follow_on.value(), "part2_rating": self.part2.value(),
            "repair_rating": self.repair_rating.value(),
            "time_taken_rating": self.time_rating.value(),
            "operatives": [p.value() for p in self.panels],
        }

    def load_kind(self, p: dict) -> None:
        self.work_kind.set_value(p.get("work_kind") or "responsive")
        self.priority.set_value(p.get("priority"))
        self.delivered_by.setText(p.get("delivered_by", ""))
        self.how_reported.set_value(p.get("how_reported"))
        self.ease.set_value(p.get("ease_of_reporting"))
        self.priority_explained.set_value(p.get("priority_explained"))
        self.appointment_choice.set_value(p.get("appointment_choice"))
        self.part1.set_value(p.get("part1_rating"))
        self.kept.set_value(p.get("appointment_kept"))
        self.visits.setValue(int(p.get("visits_needed") or 0))
        self.first_time.set_value(p.get("fixed_first_time"))
        self.completed.set_value(p.get("completed"))
        self.follow_on.set_value(p.get("follow_on_needed"))
        self.part2.set_value(p.get("part2_rating"))
        self.repair_rating.set_value(p.get("repair_rating"))
        self.time_rating.set_value(p.get("time_taken_rating"))
        self._load_panels(p.get("operatives") or [])
        job = self.ref.job(self.where.value().get("job_ref"))
        if job is not None:
            self.dates.setText(f"{job.get('description', '')}. Reported "
                               f"{when(job.get('reported_at'))}; sent "
                               f"{when(job.get('dispatched_at'))}; completed "
                               f"{when(job.get('completed_at'))}.")

    def satisfaction_values(self):
        if not hasattr(self, "panels"):
            return []
        return [self.ease.value(), self.part1.value(), self.part2.value(),
                self.repair_rating.value(), self.time_rating.value(),
                *[p.overall.value() for p in self.panels]]
