"""`GET /api/v1/health`: can this server process do its job? For the reverse proxy and
monitoring, so it needs no token and says nothing secret (no paths, no database address).

Three checks: the database answers; its schema is the revision this code needs (else
`champion-server init` has not run after an upgrade); the blob folder (photos) exists, is
writable and has at least ``CHAMPION_SERVER_MIN_FREE_MB`` megabytes free (default 256).
200 with ``"status": "ok"`` when all pass, 503 with ``"status": "failing"`` and a message in
plain words on each failing check otherwise.
"""

from __future__ import annotations

import os
import shutil
from typing import Literal

from alembic.runtime.migration import MigrationContext
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

import champion_app

from .db import reading
from .migrations import head

ENV_MIN_FREE_MB = "CHAMPION_SERVER_MIN_FREE_MB"
DEFAULT_MIN_FREE_MB = 256
router = APIRouter(prefix="/api/v1", tags=["meta"])


class Check(BaseModel):
    ok: bool
    message: str = ""


class Health(BaseModel):
    status: Literal["ok", "failing"]
    server_version: str
    checks: dict[str, Check]


def min_free_bytes() -> int:
    try:
        return max(0, int(os.environ.get(ENV_MIN_FREE_MB, DEFAULT_MIN_FREE_MB))) * 1024 * 1024
    except ValueError:
        return DEFAULT_MIN_FREE_MB * 1024 * 1024


def _database(engine) -> tuple[Check, Check]:
    try:
        with reading(engine) as conn:
            conn.execute(text("SELECT 1"))
            revision = MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        why = type(getattr(exc, "orig", None) or exc).__name__
        failed = Check(ok=False, message=f"The database does not answer ({why}).")
        return failed, Check(ok=False, message="Not checked: the database does not answer.")
    needed = head()
    if revision != needed:
        return Check(ok=True), Check(ok=False, message=(
            f"The database is at schema revision {revision or 'none'}, this server needs "
            f"{needed}: run champion-server init (after a backup)."))
    return Check(ok=True), Check(ok=True)


def _blob_storage(root) -> Check:
    if not root.is_dir():
        return Check(ok=False, message="The blob folder (photos) does not exist.")
    if not os.access(root, os.W_OK | os.X_OK):
        return Check(ok=False, message="The server cannot write to the blob folder (photos).")
    free, needed = shutil.disk_usage(root).free, min_free_bytes()
    if free < needed:
        return Check(ok=False, message=f"Only {free // 2**20} MB free for photos; at least "
                     f"{needed // 2**20} MB ({ENV_MIN_FREE_MB}) is needed.")
    return Check(ok=True)


def check(engine, blob_root) -> Health:
    database, schema = _database(engine)
    checks = {"database": database, "schema": schema, "blob_storage": _blob_storage(blob_root)}
    status: Literal["ok", "failing"] = "ok" if all(c.ok for c in checks.values()) else "failing"
    return Health(status=status, server_version=champion_app.__version__, checks=checks)


@router.get("/health", response_model=Health,
            responses={503: {"model": Health, "description": "A check failed"}})
def health(request: Request):
    """Database reachable, schema current, room for photos: 200 when all is well, else 503.
    No token needed (for the reverse proxy and monitoring)."""
    result = check(request.app.state.engine, request.app.state.blobs.root)
    return JSONResponse(result.model_dump(), status_code=200 if result.status == "ok" else 503)
