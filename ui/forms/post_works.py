"""Post-works visit: the job and its dates, the repair journey in two parts, the overall
(TSM-aligned) questions, and each operative who came.

Part 1 runs from the repair being reported to someone being sent out; part 2 from the
operative being sent out to the work being finished (DOMAIN.md). Part 2 applies once someone
was sent out: a worklist job's dates say so; otherwise the champion says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from champion_app.records.scales import (
    AppointmentKept,
    Check,
    Completed,
    HowReported,
    Priority,
    Satisfaction,
    WorkKind,
)
from ui.choices import ChoiceGroup, ScaleGroup
from ui.inputs import Count, JobDate, TextLine, Tick
from ui.timefmt import when
from ui.widgets import EnumCombo, enum_choices, named

from .base import RecordForm
from .fields import Section
from .operatives import OperativePanel
from .rows import RepeatingRows
from .tsm import TsmQuestions

JOB_DATES = ("reported_at", "dispatched_at", "completed_at")


class PostWorksForm(RecordForm):
    kind = "post_works"
    uses_job = True

    def build(self) -> None:
        job = Section(self, self.tr("The work"), "section_job")
        self.dates = named(QLabel(self.tr("Choose a job to fill in its dates, or type them "
                                          "from the card or letter.")),
                           "jobDates", self.tr("Job dates"))
        self.dates.setWordWrap(True)
        self.dates.setProperty("role", "hint")
        job.rows.addWidget(self.dates)
        self.reported = job.bind("reported_at", self.tr("Reported on"), JobDate)
        self.dispatched = job.bind("dispatched_at", self.tr("Someone was sent out on"), JobDate)
        self.completed = job.bind("completed_at", self.tr("The work was finished on"), JobDate)
        self.sent_out = Tick("sent_out", self.tr("Someone has been sent out to do the work"))
        self.sent_out.setAccessibleDescription(self.tr(
            "Part 2 of the visit is asked once someone has been sent out."))
        job.add("sent_out", None, self.sent_out)
        self.work_kind = job.bind("work_kind", self.tr("&Kind of work"), EnumCombo, WorkKind,
                                  blank=None)
        self.priority = job.bind("priority", self.tr("Pr&iority"), EnumCombo, Priority,
                                 blank=self.tr("Not known"))
        self.delivered_by = job.bind("delivered_by", self.tr("Done by (team or contractor)"),
                                     TextLine)
        self.body.addWidget(job)

        # Short titles (a group box title cannot wrap); the rating questions say it in full.
        part1 = Section(self, self.tr("Part 1: reported until someone was sent out"),
                        "section_part1", outline=self.tr("Part 1: reporting"))
        part1.bind("how_reported", self.tr("How it was reported"), EnumCombo, HowReported)
        self._scale(part1, "ease_of_reporting",
                    self.tr("How satisfied were you with how easy it was to report?"))
        self._check(part1, "priority_explained",
                    self.tr("Was the priority and its target time explained?"))
        self._check(part1, "appointment_choice",
                    self.tr("Were you offered a choice of appointment?"))
        self._scale(part1, "part1_rating", self.tr(
            "Overall, how satisfied are you with part 1: from reporting the repair to someone "
            "being sent out? (required)"), optional=False, short=self.tr("Part 1 rating"))
        self.body.addWidget(part1)

        self.part2 = Section(self, self.tr("Part 2: sent out until the work was finished"),
                             "section_part2", outline=self.tr("Part 2: the work"))
        self.part2.bind("appointment_kept", self.tr("Was the appointment kept?"), EnumCombo,
                        AppointmentKept)
        self.part2.bind("visits_needed", self.tr("How many visits it took"), Count,
                        maximum=50, optional=True, accessible=self.tr("Visits needed"))
        self._check(self.part2, "fixed_first_time", self.tr("Was it fixed first time?"))
        self.part2.bind("completed", self.tr("Was the work completed?"), EnumCombo, Completed)
        self._check(self.part2, "follow_on_needed", self.tr("Is more work needed?"))
        self._scale(self.part2, "part2_rating", self.tr(
            "Overall, how satisfied are you with part 2: from the operative being sent out to "
            "the work being finished? (required)"), optional=False,
                    short=self.tr("Part 2 rating"))
        self.body.addWidget(self.part2)

        overall = Section(self, "", "section_overall", outline=self.tr("Overall"))
        self.tsm = TsmQuestions(self, overall, [("TP02", "repair_rating"),
                                                ("TP03", "time_taken_rating")],
                                tsm_title=self.tr("Overall (Tenant Satisfaction Measures "
                                                  "wording)"),
                                own_title=self.tr("Overall"))
        self.body.addWidget(overall)

        ops = Section(self, self.tr("The operatives who came"), "section_operatives",
                      outline=self.tr("Operatives"))
        self.operatives = RepeatingRows(self, "payload.operatives",
                                        lambda i: OperativePanel(self, i), "operatives")
        self.fields.attach("operatives", self.operatives)
        ops.rows.addWidget(self.operatives)
        self.add_operative = named(QPushButton(self.tr("Add operative")), "addOperative",
                                   self.tr("Add operative"),
                                   self.tr("Adds a panel for one more operative who came."))
        self.add_operative.clicked.connect(lambda: self.operatives.add_row())
        ops.rows.addWidget(self.add_operative, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(ops)

        for date in (self.dispatched, self.completed):
            date.changed.connect(self._part2_applies)
        assert self.where.job is not None
        self.where.job.picked.connect(self._job_changed)
        self.sent_out.toggled.connect(self._part2_applies)
        self._part2_applies()

    def _scale(self, section: Section, key: str, question: str, optional: bool = True,
               short: str = "") -> ScaleGroup:
        return section.bind(key, question, ScaleGroup, Satisfaction, optional=optional,
                            short=short)

    def _check(self, section: Section, key: str, question: str) -> ChoiceGroup:
        return section.bind(key, question, ChoiceGroup, enum_choices(Check), optional=True)

    @property
    def panels(self) -> list[OperativePanel]:
        return self.operatives.rows

    # -- relevance --------------------------------------------------------------------------
    def _dated(self) -> bool:
        return bool(self.dispatched.value() or self.completed.value())

    def _job_changed(self) -> None:
        """A job typed from a letter (not on the worklist): its dates are the champion's to
        enter, so they can be changed again."""
        if self.ref.job(self.where.job.value()) is None:
            for field in (self.reported, self.dispatched, self.completed):
                field.setReadOnly(False)

    def _part2_applies(self) -> None:
        dated = self._dated()
        self.sent_out.setVisible(not dated)
        self.part2.set_relevant(dated or self.sent_out.isChecked())

    def checks(self, problems: dict[str, str]) -> None:
        if not self.part2.isEnabled():  # part 2 does not apply yet: say why, on the choice
            problems["sent_out"] = self.tr(
                "Part 2 is asked once someone has been sent out to do the work. A post-works "
                "visit needs it: tick this when they have (save a draft meanwhile).")

    def on_respondent(self, respondent: str | None) -> None:
        self.tsm.set_respondent(respondent)

    def home_changed(self) -> None:
        self.tsm.look_up_last_asked()

    # -- job --------------------------------------------------------------------------------
    def on_job_picked(self, job: dict) -> None:
        """Fill in what the worklist knows: priority, who did it, dates, the operatives."""
        if job.get("priority"):
            self.priority.set_value(job["priority"])
        self.delivered_by.setText(job.get("delivered_by") or "")
        self.work_kind.set_value("planned" if job.get("priority") == "planned" else "responsive")
        self._show_job(job)
        if not any(p.value()["operative_id"] or p.value()["name_as_given"] for p in self.panels):
            self.operatives.set_value([{"operative_id": op}
                                       for op in job.get("operative_ids") or []])
        self.home_changed()

    def after_load(self) -> None:
        job = self.ref.job(self.where.value().get("job_ref"))
        if job is not None:
            self.dates.setText(self._describe(job))
            for field in (self.reported, self.dispatched, self.completed):
                field.setReadOnly(True)
        part2 = ("appointment_kept", "visits_needed", "fixed_first_time", "completed",
                 "follow_on_needed", "part2_rating")
        payload = self.payload()
        self.sent_out.setChecked(any(payload.get(k) is not None for k in part2))
        self.tsm.after_load()
        self.home_changed()

    def _show_job(self, job: dict) -> None:
        """The worklist's dates, copied onto the record and read-only: they are the
        landlord's record of the job."""
        self.dates.setText(self._describe(job))
        for key, field in zip(JOB_DATES, (self.reported, self.dispatched, self.completed),
                              strict=True):
            field.set_value(job.get(key))
            field.setReadOnly(True)

    def _describe(self, job: dict) -> str:
        return self.tr("{description}. Reported {reported}; someone sent out {sent}; finished "
                       "{done} (from the landlord's worklist).").format(
            description=job.get("description") or job["ref"],
            reported=when(job.get("reported_at"), self.tr("(not known)")),
            sent=when(job.get("dispatched_at"), self.tr("(not known)")),
            done=when(job.get("completed_at"), self.tr("(not known)")))
