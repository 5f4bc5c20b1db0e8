"""Erasing residents' data: whole records (an erasure request, the end of their retention
period), and finding which records an erasure request is about.

Erasing a record deletes its versions, reviews, comments and case events and every
change-log row that carried them, leaves a tombstone (a push of it is refused from then on)
and one ``record`` ``delete`` change, which every laptop that holds the record pulls: the
owner's, and every coordinator's. Photos only the erased versions cited are deleted from the blob folder after
the transaction commits (`delete_blobs`).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, select

from champion_app.protocol import (
    CASE_EVENT,
    COMMENT,
    DELETE,
    RECORD,
    RECORD_VERSION,
    REVIEW,
    ContactMatch,
)

from . import schema as s
from .blobs import BlobStore
from .db import add_change, utcnow

log = logging.getLogger(__name__)


@dataclass
class Erased:
    records: list[dict] = field(default_factory=list)  # record_id, kind, estate, home, when
    versions: int = 0
    photos: set[str] = field(default_factory=set)      # blobs the erased versions cited


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return "0" + digits[2:] if digits.startswith("44") and len(digits) == 12 else digits


def _words(text: str) -> str:
    return " ".join((text or "").casefold().split())


def contact_matches(wanted: ContactMatch, contact: dict) -> bool:
    """Every detail given that the record also holds must be the same, and at least one is:
    "Pat Jones, 07700 900123" finds a record with only that phone, but not one of another
    Pat Jones with a different phone."""
    pairs = [(_words(wanted.name), _words(contact.get("name", ""))),
             (_digits(wanted.phone), _digits(contact.get("phone", ""))),
             ((wanted.email or "").strip().casefold(),
              (contact.get("email") or "").strip().casefold())]
    compared = [(want, have) for want, have in pairs if want and have]
    return bool(compared) and all(want == have for want, have in compared)


def find_records(conn: Connection, *, home_id: str | None = None,
                 contact: ContactMatch | None = None, record_id: str | None = None) -> list[str]:
    """The record ids an erasure request is about (one home, one resident, one record)."""
    if record_id is not None:
        return list(conn.execute(select(s.records.c.record_id)
                                 .where(s.records.c.record_id == record_id)).scalars())
    found: dict[str, None] = {}
    query = select(s.record_versions.c.record_id, s.record_versions.c.data)
    if home_id is not None:
        # home_id is inside the JSON; a LIKE narrows the scan before the exact check.
        query = query.where(s.record_versions.c.data.contains(f'"home_id":"{home_id}"'))
    for row in conn.execute(query.order_by(s.record_versions.c.seq)):
        data = json.loads(row.data)
        if home_id is not None and data.get("home_id") == home_id or contact is not None and contact_matches(
                contact, (data.get("payload") or {}).get("contact") or {}):
            found[row.record_id] = None
    return list(found)


def describe(conn: Connection, record_ids: list[str]) -> Erased:
    """What erasing ``record_ids`` would delete (a dry run says this and changes nothing)."""
    out = Erased()
    for record_id in record_ids:
        rows = conn.execute(select(s.record_versions.c.data).where(
            s.record_versions.c.record_id == record_id)
            .order_by(s.record_versions.c.seq)).scalars().all()
        if not rows:
            continue
        newest = json.loads(rows[-1])
        out.records.append({"record_id": record_id, "kind": newest.get("kind", ""),
                            "estate_id": newest.get("estate_id", ""),
                            "home_id": newest.get("home_id"),
                            "submitted_at": newest.get("submitted_at")})
        out.versions += len(rows)
        for text in rows:
            out.photos |= {a["sha256"] for a in json.loads(text).get("attachments") or []}
    return out


def erase(conn: Connection, record_ids: list[str], reason: str) -> Erased:
    """Delete the records and everything on them, in the caller's transaction."""
    erased = describe(conn, record_ids)
    now = utcnow()
    for record_id in record_ids:
        record = conn.execute(select(s.records).where(s.records.c.record_id == record_id)).first()
        if record is None:
            continue
        version_ids = list(conn.execute(select(s.record_versions.c.version_id).where(
            s.record_versions.c.record_id == record_id)).scalars())
        review_ids = list(conn.execute(select(s.reviews.c.review_id).where(
            s.reviews.c.version_id.in_(version_ids))).scalars())
        comment_ids = list(conn.execute(select(s.comments.c.comment_id).where(
            s.comments.c.record_id == record_id)).scalars())
        event_ids = list(conn.execute(select(s.case_events.c.event_id).where(
            s.case_events.c.record_id == record_id)).scalars())
        for entity, ids in ((RECORD_VERSION, version_ids), (REVIEW, review_ids),
                            (COMMENT, comment_ids), (CASE_EVENT, event_ids)):
            if ids:  # the change log carried their content too
                conn.execute(delete(s.changes).where(s.changes.c.entity == entity)
                             .where(s.changes.c.entity_id.in_(ids)))
        conn.execute(delete(s.reviews).where(s.reviews.c.review_id.in_(review_ids)))
        conn.execute(delete(s.comments).where(s.comments.c.record_id == record_id))
        conn.execute(delete(s.case_events).where(s.case_events.c.record_id == record_id))
        conn.execute(delete(s.record_versions).where(s.record_versions.c.record_id == record_id))
        conn.execute(delete(s.records).where(s.records.c.record_id == record_id))
        if not conn.execute(select(s.erased_records.c.record_id)
                            .where(s.erased_records.c.record_id == record_id)).first():
            conn.execute(s.erased_records.insert().values(record_id=record_id, erased_at=now,
                                                          reason=reason))
        add_change(conn, entity=RECORD, entity_id=record_id, op=DELETE, audience="owner",
                   owner_id=record.owner_id, estate_id=record.estate_id)
    for sha in erased.photos:
        if not _still_cited(conn, sha):
            conn.execute(delete(s.blob_citations).where(s.blob_citations.c.sha256 == sha))
            # Nor who sent it: the file goes, and it must not count against their quota.
            conn.execute(delete(s.blob_uploads).where(s.blob_uploads.c.sha256 == sha))
    erased.photos = {sha for sha in erased.photos if not _still_cited(conn, sha)}
    log.info("erased %d record(s) (%s): %d version(s), %d photo(s)", len(erased.records),
             reason, erased.versions, len(erased.photos))
    return erased


def _still_cited(conn: Connection, sha: str) -> bool:
    return bool(conn.execute(select(func.count()).select_from(s.record_versions)
                             .where(s.record_versions.c.data.contains(sha))).scalar())


def delete_blobs(blobs: BlobStore, shas: set[str]) -> int:
    """After the erasure committed: delete the photo files no version cites any more."""
    gone = 0
    for sha in shas:
        path = blobs.path(sha)
        if path.is_file():
            path.unlink()
            gone += 1
    return gone


def is_erased(conn: Connection, record_id: str) -> bool:
    return bool(conn.execute(select(s.erased_records.c.record_id)
                             .where(s.erased_records.c.record_id == record_id)).first())
