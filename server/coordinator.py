"""Coordinator endpoints: champions, their patches, enrolment codes, devices.

Only champions have patches and enrolment codes: a coordinator or admin asked for either is
refused (409 `not_a_champion`), so no one can mint a code and sign in as a member of staff.
Every change here is in the audit log (server/audit.py).
"""

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select

from champion_app.protocol import Champion, EnrolmentCode, ErrorBody, NewChampion, PatchUpdate
from champion_app.storable import shown

from . import accounts, audit
from . import schema as s
from .accounts import Caller
from .auth import ERRORS, CallerDep, CoordinatorDep, engine_of
from .db import reading, writing
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["coordinator"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {**ERRORS, 404: {"model": ErrorBody}}
REFUSED: dict[int | str, dict[str, Any]] = {**NOT_FOUND, 409: {"model": ErrorBody}}


def user_or_404(conn, name_or_id: str):
    row = accounts.find_user(conn, name_or_id)
    if row is None:
        raise ApiError(404, "not_found", f"There is no account {shown(name_or_id)!r}.")
    return row


@router.get("/champions", response_model=list[Champion], responses=ERRORS)
def list_champions(caller: CoordinatorDep, request: Request) -> list[dict]:
    """Every champion account (removed ones aside) with its patch and devices."""
    with reading(engine_of(request)) as conn:
        ids = conn.execute(select(s.users.c.id).where(s.users.c.role == "champion")
                           .where(s.users.c.removed_at.is_(None))
                           .order_by(s.users.c.username)).scalars().all()
        return [accounts.champion_entity(conn, i) for i in ids]


@router.post("/champions", response_model=Champion, status_code=201,
             responses={**ERRORS, 409: {"model": ErrorBody}})
def add_champion(body: NewChampion, caller: CoordinatorDep, request: Request) -> dict:
    """A new champion; every estate of the patch must be on the server (422 otherwise)."""
    with writing(engine_of(request)) as conn:
        accounts.require_known_estates(conn, body.estate_ids)
        info = accounts.add_user(conn, role="champion", username=body.username,
                                 display_name=body.display_name, estate_ids=body.estate_ids)
        audit.record(conn, caller, "account.add", info["username"],
                     {"role": "champion", "estate_ids": info["estate_ids"]})
        return accounts.champion_entity(conn, info["id"])


@router.put("/champions/{user}/patch", response_model=Champion, responses=REFUSED)
def set_patch(user: str, body: PatchUpdate, caller: CoordinatorDep, request: Request) -> dict:
    """Replace a champion's patch; their next pull is told to start again (reset)."""
    with writing(engine_of(request)) as conn:
        row = user_or_404(conn, user)
        accounts.require_champion(row)
        accounts.require_known_estates(conn, body.estate_ids)
        before = accounts.user_info(conn, row.id)["estate_ids"]
        after = accounts.set_patch(conn, row.id, body.estate_ids)["estate_ids"]
        audit.record(conn, caller, "patch.set", row.username, {"before": before, "after": after})
        return accounts.champion_entity(conn, row.id)


@router.post("/champions/{user}/enrolment-code", response_model=EnrolmentCode,
             status_code=201, responses=REFUSED)
def issue_code(user: str, caller: CoordinatorDep, request: Request) -> dict:
    """A one-time code (valid 7 days) the champion types into the app to enrol a laptop.
    Champions only, and only while their account is enabled."""
    with writing(engine_of(request)) as conn:
        row = user_or_404(conn, user)
        code, expires = accounts.issue_code(conn, row.id)
        audit.record(conn, caller, "enrolment_code.issue", row.username,
                     {"expires_at": expires.isoformat()})
    log.info("enrolment code issued for %s", row.username)
    return {"username": row.username, "code": code, "expires_at": expires}


def may_revoke(caller: Caller, owner) -> bool:
    """Your own devices; a champion's if you are a coordinator; anyone's if an admin."""
    return owner.id == caller.user_id or accounts.may_manage(caller, owner.role)


@router.post("/devices/{device_id}/revoke", status_code=204, responses=NOT_FOUND)
def revoke_device(device_id: str, caller: CallerDep, request: Request,
                  wipe: Annotated[bool, Query(description=(
                      "Also wipe it: a lost laptop's next request is answered 401 "
                      "`device_wiped`, and the app deletes residents' data from it."))] = False
                  ) -> Response:
    """Cut a device off at once (a lost laptop): its next request gets 401, or with ``wipe``
    401 `device_wiped`. Anyone may end their own sessions; coordinators a champion's; admins
    anyone's."""
    with writing(engine_of(request)) as conn:
        owner = accounts.device_owner(conn, device_id)
        if owner is None:
            raise ApiError(404, "not_found", "There is no such device.")
        if not may_revoke(caller, owner):
            raise ApiError(403, "forbidden", "Coordinators can cut off champions' devices; "
                           "only an admin can cut off another member of staff's.")
        accounts.revoke_device(conn, device_id, wipe=wipe)
        audit.record(conn, caller, "device.wipe" if wipe else "device.revoke", owner.username,
                     {"device_id": device_id})
    return Response(status_code=204)
