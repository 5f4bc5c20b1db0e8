"""What each kind of mutation does once validated; called under the seq lock (push.py).

Each returns a result dict; a refusal raises Rejected. Nothing here commits: the caller's
savepoint keeps or drops the writes.
"""

import json
import logging

from sqlalchemy import Column, Connection, Table, select, update

from champion_app.protocol import (
    ACTION,
    APPLIED,
    CASE_EVENT,
    COMMENT,
    CONFLICT,
    DELETE,
    DUPLICATE,
    NEEDS_BLOBS,
    PUT,
    RECORD_VERSION,
    REVIEW,
    Action,
    CaseEvent,
    Comment,
    Review,
)
from champion_app.records import RecordVersion

from . import schema as s
from .accounts import Caller
from .blobs import BlobStore, held_by
from .db import add_change, content_hash, dumps, iso, utcnow
from .erasure import is_erased
from .held import was_in_patch

log = logging.getLogger(__name__)


class Rejected(Exception):
    def __init__(self, code: str, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.code, self.message, self.fields = code, message, fields or {}


def seen_before(conn: Connection, key: Column, value: str, digest: str, what: str, *,
                owner: tuple[Column, str] | None = None) -> dict | None:
    """The one check for an id the server already has (a mutation, version, review or
    comment): `duplicate` when the content (and ``owner``, when given) is the same, else
    Rejected(mismatch); None for a new id. ``key`` is the id column of a table with
    ``content_hash`` and ``seq``."""
    table: Table = key.table
    columns = [table.c.content_hash, table.c.seq] + ([owner[0]] if owner else [])
    old = conn.execute(select(*columns).where(key == value)).first()
    if old is None:
        return None
    if old.content_hash == digest and (owner is None or old[2] == owner[1]):
        return {"status": DUPLICATE, "seq": old.seq}
    raise _mismatch(what)


def _mismatch(what: str) -> Rejected:
    return Rejected("mismatch", f"This {what} was sent before with different content; the "
                    "first one is kept. Edit it again to send a new version.")


def _forbidden(message: str, fields: dict[str, str] | None = None) -> Rejected:
    return Rejected("forbidden", message, fields)


def apply_version(conn: Connection, caller: Caller, v: RecordVersion, seq: int,
                  blobs: BlobStore) -> dict:
    # The author is whoever the token says; a version naming someone else is refused
    # rather than silently rewritten (docs/server.md "Who may write what").
    if v.author_id and v.author_id != caller.user_id:
        raise _forbidden("A record can only be sent by its author.",
                         {"author_id": "Must be the signed-in user's id."})
    # An estate that was in the patch (a patch change while records were queued) is held
    # for a coordinator, never stranded; one that never was is refused (server/held.py).
    held = not caller.is_coordinator and v.estate_id not in caller.estate_ids
    if held and not was_in_patch(conn, caller.user_id, v.estate_id):
        raise _forbidden(f"Estate {v.estate_id} is not in your patch.",
                         {"estate_id": "Not an estate in your patch."})
    data = v.model_dump(mode="json")
    data["author_id"] = caller.user_id
    # The device is the one the token belongs to, never what the payload says: the audit
    # trail cannot be forged (a laptop re-sending after re-enrolment is the same version).
    data["device_id"] = caller.device_id
    # Author and device are left out of the content hash: the same frozen version sent again
    # from a re-enrolled laptop is still the same version.
    digest = content_hash({k: val for k, val in data.items()
                           if k not in ("author_id", "device_id")})
    earlier = seen_before(conn, s.record_versions.c.version_id, v.version_id, digest, "version",
                          owner=(s.record_versions.c.author_id, caller.user_id))
    if earlier is not None:
        return earlier
    record = conn.execute(select(s.records).where(s.records.c.record_id == v.record_id)).first()
    if record is not None and record.owner_id != caller.user_id:
        raise _forbidden("This record belongs to someone else.")
    if record is None and is_erased(conn, v.record_id):
        raise Rejected("erased", "This record was erased (a resident asked, or it reached the "
                       "end of the landlord's retention period), so it cannot be sent again.")
    if outside := places_outside(conn, v):
        raise Rejected("validation", "A place named in this record is not on its estate.",
                       outside)
    missing = _blobs_to_send(conn, caller, v, blobs)
    if missing:
        return {"status": NEEDS_BLOBS, "missing": list(dict.fromkeys(missing))}
    head = record.head_version_id if record is not None else None
    conflict = v.base_version_id != head
    received = utcnow()
    data.update(received_at=iso(received), seq=seq, conflict=conflict,
                needs_reassignment=held)
    text = dumps(data)
    conn.execute(s.record_versions.insert().values(
        version_id=v.version_id, record_id=v.record_id, author_id=caller.user_id,
        estate_id=v.estate_id, content_hash=digest, data=text, received_at=received, seq=seq,
        conflict=conflict, held=held))
    if record is None:
        conn.execute(s.records.insert().values(record_id=v.record_id, owner_id=caller.user_id,
                                               estate_id=v.estate_id,
                                               head_version_id=v.version_id))
    else:
        conn.execute(update(s.records).where(s.records.c.record_id == v.record_id)
                     .values(head_version_id=v.version_id, estate_id=v.estate_id))
    for sha in {a.sha256 for a in v.attachments}:
        if not conn.execute(select(s.blob_citations.c.sha256)
                            .where(s.blob_citations.c.sha256 == sha)
                            .where(s.blob_citations.c.user_id == caller.user_id)).first():
            conn.execute(s.blob_citations.insert().values(sha256=sha, user_id=caller.user_id))
    add_change(conn, seq=seq, entity=RECORD_VERSION, entity_id=v.version_id, op=PUT,
               audience="owner", owner_id=caller.user_id, estate_id=v.estate_id, data=data)
    if conflict:
        log.info("version %s of record %s stored with a conflict flag", v.version_id, v.record_id)
    if held:
        log.info("version %s held for reassignment: estate %s left the patch", v.version_id,
                 v.estate_id)
        return {"status": APPLIED, "seq": seq, "needs_reassignment": True}
    return {"status": APPLIED, "seq": seq}


# Where a record may say it was: each of these, when the server knows it, must be on the
# record's estate. An id the server does not know is let through: a job ref may be typed by
# hand from a card, and reference data can be withdrawn while a laptop is offline.
_PLACES = (("block_id", "block"), ("home_id", "home"), ("job_ref", "job"))


def places_outside(conn: Connection, v: RecordVersion) -> dict[str, str]:
    fields = {}
    for field, entity in _PLACES:
        value = getattr(v, field)
        if not value:
            continue
        known = conn.execute(select(s.reference.c.estate_id).where(
            s.reference.c.entity == entity, s.reference.c.id == value)).first()
        if known is not None and known.estate_id != v.estate_id:
            fields[field] = f"The {entity} {value} is not on estate {v.estate_id}."
    return fields


def _blobs_to_send(conn: Connection, caller: Caller, v: RecordVersion,
                   blobs: BlobStore) -> list[str]:
    """Attachments the server lacks, and for a champion those they have not sent themselves
    (citing a SHA-256 someone else uploaded does not make it theirs to read)."""
    shas = list(dict.fromkeys(a.sha256 for a in v.attachments))
    held = set(shas) if caller.is_coordinator else held_by(conn, caller.user_id, shas)
    return [sha for sha in shas if sha not in held or not blobs.has(sha)]


def _record_owner(conn: Connection, record_id: str):
    return conn.execute(select(s.records).where(s.records.c.record_id == record_id)).first()


def apply_comment(conn: Connection, caller: Caller, c: Comment, seq: int, _blobs) -> dict:
    record = _record_owner(conn, c.record_id)
    if record is None:
        raise Rejected("not_found", "The record this comment is about is not on the server.",
                       {"record_id": "No such record."})
    if not caller.is_coordinator and record.owner_id != caller.user_id:
        raise _forbidden("Champions can only comment on their own records.")
    data = c.model_dump(mode="json")
    digest = content_hash(data)
    earlier = seen_before(conn, s.comments.c.comment_id, c.comment_id, digest, "comment")
    if earlier is not None:
        return earlier
    data["author_id"] = caller.user_id
    conn.execute(s.comments.insert().values(comment_id=c.comment_id, record_id=c.record_id,
                                            author_id=caller.user_id, content_hash=digest,
                                            data=dumps(data), seq=seq))
    add_change(conn, seq=seq, entity=COMMENT, entity_id=c.comment_id, op=PUT,
               audience="owner", owner_id=record.owner_id, estate_id=record.estate_id, data=data)
    return {"status": APPLIED, "seq": seq}


def apply_review(conn: Connection, caller: Caller, r: Review, seq: int, _blobs) -> dict:
    if not caller.is_coordinator:
        raise _forbidden("Only coordinators review records.")
    version = conn.execute(select(s.record_versions.c.record_id, s.record_versions.c.estate_id)
                           .where(s.record_versions.c.version_id == r.version_id)).first()
    if version is None:
        raise Rejected("not_found", "The version this review is about is not on the server.",
                       {"version_id": "No such version."})
    data = r.model_dump(mode="json")
    digest = content_hash(data)
    earlier = seen_before(conn, s.reviews.c.review_id, r.review_id, digest, "review")
    if earlier is not None:
        return earlier
    data["author_id"] = caller.user_id
    owner = _record_owner(conn, version.record_id).owner_id
    conn.execute(s.reviews.insert().values(review_id=r.review_id, version_id=r.version_id,
                                           content_hash=digest, data=dumps(data), seq=seq))
    add_change(conn, seq=seq, entity=REVIEW, entity_id=r.review_id, op=PUT,
               audience="owner", owner_id=owner, estate_id=version.estate_id, data=data)
    return {"status": APPLIED, "seq": seq}


def apply_action(conn: Connection, caller: Caller, a: Action, seq: int, _blobs) -> dict:
    if not caller.is_coordinator:
        raise _forbidden("Only coordinators record actions.")
    row = conn.execute(select(s.actions).where(s.actions.c.action_id == a.action_id)).first()
    current = row.version if row is not None else 0
    if a.base_version != current:
        return {"status": CONFLICT, "current": json.loads(row.data) if row else None}
    data = a.model_dump(mode="json")
    data.pop("base_version", None)
    data["version"] = current + 1
    # Champions see published actions; one that is unpublished again is deleted for them.
    was_published = bool(row is not None and row.published)
    champion_op = PUT if a.published else (DELETE if was_published else None)
    values = dict(version=current + 1, estate_id=a.estate_id, published=a.published,
                  data=dumps(data), seq=seq)
    if row is None:
        conn.execute(s.actions.insert().values(action_id=a.action_id, **values))
    else:
        conn.execute(update(s.actions).where(s.actions.c.action_id == a.action_id)
                     .values(**values))
    add_change(conn, seq=seq, entity=ACTION, entity_id=a.action_id, op=PUT,
               audience="published", estate_id=a.estate_id, champion_op=champion_op, data=data)
    return {"status": APPLIED, "seq": seq}


def apply_case_event(conn: Connection, caller: Caller, e: CaseEvent, seq: int, _blobs) -> dict:
    """A step of a hazard case or complaint referral: coordinators only, append-only. The
    record's champion hears of it (they see "passed to repairs"); coordinators see all."""
    if not caller.is_coordinator:
        raise _forbidden("Only coordinators record the steps of a hazard or complaint.")
    record = _record_owner(conn, e.record_id)
    if record is None:
        raise Rejected("not_found", "The record this step is about is not on the server.",
                       {"record_id": "No such record."})
    data = e.model_dump(mode="json")
    digest = content_hash(data)
    earlier = seen_before(conn, s.case_events.c.event_id, e.event_id, digest, "case step")
    if earlier is not None:
        return earlier
    data.update(author_id=caller.user_id, seq=seq)
    conn.execute(s.case_events.insert().values(event_id=e.event_id, record_id=e.record_id,
                                               author_id=caller.user_id, content_hash=digest,
                                               data=dumps(data), seq=seq))
    add_change(conn, seq=seq, entity=CASE_EVENT, entity_id=e.event_id, op=PUT,
               audience="owner", owner_id=record.owner_id, estate_id=record.estate_id,
               data=data)
    return {"status": APPLIED, "seq": seq}
