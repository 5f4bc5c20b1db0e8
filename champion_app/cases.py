"""Hazard cases and complaint referrals: their steps, deadlines and current state. Qt-free.

A case is the list of its events (`protocol.CaseEvent`), append-only like reviews, so two
coordinators never overwrite each other. Its current state is the event with the highest
server ``seq``; events not yet sent sort after every pulled one (PHASE 2 decisions 1 and 2:
never a client clock). Each event's ``at`` is when the step happened (a coordinator may
record yesterday's phone call), and that is what meets a deadline.

Deadlines (DOMAIN.md, /work/shared/research/housing-domain.md), the clock starting at the
champion's visit (`visit_start`):

- emergency hazard (Awaab's Law): investigate, and make safe, within 24 hours;
- significant damp and mould (Awaab's Law): investigate within 10 working days; a written
  summary to the resident within 3 working days of the investigation; safety works begun
  within 5 working days of it;
- safeguarding (the landlord's own target, not a statutory one): passed on to the
  safeguarding lead within 24 hours, investigated within 5 working days;
- other safety concern (the landlord's own target, the usual "urgent repair" time): passed
  to repairs within 1 working day, investigated within 5 working days;
- complaint (Housing Ombudsman Complaint Handling Code): acknowledged within 5 working days,
  the stage 1 response within 10 working days of the acknowledgement. The Code's clock runs
  from when the landlord receives the complaint; a champion acts on the landlord's behalf, so
  it starts at the visit (the cautious reading).

Closing a case stops every clock still running.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from champion_app.records.scales import CaseKind, CaseState, Hazard
from champion_app.records.visits import visit_time

from . import workdays

S = CaseState
Unit = Literal["hours", "working_days"]
Urgency = Literal["overdue", "due_today", "open", "waiting", "closed"]
URGENCY_ORDER: dict[str, int] = {"overdue": 0, "due_today": 1, "open": 2, "waiting": 3,
                                 "closed": 4}

HAZARD_STEPS = (S.new, S.passed_to_repairs, S.investigated, S.made_safe, S.closed)
DAMP_STEPS = (S.new, S.passed_to_repairs, S.investigated, S.summary_sent, S.works_started,
              S.made_safe, S.closed)
COMPLAINT_STEPS = (S.new, S.passed_to_complaints, S.acknowledged, S.stage1_responded, S.closed)

# A step that can only come after others counts as those done too (a case marked made safe
# was investigated), so a deadline is met by its own step or any step that implies it.
IMPLIES: dict[CaseState, frozenset[CaseState]] = {
    S.investigated: frozenset(),
    S.made_safe: frozenset({S.investigated}),
    S.summary_sent: frozenset({S.investigated}),
    S.works_started: frozenset({S.investigated}),
    S.acknowledged: frozenset({S.passed_to_complaints}),
    S.stage1_responded: frozenset({S.passed_to_complaints, S.acknowledged}),
}


@dataclass(frozen=True)
class Target:
    """One deadline: ``step`` within ``amount`` ``unit`` of the visit (or of ``after``)."""

    step: CaseState
    amount: int
    unit: Unit
    after: CaseState | None = None
    basis: str = ""

    def met_by(self, state: CaseState) -> bool:
        return state == self.step or self.step in IMPLIES.get(state, frozenset())


AWAAB = "Awaab's Law"
LANDLORD = "landlord's own target"
CODE = "Complaint Handling Code"
TARGETS: dict[str, tuple[Target, ...]] = {
    Hazard.emergency.value: (Target(S.investigated, 24, "hours", basis=AWAAB),
                             Target(S.made_safe, 24, "hours", basis=AWAAB)),
    Hazard.damp_mould.value: (Target(S.investigated, 10, "working_days", basis=AWAAB),
                              Target(S.summary_sent, 3, "working_days", S.investigated, AWAAB),
                              Target(S.works_started, 5, "working_days", S.investigated, AWAAB)),
    Hazard.safeguarding.value: (Target(S.passed_to_repairs, 24, "hours", basis=LANDLORD),
                                Target(S.investigated, 5, "working_days", basis=LANDLORD)),
    Hazard.other_safety.value: (Target(S.passed_to_repairs, 1, "working_days", basis=LANDLORD),
                                Target(S.investigated, 5, "working_days", basis=LANDLORD)),
    CaseKind.complaint.value: (Target(S.acknowledged, 5, "working_days", basis=CODE),
                               Target(S.stage1_responded, 10, "working_days", S.acknowledged,
                                      CODE)),
}


def steps_for(case: str, hazard: str = "") -> tuple[CaseState, ...]:
    """The steps a coordinator can record on this case, in their usual order."""
    if case == CaseKind.complaint:
        return COMPLAINT_STEPS
    return DAMP_STEPS if hazard == Hazard.damp_mould else HAZARD_STEPS


def targets_for(case: str, hazard: str = "") -> tuple[Target, ...]:
    key = CaseKind.complaint.value if case == CaseKind.complaint else hazard
    return TARGETS.get(key, ())


def parse_time(text: str | datetime | None) -> datetime | None:
    if text is None or text == "":
        return None
    moment = text if isinstance(text, datetime) else datetime.fromisoformat(
        str(text).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def visit_start(version: dict) -> datetime:
    """When the clock starts: the visit time (`records.visit_time`): the ``visited_at`` the
    champion gave (a visit typed up days later keeps its own day), else when the record was
    started."""
    return visit_time(version)


@dataclass(frozen=True)
class Event:
    event_id: str
    state: CaseState
    at: datetime
    reference: str = ""
    note: str = ""
    author_id: str = ""
    seq: int | None = None          # None: not yet on the server
    status: str = "pulled"          # queued, sent, pulled, rejected


def ordered(events: Iterable[Event]) -> list[Event]:
    """Server order: by seq, then events not yet sent, in the order they were made (the
    caller passes them in local order). Refused events are left out."""
    kept = [e for e in events if e.status != "rejected"]
    sent = sorted((e for e in kept if e.seq is not None), key=lambda e: e.seq or 0)
    return sent + [e for e in kept if e.seq is None]


@dataclass(frozen=True)
class Deadline:
    target: Target
    due: datetime | None        # None: its clock has not started (the step before is not done)
    met_at: datetime | None     # when the step (or one implying it) happened
    stopped: bool = False       # the case was closed first
    skipped: tuple[date, ...] = ()  # bank holidays a working-day count left out, to say so

    def urgency(self, now: datetime, tz: str = workdays.LONDON) -> Urgency:
        if self.met_at is not None or self.stopped:
            return "closed"
        if self.due is None:
            return "waiting"
        if now >= self.due:
            return "overdue"
        if workdays.local_day(now, tz) == workdays.local_day(self.due - _EPSILON, tz):
            return "due_today"
        return "open"

    @property
    def late(self) -> bool:
        return self.met_at is not None and self.due is not None and self.met_at > self.due


# A deadline at midnight belongs to the day that ends there.
_EPSILON = timedelta(microseconds=1)


@dataclass(frozen=True)
class CaseStatus:
    case: str
    hazard: str
    start: datetime
    state: CaseState
    events: list[Event]
    deadlines: list[Deadline] = field(default_factory=list)
    reference: str = ""

    @property
    def closed(self) -> bool:
        return self.state == S.closed

    def pending(self) -> list[Deadline]:
        return [d for d in self.deadlines if d.met_at is None and not d.stopped]

    def next_deadline(self) -> Deadline | None:
        """The earliest deadline still running (one whose clock has started first)."""
        running = [d for d in self.pending() if d.due is not None]
        if running:
            return min(running, key=lambda d: d.due or _FAR)
        waiting = self.pending()
        return waiting[0] if waiting else None

    def urgency(self, now: datetime) -> Urgency:
        if self.closed:
            return "closed"
        nxt = self.next_deadline()
        return nxt.urgency(now) if nxt is not None else "waiting"

    def sort_key(self, now: datetime) -> tuple:
        """Most urgent first: overdue (longest overdue first), due today, open by due time."""
        nxt = self.next_deadline()
        due = nxt.due if nxt is not None and nxt.due is not None else _FAR
        return (URGENCY_ORDER[self.urgency(now)], due, self.start)


_FAR = datetime.max.replace(tzinfo=UTC)


def case_status(case: str, hazard: str, start: datetime, events: Iterable[Event],
                tz: str = workdays.LONDON) -> CaseStatus:
    """Everything the pages show about one case, from its events (in local order)."""
    history = ordered(events)
    state = history[-1].state if history else S.new
    closed_at = next((e.at for e in history if e.state == S.closed), None) \
        if state == S.closed else None
    deadlines = []
    for target in targets_for(case, hazard):
        met = next((e.at for e in history if target.met_by(e.state)), None)
        if target.after is None:
            base: datetime | None = start
        else:
            base = next((e.at for e in history if Target(target.after, 0, "hours")
                         .met_by(e.state)), None)
        due = None if base is None else (
            workdays.hours_deadline(base, target.amount) if target.unit == "hours"
            else workdays.working_days_deadline(base, target.amount, tz))
        skipped = () if base is None or due is None or target.unit == "hours" else \
            workdays.bank_holidays_between(workdays.local_day(base, tz),
                                           workdays.local_day(due - _EPSILON, tz))
        deadlines.append(Deadline(target, due, met, stopped=closed_at is not None and met is None,
                                  skipped=skipped))
    reference = next((e.reference for e in reversed(history) if e.reference), "")
    return CaseStatus(case, hazard, start, state, history, deadlines, reference)
