"""Exporting this laptop's records: the report filter picks them, the flattener shapes them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from champion_app.records.scales import ReviewState
from champion_app.reports import ReportFilter
from champion_app.reports.scope import base_cte

from .export import Exported, Progress, write_export
from .flatten import Extra, Flattener, Lookups

CHUNK = 500


def lookups(db) -> Lookups:
    def pairs(sql: str) -> dict[str, str]:
        return {row[0]: row[1] for row in db.execute(sql).fetchall()}

    people = {}
    for (body,) in db.execute("SELECT body FROM champions").fetchall():
        person = json.loads(body)
        people[person["id"]] = person.get("display_name") or person.get("username", "")
    me = dict(db.execute("SELECT key, value FROM sync_state WHERE key IN "
                         "('user_id', 'display_name')").fetchall())
    if me.get("user_id"):
        people.setdefault(me["user_id"], me.get("display_name") or me["user_id"])
    return Lookups(
        estates=pairs("SELECT id, name FROM estates"),
        blocks=pairs("SELECT id, name FROM blocks"),
        homes=pairs("SELECT id, address FROM homes"),
        jobs={row[0]: {"contractor_id": row[1], "delivered_by": row[2]} for row in db.execute(
            "SELECT ref, contractor_id, delivered_by FROM jobs").fetchall()},
        contractors=pairs("SELECT id, name FROM contractors"),
        operatives={row[0]: {"display_name": row[1], "contractor_id": row[2]} for row in
                    db.execute("SELECT id, display_name, contractor_id FROM operatives")},
        people=people)


def record_ids(db, flt: ReportFilter) -> list[str]:
    """The records a filter picks, oldest visit first (as an export reads best)."""
    cte, params = base_cte(flt)
    return [row[0] for row in db.execute(
        f"{cte} SELECT record_id FROM base ORDER BY created_at, record_id", params).fetchall()]


def versions(db, ids: list[str]) -> Iterator[tuple[dict, Extra]]:
    """Each record's current version body, with its state and review, in ``ids`` order."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found = {row[0]: row[1:] for row in db.execute(
            f"SELECT r.record_id, v.body, r.state, r.review_state FROM records r "
            f"JOIN record_versions v ON v.version_id = r.current_version_id "
            f"WHERE r.record_id IN ({marks})", chunk).fetchall()}
        for record_id in chunk:
            if record_id in found:
                body, state, review = found[record_id]
                label = ReviewState(review).label if review in ReviewState.__members__ else ""
                yield json.loads(body), Extra(state=state, review=label)


def export(db, path: Path, fmt: str, flt: ReportFilter | None = None, *,
           personal: bool = False, progress: Progress | None = None) -> Exported:
    """Write the filtered records (and their operatives) as CSV or XLSX at ``path``."""
    flt = flt or ReportFilter()
    ids = record_ids(db, flt)
    return write_export(Path(path), fmt, Flattener(lookups(db), personal=personal),
                        lambda: versions(db, ids), flt, total=len(ids), progress=progress)
