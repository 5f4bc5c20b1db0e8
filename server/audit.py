"""The audit trail: what an admin or coordinator did, when, to what (minimal until #13b's).

It records the act (an erasure, a retention run, a wipe) and never the erased data: targets
are ids (a home, a device, a record) or a description of how a resident was matched, never
their name, phone or email.
"""

import json
import logging
from typing import Any

from sqlalchemy import Connection, select

from . import schema as s
from .db import iso, utcnow

log = logging.getLogger(__name__)


def record(conn: Connection, actor: str, action: str, target: str,
           detail: dict[str, Any] | None = None) -> None:
    """Append one entry, in the caller's transaction (so it stands or falls with the act)."""
    conn.execute(s.audit_log.insert().values(
        at=utcnow(), actor=actor[:100], action=action[:50], target=target[:200],
        detail=json.dumps(detail or {}, sort_keys=True)))
    log.info("audit: %s %s %s", actor, action, target)


def entries(conn: Connection, action: str | None = None) -> list[dict[str, Any]]:
    query = select(s.audit_log).order_by(s.audit_log.c.id)
    if action:
        query = query.where(s.audit_log.c.action == action)
    return [{"at": iso(r.at), "actor": r.actor, "action": r.action, "target": r.target,
             "detail": json.loads(r.detail)} for r in conn.execute(query)]
