"""Which app version each device runs (``devices.app_version``).

Every request from the app names its version in ``X-Champion-Version``. After the token check
(`server.auth.current_caller`, which already read the stored version with the token) `note`
writes it only when it differs, and then announces the champion entity again, so a
coordinator's pulled list of devices shows who runs an old app. A sync therefore costs no
extra query; an upgraded app costs one write and one change. When the device was last seen
is `accounts.note_seen`'s (``devices.last_seen_at``, at most once a minute, not announced).

A value that is missing or not a version is ignored and never replaces a known one.
Recording is best effort: a failure is logged and the request goes on.
"""

from __future__ import annotations

import logging
import re

from fastapi import Request
from sqlalchemy import Connection, or_, update
from sqlalchemy.exc import SQLAlchemyError

from champion_app.entities import REFERENCE
from champion_app.protocol import CHAMPION, PUT, VERSION_HEADER

from . import schema as s
from .accounts import Caller, champion_entity
from .db import add_change, writing

log = logging.getLogger(__name__)

# What a version may look like (PEP 440 and semver both fit); anything else is not stored.
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+\-]{0,31}")


def version_of(request: Request) -> str:
    """The app version the request names, or "" when it names none or something unreadable."""
    value = request.headers.get(VERSION_HEADER, "").strip()
    return value if _VERSION.fullmatch(value) else ""


def note(request: Request, caller: Caller) -> None:
    """Keep the device's app version when it changed (see the module docstring)."""
    request.state.device_id = caller.device_id  # for the request log line
    version = version_of(request)
    if not version or version == caller.app_version:
        return
    try:
        with writing(request.app.state.engine) as conn:
            record(conn, caller, version)
    except SQLAlchemyError as exc:  # never fail a sync over this
        log.warning("could not record device %s's app version: %s", caller.device_id,
                    type(exc).__name__)


def record(conn: Connection, caller: Caller, version: str) -> bool:
    """Store ``version`` for the caller's device; announce the champion entity when it
    changed (True). A concurrent request that stored it first makes this a no-op."""
    devices = s.devices
    done = conn.execute(update(devices).where(devices.c.id == caller.device_id)
                        .where(or_(devices.c.app_version.is_(None),
                                   devices.c.app_version != version))
                        .values(app_version=version))
    if done.rowcount != 1:
        return False
    add_change(conn, entity=CHAMPION, entity_id=caller.user_id, op=PUT,
               audience=REFERENCE[CHAMPION].audience,
               data=champion_entity(conn, caller.user_id))
    log.info("device %s runs app version %s", caller.device_id, version)
    return True
