"""One error shape for every answer: {"error": {"code", "message", "fields"}} in plain words."""

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from champion_app.protocol import MAX_MUTATIONS
from champion_app.records import plain_message

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorised", "Sign in again: this device is not signed in, or was signed out."),
    403: ("forbidden", "Your account is not allowed to do this."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that kind of request."),
    413: ("too_large", "The request is too large."),
    415: ("unsupported_media_type", "Send JSON."),
    422: ("invalid", "Some of what was sent is not valid."),
    429: ("too_many_requests", "Too many attempts: wait a while and try again."),
}


def plain_fields(errors) -> dict[str, str]:
    """FastAPI's validation errors as {"field.path": "plain words"}."""
    fields: dict[str, str] = {}
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        fields.setdefault(".".join(loc) or "body", plain_message(err))
    return fields


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 fields: dict[str, str] | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.fields = fields or {}
        self.headers = headers


def error_response(status: int, code: str, message: str, fields: dict[str, str] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.fields, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code, message = _STATUS_CODES.get(exc.status_code, ("error", "The request failed."))
        return error_response(exc.status_code, code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        # SYNC_PROTOCOL.md: more than MAX_MUTATIONS in one push is "too large", not invalid.
        if any(tuple(e.get("loc", ()))[:2] == ("body", "mutations") and e.get("type") == "too_long"
               and len(e.get("loc", ())) == 2 for e in errors):
            return error_response(413, "too_large",
                                  f"Send at most {MAX_MUTATIONS} changes in one push.")
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(422, "malformed_json", "The body is not valid JSON.")
        return error_response(422, "invalid", "Some of what was sent is not valid.",
                              plain_fields(errors))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception):  # pragma: no cover - a bug
        log.error("unexpected error", exc_info=exc)
        return error_response(500, "internal", "Something went wrong on the server.")
