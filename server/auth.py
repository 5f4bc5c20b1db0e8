"""Sign-in routes and the token check every other route depends on."""

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from champion_app.protocol import DEVICE_WIPED, AuthAnswer, EnrolRequest, ErrorBody, LoginRequest

from . import accounts, audit, seen, signin
from .accounts import Caller
from .db import reading, utcnow, writing
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])
_bearer = HTTPBearer(auto_error=False, description="The device token from enrol or login.")

ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}}


def engine_of(request: Request):
    return request.app.state.engine


def address_of(request: Request) -> str:
    """The client's address (the proxy's view of it with `serve --trusted-proxy`)."""
    return request.client.host if request.client else "unknown"


# Where the body-limit middleware leaves the caller it authenticated before reading a body.
CALLER_KEY = "champion.caller"


def wiped_error() -> ApiError:
    return ApiError(401, DEVICE_WIPED, "Your landlord has withdrawn this laptop's access and "
                    "asked for the residents' data on it to be deleted.")


def tell_wipe(engine, token: str) -> bool:
    """True when ``token`` is a lost laptop's (revoked and marked for a wipe): its answer is
    then 401 `device_wiped`. The first time, that it was told goes in the audit log. A token
    that is merely wrong costs one read, never a write."""
    with reading(engine) as conn:
        due = accounts.wipe_due(conn, token)
    if due is None:
        return False
    if due.wipe_told_at is None:
        with writing(engine) as conn:
            if accounts.note_wipe_told(conn, due.id, due.user_id):
                audit.record(conn, f"device {due.id}", "device.wipe_delivered", due.username,
                             {"device_id": due.id})
    return True


def current_caller(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
                   ) -> Caller:
    """Every request checks its token: a revoked device, or an account disabled, is refused
    on its next request."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise ApiError(401, "unauthorised", "Sign in first: this request has no device token.")
    caller = request.scope.get(CALLER_KEY)
    if caller is None:
        with reading(engine_of(request)) as conn:
            caller = accounts.authenticate(conn, creds.credentials)
    if caller is None:
        if tell_wipe(engine_of(request), creds.credentials):
            raise wiped_error()
        raise ApiError(401, "unauthorised", "This device is signed out or its access was "
                       "withdrawn. Sign in again; nothing waiting to be sent is lost.")
    now = utcnow()
    if accounts.seen_is_stale(caller, now):  # a write at most once a minute per device
        with writing(engine_of(request)) as conn:
            accounts.note_seen(conn, caller, now)
    seen.note(request, caller)  # app version and last seen, for stats and coordinators
    return caller


def coordinator(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    if not caller.is_coordinator:
        raise ApiError(403, "forbidden", "Only coordinators can do this.")
    return caller


def admin(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    if not caller.is_admin:
        raise ApiError(403, "forbidden", "Only admins can do this.")
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]
CoordinatorDep = Annotated[Caller, Depends(coordinator)]
AdminDep = Annotated[Caller, Depends(admin)]


LIMITED: dict[int | str, dict[str, Any]] = {**ERRORS, 429: {"model": ErrorBody}}


@router.post("/enrol", response_model=AuthAnswer, responses=LIMITED)
async def enrol(body: EnrolRequest, request: Request) -> dict:
    """A champion's device swaps a one-time enrolment code for its own token. Ten bad codes
    from one address in 15 minutes answer 429 with `Retry-After`."""
    answer = await signin.enrol(engine_of(request), body.code, body.device_name,
                                address_of(request))
    log.info("device %s enrolled for %s", answer["device_id"], answer["user"]["username"])
    return answer


@router.post("/login", response_model=AuthAnswer, responses=LIMITED)
async def login(body: LoginRequest, request: Request) -> dict:
    """Coordinators and admins sign in with a password (champions enrol instead). Limits,
    each answering 429 with `Retry-After`: 5 tries for one username from one address and
    20 from one address in 15 minutes; past 50 failures for a username in a day, only the
    addresses it signed in from before. A disabled account with the right password: 403."""
    return await signin.login(engine_of(request), body.username, body.password,
                              body.device_name, address_of(request))


@router.post("/logout", status_code=204, responses=ERRORS)
def logout(caller: CallerDep, request: Request) -> Response:
    with writing(engine_of(request)) as conn:
        accounts.revoke_device(conn, caller.device_id)
    return Response(status_code=204)
