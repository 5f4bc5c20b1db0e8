"""The audit log: every admin action, export and erasure, with who did it, to what, and when.

One call in the same transaction as the change, so the change and its entry commit together:

    audit.record(conn, caller, "account.disable", "amir", {"devices_revoked": 2})

``actor`` is the signed-in `Caller` or, for the command line, `CLI_ACTOR`. ``detail`` is a
small JSON object; it never holds a password, token or enrolment code. `champion-server
audit` and `GET /api/v1/audit` (admins) read it back, newest first.
"""

import getpass
import json
from typing import Any

from sqlalchemy import Connection, select

from . import schema as s
from .db import dumps, iso, utcnow


def _cli_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container): still say it was the command line
        return "unknown user"


CLI_ACTOR = f"command line ({_cli_user()})"
A = s.audit_log.c


def record(conn: Connection, actor: Any, action: str, target: str,
           detail: dict[str, Any] | None = None) -> None:
    """Add one entry. ``actor`` is a Caller (anything with user_id and username) or a str."""
    if isinstance(actor, str):
        actor_id, name = None, actor
    else:
        actor_id, name = actor.user_id, actor.username
    conn.execute(s.audit_log.insert().values(
        at=utcnow(), actor_id=actor_id, actor=name[:200], action=action[:50],
        target=str(target)[:200], detail=dumps(detail or {})))


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
