"""Hazards against their deadlines, complaints offered, and "You said, we did" actions by
status and age.

Awaab's Law deadlines count from the champion's visit: an emergency hazard made safe within
24 hours, a significant damp and mould hazard investigated within 10 working days. Whether a
hazard has been dealt with is a coordinator's case (``case_events``): one not yet made safe or
closed, past its deadline, is reported as "past the deadline: check it", never as resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from champion_app import workdays
from champion_app.cases import targets_for
from champion_app.records.scales import ActionStatus, CaseKind, Hazard

from .labels import Labels
from .repairs import _when
from .scope import ReportFilter, base_cte, visit_times

RESOLVED = frozenset({"made_safe", "closed"})
FINISHED_ACTIONS = frozenset({ActionStatus.done.value, ActionStatus.wont_do.value})


def case_states(db, case: str) -> dict[str, str]:
    """Each record's current ``case`` ("hazard" or "complaint") state: its event with the
    highest server seq, this laptop's unsent ones after every pulled one, refused ones left
    out (as `champion_app.cases` orders them for the queues)."""
    rows = db.execute("SELECT record_id, state FROM case_events WHERE case_kind = ? "
                      "AND status != 'rejected' ORDER BY (seq IS NULL), seq, rowid",
                      [case]).fetchall()
    return {record_id: state for record_id, state in rows}


def deadline(hazard: str, seen: datetime) -> datetime | None:
    """When the landlord must first have acted on a hazard noted at ``seen``: the first of
    its targets in `champion_app.cases` (Awaab's Law, or the landlord's own), the same
    deadline the Hazards page shows. None: a hazard kind with no target."""
    targets = targets_for(CaseKind.hazard, hazard)
    if not targets:
        return None
    first = targets[0]
    if first.unit == "hours":
        return workdays.hours_deadline(seen, first.amount)
    return workdays.working_days_deadline(seen, first.amount)


@dataclass
class HazardSummary:
    hazard: str
    label: str
    total: int = 0
    resolved: int = 0          # made safe or closed (only known with case events)
    past_deadline: int = 0     # not known to be resolved, deadline passed
    within_deadline: int = 0   # not known to be resolved, deadline still ahead
    no_deadline: int = 0
    oldest_open_days: int | None = None
    states: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


def hazards(db, flt: ReportFilter, now: datetime | None = None) -> list[HazardSummary]:
    now = now or datetime.now(UTC)
    cte, params = base_cte(flt)
    states = case_states(db, "hazard")
    summary = {h.value: HazardSummary(h.value, h.label) for h in Hazard if h != Hazard.none}
    for record_id, hazard, created in db.execute(
            f"{cte} SELECT record_id, hazard, created_at FROM base WHERE hazard != 'none'",
            params).fetchall():
        row = summary.get(hazard)
        seen = _when(created)
        if row is None or seen is None:
            continue
        row.total += 1
        state = states.get(record_id)
        if state:
            row.states[state] = row.states.get(state, 0) + 1
        if state in RESOLVED:
            row.resolved += 1
            continue
        due = deadline(hazard, seen)
        if due is None:
            row.no_deadline += 1
        elif due < now:
            row.past_deadline += 1
        else:
            row.within_deadline += 1
        age = (now - seen).days
        row.oldest_open_days = max(row.oldest_open_days or 0, age)
    return [row for row in summary.values() if row.total]


def complaints(db, flt: ReportFilter) -> dict:
    cte, params = base_cte(flt)
    offered, wanted, records = db.execute(
        f"{cte} SELECT coalesce(sum(complaint_offered), 0), coalesce(sum(wants_to_complain), 0), "
        f"count(*) FROM base", params).fetchone()
    referred = case_states(db, "complaint")
    return {"records": records, "offered": offered, "wants_to_complain": wanted,
            "referred": sum(1 for s in referred.values() if s)}


@dataclass(frozen=True)
class ActionRow:
    action_id: str
    estate: str
    status: str
    status_label: str
    you_said: str
    we_did: str
    due_date: str | None
    overdue: bool
    age_days: int | None       # since the oldest record behind it was collected
    published: bool

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def actions(db, flt: ReportFilter, today: date | None = None,
            labels: Labels | None = None) -> list[ActionRow]:
    """Actions for the filter's estates (all when none), oldest first within each status."""
    today = today or datetime.now(UTC).date()
    labels = labels or Labels.load(db)
    sql, params = "SELECT body FROM actions", []
    if flt.estate_ids:
        sql += f" WHERE estate_id IN ({','.join('?' * len(flt.estate_ids))})"
        params = list(flt.estate_ids)
    bodies = [json.loads(row[0]) for row in db.execute(sql, params).fetchall()]
    sources = {i for b in bodies for i in b.get("source_record_ids") or []}
    collected = visit_times(db, sorted(sources))
    rows = []
    for body in bodies:
        status = body.get("status", "logged")
        due = body.get("due_date")
        seen = [_when(collected[i]) for i in body.get("source_record_ids") or [] if i in collected]
        oldest = min((s for s in seen if s), default=None)
        label = (ActionStatus(status).label if status in ActionStatus.__members__ else status)
        rows.append(ActionRow(
            body["action_id"], labels.of("estate", body.get("estate_id")), status, label,
            body.get("you_said", ""), body.get("we_did", ""), due,
            bool(due and status not in FINISHED_ACTIONS and date.fromisoformat(due) < today),
            (today - oldest.date()).days if oldest else None, bool(body.get("published"))))
    order = {s.value: i for i, s in enumerate(ActionStatus)}
    return sorted(rows, key=lambda r: (order.get(r.status, 99), -(r.age_days or 0)))


def actions_by_status(rows: list[ActionRow]) -> list[dict]:
    out = []
    for status in ActionStatus:
        mine = [r for r in rows if r.status == status.value]
        if mine:
            ages = sorted(r.age_days for r in mine if r.age_days is not None)
            out.append({"status": status.value, "label": status.label, "count": len(mine),
                        "overdue": sum(r.overdue for r in mine),
                        "median_age_days": ages[len(ages) // 2] if ages else None})
    return out
