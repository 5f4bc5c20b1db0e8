"""Account management: disable, enable, remove, passwords, sessions, and the audit log.

Who may do what (`accounts.may_manage`): coordinators manage champions, admins manage every
account. Anyone signed in may see their own account and sessions, end their own sessions
(`/devices/{id}/revoke`), and (coordinators and admins) change their own password. Every
change is written to the audit log in the same transaction; admins read it at `/audit`.

Passwords are hashed before any transaction opens (server/passwords.py), so these routes are
async and do their database work in the worker threads.
"""

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from champion_app.protocol import (
    Account,
    AuditEntry,
    ErrorBody,
    NewAccount,
    PasswordChange,
    PasswordReset,
)

from . import account_states, accounts, audit, signin
from . import schema as s
from .accounts import AccountError, Caller
from .auth import ERRORS, AdminDep, CallerDep, CoordinatorDep, address_of, engine_of
from .coordinator import user_or_404
from .db import reading, writing
from .errors import ApiError
from .passwords import hash_soon

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["accounts"])
REFUSED: dict[int | str, dict[str, Any]] = {
    **ERRORS, 404: {"model": ErrorBody}, 409: {"model": ErrorBody}}


def _managed(conn, caller: Caller, name_or_id: str):
    row = user_or_404(conn, name_or_id)
    if not accounts.may_manage(caller, row.role):
        raise ApiError(403, "forbidden", "Coordinators manage champions' accounts; only an "
                       "admin can change a coordinator's or an admin's.")
    return row


@router.get("/accounts", response_model=list[Account], responses=ERRORS)
def list_accounts(caller: CoordinatorDep, request: Request,
                  include_removed: Annotated[bool, Query()] = False) -> list[dict]:
    """The accounts you manage, with their devices: champions for a coordinator, everyone
    for an admin. Removed accounts only with `include_removed=true`."""
    query = select(s.users.c.id).order_by(s.users.c.role, s.users.c.username)
    if not caller.is_admin:
        query = query.where(s.users.c.role == "champion")
    if not include_removed:
        query = query.where(s.users.c.removed_at.is_(None))
    with reading(engine_of(request)) as conn:
        return [accounts.account_info(conn, i) for i in conn.execute(query).scalars()]


@router.post("/accounts", response_model=Account, status_code=201, responses=REFUSED)
async def add_account(body: NewAccount, caller: CoordinatorDep, request: Request) -> dict:
    """A new account. Coordinators add champions; admins add anyone. Coordinators and admins
    need a password (at least 12 characters); champions must not have one."""
    if not accounts.may_manage(caller, body.role):
        raise ApiError(403, "forbidden", "Only an admin can add a coordinator or an admin.")
    if body.role in accounts.STAFF and not body.password:
        raise AccountError("A coordinator or admin needs a password.", status=422,
                           code="invalid", field="password")
    password_hash = await hash_soon(body.password) if body.password else None

    def add() -> dict:
        with writing(engine_of(request)) as conn:
            accounts.require_known_estates(conn, body.estate_ids)
            info = accounts.add_user(conn, role=body.role, username=body.username,
                                     display_name=body.display_name,
                                     estate_ids=body.estate_ids, password_hash=password_hash)
            audit.record(conn, caller, "account.add", info["username"],
                         {"role": body.role, "estate_ids": info["estate_ids"]})
            return accounts.account_info(conn, info["id"])

    return await run_in_threadpool(add)


@router.get("/accounts/{user}", response_model=Account, responses=REFUSED)
def get_account(user: str, caller: CoordinatorDep, request: Request) -> dict:
    with reading(engine_of(request)) as conn:
        return accounts.account_info(conn, _managed(conn, caller, user).id)


def _change(request: Request, caller: Caller, user: str, action: str, change) -> dict:
    with writing(engine_of(request)) as conn:
        row = _managed(conn, caller, user)
        detail = change(conn, row.id)
        audit.record(conn, caller, action, row.username, detail)
        log.info("%s: %s by %s", action, row.username, caller.username)
        return accounts.account_info(conn, row.id)


