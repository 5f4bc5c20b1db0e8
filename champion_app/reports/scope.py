"""What a report covers (`ReportFilter`), how it is cut (`CUTS`), and the SQL both share.

Every report starts from the same `base` rows: one per record's current submitted version
(``report_facts``), with the job behind a post-works visit joined in for its priority,
contractor and dates (the record's own copy of a date wins over the job's). A filter picks
rows; a cut groups them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from champion_app.i18n import QT_TRANSLATE_NOOP

from .questions import questions

# Where a post-works visit's contractor comes from: the job's linked contractor, else a
# contractor whose name is the job's (or the visit's) "delivered by" text, else that text.
_DELIVERED_BY = "coalesce(nullif(j.delivered_by, ''), f.delivered_by)"
# (A CASE, so the name look-up runs only for the few rows that need it.)
_CONTRACTOR = (f"CASE WHEN j.contractor_id IS NOT NULL THEN j.contractor_id "
               f"WHEN {_DELIVERED_BY} IS NULL THEN NULL "
               f"ELSE coalesce((SELECT c.id FROM contractors c WHERE c.name = {_DELIVERED_BY} "
               f"COLLATE NOCASE LIMIT 1), 'text:' || {_DELIVERED_BY}) END")
_RATING_COLUMNS = ", ".join(f"f.{q.column}" for q in questions() if q.column)
_COMMON = f"""f.record_id, f.kind, f.estate_id, f.created_at, f.work_kind, f.hazard,
           f.complaint_offered, f.wants_to_complain, f.job_ref,
           {_RATING_COLUMNS}, f.households_satisfied, f.households_answered"""
# With the job: what a record's priority, contractor and dates are. Without it (no filter or
# cut needs them), the same columns from the record alone: a third less work per report.
BASE_WITH_JOB = f"""
    SELECT {_COMMON}, coalesce(f.priority, j.priority) AS priority, {_CONTRACTOR} AS contractor,
           coalesce(f.reported_at, j.reported_at) AS reported_at,
           coalesce(f.dispatched_at, j.dispatched_at) AS dispatched_at,
           coalesce(f.completed_at, j.completed_at) AS completed_at
    FROM report_facts f LEFT JOIN jobs j ON j.ref = f.job_ref
"""
BASE_WITHOUT_JOB = f"""
    SELECT {_COMMON}, f.priority, NULL AS contractor, f.reported_at, f.dispatched_at,
           f.completed_at
    FROM report_facts f
"""
NEEDS_JOB = frozenset({"priority", "contractor"})
OPERATIVE_KEY = "coalesce(o.operative_id, 'name:' || o.name_as_given)"
# The ways a report can be cut, each a column of `base` (b) or of report_operatives (o).
# (The unary + keeps SQLite from walking the estate index to group: a scan is faster.)
CUTS = {"estate": "+b.estate_id", "month": "substr(b.created_at, 1, 7)", "kind": "b.kind",
        "work_kind": "b.work_kind", "priority": "b.priority", "contractor": "b.contractor",
        "operative": OPERATIVE_KEY}
CUT_LABELS = {  # marked for lupdate; the app translates them where it shows them
    "estate": QT_TRANSLATE_NOOP("reports", "Estate"),
    "month": QT_TRANSLATE_NOOP("reports", "Month"),
    "kind": QT_TRANSLATE_NOOP("reports", "Kind of record"),
    "work_kind": QT_TRANSLATE_NOOP("reports", "Kind of work"),
    "priority": QT_TRANSLATE_NOOP("reports", "Priority"),
    "contractor": QT_TRANSLATE_NOOP("reports", "Contractor or in-house team"),
    "operative": QT_TRANSLATE_NOOP("reports", "Operative"),
}


@dataclass(frozen=True)
class ReportFilter:
    """Which records a report counts; empty means "all". Dates are the visit's (UTC) day,
    both ends included."""

    date_from: date | None = None
    date_to: date | None = None
    estate_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    work_kinds: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    contractor_ids: tuple[str, ...] = ()
    operative_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, date) else list(v) if isinstance(v, tuple)
                    else v) for k, v in asdict(self).items()}


def _among(column: str, values, clauses: list[str], params: list) -> None:
    if values:
        clauses.append(f"{column} IN ({','.join('?' * len(values))})")
        params.extend(values)


def base_cte(flt: ReportFilter, cut: str | None = None, *,
             job: bool = False) -> tuple[str, list]:
    """``WITH base AS (…)``: the filtered rows, as a CTE every report query starts from.

    The job is joined when ``job`` is asked for (repair times), or the filter or ``cut``
    needs it."""
    job = job or cut in NEEDS_JOB or bool(flt.priorities or flt.contractor_ids)
    inner: list[str] = []
    params: list = []
    if flt.date_from:
        inner.append("f.created_at >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:
        inner.append("f.created_at < ?")
        params.append((flt.date_to + timedelta(days=1)).isoformat())
    _among("f.estate_id", flt.estate_ids, inner, params)
    _among("f.kind", flt.kinds, inner, params)
    _among("f.work_kind", flt.work_kinds, inner, params)
    if flt.operative_ids:
        marks = ",".join("?" * len(flt.operative_ids))
        inner.append(f"f.record_id IN (SELECT o.record_id FROM report_operatives o "
                     f"WHERE {OPERATIVE_KEY} IN ({marks}))")
        params.extend(flt.operative_ids)
    outer: list[str] = []
    _among("priority", flt.priorities, outer, params)
    _among("contractor", flt.contractor_ids, outer, params)
    sql = (BASE_WITH_JOB if job else BASE_WITHOUT_JOB) + (
        " WHERE " + " AND ".join(inner) if inner else "")
    if outer:
        sql = f"SELECT * FROM ({sql}) WHERE {' AND '.join(outer)}"
    return f"WITH base AS ({sql}) ", params


# Operative rows joined to their records, the operatives first (CROSS JOIN fixes the order in
# SQLite): 45,000 look-ups of a record by key instead of 100,000 of its operatives.
WITH_OPERATIVES = "report_operatives o CROSS JOIN base b ON b.record_id = o.record_id"


def rows_for(cut: str | None) -> str:
    """What a query reads to group by ``cut``: the records, or for operatives their rows."""
    return WITH_OPERATIVES if cut == "operative" else "base b"


def cut_expression(cut: str | None) -> str:
    if cut is None:
        return "'all'"
    if cut not in CUTS:
        raise ValueError(f"Cannot cut a report by {cut!r}; choose one of {', '.join(CUTS)}.")
    return CUTS[cut]


def visit_times(db, ids: list[str]) -> dict[str, str]:
    """record id → the visit time a report dates it by (ISO, UTC), for the listed records."""
    times: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        times.update(db.execute(
            f"SELECT record_id, created_at FROM report_facts WHERE record_id IN "
            f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return times
