"""One report: every section for one filter and cut, as plain data (for the page, the PDF,
``champion-app report --json`` and tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from champion_app.i18n import QT_TRANSLATE_NOOP

from .cases import ActionRow, HazardSummary, actions, actions_by_status, complaints, hazards
from .labels import Labels
from .operatives import OperativeConduct, conduct
from .repairs import RepairTimes, Targets, repair_times
from .satisfaction import Group, satisfaction
from .scope import CUT_LABELS, ReportFilter

# English here (the JSON report, the command line); the app shows them translated.
NOTICE = QT_TRANSLATE_NOOP(
    "reports", "Champion-collected feedback: what residents told Estate Service Champions, who "
               "are volunteers. It is the landlord's own tenant-voice evidence, not an official "
               "Tenant Satisfaction Measures (TSM) return, which needs a compliant, "
               "representative survey.")
UNCERTAINTY = QT_TRANSLATE_NOOP(
    "reports", "Every percentage shows its base (n, the answers it is counted from) and a 95 % "
               "interval (Wilson): the range the true figure is likely to be in. Figures from "
               "fewer than 10 answers are greyed: too few to read much into.")
SECTIONS = ("satisfaction", "journey", "operatives", "repair_times", "hazards", "complaints",
            "actions")


@dataclass
class Report:
    filter: ReportFilter
    cut: str | None
    generated_at: datetime
    landlord: str
    overall: Group | None = None
    groups: list[Group] = field(default_factory=list)
    operatives: list[OperativeConduct] = field(default_factory=list)
    repair_times: RepairTimes | None = None
    hazards: list[HazardSummary] = field(default_factory=list)
    complaints: dict = field(default_factory=dict)
    actions: list[ActionRow] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.overall.records if self.overall else 0

    def journey(self) -> list[dict]:
        """Part 1 against part 2, for everything and for each group of the cut."""
        rows = []
        for group in ([self.overall] if self.overall else []) + self.groups:
            part1, part2 = group.figure("part1_rating"), group.figure("part2_rating")
            if part1 or part2:
                rows.append({"key": group.key, "label": group.label,
                             "part1": part1.as_dict() if part1 else None,
                             "part2": part2.as_dict() if part2 else None})
        return rows

    def as_dict(self) -> dict:
        return {
            "title": f"Residents' feedback on repairs and services — {self.landlord}",
            "notice": NOTICE, "uncertainty": UNCERTAINTY,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "filter": self.filter.as_dict(), "cut": self.cut,
            "cut_label": CUT_LABELS.get(self.cut or "", ""), "records": self.records,
            "satisfaction": {
                "overall": self.overall.as_dict() if self.overall else None,
                "groups": [g.as_dict() for g in self.groups]},
            "journey": self.journey(),
            "operatives": [o.as_dict() for o in self.operatives],
            "repair_times": self.repair_times.as_dict() if self.repair_times else None,
            "hazards": [h.as_dict() for h in self.hazards],
            "complaints": self.complaints,
            "actions": {"by_status": actions_by_status(self.actions),
                        "items": [a.as_dict() for a in self.actions]},
        }


def build_report(db, flt: ReportFilter | None = None, cut: str | None = None, *,
                 settings: dict[str, str] | None = None, now: datetime | None = None,
                 sections: tuple[str, ...] = SECTIONS) -> Report:
    """Compute the report on the store's connection ``db`` (run it off the UI thread)."""
    flt = flt or ReportFilter()
    now = now or datetime.now(UTC)
    if settings is None:
        settings = {k: v for k, v in db.execute("SELECT key, value FROM settings").fetchall()}
    labels = Labels.load(db)
    report = Report(flt, cut, now, settings.get("landlord_name") or "your landlord")
    if "satisfaction" in sections or "journey" in sections:
        report.overall, report.groups = satisfaction(db, flt, cut, labels)
    if "operatives" in sections:
        report.operatives = conduct(db, flt, labels)
    if "repair_times" in sections:
        report.repair_times = repair_times(db, flt, Targets.from_settings(settings), cut, labels)
    if "hazards" in sections:
        report.hazards = hazards(db, flt, now)
    if "complaints" in sections:
        report.complaints = complaints(db, flt)
    if "actions" in sections:
        report.actions = actions(db, flt, now.date() if isinstance(now, datetime) else
                                 date.today(), labels)
    return report