@router.post("/accounts/{user}/disable", response_model=Account, responses=REFUSED)
def disable(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """Switch an account off: all its devices are signed out at once and it cannot sign in
    or enrol until enabled again (409 `last_admin` for the last enabled admin)."""
    return _change(request, caller, user, "account.disable", lambda conn, user_id: {
        "devices_signed_out": account_states.disable_user(conn, user_id)})


@router.post("/accounts/{user}/enable", response_model=Account, responses=REFUSED)
def enable(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """Switch a disabled account on again. Its old devices stay signed out: a champion
    enrols again, staff sign in again. A removed account cannot be enabled (409 `removed`)."""
    def switch_on(conn, user_id: str) -> dict:
        account_states.enable_user(conn, user_id)
        return {}

    return _change(request, caller, user, "account.enable", switch_on)


@router.delete("/accounts/{user}", response_model=Account, responses=REFUSED)
def remove(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """Remove an account for good: disabled, signed out everywhere, password and codes gone.
    Its records stay on the server, still naming it as their author."""
    return _change(request, caller, user, "account.remove", lambda conn, user_id: {
        "devices_signed_out": account_states.remove_user(conn, user_id)})


@router.post("/accounts/{user}/sign-out", response_model=Account, responses=REFUSED)
def sign_out(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """Sign every device of an account out (each one's next request gets 401). A coordinator
    or admin can still sign in again with their password: disable the account to stop that."""
    return _change(request, caller, user, "account.sign_out", lambda conn, user_id: {
        "devices_signed_out": accounts.revoke_devices(conn, user_id)})


@router.post("/accounts/{user}/password", status_code=204, responses=REFUSED)
async def reset_password(user: str, body: PasswordReset, caller: CoordinatorDep,
                         request: Request) -> Response:
    """An admin sets a new password for a coordinator or admin; all their devices are signed
    out. Champions have no password (409 `enrol_only`)."""
    password_hash = await hash_soon(body.new_password)
    await run_in_threadpool(_change, request, caller, user, "account.password_reset",
                            lambda conn, user_id: {"devices_signed_out": accounts
                                                   .set_password_hash(conn, user_id,
                                                                      password_hash)})
    return Response(status_code=204)


@router.get("/account", response_model=Account, responses=ERRORS)
def my_account(caller: CallerDep, request: Request) -> dict:
    """Your own account and its devices (sessions); end one with `/devices/{id}/revoke`."""
    with reading(engine_of(request)) as conn:
        return accounts.account_info(conn, caller.user_id)


@router.post("/account/password", status_code=204, responses={
    **REFUSED, 429: {"model": ErrorBody}})
async def change_password(body: PasswordChange, caller: CallerDep,
                          request: Request) -> Response:
    """Change your own password (coordinators and admins): your other devices are signed
    out, this one stays in. A wrong current password is 403 `bad_password`, and counts
    against the sign-in limits."""
    if not caller.is_coordinator:
        raise AccountError("Champions have no password: they enrol with a code.",
                           code="enrol_only")
    engine = engine_of(request)
    await signin.check_current_password(engine, caller, body.current_password,
                                        address_of(request))
    password_hash = await hash_soon(body.new_password)

    def store() -> None:
        with writing(engine) as conn:
            signed_out = accounts.set_password_hash(conn, caller.user_id, password_hash,
                                                    keep_device=caller.device_id)
            audit.record(conn, caller, "account.password_change", caller.username,
                         {"devices_signed_out": signed_out})

    await run_in_threadpool(store)
    return Response(status_code=204)


@router.get("/audit", response_model=list[AuditEntry], responses=ERRORS)
def audit_log(caller: AdminDep, request: Request,
              limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              action: Annotated[str | None, Query(max_length=50, pattern=r"^[a-z_.]+$")] = None,
              before_id: Annotated[int | None, Query(ge=1)] = None) -> list[dict]:
    """Admins: the audit log, newest first (`before_id` pages back)."""
    with reading(engine_of(request)) as conn:
        return audit.entries(conn, limit=limit, action=action, before_id=before_id)
