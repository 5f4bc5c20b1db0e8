"""`champion-server export records --format csv`: every record version, one row each."""

import csv
import json

from sqlalchemy import Engine, select

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
