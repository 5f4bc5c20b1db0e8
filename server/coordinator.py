"""Coordinator endpoints: champions, their patches, enrolment codes, devices."""

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select

from champion_app.protocol import Champion, EnrolmentCode, ErrorBody, NewChampion, PatchUpdate

from . import accounts, audit
from . import schema as s
from .accounts import AccountError
from .auth import ERRORS, CoordinatorDep, engine_of
from .db import reading, writing
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["coordinator"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {**ERRORS, 404: {"model": ErrorBody}}


def _user_id(conn, name_or_id: str) -> str:
    row = accounts.find_user(conn, name_or_id)
    if row is None:
        raise ApiError(404, "not_found", f"There is no account {name_or_id!r}.")
    return row.id


@router.get("/champions", response_model=list[Champion], responses=ERRORS)
def list_champions(caller: CoordinatorDep, request: Request) -> list[dict]:
    """Every champion account with its patch and devices."""
    with reading(engine_of(request)) as conn:
        ids = conn.execute(select(s.users.c.id).where(s.users.c.role == "champion")
                           .order_by(s.users.c.username)).scalars().all()
        return [accounts.champion_entity(conn, i) for i in ids]


@router.post("/champions", response_model=Champion, status_code=201,
             responses={**ERRORS, 409: {"model": ErrorBody}})
def add_champion(body: NewChampion, caller: CoordinatorDep, request: Request) -> dict:
    with writing(engine_of(request)) as conn:
        try:
            info = accounts.add_user(conn, role="champion", username=body.username,
                                     display_name=body.display_name, estate_ids=body.estate_ids)
        except AccountError as exc:
            raise ApiError(409, "taken", str(exc), {"username": str(exc)}) from None
        return accounts.champion_entity(conn, info["id"])


@router.put("/champions/{user}/patch", response_model=Champion, responses=NOT_FOUND)
def set_patch(user: str, body: PatchUpdate, caller: CoordinatorDep, request: Request) -> dict:
    """Replace a champion's patch; their next pull is told to start again (reset)."""
    with writing(engine_of(request)) as conn:
        user_id = _user_id(conn, user)
        accounts.set_patch(conn, user_id, body.estate_ids)
        return accounts.champion_entity(conn, user_id)


@router.post("/champions/{user}/enrolment-code", response_model=EnrolmentCode,
             status_code=201, responses=NOT_FOUND)
def issue_code(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """A one-time code (valid 7 days) the champion types into the app to enrol a laptop."""
    with writing(engine_of(request)) as conn:
        user_id = _user_id(conn, user)
        code, expires = accounts.issue_code(conn, user_id)
        username = accounts.user_info(conn, user_id)["username"]
    log.info("enrolment code issued for %s", username)
    return {"username": username, "code": code, "expires_at": expires}


@router.post("/devices/{device_id}/revoke", status_code=204, responses=NOT_FOUND)
def revoke_device(device_id: str, caller: CoordinatorDep, request: Request,
                  wipe: Annotated[bool, Query(description=(
                      "Also wipe it: a lost laptop's next request is answered 401 "
                      "`device_wiped`, and the app deletes residents' data from it."))] = False
                  ) -> Response:
    """Cut a device off at once (a lost laptop): its next request gets 401."""
    with writing(engine_of(request)) as conn:
        owner = accounts.device_owner_name(conn, device_id)
        if owner is None or not accounts.revoke_device(conn, device_id, wipe=wipe):
            raise ApiError(404, "not_found", "There is no such device.")
        audit.record(conn, caller, "device.wipe" if wipe else "device.revoke", owner,
                     {"device_id": device_id})
    return Response(status_code=204)
