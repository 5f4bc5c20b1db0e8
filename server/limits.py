"""Request body limits, enforced before any route parses a byte (an ASGI middleware).

The body is read here up to its route's limit and replayed to the app; past the limit the
answer is 413 at once, so a huge upload is never parsed or half-stored.
"""

from champion_app.protocol import MAX_BLOB_BYTES, MAX_PUSH_BYTES

from .errors import error_response

DEFAULT_LIMIT = 1024 * 1024
PUSH_LIMIT = MAX_PUSH_BYTES
BLOB_LIMIT = MAX_BLOB_BYTES
DRAIN_LIMIT = 16 * 1024 * 1024  # past this much extra, answer at once and let it break


def limit_for(method: str, path: str) -> int:
    if method == "PUT" and path.startswith("/api/v1/blobs/"):
        return BLOB_LIMIT
    if path == "/api/v1/sync/push":
        return PUSH_LIMIT
    return DEFAULT_LIMIT


class BodyLimit:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["method"], scope["path"])
        too_large = error_response(
            413, "too_large", f"The request is larger than this address accepts "
            f"({limit // (1024 * 1024)} MB).")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit + DRAIN_LIMIT:
            await too_large(scope, receive, send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            more = message.get("more_body", False)
            if size > limit:
                # Read (and drop) the rest first: a client still sending when the answer
                # comes would see a broken connection instead of the 413.
                while more and size <= limit + DRAIN_LIMIT:
                    message = await receive()
                    size += len(message.get("body", b""))
                    more = message.get("more_body", False)
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
