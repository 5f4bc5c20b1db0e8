"""Signing in (password) and enrolling (code): rate limits first, the password checked with
no transaction open, then one short write.

    1. prune expired counters (a transaction of its own, never waiting on anyone);
    2. count the try against every limit, atomically (ratelimit.take) - or 429;
    3. read the account (a read transaction);
    4. check the password with argon2 - no connection held, at most two at once;
    5. one short write: the new device, and the counters this success clears.

Everything that touches the database runs in the worker threads; the routes are async so a
sign-in waiting for its turn at argon2 holds no thread that a push needs.
"""

import logging
from datetime import timedelta

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, select

from . import accounts, ratelimit
from . import schema as s
from .db import reading, utcnow, writing
from .errors import ApiError
from .passwords import check_soon
from .ratelimit import (
    ENROLS_FROM_ADDRESS,
    LOGIN_ANYWHERE,
    LOGIN_FROM_ADDRESS,
    LOGINS_FROM_ADDRESS,
    TooManyTries,
)

log = logging.getLogger(__name__)
USUAL_PLACE_DAYS = 90  # an address the account signed in from this recently is "usual"


def too_many(exc: TooManyTries) -> ApiError:
    return ApiError(429, "too_many_tries", "Too many tries: wait a while and try again.",
                    headers={"Retry-After": str(exc.retry_after)})


def _usual_place(conn, username: str, address: str) -> bool:
    since = utcnow() - timedelta(days=USUAL_PLACE_DAYS)
    return conn.execute(
        select(s.devices.c.id).join(s.users, s.users.c.id == s.devices.c.user_id)
        .where(s.users.c.username == username, s.devices.c.address == address,
               s.devices.c.created_at > since).limit(1)).first() is not None


def _count_login_try(engine: Engine, username: str, address: str) -> None:
    with writing(engine) as conn:
        ratelimit.prune(conn)
    try:
        with writing(engine) as conn:
            ratelimit.take(conn, LOGIN_FROM_ADDRESS, f"{username}\n{address}")
            ratelimit.take(conn, LOGINS_FROM_ADDRESS, address)
            ratelimit.take(conn, LOGIN_ANYWHERE, username,
                           exempt=lambda: _usual_place(conn, username, address))
    except TooManyTries as exc:
        raise too_many(exc) from None


def _account(engine: Engine, username: str):
    with reading(engine) as conn:
        return accounts.find_user(conn, username)


def _finish_login(engine: Engine, row, device_name: str, address: str) -> dict:
    with writing(engine) as conn:
        now = accounts.find_user(conn, row.id)
        # Changed while the password was being checked (disabled, new password): refuse.
        if now is None or now.password_hash != row.password_hash or not accounts.signable(now):
            raise ApiError(401, "bad_login", "The username or password is wrong.")
        ratelimit.clear(conn, LOGIN_FROM_ADDRESS, f"{row.username}\n{address}")
        ratelimit.clear(conn, LOGIN_ANYWHERE, row.username)
        ratelimit.give_back(conn, LOGINS_FROM_ADDRESS, address)
        return accounts.new_device(conn, row.id, device_name, address)


async def login(engine: Engine, username: str, password: str, device_name: str,
                address: str) -> dict:
    await run_in_threadpool(_count_login_try, engine, username, address)
    row = await run_in_threadpool(_account, engine, username)
    stored = row.password_hash if row is not None and row.role in accounts.STAFF else None
    if not await check_soon(stored, password) or row is None or row.removed_at is not None:
        log.info("failed sign-in for %s from %s", username, address)
        raise ApiError(401, "bad_login", "The username or password is wrong.")
    if row.disabled_at is not None:
        # Said only to someone who knows the password: nothing is learnt by guessing.
        raise ApiError(403, "account_disabled", "This account is switched off. Ask an admin.")
    return await run_in_threadpool(_finish_login, engine, row, device_name, address)


def _enrol(engine: Engine, code: str, device_name: str, address: str) -> dict:
    with writing(engine) as conn:
        ratelimit.prune(conn)
    try:
        with writing(engine) as conn:
            ratelimit.take(conn, ENROLS_FROM_ADDRESS, address)
    except TooManyTries as exc:
        raise too_many(exc) from None
    with writing(engine) as conn:
        answer = accounts.enrol(conn, code, device_name, address)
        ratelimit.give_back(conn, ENROLS_FROM_ADDRESS, address)
    return answer


async def enrol(engine: Engine, code: str, device_name: str, address: str) -> dict:
    return await run_in_threadpool(_enrol, engine, code, device_name, address)


async def check_current_password(engine: Engine, caller, password: str, address: str) -> None:
    """For a password change: the caller's current password, under the same limits as a
    sign-in (a stolen token must not become a way to guess the password)."""
    await run_in_threadpool(_count_login_try, engine, caller.username, address)
    row = await run_in_threadpool(_account, engine, caller.user_id)
    if not await check_soon(row.password_hash if row is not None else None, password):
        raise ApiError(403, "bad_password", "The current password is wrong.",
                       {"current_password": "This is not your current password."})
