"""`POST /api/v1/records/{id}/accept`: a coordinator accepts a record held after its
champion's patch changed (server/held.py says why records are held)."""

from fastapi import APIRouter, Request
from sqlalchemy import select

from champion_app.protocol import AcceptAnswer, ErrorBody

from . import schema as s
from .auth import ERRORS, CoordinatorDep, engine_of
from .db import writing
from .errors import ApiError
from .held import release

router = APIRouter(prefix="/api/v1", tags=["coordinator"])


@router.post("/records/{record_id}/accept", response_model=AcceptAnswer,
             responses={**ERRORS, 404: {"model": ErrorBody}})
def accept(record_id: str, caller: CoordinatorDep, request: Request) -> dict:
    """Accept a record held after its champion's patch changed into its estate."""
    with writing(engine_of(request)) as conn:
        if conn.execute(select(s.records.c.record_id)
                        .where(s.records.c.record_id == record_id)).first() is None:
            raise ApiError(404, "not_found", "There is no such record on the server.")
        released = release(conn, record_id)
    return {"record_id": record_id, "released": released}
