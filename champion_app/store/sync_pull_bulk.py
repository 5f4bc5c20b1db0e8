"""A pulled page's record versions applied in sets: one look-up and one `executemany` per
table for a run of versions, instead of ~6 statements (and two full-text re-indexes) each.

The outcome is what `PullOps._pull_record_version` gives applied one change at a time, in
page order: a version already here gets the server's fields; a new one is stored as
`pulled`; its record is created from the first version seen and takes the columns of each
later one that is newer (`_pulled_is_newer`); every record touched has its state derived
again once, at the end.
"""

import json
from typing import cast

from champion_app.entities import PulledChange
from champion_app.protocol import ServerRecordVersion

from .records import _search_text, _summary, queue_columns
from .report_sets import report_rows_in_sets

SERVER_FIELDS = ("seq", "received_at", "conflict", "needs_reassignment", "contact_cleared_at")
CHUNK = 500
RECORD_COLUMNS = ("kind", "estate_id", "block_id", "home_id", "job_ref", "hazard", "summary",
                  "search_text", "current_version_id", "author_id", "submitted_at",
                  "updated_at", "satisfaction", "wants_to_complain")


def record_columns(body: dict) -> dict:
    """The columns of `records` a version sets (its kind, place, words, queue columns)."""
    payload = body.get("payload") or {}
    return {"kind": body["kind"], "estate_id": body["estate_id"],
            "block_id": body.get("block_id"), "home_id": body.get("home_id"),
            "job_ref": body.get("job_ref"), "hazard": payload.get("hazard") or "none",
            "summary": _summary(payload), "search_text": _search_text(payload),
            "current_version_id": body["version_id"],
            "author_id": body.get("author_id") or "",
            "submitted_at": body["submitted_at"], "updated_at": body["submitted_at"],
            **queue_columns(body["kind"], payload)}


def _in_chunks(conn, sql: str, ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


def apply_versions(store, changes: list[PulledChange]) -> set[str]:
    """Apply a run of record-version puts; the ids of the records they touched."""
    conn = store.db.conn
    existing = dict(_in_chunks(conn, "SELECT version_id, record_id FROM record_versions "
                                     "WHERE version_id IN ({marks})", [c.id for c in changes]))
    record_ids = list({cast(ServerRecordVersion, c.data).record_id for c in changes})
    records = {row[0]: {"current": row[1]} for row in _in_chunks(
        conn, "SELECT record_id, current_version_id FROM records WHERE record_id IN ({marks})",
        record_ids)}
    me = store.get_state("user_id")
    server_updates, new_records, new_versions, cleared = [], {}, [], []
    updated: dict[str, int] = {}      # version -> the seq the server gave it, not yet written
    columns_of: dict[str, dict] = {}  # record -> the columns its newest pulled version sets
    in_page: dict[str, int] = {}      # version -> its seq, for versions stored by this run
    touched: set[str] = set()
    for change in changes:
        version = cast(ServerRecordVersion, change.data)
        body = version.model_dump(mode="json")
        server = {k: body.pop(k) for k in SERVER_FIELDS}  # the rest is the version as sent
        fields = (server["seq"], server["received_at"], int(server["conflict"]),
                  int(server["needs_reassignment"]))
        if change.id in existing or change.id in in_page:  # ours, or pulled before
            server_updates.append((*fields, change.id))
            updated[change.id] = server["seq"]
            if server["contact_cleared_at"] is not None:
                # Retention removed the contact details on the server: not kept here either.
                cleared.append((json.dumps(body), change.id))
            touched.add(existing.get(change.id) or version.record_id)
            continue
        record_id = version.record_id
        columns = record_columns(body)
        record = records.get(record_id)
        if record is None and record_id not in new_records:
            mine = int(bool(version.author_id) and version.author_id == me)
            new_records[record_id] = {"record_id": record_id, "state": "sent", "mine": mine,
                                      "created_at": body["created_at"], **columns}
        elif record_id in new_records:
            if _newer(store, new_records[record_id]["current_version_id"], server["seq"],
                      in_page, updated):
                new_records[record_id].update(columns)
        elif _newer(store, columns_of.get(record_id, {}).get("current_version_id")
                    or (record or {}).get("current"), server["seq"], in_page, updated):
            columns_of[record_id] = columns
        new_versions.append((change.id, record_id, version.base_version_id, json.dumps(body),
                             *fields, body["submitted_at"]))
        in_page[change.id] = server["seq"]
        touched.add(record_id)
    # Every record whose current version the writes set: the triggers would refill its
    # report rows one by one; a large page refills them in sets (report_sets.py).
    with report_rows_in_sets(conn, [*new_records, *columns_of]):
        _write(conn, new_records, new_versions, columns_of, server_updates, cleared)
    store._refresh_record_states(touched)
    return touched


def _newer(store, current_version_id: str | None, seq, in_page: dict[str, int],
           updated: dict[str, int]) -> bool:
    """PullOps._pulled_is_newer, knowing what this run has not written yet."""
    if not current_version_id:
        return True
    if current_version_id in in_page:
        return (in_page[current_version_id] or 0) < (seq or 0)
    current = store.db.execute("SELECT status, seq FROM record_versions WHERE version_id = ?",
                               [current_version_id]).fetchone()
    if current is None:
        return True
    current_seq = updated.get(current_version_id, current[1])
    return current[0] != "queued" and (current_seq or 0) < (seq or 0)


def _write(conn, new_records: dict, new_versions: list, columns_of: dict,
           server_updates: list, cleared: list) -> None:
    """Records first (for the foreign key), then versions, then the records they moved on:
    so the report triggers see each record's current version once it exists."""
    if new_records:
        names = list(next(iter(new_records.values())))
        conn.executemany(f"INSERT INTO records ({', '.join(names)}) VALUES "
                         f"({', '.join('?' * len(names))})",
                         [[row[n] for n in names] for row in new_records.values()])
    if new_versions:
        conn.executemany(
            "INSERT INTO record_versions (version_id, record_id, base_version_id, body, "
            "seq, received_at, conflict, held, submitted_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pulled')", new_versions)
    if columns_of:
        assignments = ", ".join(f"{c} = ?" for c in RECORD_COLUMNS)
        conn.executemany(f"UPDATE records SET {assignments} WHERE record_id = ?",
                         [[cols[c] for c in RECORD_COLUMNS] + [record_id]
                          for record_id, cols in columns_of.items()])
    if server_updates:
        conn.executemany("UPDATE record_versions SET seq = ?, received_at = ?, conflict = ?, "
                         "held = ? WHERE version_id = ?", server_updates)
    if cleared:
        conn.executemany("UPDATE record_versions SET body = ? WHERE version_id = ?", cleared)
