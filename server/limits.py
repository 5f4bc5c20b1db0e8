"""Request bodies, bounded in memory before any route sees a byte (an ASGI middleware).

Who is asking is settled *before* a body is read: a request with a valid device token may
send up to its route's limit (push 5 MB, blobs 10 MB, else 1 MB); any other request (no
token, a wrong or revoked one, or sign-in itself) may send at most 64 KB, and at most
`UNAUTHENTICATED_AT_ONCE` such bodies are held at a time. So memory for strangers is bounded
by 32 x 64 KB, however many connect: the audit saw 100 unauthenticated 10 MB uploads take the
server from 284 MB to 1.1 GB, because the old limit read 10 MB of each before the token was
checked. Big authenticated bodies are also taken `BIG_BODIES_AT_ONCE` at a time.

A body within its limit is replayed to the app as it was; past it the answer comes at once
(413 for sign-in and for a signed-in caller; 401 for a stranger at any other address) after
the rest is read and dropped unbuffered, so a client still sending sees the answer rather
than a broken connection.
"""

import asyncio
import weakref

import anyio.to_thread

from champion_app.protocol import DEVICE_WIPED, MAX_BLOB_BYTES, MAX_PUSH_BYTES

from . import accounts
from .auth import CALLER_KEY, tell_wipe, wiped_error
from .db import reading
from .errors import error_response

DEFAULT_LIMIT = 1024 * 1024
PUSH_LIMIT = MAX_PUSH_BYTES
BLOB_LIMIT = MAX_BLOB_BYTES
UNAUTHENTICATED_LIMIT = 64 * 1024
UNAUTHENTICATED_AT_ONCE = 32
BIG_BODIES_AT_ONCE = 16
WAIT_FOR_A_TURN_S = 30  # then 503 with Retry-After: the app tries again later
SLOW_BODY_S = 30  # a stranger's 64 KB in more than this is someone holding a turn
DRAIN_LIMIT = 16 * 1024 * 1024  # past this much extra, answer at once and let it break
SIGN_IN_PATHS = frozenset({"/api/v1/auth/login", "/api/v1/auth/enrol"})


def limit_for(method: str, path: str) -> int:
    if method == "PUT" and path.startswith("/api/v1/blobs/"):
        return BLOB_LIMIT
    if path == "/api/v1/sync/push":
        return PUSH_LIMIT
    return DEFAULT_LIMIT


def bearer_token(scope) -> str | None:
    for name, value in scope.get("headers") or []:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer":
                return None
            return token.strip() or None
    return None


# What reading a body came to (TOO_LARGE: more of it is still coming).
READ, TOO_LARGE, TOO_LARGE_ALL_READ, SLOW, GONE = (
    "read", "too large", "too large, all read", "slow", "gone")


class BodyLimit:
    def __init__(self, app):
        self.app = app
        self._turns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                               dict[str, asyncio.Semaphore]] = (
            weakref.WeakKeyDictionary())

    def _turn(self, kind: str, count: int) -> asyncio.Semaphore:
        """The semaphore for ``kind``, one per event loop (made inside it, on first use)."""
        turns = self._turns.setdefault(asyncio.get_running_loop(), {})
        if kind not in turns:
            turns[kind] = asyncio.Semaphore(count)
        return turns[kind]

    async def _caller(self, scope):
        token = bearer_token(scope)
        if token is None or scope["path"] in SIGN_IN_PATHS:
            return None

        def look_up():
            with reading(scope["app"].state.engine) as conn:
                return accounts.authenticate(conn, token)

        return await anyio.to_thread.run_sync(look_up)

    @staticmethod
    async def _wiped(scope) -> bool:
        token = bearer_token(scope)
        if token is None:
            return False
        engine = scope["app"].state.engine
        return await anyio.to_thread.run_sync(lambda: tell_wipe(engine, token))

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        caller = await self._caller(scope)
        if caller is not None:
            scope[CALLER_KEY] = caller
            limit = limit_for(scope["method"], scope["path"])
            turn = self._turn("big", BIG_BODIES_AT_ONCE) if limit > DEFAULT_LIMIT else None
            refusal = self._too_large(limit)
            await self._pass_on(scope, receive, send, limit, turn, refusal, timeout=None)
            return
        if scope["path"] in SIGN_IN_PATHS:
            refusal = self._too_large(UNAUTHENTICATED_LIMIT)
        elif await self._wiped(scope):
            # A lost laptop's push may be bigger than a stranger's limit: it is still told
            # to wipe (a plain 401 would only ask it to connect again, for ever).
            refusal = error_response(401, DEVICE_WIPED, wiped_error().message)
        else:
            refusal = error_response(401, "unauthorised", "Sign in first: this device is not "
                                     "signed in, or its access was withdrawn.")
        await self._pass_on(scope, receive, send, UNAUTHENTICATED_LIMIT,
                            self._turn("stranger", UNAUTHENTICATED_AT_ONCE), refusal,
                            timeout=SLOW_BODY_S)

    @staticmethod
    def _too_large(limit: int):
        size = (f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024
                else f"{limit // 1024} KB")
        return error_response(413, "too_large", f"The request is larger than this address "
                              f"accepts ({size}).")

    async def _pass_on(self, scope, receive, send, limit: int, turn, refusal, timeout):
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit + DRAIN_LIMIT:
            await refusal(scope, receive, send)
            return
        if turn is not None and not await self._wait_for(turn):
            await error_response(503, "busy", "The server is busy: try again in a moment.",
                                 headers={"Retry-After": "5"})(scope, receive, send)
            return
        try:
            outcome, body = await self._read(receive, limit, timeout)
        finally:
            if turn is not None:
                turn.release()
        if outcome == GONE:
            return
        if outcome == SLOW:
            await error_response(408, "too_slow", "The request took too long to arrive.")(
                scope, receive, send)
        elif outcome in (TOO_LARGE, TOO_LARGE_ALL_READ):
            if outcome == TOO_LARGE:
                await self._drain(receive)
            await refusal(scope, receive, send)
        else:
            await self.app(scope, _replay(body, receive), send)

    @staticmethod
    async def _wait_for(turn: asyncio.Semaphore) -> bool:
        try:
            with anyio.fail_after(WAIT_FOR_A_TURN_S):
                await turn.acquire()
        except TimeoutError:
            return False
        return True

    @staticmethod
    async def _read(receive, limit: int, timeout: float | None) -> tuple[str, bytes]:
        """(READ, the body) or (another outcome, b""): never more than ``limit`` bytes
        held."""
        chunks, size, more = [], 0, True
        try:
            with anyio.fail_after(timeout):
                while more:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return GONE, b""
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    more = message.get("more_body", False)
                    if size > limit:
                        return (TOO_LARGE if more else TOO_LARGE_ALL_READ), b""
                    chunks.append(chunk)
        except TimeoutError:
            return SLOW, b""
        return READ, b"".join(chunks)

    @staticmethod
    async def _drain(receive) -> None:
        """Read and drop the rest (up to DRAIN_LIMIT): a client still sending when the
        answer comes would see a broken connection instead of it."""
        size, more = 0, True
        while more and size <= DRAIN_LIMIT:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            size += len(message.get("body", b""))
            more = message.get("more_body", False)


def _replay(body: bytes, receive):
    """The app's `receive`: the whole body once, then whatever the connection says next."""
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
