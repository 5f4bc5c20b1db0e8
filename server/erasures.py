"""The erasure endpoint: a coordinator erases one home's, one resident's or one record's data.

A dry run (the default) says what would go. A real one is recorded in the audit trail: who
asked, and how the records were found (a home id; for a resident, only which details were
used to find them, never the details themselves), with the ids of the records erased.
"""

import logging

from fastapi import APIRouter, Request

from champion_app.protocol import ErasureAnswer, ErasureRequest

from . import audit, erasure
from .auth import ERRORS, CoordinatorDep, engine_of
from .blobs import store_of
from .db import writing

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["coordinator"])


def target_of(body: ErasureRequest) -> str:
    """The audit trail's words for what was asked, with no personal detail in them."""
    if body.home_id is not None:
        return f"home {body.home_id}"
    if body.record_id is not None:
        return f"record {body.record_id}"
    assert body.contact is not None
    used = [name for name in ("name", "phone", "email") if getattr(body.contact, name).strip()]
    return "resident matched by " + ", ".join(used)


@router.post("/erasures", response_model=ErasureAnswer, responses=ERRORS)
def erase(body: ErasureRequest, caller: CoordinatorDep, request: Request) -> dict:
    """Erase (or, with ``dry_run``, list) the records of a home, a resident or one record, on
    the server and then on every laptop that holds them (a ``record`` ``delete`` change)."""
    with writing(engine_of(request)) as conn:
        ids = erasure.find_records(conn, home_id=body.home_id, contact=body.contact,
                                   record_id=body.record_id)
        if body.dry_run:
            done = erasure.describe(conn, ids)
        else:
            done = erasure.erase(conn, ids, "request")
            audit.record(conn, caller, "records.erase", target_of(body), {
                "records": [r["record_id"] for r in done.records],
                "versions": done.versions, "photos": len(done.photos)})
    if not body.dry_run:
        erasure.delete_blobs(store_of(request), done.photos)
    return {"dry_run": body.dry_run, "records": done.records, "versions": done.versions,
            "photos": len(done.photos)}
