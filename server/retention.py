"""The landlord's retention policy, applied by the server (``champion-server retention``).

Two periods, each optional, kept in server_meta:

* contact details (name, phone, email, call-back) are removed from a version this many months
  after the server received it. The version is re-sent to every laptop that holds it with
  ``contact_cleared_at`` set, and the laptop replaces its copy; the record itself stays.
* whole records are erased this many years after their newest version arrived (as an
  erasure request would: `server.erasure`).

Ages are counted from the server's clock (``received_at``), never a laptop's.
"""

from __future__ import annotations

import calendar
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, func, select, update

from champion_app.protocol import PUT, RECORD_VERSION

from . import erasure
from . import schema as s
from .db import add_change, content_hash, dumps, iso, meta_value, utcnow

log = logging.getLogger(__name__)

CONTACT_MONTHS = "retention_contact_months"
RECORD_YEARS = "retention_record_years"
EMPTY_CONTACT = {"name": "", "phone": "", "email": "", "wants_callback": False}
BATCH = 500


@dataclass
class Policy:
    contact_months: int | None = None
    record_years: int | None = None

    def describe(self) -> str:
        parts = [f"contact details kept {self.contact_months} months" if self.contact_months
                 else "contact details kept until the record goes",
                 f"records kept {self.record_years} years" if self.record_years
                 else "records kept with no end date"]
        return "; ".join(parts) + "."


@dataclass
class Applied:
    contacts_cleared: int = 0
    versions_checked: int = 0
    erased: erasure.Erased = field(default_factory=erasure.Erased)


def _number(text: str) -> int | None:
    return int(text) if text.strip().isdigit() and int(text) > 0 else None


def policy(conn: Connection) -> Policy:
    return Policy(_number(meta_value(conn, CONTACT_MONTHS)), _number(meta_value(conn, RECORD_YEARS)))


def set_policy(conn: Connection, new: Policy) -> None:
    for key, value in ((CONTACT_MONTHS, new.contact_months), (RECORD_YEARS, new.record_years)):
        text = str(value) if value else ""
        if conn.execute(select(s.server_meta.c.key).where(s.server_meta.c.key == key)).first():
            conn.execute(update(s.server_meta).where(s.server_meta.c.key == key)
                         .values(value=text))
        else:
            conn.execute(s.server_meta.insert().values(key=key, value=text))


def months_before(when: datetime, months: int) -> datetime:
    """The same day ``months`` earlier (the month's last day when that one is shorter)."""
    year, month = divmod(when.year * 12 + when.month - 1 - months, 12)
    day = min(when.day, calendar.monthrange(year, month + 1)[1])
    return when.replace(year=year, month=month + 1, day=day)


def apply(conn: Connection, *, now: datetime | None = None, dry_run: bool = False) -> Applied:
    """Apply the policy in the caller's transaction. The caller deletes the photo files of
    ``result.erased.photos`` after committing (`erasure.delete_blobs`)."""
    now = now or utcnow()
    rules = policy(conn)
    result = Applied()
    if rules.record_years:
        cutoff = months_before(now, 12 * rules.record_years)
        old = list(conn.execute(
            select(s.record_versions.c.record_id).group_by(s.record_versions.c.record_id)
            .having(func.max(s.record_versions.c.received_at) < cutoff)).scalars())
        result.erased = (erasure.describe(conn, old) if dry_run
                         else erasure.erase(conn, old, "retention"))
    if rules.contact_months:
        cutoff = months_before(now, rules.contact_months)
        _clear_contacts(conn, cutoff, now, result, dry_run)
    return result


def _clear_contacts(conn: Connection, cutoff: datetime, now: datetime, result: Applied,
                    dry_run: bool) -> None:
    v = s.record_versions.c
    due = select(s.record_versions).where(v.contact_cleared_at.is_(None)) \
        .where(v.received_at < cutoff).order_by(v.seq)
    for row in conn.execute(due).all():
        result.versions_checked += 1
        data = json.loads(row.data)
        payload = data.get("payload") or {}
        if (payload.get("contact") or {}) in ({}, EMPTY_CONTACT):
            if not dry_run:  # nothing to remove: only remember it was looked at
                conn.execute(update(s.record_versions).where(v.version_id == row.version_id)
                             .values(contact_cleared_at=now))
            continue
        result.contacts_cleared += 1
        if dry_run:
            continue
        payload["contact"] = dict(EMPTY_CONTACT)
        data["contact_cleared_at"] = iso(now)
        text = dumps(data)
        digest = content_hash({k: val for k, val in data.items()
                               if k not in ("author_id", "device_id", "received_at", "seq",
                                            "conflict", "contact_cleared_at")})
        conn.execute(update(s.record_versions).where(v.version_id == row.version_id)
                     .values(data=text, content_hash=digest, contact_cleared_at=now))
        # Earlier change-log rows of this version carried the details: they get the cleared
        # copy too, and a new row tells every laptop that already has the version.
        conn.execute(update(s.changes).where(s.changes.c.entity == RECORD_VERSION)
                     .where(s.changes.c.entity_id == row.version_id).values(data=text))
        owner = conn.execute(select(s.records.c.owner_id)
                             .where(s.records.c.record_id == row.record_id)).scalar()
        add_change(conn, entity=RECORD_VERSION, entity_id=row.version_id, op=PUT,
                   audience="owner", owner_id=owner, estate_id=row.estate_id, data=data)


def cleared_version_seq(conn: Connection, version_id: str) -> int | None:
    """The version's seq when its contact details were cleared (a laptop sending it again,
    with or without them, is told `duplicate`: the server keeps the cleared copy)."""
    return conn.execute(select(s.record_versions.c.seq)
                        .where(s.record_versions.c.version_id == version_id)
                        .where(s.record_versions.c.contact_cleared_at.is_not(None))).scalar()
