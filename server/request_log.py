"""The server's logs: one line per request with a request id, as text or JSON lines.

`RequestLog` (an ASGI middleware, outermost) gives each request an id: the proxy's
``X-Request-ID`` when it sent a sensible one (so nginx's log and ours can be joined), else a
new one. The id goes back in the answer's ``X-Request-ID`` and onto every log line written
while the request runs, and one ``request`` line is logged when it ends: method, path, status,
duration, device. Paths only, never query strings or headers, so no token, code or password
can reach a log. Health checks log at DEBUG (a monitor polls them).

`logging_config(level, fmt)` is the one logging set-up, handed to uvicorn so its own
messages and ours share the format in every worker process: ``fmt`` is ``text`` (the
default) or ``json`` (``--log-format`` / ``CHAMPION_SERVER_LOG_FORMAT``): one JSON object per
line with ``time``, ``level``, ``logger``, ``message``, ``request_id`` and, on request
lines, ``method``, ``path``, ``status``, ``duration_ms``, ``client``, ``device_id``. Either
way one record is one line: text through server/logs.py's escaping formatter, JSON with every
character outside ASCII escaped (a quoted newline or line separator cannot forge a line).
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool

from .logs import FORMAT, EscapingFormatter

log = logging.getLogger("server.requests")

FORMATS = ("text", "json")
REQUEST_ID_HEADER = "X-Request-ID"
_GOOD_ID = re.compile(rb"[A-Za-z0-9._\-]{8,64}")
_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
# Whole pushes refused before the push handler runs (they never reach its counts).
_REFUSED_PUSH = {403: "wrong_device", 413: "too_large", 422: "invalid"}
PUSH_PATH = "/api/v1/sync/push"
HEALTH_PATH = "/api/v1/health"
_FIELDS = ("method", "path", "status", "duration_ms", "client", "device_id")


def current_request_id() -> str:
    return _request_id.get()


class RequestLog:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = dict(scope.get("headers") or []).get(REQUEST_ID_HEADER.lower().encode(), b"")
        request_id = sent.decode() if _GOOD_ID.fullmatch(sent) else uuid.uuid4().hex
        token = _request_id.set(request_id)
        status = 500
        started = time.perf_counter()

        async def send_with_id(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                if scope["path"] == PUSH_PATH and status in _REFUSED_PUSH:
                    # Counted before the answer leaves, so whoever sees it sees the count.
                    await _count_refused(scope, _REFUSED_PUSH[status])
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (REQUEST_ID_HEADER.lower().encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._log(scope, status, (time.perf_counter() - started) * 1000)
            _request_id.reset(token)

    @staticmethod
    def _log(scope, status: int, ms: float) -> None:
        level = logging.DEBUG if scope["path"] == HEALTH_PATH and status == 200 else logging.INFO
        if status >= 500:
            level = logging.ERROR
        client = scope.get("client")
        device = (scope.get("state") or {}).get("device_id", "")
        fields = {"method": scope["method"], "path": scope["path"], "status": status,
                  "duration_ms": round(ms, 1), "client": client[0] if client else "",
                  "device_id": device}
        log.log(level, "%s %s %s %.1f ms%s", scope["method"], scope["path"], status, ms,
                f" device {device}" if device else "", extra={"request": fields})


async def _count_refused(scope, code: str) -> None:
    from .stats import note_rejections

    app = scope.get("app")
    engine = getattr(getattr(app, "state", None), "engine", None)
    if engine is not None:
        await run_in_threadpool(note_rejections, engine, {code: 1})


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line; exceptions as one ``exception`` string."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname, "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or None,
            **getattr(record, "request", {}),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps({k: v for k, v in entry.items() if v is not None and v != ""})


class TextFormatter(EscapingFormatter):
    """server/logs.py's escaping text line, with the request id at the end."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        request_id = getattr(record, "request_id", "")
        return f"{line} [{request_id}]" if request_id else line


def logging_config(level: str = "info", fmt: str = "text") -> dict:
    """A `logging.config.dictConfig` for the server and uvicorn: everything to stderr, in
    ``fmt``; uvicorn's own access log is off (`RequestLog` writes a better one)."""
    if fmt not in FORMATS:
        raise ValueError(f"The log format must be one of {', '.join(FORMATS)}, not {fmt!r}.")
    level = "DEBUG" if level.lower() == "trace" else level.upper()
    formatter = f"server.request_log.{'Json' if fmt == 'json' else 'Text'}Formatter"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "server.request_log._RequestIdFilter"}},
        "formatters": {"main": {"()": formatter}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                                "formatter": "main", "filters": ["request_id"]}},
        "loggers": {
            "server": {"level": level},
            "uvicorn": {"level": level},
            "uvicorn.access": {"level": "WARNING"},
        },
        "root": {"level": "WARNING", "handlers": ["stderr"]},
    }
