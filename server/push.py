"""Push: apply each mutation in its own savepoint, deduped by a unique mutation_id.

Each mutation first takes its seq (locking the counter row until commit), then reads what
it is about to change: so the duplicate, version-head and action-version checks see every
write that committed before it, on PostgreSQL as on SQLite.
"""

import logging
from collections.abc import Callable

from fastapi import APIRouter, Request
from sqlalchemy import Connection
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from champion_app.protocol import (
    ACTION,
    APPLIED,
    CASE_EVENT,
    COMMENT,
    DUPLICATE,
    RECORD_VERSION,
    REJECTED,
    REVIEW,
    ErrorBody,
    Mutation,
    MutationInvalid,
    PushAnswer,
    PushRequest,
    parse_mutation,
)
from champion_app.storable import json_text_is_clean, unstorable_fields

from . import schema as s
from . import stats
from .accounts import Caller
from .auth import ERRORS, CallerDep, engine_of
from .blobs import BlobStore, store_of
from .db import dumps, next_seq, sha256_hex, utcnow, writing
from .errors import ApiError
from .push_apply import (
    Rejected,
    apply_action,
    apply_case_event,
    apply_comment,
    apply_review,
    apply_version,
    seen_before,
)
from .push_bulk import Prepared, apply_run, prepare_version, rows_by
from .retention import cleared_version_seq

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/sync", tags=["sync"])

_HANDLERS: dict[str, Callable[..., dict]] = {RECORD_VERSION: apply_version, COMMENT: apply_comment, REVIEW: apply_review,
             ACTION: apply_action, CASE_EVENT: apply_case_event}
# Unknown kinds and schema versions are refused as "unsupported", not as a typing slip.
_UNSUPPORTED_FIELDS = {"kind", "schema_version"}


def prepare(m: Mutation, caller: Caller) -> Prepared:
    """Everything about one mutation that needs no database: done before the transaction."""
    # The canonical text is both what is hashed and, for the usual clean mutation, the whole
    # storable check (`json_text_is_clean`); only a maybe is walked to name the field.
    text = dumps({"type": m.type, "data": m.data})
    if not json_text_is_clean(text) and (unstorable := unstorable_fields(m.data)):
        # First: a lone surrogate cannot even be hashed.
        return Prepared(m, "", refusal={"status": REJECTED, "error": {
            "code": "validation", "message": "Some answers are not valid.",
            "fields": unstorable}})
    p = Prepared(m, sha256_hex(text))
    try:
        p.model = parse_mutation(m, storable_checked=True)
    except MutationInvalid as exc:
        code = "unsupported" if _UNSUPPORTED_FIELDS & set(exc.fields) else "validation"
        message = ("This kind of record or form version is not supported by the server."
                   if code == "unsupported" else "Some answers are not valid.")
        p.refusal = {"status": REJECTED, "error": {"code": code, "message": message,
                                                   "fields": exc.fields}}
    if p.bulk:
        prepare_version(p, caller)
    return p


def _apply_once(conn: Connection, caller: Caller, p: Prepared, blobs: BlobStore) -> dict:
    m = p.mutation
    if not p.digest:  # unstorable: refused before anything else
        return dict(p.refusal or {})
    seq = next_seq(conn)  # the lock first: everything below sees all earlier commits
    try:
        if m.type == RECORD_VERSION:
            # Contact details removed by retention: the laptop may send the version again (a
            # reset) with or without them; the server keeps its cleared copy either way.
            cleared = cleared_version_seq(conn, str(m.data.get("version_id", "")))
            if cleared is not None:
                return {"status": DUPLICATE, "seq": cleared}
        known = seen_before(conn, s.mutations.c.mutation_id, m.mutation_id, p.digest, "change")
        if known:
            return known
        if p.refusal is not None:
            return dict(p.refusal)
        result = _HANDLERS[m.type](conn, caller, p.model, seq, blobs)
    except Rejected as exc:
        return {"status": REJECTED, "error": {"code": exc.code, "message": exc.message,
                                              "fields": exc.fields}}
    if result["status"] == APPLIED:
        # The unique key on mutation_id is the dedupe: a racing twin fails here and reruns.
        conn.execute(s.mutations.insert().values(
            mutation_id=m.mutation_id, content_hash=p.digest, seq=result["seq"],
            user_id=caller.user_id, received_at=utcnow()))
    return result


