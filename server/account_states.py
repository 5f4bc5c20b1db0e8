"""Switching accounts off and on, and removing them for good (issue 13, finding 7).

A disabled account's devices are all signed out at once, and it can neither sign in nor
enrol until it is enabled again (its old devices stay signed out: a champion enrols again).
A removed account is disabled for good, without password, codes or devices; its row stays
so the records it wrote still name their author. The last enabled admin stays: without one,
nobody could manage coordinators.
"""

from sqlalchemy import Connection, delete, func, select, update

from . import schema as s
from .accounts import AccountError, U, announce, revoke_devices, user_row
from .db import utcnow


def _require_another_admin(conn: Connection, row) -> None:
    if row.role != "admin" or row.disabled_at is not None:
        return
    admins = conn.execute(select(func.count()).select_from(s.users).where(
        U.role == "admin", U.disabled_at.is_(None), U.id != row.id)).scalar_one()
    if admins == 0:
        raise AccountError(f"{row.username} is the last admin: add another admin first, or "
                           "nobody could manage coordinators.", code="last_admin")


def disable_user(conn: Connection, user_id: str) -> int:
    """Switch an account off: every device signed out at once, no sign-in or enrolment until
    it is enabled again. Returns how many devices were signed out."""
    row = user_row(conn, user_id)
    _require_another_admin(conn, row)
    if row.disabled_at is None:
        conn.execute(update(s.users).where(U.id == user_id).values(disabled_at=utcnow()))
    revoked = revoke_devices(conn, user_id)
    announce(conn, user_id)
    return revoked


def enable_user(conn: Connection, user_id: str) -> None:
    row = user_row(conn, user_id)
    if row.removed_at is not None:
        raise AccountError(f"{row.username} was removed, which cannot be undone: add a new "
                           "account.", code="removed")
    if row.disabled_at is not None:
        conn.execute(update(s.users).where(U.id == user_id).values(disabled_at=None))
        announce(conn, user_id)


def remove_user(conn: Connection, user_id: str) -> int:
    """Remove an account for good. Its row stays, disabled, without password, codes or
    devices, so the records it wrote still name their author."""
    row = user_row(conn, user_id)
    _require_another_admin(conn, row)
    now = utcnow()
    conn.execute(update(s.users).where(U.id == user_id).values(
        removed_at=row.removed_at or now, disabled_at=row.disabled_at or now,
        password_hash=None))
    conn.execute(delete(s.enrolment_codes).where(s.enrolment_codes.c.user_id == user_id))
    revoked = revoke_devices(conn, user_id)
    announce(conn, user_id)
    return revoked
