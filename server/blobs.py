"""Photos and other attachments: files named by their SHA-256, under --blob-dir.

Knowing a photo's SHA-256 is not having the photo. A champion may read a blob, cite it in a
record, or learn from `/blobs/missing` that the server has it, only once they have sent its
bytes themselves (`blob_uploads`) or a record of theirs cites it (`blob_citations`).
Coordinators see every record, so every photo. Uploads must be JPEG or PNG (checked by their
first bytes, no image library on the server), and what one person uploads that no record of
theirs cites is held to a quota (CHAMPION_SERVER_BLOB_QUOTA_MB).
"""

import hashlib
import logging
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection, exists, func, select

from champion_app.durable import write_durably
from champion_app.protocol import MAX_BLOB_BYTES, BlobsMissingAnswer, BlobsMissingRequest, ErrorBody

from . import schema as s
from .accounts import Caller
from .auth import ERRORS, CallerDep, engine_of
from .db import reading, utcnow, writing
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
        write_durably(target, data)  # the bytes and the rename, before PUT answers 201
        return True


def store_of(request: Request) -> BlobStore:
    return request.app.state.blobs


JPEG_START = b"\xff\xd8\xff"  # start of image, then the first marker
PNG_START = b"\x89PNG\r\n\x1a\n"


def looks_like_image(data: bytes) -> bool:
    """JPEG or PNG by their first bytes (the app only ever sends JPEG; PNG for good measure)."""
    return data.startswith(JPEG_START) or (data.startswith(PNG_START) and data[12:16] == b"IHDR")


def held_by(conn: Connection, user_id: str, shas: list[str]) -> set[str]:
    """Which of ``shas`` the user has sent themselves or cites in a record of theirs."""
    if not shas:
        return set()
    uploads, cites = s.blob_uploads.c, s.blob_citations.c
    sent = conn.execute(select(uploads.sha256).where(uploads.user_id == user_id)
                        .where(uploads.sha256.in_(shas))).scalars()
    cited = conn.execute(select(cites.sha256).where(cites.user_id == user_id)
                         .where(cites.sha256.in_(shas))).scalars()
    return set(sent) | set(cited)


def unreferenced_bytes(conn: Connection, user_id: str) -> int:
    """What the user uploaded that no record of theirs cites (yet)."""
    uploads, cites = s.blob_uploads.c, s.blob_citations.c
    cited = exists().where(cites.sha256 == uploads.sha256, cites.user_id == user_id)
    return conn.execute(select(func.coalesce(func.sum(uploads.bytes), 0))
                        .where(uploads.user_id == user_id).where(~cited)).scalar_one()


def _check_quota(request: Request, caller: Caller, sha256: str, size: int) -> None:
    quota = request.app.state.blob_quota
    with reading(engine_of(request)) as conn:
        if sha256 in held_by(conn, caller.user_id, [sha256]):
            return  # sent before: nothing new to count
        if unreferenced_bytes(conn, caller.user_id) + size > quota:
            raise ApiError(413, "quota", "Too many photos are waiting on the server for a "
                           "record to cite them. Send the records that use them first, or ask "
                           "an admin to raise the limit.")


def record_upload(conn: Connection, user_id: str, sha256: str, size: int) -> None:
    """The user sent these bytes: they may cite them (once, however often they send them)."""
    if sha256 not in held_by(conn, user_id, [sha256]):
        conn.execute(s.blob_uploads.insert().values(
            sha256=sha256, user_id=user_id, bytes=size, uploaded_at=utcnow()))


def _record_upload(request: Request, caller: Caller, sha256: str, size: int) -> None:
    with writing(engine_of(request)) as conn:
        record_upload(conn, caller.user_id, sha256, size)


@router.put("/{sha256}", status_code=201, responses={
    **ERRORS, 200: {"description": "Already stored"}, 201: {"description": "Stored"},
    413: {"model": ErrorBody}})
async def put_blob(caller: CallerDep, request: Request, sha256: str = SHA) -> Response:
    """A JPEG or PNG, named by its SHA-256 (422 `hash_mismatch`, `not_an_image`); 413
    `too_large` past 10 MB, or `quota` when too much of what you sent is not yet cited."""
    data = await request.body()
    if len(data) > MAX_BLOB_BYTES:
        raise ApiError(413, "too_large", "A photo may be at most 10 MB.")
    if not data:
        raise ApiError(422, "empty", "The upload is empty.")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ApiError(422, "hash_mismatch", "The bytes received do not match their name: the "
                       "upload was damaged. Send it again.")
    if not looks_like_image(data):
        raise ApiError(422, "not_an_image", "Only photos (JPEG or PNG) can be sent.")
    await run_in_threadpool(_check_quota, request, caller, sha256, len(data))
    created = await run_in_threadpool(store_of(request).put, sha256, data)
    await run_in_threadpool(_record_upload, request, caller, sha256, len(data))
    return Response(status_code=201 if created else 200)


@router.get("/{sha256}", responses={**ERRORS, 404: {"model": ErrorBody},
                                    200: {"content": {"application/octet-stream": {}}}})
def get_blob(caller: CallerDep, request: Request, sha256: str = SHA) -> Response:
    """For coordinators, and for the champion who sent the blob or whose record cites it."""
    if not caller.is_coordinator:
        with reading(engine_of(request)) as conn:
            allowed = sha256 in held_by(conn, caller.user_id, [sha256])
        if not allowed:
            raise ApiError(403, "forbidden", "Only coordinators and the champion who sent "
                           "this photo can fetch it.")
    store = store_of(request)
    if not store.has(sha256):
        raise ApiError(404, "not_found", "The server does not have this file.")
    return Response(store.path(sha256).read_bytes(), media_type="application/octet-stream")


@router.post("/missing", response_model=BlobsMissingAnswer, responses=ERRORS)
def missing(body: BlobsMissingRequest, caller: CallerDep, request: Request) -> dict:
    """Which of these the caller still has to send. For a champion that is every blob they
    have neither sent nor cited, whether or not someone else has: the answer says nothing
    about other people's photos."""
    store = store_of(request)
    wanted = list(dict.fromkeys(body.sha256))
    if caller.is_coordinator:
        return {"missing": [sha for sha in wanted if not store.has(sha)]}
    with reading(engine_of(request)) as conn:
        held = held_by(conn, caller.user_id, wanted)
    return {"missing": [sha for sha in wanted if sha not in held or not store.has(sha)]}