def apply_mutation(conn: Connection, caller: Caller, m: Mutation | Prepared,
                   blobs: BlobStore) -> dict:
    """One mutation in one savepoint, kept only when applied."""
    p = m if isinstance(m, Prepared) else prepare(m, caller)
    m = p.mutation
    for attempt in range(2):
        savepoint = conn.begin_nested()
        try:
            result = _apply_once(conn, caller, p, blobs)
        except IntegrityError:
            # A concurrent push stored the same mutation or version first; run again and
            # the lookups find it (READ COMMITTED sees the committed row).
            savepoint.rollback()
            if attempt:
                raise
            continue
        except (DataError, UnicodeError) as exc:
            # Text the database cannot take that validation let through: this mutation is
            # refused, the rest of the batch goes on (never a 500 that loses the batch).
            savepoint.rollback()
            log.warning("mutation %s refused by the database: %s", m.mutation_id,
                        type(exc).__name__)
            return {"mutation_id": m.mutation_id, "status": REJECTED, "error": {
                "code": "validation", "message": "Some of this could not be stored.",
                "fields": {"data": "Contains text the server cannot store."}}}
        except BaseException:
            savepoint.rollback()
            raise
        if result["status"] == APPLIED:
            savepoint.commit()
        else:
            # Rolls the seq counter back too: only applied changes use up a seq.
            savepoint.rollback()
        return {"mutation_id": m.mutation_id, **result}
    raise AssertionError("unreachable")


def apply_all(conn: Connection, caller: Caller, prepared: list[Prepared],
              blobs: BlobStore) -> list[dict]:
    """The batch in order: runs of plain versions set-based (push_bulk), the rest one at a
    time. Seqs follow the batch's order either way."""
    # Before the lock: a racing twin stored meanwhile fails the unique key, and its run
    # falls back to the one-at-a-time path, which answers `duplicate`.
    seen = set(rows_by(conn, [], s.mutations.c.mutation_id,
                       [p.mutation.mutation_id for p in prepared]))
    results: list[dict] = []
    one_at_a_time = False
    while len(results) < len(prepared):
        run: list[Prepared] = []
        for p in prepared[len(results):]:
            if one_at_a_time or not p.bulk or p.mutation.mutation_id in seen:
                break
            seen.add(p.mutation.mutation_id)  # a second copy in this push goes one at a time
            run.append(p)
        if not run:
            p = prepared[len(results)]
            seen.add(p.mutation.mutation_id)
            results.append(apply_mutation(conn, caller, p, blobs))
            one_at_a_time = False
            continue
        savepoint = conn.begin_nested()
        try:
            answers = apply_run(conn, caller, run)
        except (DBAPIError, UnicodeError) as exc:
            # A racing twin or text the database refuses: the one-at-a-time path knows
            # which mutation it was and answers for each as it always has.
            savepoint.rollback()
            log.info("push: set-based run of %d fell back (%s)", len(run), type(exc).__name__)
            for p in run:
                results.append(apply_mutation(conn, caller, p, blobs))
            continue
        savepoint.commit()
        for p, answer in zip(run, answers, strict=False):
            if answer is None:
                one_at_a_time = True  # apply_run stopped here: the next goes one at a time
                break
            results.append({"mutation_id": p.mutation.mutation_id, **answer})
        for p in run[len(answers) - (answers[-1] is None):]:
            seen.discard(p.mutation.mutation_id)
    return results


@router.post("/push", response_model=PushAnswer, response_model_exclude_none=True,
             responses={**ERRORS, 413: {"model": ErrorBody}})
def push(body: PushRequest, caller: CallerDep, request: Request) -> dict:
    """Apply the mutations in order; one result each (SYNC_PROTOCOL.md "Push")."""
    if body.device_id != caller.device_id:
        raise ApiError(403, "wrong_device", "This push names another device than the one "
                       "signed in.", {"device_id": "Must be this device's id."})
    engine, blobs = engine_of(request), store_of(request)
    prepared = [prepare(m, caller) for m in body.mutations]  # before any lock
    for attempt in range(3):
        try:
            with writing(engine) as conn:
                results = apply_all(conn, caller, prepared, blobs)
            break
        except DBAPIError as exc:
            # Deadlock or serialisation failure: nothing was kept, so the whole push can rerun.
            if attempt == 2 or isinstance(exc, IntegrityError):
                raise
            log.warning("push retried after a database error: %s", type(exc.orig).__name__)
    stats.note_rejected_results(engine, results)  # champion-server stats (issue #16)
    applied = sum(r["status"] == APPLIED for r in results)
    log.info("push from device %s: %d mutations, %d applied", caller.device_id,
             len(results), applied)
    return {"results": results}
