"""Password hashing (argon2), always outside any database transaction.

argon2 is slow and memory-hungry on purpose: here about 50 ms and 64 MB per hash or check.
Done inside a write transaction it held SQLite's single write lock the whole time, so 120
sign-ins for no account stalled a champion's push from 0.02 s to 13 s; on PostgreSQL it held a
pooled connection. So callers check or hash first and open their transaction after, and the
server's own sign-in runs at most `HASHING_AT_ONCE` of them at a time, off the worker threads
(`check_soon`, `hash_soon`): a flood of sign-ins waits its turn here, not in every thread that
push and pull need.
"""

import asyncio
import weakref

import anyio.to_thread
from anyio import CapacityLimiter
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from champion_app.protocol import MIN_PASSWORD

HASHING_AT_ONCE = 2
_hasher = PasswordHasher()
# Checked against when there is no hash to check (an unknown username, a champion), so a
# wrong username takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")
_limiters: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, CapacityLimiter]" = (
    weakref.WeakKeyDictionary())


def password_problem(password: str) -> str | None:
    """Plain words when a new password will not do (length, as NIST SP 800-63B asks)."""
    if len(password) < MIN_PASSWORD:
        return f"A password needs at least {MIN_PASSWORD} characters (a few words work well)."
    if len(password) > 1000:
        return "A password can have at most 1000 characters."
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str | None, password: str) -> bool:
    """True only when ``stored_hash`` exists and the password matches it."""
    try:
        matched = _hasher.verify(stored_hash or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return matched and stored_hash is not None


def _limiter() -> CapacityLimiter:
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = CapacityLimiter(HASHING_AT_ONCE)
    return limiter


async def check_soon(stored_hash: str | None, password: str) -> bool:
    """`check_password` in a thread of its own pool (for async routes)."""
    return await anyio.to_thread.run_sync(check_password, stored_hash, password,
                                          limiter=_limiter())


async def hash_soon(password: str) -> str:
    return await anyio.to_thread.run_sync(hash_password, password, limiter=_limiter())
