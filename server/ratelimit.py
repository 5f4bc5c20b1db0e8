"""Rate limits on sign-in that hold under concurrency, in a table that stays small.

Each limited thing (a username from one address, an address, a username from anywhere) has
one counter row: the SHA-256 of its name, a count and when its window ends. A try is counted
*before* the password is checked, by one atomic statement

    INSERT ... ON CONFLICT (key) DO UPDATE SET count = count + 1 ... RETURNING count

(the row is locked until commit on PostgreSQL; SQLite writers take turns), so 30 parallel
guesses cannot all read "4 so far" and all go on: exactly the first five get a check. A try
that is refused is rolled back with its transaction, so it counts nowhere (a refused guess
from one place cannot push the account-wide counter up). Rows whose window has ended are
pruned as new tries come in, so the table holds at most one row per thing tried within a
day, whatever the traffic (the old `login_failures` kept a row per failure, for ever).

Why these limits (docs/server.md "Sign-in limits"): a lockout must not be a weapon. Five
wrong passwords block that username *from that address* only; the office, at another
address, still gets in. An address gets 20 failures across all usernames (no spraying). Only
past 50 failures in a day, from anywhere, does the account stop taking sign-ins, and even then
it takes them from addresses it has signed in from before (its usual places), which a botnet
does not have.
"""

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, case, delete, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite

from . import schema as s
from .db import as_utc, utcnow

R = s.rate_limits.c


@dataclass(frozen=True)
class Limit:
    name: str
    tries: int
    window: timedelta


LOGIN_FROM_ADDRESS = Limit("login: username from address", 5, timedelta(minutes=15))
LOGINS_FROM_ADDRESS = Limit("login: address", 20, timedelta(minutes=15))
LOGIN_ANYWHERE = Limit("login: username", 50, timedelta(hours=24))
ENROLS_FROM_ADDRESS = Limit("enrol: address", 10, timedelta(minutes=15))
PRUNE_BATCH = 1000


class TooManyTries(Exception):
    def __init__(self, retry_after: int):
        super().__init__(f"too many tries; retry after {retry_after} s")
        self.retry_after = retry_after


def key(limit: Limit, subject: str) -> str:
    return hashlib.sha256(f"{limit.name}\n{subject}".encode("utf-8", "backslashreplace")
                          ).hexdigest()


def take(conn: Connection, limit: Limit, subject: str,
         exempt: Callable[[], bool] | None = None) -> None:
    """Count one try; raise TooManyTries past the limit (unless ``exempt()`` says this caller
    may go on anyway). The caller's transaction must roll back on the raise."""
    now = utcnow()
    fresh = R.expires_at <= now
    insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)
    upsert = insert(s.rate_limits).values(
        key=key(limit, subject), expires_at=now + limit.window, count=1,
    ).on_conflict_do_update(index_elements=[R.key], set_={
        "count": case((fresh, 1), else_=R.count + 1),
        "expires_at": case((fresh, literal(now + limit.window, R.expires_at.type)),
                           else_=R.expires_at),
    })
    count, expires_at = conn.execute(upsert.returning(R.count, R.expires_at)).one()
    if count > limit.tries and not (exempt is not None and exempt()):
        raise TooManyTries(_seconds_until(as_utc(expires_at), now))


def give_back(conn: Connection, limit: Limit, subject: str) -> None:
    """Undo one counted try (a sign-in that succeeded is not held against its address)."""
    conn.execute(update(s.rate_limits).where(R.key == key(limit, subject), R.count > 0)
                 .values(count=R.count - 1))


def clear(conn: Connection, limit: Limit, subject: str) -> None:
    conn.execute(delete(s.rate_limits).where(R.key == key(limit, subject)))


def prune(conn: Connection) -> int:
    """Delete counters whose window has ended. Run in a transaction of its own: on
    PostgreSQL it skips rows another sign-in has locked, so it never waits on anyone and can
    never be half of a deadlock."""
    expired = select(R.key).where(R.expires_at <= utcnow()).limit(PRUNE_BATCH)
    if conn.dialect.name == "postgresql":
        expired = expired.with_for_update(skip_locked=True)
    return conn.execute(delete(s.rate_limits).where(R.key.in_(expired))).rowcount


def _seconds_until(when: datetime, now: datetime) -> int:
    return max(1, math.ceil((when - now).total_seconds()))
