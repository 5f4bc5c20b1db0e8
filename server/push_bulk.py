"""Push in sets: a run of record versions checked with a few look-ups and written with one
`executemany` per table, instead of ~8 statements (and a savepoint) per version.

Everything that needs no database (validating each mutation, the content hashes, the
canonical JSON) is done by `prepare` before the transaction starts. Inside it, `apply_run`
first locks the seq counter (so every look-up sees every push committed before it, as the
one-at-a-time path does), reads what the run is about to change with one `IN (…)` query per
table, decides each version in order in memory, then numbers the applied ones with one
`UPDATE … SET value = value + n` and writes them. The lock is held for that handful of
statements and the commit.

Anything unusual falls back to the one-at-a-time path (push.apply_mutation): a version with
photos (their checks are per user and per blob), a held estate, or a database error in the
set-based writes (a racing twin, text the database cannot take), so its guarantees and its
answers stay exactly those of that path.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from champion_app.protocol import APPLIED, DUPLICATE, PUT, RECORD_VERSION, REJECTED, Mutation
from champion_app.records import RecordVersion

from . import schema as s
from .accounts import Caller
from .db import dumps, iso, next_seq_block, sha256_hex, utcnow
from .push_apply import Rejected, _forbidden, _mismatch

CHUNK = 500  # ids per IN (…): far under SQLite's and PostgreSQL's parameter limits


@dataclass
class Prepared:
    """One mutation, checked and hashed before any lock."""
    mutation: Mutation
    digest: str                                  # the mutation's content hash
    model: Any = None                            # the parsed mutation, when valid
    refusal: dict | None = None                  # the result, when it is refused as sent
    data: dict = field(default_factory=dict)     # a version's stored data (no server fields)
    text: str = ""                               # that data as canonical JSON
    version_digest: str = ""                     # a version's content hash

    @property
    def bulk(self) -> bool:
        """Whether the set-based path takes it (else push.apply_mutation does)."""
        return (self.refusal is None and isinstance(self.model, RecordVersion)
                and not self.model.attachments)


def prepare_version(p: Prepared, caller: Caller) -> None:
    """The stored form of a version and its hash: as push_apply.apply_version makes them.

    The hash is of the canonical text without author and device; the stored text is that
    text with the two added at its end (one JSON dump instead of two: the same object, its
    key order differs, and nothing reads it but a JSON parser, as `with_server_fields`)."""
    v = p.model
    assert isinstance(v, RecordVersion)
    data = v.model_dump(mode="json")
    data.pop("author_id", None)
    data.pop("device_id", None)
    hashed = dumps(data)
    p.version_digest = sha256_hex(hashed)
    data["author_id"] = caller.user_id
    data["device_id"] = caller.device_id
    p.data = data
    assert hashed.endswith("}")
    p.text = (f'{hashed[:-1]}{"," if hashed != "{}" else ""}'
              f'"author_id":{dumps(caller.user_id)},"device_id":{dumps(caller.device_id)}}}')


def with_server_fields(text: str, received_at: str, seq: int, conflict: bool) -> str:
    """The stored data: the version's JSON with the server's fields added at its end. Done
    by hand so no JSON is made under the lock; the same object as push_apply's (the key
    order differs, and nothing reads the text but a JSON parser)."""
    assert text.endswith("}") and text != "{}"
    return (f'{text[:-1]},"conflict":{"true" if conflict else "false"},'
            f'"needs_reassignment":false,"received_at":{json.dumps(received_at)},'
            f'"seq":{int(seq)}}}')


def lock_seq(conn: Connection) -> int:
    """Lock the counter row (until commit) and read it, without taking a seq."""
    return conn.execute(
        update(s.seq_counter).where(s.seq_counter.c.id == 1)
        .values(value=s.seq_counter.c.value).returning(s.seq_counter.c.value)
    ).scalar_one()


def rows_by(conn: Connection, columns: list, key, ids: list[str]) -> dict:
    out = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for row in conn.execute(select(key, *columns).where(key.in_(chunk))):
            out[row[0]] = row
    return out


def _places(conn: Connection, run: list[Prepared]) -> dict[tuple[str, str], str]:
    """(entity, id) -> estate, for every place the run's versions name that the server knows."""
    wanted: dict[str, set[str]] = {"block": set(), "home": set(), "job": set()}
    for p in run:
        v = p.model
        for attr, entity in (("block_id", "block"), ("home_id", "home"), ("job_ref", "job")):
            if value := getattr(v, attr):
                wanted[entity].add(value)
    r = s.reference.c
    out = {}
    for entity, ids in wanted.items():
        listed = sorted(ids)
        for i in range(0, len(listed), CHUNK):
            for row in conn.execute(select(r.id, r.estate_id).where(
                    r.entity == entity, r.id.in_(listed[i:i + CHUNK]))):
                out[(entity, row.id)] = row.estate_id
    return out


