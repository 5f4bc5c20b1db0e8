"""One error shape for every answer: {"error": {"code", "message", "fields"}} in plain words."""

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from champion_app.protocol import MAX_MUTATIONS

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


_PLAIN = {
    "missing": "This is required.",
    "int_parsing": "Enter a whole number.",
    "int_type": "Enter a whole number.",
    "string_type": "Enter text here.",
    "bool_type": "Choose yes or no.",
    "bool_parsing": "Choose yes or no.",
    "list_type": "Expected a list here.",
    "dict_type": "Expected an object here.",
    "model_attributes_type": "Expected an object here.",
    "extra_forbidden": "This field is not expected here.",
    "string_too_short": "This is too short.",
    "string_too_long": "This is too long.",
    "string_pattern_mismatch": "This is not in the expected format.",
    "literal_error": "This is not one of the allowed values.",
    "enum": "This is not one of the allowed values.",
    "too_long": "Too many entries.",
    "greater_than_equal": "This number is too small.",
    "less_than_equal": "This number is too large.",
    "datetime_parsing": "Enter a date and time.",
    "datetime_from_date_parsing": "Enter a date and time.",
    "date_parsing": "Enter a date such as 2026-03-31.",
}


def plain_fields(errors) -> dict[str, str]:
    """FastAPI's validation errors as {"field.path": "plain words"}."""
    fields: dict[str, str] = {}
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        fields.setdefault(".".join(loc) or "body", _PLAIN.get(err.get("type", ""), "This is not valid."))
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
