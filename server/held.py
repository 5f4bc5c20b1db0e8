"""Versions held for reassignment after a patch change (issue 13, finding 1).

A champion queues records offline for estate A; meanwhile their coordinator moves their
patch to B. Refusing those versions stranded them on the laptop, where nobody who could act
saw them. Instead, a version for an estate that *was* in the champion's patch is stored
with `held` set: coordinators see it (`needs_reassignment` on the pulled version), the
champion sees it waiting for them, and it counts for nothing until a coordinator accepts it
into its estate (`POST /api/v1/records/{id}/accept` in held_api.py, or giving the estate back). An estate
never in the patch is still refused: a champion writes only where they were allowed to.
"""

import json
import logging

from sqlalchemy import Connection, select, update

from champion_app.protocol import PUT, RECORD_VERSION

from . import schema as s
from .db import add_change, dumps

log = logging.getLogger(__name__)
v = s.record_versions.c


def remember_patch(conn: Connection, user_id: str, estate_ids) -> None:
    """Note estates now in a user's patch (called wherever a patch is set)."""
    for estate in set(estate_ids):
        known = conn.execute(select(s.patch_history.c.estate_id)
                             .where(s.patch_history.c.user_id == user_id)
                             .where(s.patch_history.c.estate_id == estate)).first()
        if known is None:
            conn.execute(s.patch_history.insert().values(user_id=user_id, estate_id=estate))


def was_in_patch(conn: Connection, user_id: str, estate_id: str) -> bool:
    return conn.execute(select(s.patch_history.c.estate_id)
                        .where(s.patch_history.c.user_id == user_id)
                        .where(s.patch_history.c.estate_id == estate_id)).first() is not None


def release(conn: Connection, record_id: str) -> list[str]:
    """Take a record's held versions out of the hold; each is announced again (a new
    change) with `needs_reassignment: false`, keeping its own seq (its place in order)."""
    rows = conn.execute(select(v.version_id, v.author_id, v.estate_id, v.data)
                        .where(v.record_id == record_id).where(v.held)
                        .order_by(v.seq)).all()
    for row in rows:
        data = json.loads(row.data)
        data["needs_reassignment"] = False
        conn.execute(update(s.record_versions).where(v.version_id == row.version_id)
                     .values(held=False, data=dumps(data)))
        add_change(conn, entity=RECORD_VERSION, entity_id=row.version_id, op=PUT,
                   audience="owner", owner_id=row.author_id, estate_id=row.estate_id,
                   data=data)
    if rows:
        log.info("record %s: %d held version(s) accepted", record_id, len(rows))
    return [row.version_id for row in rows]


def release_for_patch(conn: Connection, user_id: str, estate_ids) -> None:
    """A patch that gives an estate back releases that champion's held records in it."""
    records = conn.execute(select(v.record_id).distinct().where(v.held)
                           .where(v.author_id == user_id)
                           .where(v.estate_id.in_(sorted(set(estate_ids))))).scalars().all()
    for record_id in records:
        release(conn, record_id)


def held_records(conn: Connection) -> list[dict]:
    """Every held version, oldest first (for `champion-server held`)."""
    rows = conn.execute(select(v.record_id, v.version_id, v.estate_id, v.author_id,
                               v.received_at, s.users.c.username)
                        .join(s.users, s.users.c.id == v.author_id, isouter=True)
                        .where(v.held).order_by(v.seq)).all()
    return [row._asdict() for row in rows]
