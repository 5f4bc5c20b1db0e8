"""``champion-server export``: every record version as stored (``records``, for archives),
or each record's newest version in the flat, labelled shape of ``champion-app export``
(``flat``, for spreadsheets)."""

import csv
import json
from pathlib import Path

from sqlalchemy import Engine, select

from champion_app.exports import Exported, Extra, Flattener, Lookups, write_export
from champion_app.protocol import BLOCK, CONTRACTOR, ESTATE, HOME, JOB, OPERATIVE
from champion_app.records.scales import ReviewState
from champion_app.reports import ReportFilter

from . import schema as s
from .db import reading

COLUMNS = ["version_id", "record_id", "base_version_id", "kind", "schema_version", "estate_id",
           "block_id", "home_id", "job_ref", "author_id", "author_username", "device_id",
           "created_at", "submitted_at", "received_at", "seq", "conflict", "hazard",
           "what_was_said", "review_state", "payload_json"]


def export_records_csv(engine: Engine, out) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    with reading(engine) as conn:
        names = dict(conn.execute(select(s.users.c.id, s.users.c.username)).all())
        latest_review: dict[str, str] = {}
        for row in conn.execute(select(s.reviews.c.version_id, s.reviews.c.data)
                                .order_by(s.reviews.c.seq)):
            latest_review[row.version_id] = json.loads(row.data)["state"]
        for row in conn.execute(select(s.record_versions.c.data)
                                .order_by(s.record_versions.c.seq)):
            v = json.loads(row.data)
            payload = v.get("payload", {})
            writer.writerow([
                v["version_id"], v["record_id"], v.get("base_version_id") or "", v["kind"],
                v.get("schema_version"), v["estate_id"], v.get("block_id") or "",
                v.get("home_id") or "", v.get("job_ref") or "", v["author_id"],
                names.get(v["author_id"], ""), v.get("device_id", ""), v["created_at"],
                v["submitted_at"], v["received_at"], v["seq"], "yes" if v.get("conflict") else "no",
                payload.get("hazard", ""), payload.get("what_was_said", ""),
                latest_review.get(v["version_id"], ""),
                json.dumps(payload, sort_keys=True, ensure_ascii=False)])
            count += 1
    return count


# --- the flat shape champion-app export writes (champion_app/exports) -----------------------

def _lookups(conn) -> Lookups:
    by_entity: dict[str, dict[str, dict]] = {}
    for row in conn.execute(select(s.reference.c.entity, s.reference.c.id, s.reference.c.data)):
        by_entity.setdefault(row.entity, {})[row.id] = json.loads(row.data)

    def names(entity: str, field: str) -> dict[str, str]:
        return {key: data.get(field, "") for key, data in by_entity.get(entity, {}).items()}

    people = {row.id: row.display_name or row.username for row in conn.execute(
        select(s.users.c.id, s.users.c.display_name, s.users.c.username))}
    return Lookups(
        estates=names(ESTATE, "name"), blocks=names(BLOCK, "name"), homes=names(HOME, "address"),
        jobs=by_entity.get(JOB, {}), contractors=names(CONTRACTOR, "name"),
        operatives=by_entity.get(OPERATIVE, {}), people=people)


def _picked(body: dict, flt: ReportFilter) -> bool:
    day = body["created_at"][:10]
    return ((not flt.date_from or day >= flt.date_from.isoformat())
            and (not flt.date_to or day <= flt.date_to.isoformat())
            and (not flt.estate_ids or body["estate_id"] in flt.estate_ids)
            and (not flt.kinds or body["kind"] in flt.kinds))


def export_flat(engine: Engine, path: Path, fmt: str, flt: ReportFilter, *,
                personal: bool = False) -> Exported:
    """Every record's newest version in the flat, labelled shape of ``champion-app export``.

    Filters by visit date, estate and kind (the rest of the report filter needs a laptop's
    report tables)."""
    with reading(engine) as conn:
        flat = Flattener(_lookups(conn), personal=personal)
        reviews: dict[str, str] = {}
        for row in conn.execute(select(s.reviews.c.version_id, s.reviews.c.data)
                                .order_by(s.reviews.c.seq)):
            state = json.loads(row.data)["state"]
            reviews[row.version_id] = ReviewState(state).label

        def versions():
            query = (select(s.record_versions.c.data)
                     .join(s.records, s.records.c.head_version_id == s.record_versions.c.version_id)
                     .order_by(s.record_versions.c.seq))
            for row in conn.execute(query):
                body = json.loads(row.data)
                if _picked(body, flt):
                    yield body, Extra(state="received", review=reviews.get(body["version_id"], ""))

        return write_export(path, fmt, flat, versions, flt)
