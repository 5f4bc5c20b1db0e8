"""Satisfaction tallies from `report_summary` (the report tables added up by month, estate,
kind and kind of work; champion_app/store/report_summary.py) instead of every record.

It answers a filter on period, estates, kinds and kinds of work, cut by none of those or
one of them. A period that starts or ends inside a month takes its whole months from the
summary and the days at either end from the records, so the figures are the same as the
detailed path's to the last count. Anything else (a priority, contractor or operative in the
filter or the cut) returns None: the caller counts the records.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .questions import questions
from .scope import ReportFilter

SUMMARY_CUTS = {None: "'all'", "estate": "estate_id", "month": "month", "kind": "kind",
                "work_kind": "work_kind"}


def _month_after(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def answerable(flt: ReportFilter, cut: str | None) -> bool:
    return cut in SUMMARY_CUTS and not (flt.priorities or flt.contractor_ids
                                        or flt.operative_ids)


def _split(flt: ReportFilter) -> tuple[date | None, date | None, list[ReportFilter]] | None:
    """The first and last whole month's first days in the period (None: open-ended), and the
    filters for the days outside them; None when the period holds no whole month."""
    first, last, edges = None, None, []
    if flt.date_from:
        first = flt.date_from if flt.date_from.day == 1 else _month_after(flt.date_from)
    if flt.date_to:
        after = flt.date_to + timedelta(days=1)
        last = (after if after.day == 1 else flt.date_to.replace(day=1)) - timedelta(days=1)
        last = last.replace(day=1)
    if first and last and first > last:
        return None
    if first and first != flt.date_from:
        edges.append(replace(flt, date_to=first - timedelta(days=1)))
    if last and _month_after(last) - timedelta(days=1) != flt.date_to:
        edges.append(replace(flt, date_from=_month_after(last)))
    return first, last, edges


def summary_tallies(db, flt: ReportFilter, cut: str | None,
                    detailed) -> dict[str | None, list[int]] | None:
    """``_tallies``'s answer from the summary (``detailed(flt, cut)`` counts the days at the
    ends of the period), or None when the summary cannot give it."""
    if not answerable(flt, cut):
        return None
    split = _split(flt)
    if split is None:
        return None
    first, last, edges = split
    clauses, params = [], []
    if first:
        clauses.append("month >= ?")
        params.append(first.isoformat()[:7])
    if last:
        clauses.append("month <= ?")
        params.append(last.isoformat()[:7])
    for column, values in (("estate_id", flt.estate_ids), ("kind", flt.kinds),
                           ("work_kind", flt.work_kinds)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    sums = ["sum(record_count)"]
    for q in questions():
        if q.column:
            sums += [f"sum({q.column}_{t})" for t in ("sat", "asked", "declined")]
    sums += [f"sum({c})" for c in ("households_satisfied", "households_answered",
                                   "operative_sat", "operative_asked", "operative_declined")]
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    out = {row[0]: list(row[1:]) for row in db.execute(
        f"SELECT {SUMMARY_CUTS[cut]} AS cut, {', '.join(sums)} FROM report_summary{where} "
        f"GROUP BY cut", params).fetchall()}
    for edge in edges:
        for key, values in detailed(edge, cut).items():
            mine = out.setdefault(key, [0] * len(values))
            out[key] = [a + b for a, b in zip(mine, values, strict=True)]
    return out
