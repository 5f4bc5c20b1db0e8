"""Which app version each device runs, and when it was last seen.

Every request from the app carries ``X-Champion-Version``. After the token check
(`server.auth.current_caller`) `note` records the version and the time in ``device_seen``,
at most once a minute per device and server process unless the version changed, so a sync
(several requests) costs one small write. When a device's version changes (an upgraded
app, or the first request after enrolment) the champion entity is announced again, so a
coordinator's pulled list of devices shows it; plain "still here" times are not announced
(that would be a change per champion per sync). `champion-server stats` reads the table.

Recording is best effort: a failure is logged and the request goes on.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from datetime import datetime

from fastapi import Request
from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from champion_app.entities import REFERENCE
from champion_app.protocol import CHAMPION, PUT, VERSION_HEADER

from . import schema as s
from .accounts import champion_entity
from .db import add_change, utcnow, writing

log = logging.getLogger(__name__)

SEEN_EVERY_SECONDS = 60.0
# What a version may look like (PEP 440 and semver both fit); anything else is not stored.
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+\-]{0,31}")
# device id → (version, monotonic time written), per process: most requests write nothing.
_written: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def version_of(request: Request) -> str:
    """The app version the request names, or "" when it names none or something unreadable."""
    value = request.headers.get(VERSION_HEADER, "").strip()
    return value if _VERSION.fullmatch(value) else ""


def _due(device_id: str, version: str, now: float) -> bool:
    with _lock:
        last = _written.get(device_id)
    return (last is None or bool(version and version != last[0])
            or now - last[1] >= SEEN_EVERY_SECONDS)


def note(request: Request, caller) -> None:
    """Record this request's device, version and time (see the module docstring)."""
    request.state.device_id = caller.device_id  # for the request log line
    version = version_of(request)
    now = time.monotonic()
    if not _due(caller.device_id, version, now):
        return
    try:
        with writing(request.app.state.engine) as conn:
            stored = record(conn, caller.device_id, caller.user_id, version, utcnow())
    except SQLAlchemyError as exc:  # never fail a sync over this
        log.warning("could not record that device %s was seen: %s", caller.device_id,
                    type(exc).__name__)
        return
    with _lock:
        _written[caller.device_id] = (stored, now)


def record(conn: Connection, device_id: str, user_id: str, version: str,
           at: datetime) -> str:
    """Store the sighting; announce the user's champion entity when the version changed.
    Returns the version now stored ("" unknown: an empty one never replaces a known one)."""
    before = conn.execute(select(s.device_seen.c.app_version)
                          .where(s.device_seen.c.device_id == device_id)).scalar()
    if before is None:
        try:
            with conn.begin_nested():
                conn.execute(s.device_seen.insert().values(
                    device_id=device_id, app_version=version, last_seen_at=at))
        except IntegrityError:  # another server process recorded it a moment ago
            return record(conn, device_id, user_id, version, at)
    else:
        values: dict = {"last_seen_at": at}
        if version and version != before:
            values["app_version"] = version
        conn.execute(update(s.device_seen).where(s.device_seen.c.device_id == device_id)
                     .values(**values))
    stored = version or before or ""
    if stored != (before or ""):
        add_change(conn, entity=CHAMPION, entity_id=user_id, op=PUT,
                   audience=REFERENCE[CHAMPION].audience, data=champion_entity(conn, user_id))
        log.info("device %s runs app version %s", device_id, stored)
    return stored
