"""Pull: the change log in seq order, filtered to what the caller may see.

Why no change is ever skipped: seqs are taken from a counter row that stays locked until
the taking transaction commits (db.next_seq), so the committed seqs are always a gap-free
prefix 1..N. A pull first reads N, then reads rows with cursor < seq <= N; it can answer a
cursor up to N and every later commit gets a seq above N.
"""

import json
import logging
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import and_, func, or_, select

from champion_app.protocol import MAX_PULL_LIMIT, PUT, PullAnswer

from . import schema as s
from .accounts import Caller
from .auth import ERRORS, CallerDep, engine_of
from .db import meta_value, reading

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/sync", tags=["sync"])
c = s.changes.c


def _visible(caller: Caller):
    if caller.is_coordinator:
        return None
    patch = sorted(caller.estate_ids)
    return or_(
        c.audience == "all",
        and_(c.audience == "estate", c.estate_id.in_(patch)),
        and_(c.audience == "owner", c.owner_id == caller.user_id),
        and_(c.audience == "published", c.estate_id.in_(patch), c.champion_op.is_not(None)),
    )


def pull_changes(conn, caller: Caller, cursor: int, limit: int) -> dict:
    epoch = meta_value(conn, "server_epoch")
    newest = conn.execute(select(func.max(c.seq))).scalar() or 0
    min_kept = int(meta_value(conn, "min_kept_seq", "0"))
    patch_changed = 0
    if not caller.is_coordinator:
        # Read the patch after `newest`: a patch change that committed before it is seen
        # here; one that commits later has a seq above `newest`, so the next pull resets.
        patch_changed = conn.execute(select(s.users.c.patch_changed_seq).where(
            s.users.c.id == caller.user_id)).scalar_one()
        caller.estate_ids = set(conn.execute(select(s.user_estates.c.estate_id).where(
            s.user_estates.c.user_id == caller.user_id)).scalars())
    if cursor > 0 and (cursor < min_kept or cursor < patch_changed or cursor > newest):
        # Older than the log, filtered by an old patch, or from a database restored from
        # a backup: the client drops what it pulled and starts again from 0.
        return {"server_epoch": epoch, "reset": True, "changes": [], "cursor": 0,
                "has_more": True}
    query = select(s.changes).where(c.seq > cursor, c.seq <= newest)
    visible = _visible(caller)
    if visible is not None:
        query = query.where(visible)
    rows = conn.execute(query.order_by(c.seq).limit(limit)).all()
    out = []
    for row in rows:
        op = row.op
        if row.audience == "published" and not caller.is_coordinator:
            op = row.champion_op
        data = json.loads(row.data) if row.data is not None and op == PUT else None
        out.append({"seq": row.seq, "entity": row.entity, "id": row.entity_id, "op": op,
                    "data": data})
    has_more = len(rows) == limit
    # A full page ends at its last row; otherwise every seq up to `newest` was looked at,
    # including the ones this caller may not see, so the cursor moves past them.
    answer_cursor = rows[-1].seq if has_more else max(newest, cursor)
    return {"server_epoch": epoch, "reset": False, "changes": out, "cursor": answer_cursor,
            "has_more": has_more}


@router.get("/pull", response_model=PullAnswer, responses=ERRORS)
def pull(caller: CallerDep, request: Request,
         cursor: Annotated[int, Query(ge=0, description="Last cursor answered; 0 to start")] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500) -> dict:
    """Changes after `cursor`, in seq order (SYNC_PROTOCOL.md "Pull")."""
    with reading(engine_of(request)) as conn:
        return pull_changes(conn, caller, cursor, limit)