def apply_run(conn: Connection, caller: Caller, run: list[Prepared]) -> list[dict | None]:
    """Apply a run of versions (all `bulk`, none seen before by mutation id). Each answer is
    a result, or None where the one-at-a-time path must decide (the caller runs it, in
    order, after this run's writes)."""
    v_c, r_c = s.record_versions.c, s.records.c
    # Before the lock: a version id or a place that changes meanwhile is harmless (a racing
    # twin's version fails the primary key and the run goes one at a time).
    versions = rows_by(conn, [v_c.content_hash, v_c.seq, v_c.author_id, v_c.contact_cleared_at],
                       v_c.version_id, [p.model.version_id for p in run])
    places = _places(conn, run)
    lock_seq(conn)  # from here every push committed before this one is seen
    records = {k: {"owner_id": row.owner_id, "head": row.head_version_id, "new": False}
               for k, row in rows_by(conn, [r_c.owner_id, r_c.head_version_id], r_c.record_id,
                                      list({p.model.record_id for p in run})).items()}
    erased = set(rows_by(conn, [], s.erased_records.c.record_id,
                         [p.model.record_id for p in run if p.model.record_id not in records]))
    answers: list[dict | None] = []
    applied: list[tuple[Prepared, dict]] = []
    in_run: dict[str, str] = {}  # version_id -> digest, applied earlier in this run
    for p in run:
        v = p.model
        try:
            answers.append(_decide(caller, p, versions, records, erased, places, in_run))
        except Rejected as exc:
            answers.append({"status": REJECTED, "error": {
                "code": exc.code, "message": exc.message, "fields": exc.fields}})
            continue
        if answers[-1] is not None and answers[-1]["status"] == APPLIED:
            record = records.setdefault(v.record_id, {"owner_id": caller.user_id, "head": None,
                                                      "new": True})
            conflict = v.base_version_id != record["head"]
            record.update(head=v.version_id, estate_id=v.estate_id)
            in_run[v.version_id] = p.version_digest
            applied.append((p, {"conflict": conflict}))
        if answers[-1] is None:
            break  # the rest waits for the one-at-a-time path's answer
    if applied:
        _write(conn, caller, applied, records, answers)
    return answers


def _decide(caller, p: Prepared, versions, records, erased, places, in_run) -> dict | None:
    """push_apply.apply_version's checks, in its order, on what apply_run looked up."""
    v = p.model
    old = versions.get(v.version_id)
    if old is not None and old.contact_cleared_at is not None:
        # Contact details removed by retention: the server keeps its cleared copy (push.py).
        return {"status": DUPLICATE, "seq": old.seq}
    if v.author_id and v.author_id != caller.user_id:
        raise _forbidden("A record can only be sent by its author.",
                         {"author_id": "Must be the signed-in user's id."})
    if not caller.is_coordinator and v.estate_id not in caller.estate_ids:
        return None  # held or refused: push_apply.apply_version decides, with its look-up
    if v.version_id in in_run:
        return None  # sent twice in one push: the second is answered as a rerun would be
    if old is not None:
        if old.content_hash == p.version_digest and old.author_id == caller.user_id:
            return {"status": DUPLICATE, "seq": old.seq}
        raise _mismatch("version")
    record = records.get(v.record_id)
    if record is not None and record["owner_id"] != caller.user_id:
        raise _forbidden("This record belongs to someone else.")
    if record is None and v.record_id in erased:
        raise Rejected("erased", "This record was erased (a resident asked, or it reached the "
                       "end of the landlord's retention period), so it cannot be sent again.")
    outside = {}
    for attr, entity in (("block_id", "block"), ("home_id", "home"), ("job_ref", "job")):
        value = getattr(v, attr)
        known = places.get((entity, value)) if value else None
        if known is not None and known != v.estate_id:
            outside[attr] = f"The {entity} {value} is not on estate {v.estate_id}."
    if outside:
        raise Rejected("validation", "A place named in this record is not on its estate.",
                       outside)
    return {"status": APPLIED}


def _write(conn: Connection, caller: Caller, applied: list[tuple[Prepared, dict]],
           records: dict, answers: list[dict | None]) -> None:
    """Number the applied versions (one statement) and write them (one per table)."""
    first = next_seq_block(conn, len(applied))
    received = utcnow()
    stamp = iso(received) or ""
    version_rows, change_rows, mutation_rows = [], [], []
    results = iter([a for a in answers if a is not None and a["status"] == APPLIED])
    for offset, (p, extra) in enumerate(applied):
        v, seq = p.model, first + offset
        text = with_server_fields(p.text, stamp, seq, extra["conflict"])
        version_rows.append({
            "version_id": v.version_id, "record_id": v.record_id, "author_id": caller.user_id,
            "estate_id": v.estate_id, "content_hash": p.version_digest, "data": text,
            "received_at": received, "seq": seq, "conflict": extra["conflict"],
            "held": False})
        change_rows.append({
            "seq": seq, "entity": RECORD_VERSION, "entity_id": v.version_id, "op": PUT,
            "audience": "owner", "estate_id": v.estate_id, "owner_id": caller.user_id,
            "champion_op": None, "data": text})
        mutation_rows.append({
            "mutation_id": p.mutation.mutation_id, "content_hash": p.digest, "seq": seq,
            "user_id": caller.user_id, "received_at": received})
        next(results)["seq"] = seq
    conn.execute(s.record_versions.insert(), version_rows)
    new = [{"record_id": k, "owner_id": r["owner_id"], "estate_id": r["estate_id"],
            "head_version_id": r["head"]} for k, r in records.items()
           if r["new"] and "estate_id" in r]
    if new:
        conn.execute(s.records.insert(), new)
    moved = [{"b_id": k, "b_head": r["head"], "b_estate": r["estate_id"]}
             for k, r in records.items() if not r["new"] and "estate_id" in r]
    if moved:
        conn.execute(update(s.records).where(s.records.c.record_id == bindparam("b_id"))
                     .values(head_version_id=bindparam("b_head"),
                             estate_id=bindparam("b_estate")), moved)
    conn.execute(s.changes.insert(), change_rows)
    conn.execute(s.mutations.insert(), mutation_rows)
