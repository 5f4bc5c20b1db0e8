"""Photos and other attachments: files named by their SHA-256, under --blob-dir."""

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from champion_app.durable import fsync_dir
from champion_app.protocol import MAX_BLOB_BYTES, BlobsMissingAnswer, BlobsMissingRequest, ErrorBody

from . import schema as s
from .auth import ERRORS, CallerDep, engine_of
from .db import reading
from .errors import ApiError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/blobs", tags=["blobs"])
SHA = PathParam(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the bytes, lower-case hex")


class BlobStore:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, sha256: str, data: bytes) -> bool:
        """Store the bytes; False when already there. Written aside then renamed, so a
        crash never leaves a half file under a real name."""
        target = self.path(sha256)
        if target.is_file():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)  # the rename too, before PUT answers 201
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True


def store_of(request: Request) -> BlobStore:
    return request.app.state.blobs


@router.put("/{sha256}", status_code=201, responses={
    **ERRORS, 200: {"description": "Already stored"}, 201: {"description": "Stored"},
    413: {"model": ErrorBody}})
async def put_blob(caller: CallerDep, request: Request, sha256: str = SHA) -> Response:
    data = await request.body()
    if len(data) > MAX_BLOB_BYTES:
        raise ApiError(413, "too_large", "A photo may be at most 10 MB.")
    if not data:
        raise ApiError(422, "empty", "The upload is empty.")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ApiError(422, "hash_mismatch", "The bytes received do not match their name: the "
                       "upload was damaged. Send it again.")
    created = await run_in_threadpool(store_of(request).put, sha256, data)
    return Response(status_code=201 if created else 200)


@router.get("/{sha256}", responses={**ERRORS, 404: {"model": ErrorBody},
                                    200: {"content": {"application/octet-stream": {}}}})
def get_blob(caller: CallerDep, request: Request, sha256: str = SHA) -> Response:
    """For coordinators, and for the champion whose record cites the blob."""
    if not caller.is_coordinator:
        with reading(engine_of(request)) as conn:
            cited = conn.execute(select(s.blob_citations.c.sha256)
                                 .where(s.blob_citations.c.sha256 == sha256)
                                 .where(s.blob_citations.c.user_id == caller.user_id)).first()
        if cited is None:
            raise ApiError(403, "forbidden", "Only coordinators and the champion who sent "
                           "this photo can fetch it.")
    store = store_of(request)
    if not store.has(sha256):
        raise ApiError(404, "not_found", "The server does not have this file.")
    return Response(store.path(sha256).read_bytes(), media_type="application/octet-stream")


@router.post("/missing", response_model=BlobsMissingAnswer, responses=ERRORS)
def missing(body: BlobsMissingRequest, caller: CallerDep, request: Request) -> dict:
    store = store_of(request)
    return {"missing": [sha for sha in dict.fromkeys(body.sha256) if not store.has(sha)]}
