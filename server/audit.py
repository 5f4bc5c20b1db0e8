"""The audit log: admin actions and erasures, with who did it, to what, and when.

Minimal, for #14, until #13's audit log (the same `record` and `entries`) is merged; it
keeps that one's table, names and calling conventions, so the lead can keep either:

    audit.record(conn, caller, "records.erase", "home H12", {"records": [...]})

``actor`` is the signed-in `Caller` or, for the command line, `CLI_ACTOR`. It records the act
(an erasure, a retention run, a wipe) and never erased data: targets are ids or usernames,
and a resident found by contact details is described only by which details were used.
"""

import getpass
import json
import logging
from typing import Any

from sqlalchemy import Connection, select

from . import schema as s
from .db import dumps, iso, utcnow

log = logging.getLogger(__name__)


def _cli_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container): still say it was the command line
        return "unknown user"


CLI_ACTOR = f"command line ({_cli_user()})"
A = s.audit_log.c


def record(conn: Connection, actor: Any, action: str, target: str,
           detail: dict[str, Any] | None = None) -> None:
    """Add one entry, in the caller's transaction (it stands or falls with the act)."""
    if isinstance(actor, str):
        actor_id, name = None, actor
    else:
        actor_id, name = actor.user_id, actor.username
    conn.execute(s.audit_log.insert().values(
        at=utcnow(), actor_id=actor_id, actor=name[:200], action=action[:50],
        target=str(target)[:200], detail=dumps(detail or {})))
    log.info("audit: %s %s %s", name, action, target)


def entries(conn: Connection, *, limit: int = 100, action: str | None = None,
            before_id: int | None = None) -> list[dict]:
    """Newest first; ``before_id`` pages back through older entries."""
    query = select(s.audit_log).order_by(A.id.desc()).limit(limit)
    if action:
        query = query.where(A.action == action)
    if before_id is not None:
        query = query.where(A.id < before_id)
    return [{"id": row.id, "at": iso(row.at), "actor": row.actor, "action": row.action,
             "target": row.target, "detail": json.loads(row.detail)}
            for row in conn.execute(query)]
