"""Repair times against the landlord's targets: part 1 (reported → dispatched), part 2
(dispatched → completed) and the whole repair, per priority and per group.

The jobs measured are those behind the post-works visits a filter picks, each once (two
visits about one job count it once). Dates are the visit's own copy when it has one, else
the job's. Targets come from the settings import (docs/import.md): ``target_<priority>_hours``
or ``_days`` for the whole repair, ``dispatch_target_<priority>_…`` for part 1, and
``target_days`` = ``working`` (default) or ``calendar`` for how days count. Hour targets
count clock hours; day targets count days on the landlord's calendar (Europe/London), in
working days by default because that is how most landlords publish them ("urgent: 5 working
days") and how Awaab's Law counts.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from champion_app.i18n import translate
from champion_app.records.scales import Priority
from champion_app.workdays import working_days_between

from .labels import Labels
from .scope import ReportFilter, base_cte, cut_expression, rows_for
from .stats import Share

LANDLORD_TZ = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class Target:
    amount: float
    unit: str  # "hours" or "days"

    def text(self) -> str:
        amount = f"{self.amount:g}"
        if self.unit == "hours":
            return translate("reports", "{amount} hours").format(amount=amount)
        return translate("reports", "{amount} days").format(amount=amount)


@dataclass(frozen=True)
class Targets:
    complete: dict[str, Target] = field(default_factory=dict)   # reported -> completed
    dispatch: dict[str, Target] = field(default_factory=dict)   # reported -> dispatched
    working_days: bool = True

    def __hash__(self) -> int:  # a key of the timings cache below (dicts do not hash)
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((tuple(sorted(self.complete.items())), tuple(sorted(self.dispatch.items())),
                     self.working_days))

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> Targets:
        def read(prefix: str) -> dict[str, Target]:
            found = {}
            for p in Priority:
                for unit in ("hours", "days"):  # hours win when a landlord gives both
                    value = settings.get(f"{prefix}_{p.value}_{unit}")
                    if value and p.value not in found:
                        try:
                            found[p.value] = Target(float(value), unit)
                        except ValueError:
                            continue
            return found

        return cls(read("target"), read("dispatch_target"),
                   settings.get("target_days", "working") != "calendar")

    @property
    def day_kind(self) -> str:
        return (translate("reports", "working days") if self.working_days
                else translate("reports", "calendar days"))

    def elapsed(self, start: datetime, end: datetime, unit: str) -> float:
        """Time from ``start`` to ``end`` in ``unit``: clock hours, or days as targets count."""
        if unit == "hours":
            return (end - start).total_seconds() / 3600
        a, b = _local_day(start), _local_day(end)
        # Dates in the wrong order (a data error) count as no time, on either calendar.
        return max(0, working_days_between(a, b) if self.working_days else (b - a).days)


@lru_cache(maxsize=65536)  # the same job's dates come round again for every group it is in
def _local_day(moment: datetime) -> date:
    return moment.astimezone(LANDLORD_TZ).date()


@lru_cache(maxsize=65536)
def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=LANDLORD_TZ)


@dataclass(frozen=True)
class Job:
    key: str               # the job ref, or the record id for a visit with no job
    priority: str | None
    reported: datetime | None
    dispatched: datetime | None
    completed: datetime | None
    group: str | None      # the cut's value


@dataclass(frozen=True)
class Times:
    """Repair times of a set of jobs; medians in ``unit`` (hours or the targets' days)."""

    jobs: int
    open: int                      # reported, not completed yet
    unit: str
    part1_median: float | None
    part2_median: float | None
    whole_median: float | None
    within_target: Share           # completed jobs with a target, done within it
    dispatched_within: Share       # dispatched jobs with a dispatch target, within it
    target: str = ""
    dispatch_target: str = ""

    def as_dict(self) -> dict:
        return {"jobs": self.jobs, "open": self.open, "unit": self.unit,
                "part1_median": self.part1_median, "part2_median": self.part2_median,
                "whole_median": self.whole_median, "target": self.target,
                "dispatch_target": self.dispatch_target,
                "within_target": self.within_target.as_dict(),
                "dispatched_within": self.dispatched_within.as_dict()}


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


@dataclass(frozen=True)
class Timing:
    """One job's numbers, worked out once however many groups it is counted in."""

    days: tuple[float | None, float | None, float | None]    # part 1, part 2, whole
    hours: tuple[float | None, float | None, float | None]
    within: bool | None             # completed within its target (None: no target / not done)
    dispatched_within: bool | None
    open: bool


def timing(job: Job, targets: Targets) -> Timing:
    return _timing(targets, job.priority, job.reported, job.dispatched, job.completed)


# A job's timing depends only on these arguments (and the fixed calendar of bank holidays),
# so it is kept from one report to the next: the page computes a report per tab, filter and
# cut over the same jobs, and working out 18,000 jobs' days took ~100 ms each time.
@lru_cache(maxsize=65536)
def _timing(targets: Targets, priority: str | None, reported: datetime | None,
            dispatched: datetime | None, completed: datetime | None) -> Timing:
    spans = ((reported, dispatched), (dispatched, completed), (reported, completed))
    days = tuple(targets.elapsed(a, b, "days") if a and b else None for a, b in spans)
    hours = tuple(targets.elapsed(a, b, "hours") if a and b else None for a, b in spans)
    own = targets.complete.get(priority or "")
    own_dispatch = targets.dispatch.get(priority or "")

    def within(target: Target | None, index: int) -> bool | None:
        value = (hours if target and target.unit == "hours" else days)[index]
        return None if target is None or value is None else value <= target.amount

    return Timing(days, hours, within(own, 2), within(own_dispatch, 0),  # type: ignore[arg-type]
                  bool(reported and not completed))


def measure(jobs: Iterable[Job], targets: Targets, priority: str | None = None,
            timings: dict[str, Timing] | None = None) -> Times:
    """Times for ``jobs``; each measured against its own priority's targets. The medians are
    in that priority's target unit when ``priority`` is given, else in days."""
    jobs = list(jobs)
    timings = timings if timings is not None else {}
    complete = targets.complete.get(priority or "")
    unit = complete.unit if complete else "days"
    parts: list[list[float]] = [[], [], []]
    within = [0, 0]
    dispatched_within = [0, 0]
    open_jobs = 0
    for job in jobs:
        t = timings.get(job.key) or timings.setdefault(job.key, timing(job, targets))
        for part, value in zip(parts, t.hours if unit == "hours" else t.days, strict=True):
            if value is not None:
                part.append(value)
        if t.within is not None:
            within[0] += t.within
            within[1] += 1
        if t.dispatched_within is not None:
            dispatched_within[0] += t.dispatched_within
            dispatched_within[1] += 1
        open_jobs += t.open
    dispatch = targets.dispatch.get(priority or "")
    return Times(len(jobs), open_jobs, unit, _median(parts[0]), _median(parts[1]),
                 _median(parts[2]), Share(*within), Share(*dispatched_within),
                 complete.text() if complete else "", dispatch.text() if dispatch else "")


def jobs(db, flt: ReportFilter, cut: str | None = None) -> list[Job]:
    """The jobs behind the post-works visits ``flt`` picks, once each (per group)."""
    if flt.kinds and "post_works" not in flt.kinds:
        return []
    flt = replace(flt, kinds=("post_works",))  # in the CTE's filter, so the index helps
    cte, params = base_cte(flt, cut, job=True)
    key = cut_expression(cut)
    # Post-works visits first (from their covering index), then their operatives: fewer
    # rows read than from the operatives' side, which suits the other reports.
    source = ("base b CROSS JOIN report_operatives o ON o.record_id = b.record_id"
              if cut == "operative" else rows_for(cut))
    rows = db.execute(
        f"{cte} SELECT coalesce(b.job_ref, b.record_id), b.priority, b.reported_at, "
        f"b.dispatched_at, b.completed_at, {key} FROM {source} "
        f"WHERE b.reported_at IS NOT NULL OR b.dispatched_at IS NOT NULL", params).fetchall()
    seen: dict[tuple, Job] = {}
    for ref, priority, reported, dispatched, completed, group in rows:
        seen.setdefault((ref, group), Job(ref, priority, _when(reported), _when(dispatched),
                                          _when(completed), group))
    return list(seen.values())


@dataclass(frozen=True)
class RepairTimes:
    by_priority: list[tuple[str, str, Times]]           # (priority, label, times)
    overall: Times
    groups: list[tuple[str | None, str, Times]]         # (key, label, times) per cut value
    day_kind: str

    def as_dict(self) -> dict:
        return {"day_kind": self.day_kind, "overall": self.overall.as_dict(),
                "by_priority": [{"priority": p, "label": label, **t.as_dict()}
                                for p, label, t in self.by_priority],
                "groups": [{"key": k, "label": label, **t.as_dict()}
                           for k, label, t in self.groups]}


def repair_times(db, flt: ReportFilter, targets: Targets, cut: str | None = None,
                 labels: Labels | None = None) -> RepairTimes:
    labels = labels or Labels.load(db)
    found = jobs(db, flt, cut)
    every = list({job.key: job for job in found}.values())  # each job once, whatever its group
    timings: dict[str, Timing] = {}
    by_priority = []
    by_value: dict[str | None, list[Job]] = {}
    for job in every:
        by_value.setdefault(job.priority, []).append(job)
    for p in Priority:
        mine = by_value.get(p.value)
        if mine:
            by_priority.append((p.value, p.label, measure(mine, targets, p.value, timings)))
    groups = []
    if cut is not None:
        grouped: dict[str | None, list[Job]] = {}
        for job in found:
            grouped.setdefault(job.group, []).append(job)
        groups = sorted(((k, labels.of(cut, k), measure(v, targets, None, timings))
                         for k, v in grouped.items()),
                        key=lambda g: (g[0] is None, g[0] if cut == "month" else g[1].casefold()))
    return RepairTimes(by_priority, measure(every, targets, None, timings), groups,
                       targets.day_kind)
