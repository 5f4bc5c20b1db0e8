"""Sign-in routes and the token check every other route depends on."""

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from champion_app.protocol import DEVICE_WIPED, AuthAnswer, EnrolRequest, ErrorBody, LoginRequest

from . import accounts, audit
from .accounts import Caller
from .db import reading, writing
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])
_bearer = HTTPBearer(auto_error=False, description="The device token from enrol or login.")

ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}}


def engine_of(request: Request):
    return request.app.state.engine


def current_caller(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
                   ) -> Caller:
    """Every request checks its token: a revoked device is refused on its next request."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise ApiError(401, "unauthorised", "Sign in first: this request has no device token.")
    with reading(engine_of(request)) as conn:
        caller = accounts.authenticate(conn, creds.credentials)
    if caller is None:
        with writing(engine_of(request)) as conn:
            wiped = accounts.wipe_due(conn, creds.credentials)
            if wiped is not None and wiped[2]:  # the first time: the lost laptop got it
                audit.record(conn, f"device {wiped[0]}", "device.wipe_delivered", wiped[1],
                             {"device_id": wiped[0]})
        if wiped is not None:
            raise ApiError(401, DEVICE_WIPED, "Your landlord has withdrawn this laptop's "
                           "access and asked for the residents' data on it to be deleted.")
        raise ApiError(401, "unauthorised", "This device is signed out or its access was "
                       "withdrawn. Sign in again; nothing waiting to be sent is lost.")
    return caller


def coordinator(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    if not caller.is_coordinator:
        raise ApiError(403, "forbidden", "Only coordinators can do this.")
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]
CoordinatorDep = Annotated[Caller, Depends(coordinator)]


@router.post("/enrol", response_model=AuthAnswer, responses=ERRORS)
def enrol(body: EnrolRequest, request: Request) -> dict:
    """A champion's device swaps a one-time enrolment code for its own token."""
    with writing(engine_of(request)) as conn:
        answer = accounts.enrol(conn, body.code, body.device_name)
    log.info("device %s enrolled for %s", answer["device_id"], answer["user"]["username"])
    return answer


@router.post("/login", response_model=AuthAnswer,
             responses={**ERRORS, 429: {"model": ErrorBody}})
def login(body: LoginRequest, request: Request) -> dict:
    """Coordinators sign in with a password; five failures in 15 minutes locks the name."""
    with writing(engine_of(request)) as conn:
        wait = accounts.login_blocked_for(conn, body.username)
        answer = None if wait else accounts.login(conn, body.username, body.password,
                                                  body.device_name)
    if wait:
        raise ApiError(429, "too_many_tries", "Too many wrong passwords: wait a while and "
                       "try again.", headers={"Retry-After": str(wait)})
    if answer is None:
        log.info("failed sign-in for %s", body.username)
        raise ApiError(401, "bad_login", "The username or password is wrong.")
    if answer["user"]["role"] == "champion":
        log.info("champion %s signed in with a password", body.username)
    return answer


@router.post("/logout", status_code=204, responses=ERRORS)
def logout(caller: CallerDep, request: Request) -> Response:
    with writing(engine_of(request)) as conn:
        accounts.revoke_device(conn, caller.device_id)
    return Response(status_code=204)
