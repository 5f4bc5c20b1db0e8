"""The HTTP side of sync: one requests.Session, timeouts, TLS on, answers validated.

Every method returns a validated protocol model or raises `SyncError`; a malformed,
truncated or wrong-typed answer is a `protocol` error, never a crash. urllib3 retries only
what is safe to repeat blindly (connection set-up, GET/PUT); POSTs are never retried here,
because the engine owns their backoff and knows when a repeat is harmless.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

import champion_app
from champion_app.i18n import translate
from champion_app.protocol import (
    DEVICE_WIPED,
    VERSION_HEADER,
    AuthAnswer,
    BlobsMissingAnswer,
    EnrolRequest,
    ErasureAnswer,
    ErasureRequest,
    ErrorBody,
    LoginRequest,
    Meta,
    Mutation,
    PullAnswer,
    PushAnswer,
)
from champion_app.records import describe_invalid

from . import errors
from .errors import SyncError

log = logging.getLogger(__name__)
ENV_CA_BUNDLE = "CHAMPION_CA_BUNDLE"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
BASE = "/api/v1"
M = TypeVar("M", bound=BaseModel)


def user_agent() -> str:
    return (f"EstateChampion/{champion_app.__version__} "
            f"(Python {platform.python_version()}; {platform.system()})")


def normalise_url(url: str) -> str:
    """``https://host[:port]`` from what a person typed; raises SyncError when unusable."""
    url = (url or "").strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(errors.SERVER, f"'{url}' is not a server address. Type it as your "
                        "coordinator gave it, for example https://champions.example.org.",
                        retryable=False)
    if url.endswith(BASE):
        url = url[: -len(BASE)]
    return url


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class SyncClient:
    """Talks to one champion-server. Not thread-safe: one per sync (requests.Session)."""

    def __init__(self, base_url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)) -> None:
        self.base_url = normalise_url(base_url)
        self.token = token
        self.timeout = timeout
        self.session = requests.Session()
        # TLS verification is always on; a landlord with its own certificate authority
        # points at its bundle instead of switching verification off.
        ca_bundle = ca_bundle or os.environ.get(ENV_CA_BUNDLE) or None
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.trust_env = True
        self.session.headers["User-Agent"] = user_agent()
        self.session.headers["Accept"] = "application/json"
        self.session.headers[VERSION_HEADER] = champion_app.__version__
        retry = Retry(total=2, connect=2, read=1, status=2, other=0, backoff_factor=0.3,
                      status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET", "PUT"}),
                      respect_retry_after_header=True, raise_on_status=False,
                      raise_on_redirect=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the calls -----------------------------------------------------------------------
    def meta(self) -> Meta:
        return self._call("GET", "/meta", Meta, auth=False)

    def enrol(self, code: str, device_name: str) -> AuthAnswer:
        body = EnrolRequest(code=code.strip(), device_name=device_name[:100] or "laptop")
        return self._call("POST", "/auth/enrol", AuthAnswer, json_body=body.model_dump(),
                          auth=False, auth_message=translate(
                              "sync", "The enrolment code was not accepted: it may be "
                                      "mistyped, used already or expired. Ask your "
                                      "coordinator for a new one."))

    def login(self, username: str, password: str, device_name: str) -> AuthAnswer:
        body = LoginRequest(username=username, password=password,
                            device_name=device_name[:100] or "laptop")
        return self._call("POST", "/auth/login", AuthAnswer, json_body=body.model_dump(),
                          auth=False, auth_message=translate(
                              "sync", "The username or password is wrong."))

    def logout(self) -> None:
        self._call("POST", "/auth/logout", None)

    def push(self, device_id: str, mutations: list[Mutation]) -> PushAnswer:
        body = {"device_id": device_id, "mutations": [m.model_dump() for m in mutations]}
        answer = self._call("POST", "/sync/push", PushAnswer, json_body=body)
        sent = {m.mutation_id for m in mutations}
        strangers = [r.mutation_id for r in answer.results if r.mutation_id not in sent]
        if strangers:
            raise errors.protocol(f"push answered {len(strangers)} mutation(s) never sent")
        return answer

    def pull(self, cursor: int, limit: int = 500) -> PullAnswer:
        return self._call("GET", "/sync/pull", PullAnswer,
                          params={"cursor": int(cursor), "limit": int(limit)})

    def blobs_missing(self, shas: list[str]) -> list[str]:
        if not shas:
            return []
        answer = self._call("POST", "/blobs/missing", BlobsMissingAnswer,
                            json_body={"sha256": list(shas)})
        return answer.missing

    def put_blob(self, sha256: str, data: bytes, mime: str = "image/jpeg") -> None:
        self._call("PUT", f"/blobs/{sha256}", None, data=data,
                   headers={"Content-Type": mime or "application/octet-stream"})

    def get_blob(self, sha256: str) -> bytes:
        """A photo's bytes (coordinators, and the champion who cited it)."""
        return self._call("GET", f"/blobs/{sha256}", None, raw=True,
                          headers={"Accept": "image/*"})

    # -- coordinators ---------------------------------------------------------------------
    def erase(self, request: ErasureRequest) -> ErasureAnswer:
        """An erasure request (dry run unless ``request.dry_run`` is False)."""
        return self._call("POST", "/erasures", ErasureAnswer,
                          json_body=request.model_dump(mode="json", exclude_none=True))

    def revoke_device(self, device_id: str, *, wipe: bool = False) -> None:
        """Cut a device off; with ``wipe`` (a lost laptop) its next contact deletes its data."""
        self._call("POST", f"/devices/{quote(device_id, safe='')}/revoke", None,
                   params={"wipe": "true"} if wipe else None)

    # -- machinery -----------------------------------------------------------------------
    def _call(self, method: str, path: str, model: type[M] | None, *, auth: bool = True,
              json_body: Any = None, params: dict | None = None, data: bytes | None = None,
              headers: dict | None = None, auth_message: str | None = None,
              raw: bool = False) -> Any:
        url = self.base_url + BASE + path
        headers = dict(headers or {})
        if auth:
            if not self.token:
                raise errors.auth("no token stored")
            headers["Authorization"] = f"Bearer {self.token}"
        if json_body is not None:
            data = json.dumps(json_body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        try:
            # verify per request: with trust_env, requests lets REQUESTS_CA_BUNDLE or
            # CURL_CA_BUNDLE win over the session's own bundle (psf/requests#2998), which
            # would silently drop the landlord's CA on machines that set them.
            response = self.session.request(method, url, params=params, data=data,
                                            headers=headers, timeout=self.timeout,
                                            verify=self.session.verify)
            content = response.content  # read it all here: a cut body raises here too
        except requests.exceptions.SSLError as exc:
            raise SyncError(errors.SERVER, translate(
                "sync", "The server's security certificate could not be checked, so nothing "
                        "was sent. If your landlord uses its own certificate authority, set "
                        "{setting} (or the CA bundle setting) to its certificate file."
            ).format(setting=ENV_CA_BUNDLE), detail=repr(exc)) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise errors.offline(f"{method} {path}: connect timeout") from exc
        except requests.exceptions.ConnectionError as exc:
            if _refused(exc):
                raise errors.offline(f"{method} {path}: {type(exc).__name__}") from exc
            raise errors.network(f"{method} {path}: {exc!r}") from exc
        except (requests.exceptions.Timeout, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            raise errors.network(f"{method} {path}: {type(exc).__name__}") from exc
        except requests.exceptions.RequestException as exc:
            raise errors.network(f"{method} {path}: {exc!r}") from exc
        log.debug("%s %s -> %s (%d bytes)", method, path, response.status_code, len(content))
        if response.status_code >= 400:
            raise self._http_error(method, path, response, content, auth_message)
        if raw:
            return content
        if model is None:
            return None
        try:
            return model.model_validate_json(content)
        except (ValidationError, ValueError) as exc:
            # The fields and why, never the values (the answer may carry residents' words).
            why = describe_invalid(exc) if isinstance(exc, ValidationError) else type(exc).__name__
            raise errors.protocol(f"{method} {path}: {response.status_code} answer not a "
                                  f"valid {model.__name__}: {why[:300]}") from exc

    def _http_error(self, method: str, path: str, response: requests.Response, content: bytes,
                    auth_message: str | None) -> SyncError:
        status = response.status_code
        message = code = ""
        with contextlib.suppress(ValidationError, ValueError):  # a proxy's HTML page, say
            error = ErrorBody.model_validate_json(content).error
            message, code = error.message, error.code
        detail = f"{method} {path}: HTTP {status} {message}".strip()
        if status == 401 and code == DEVICE_WIPED:
            return errors.wiped(detail)
        if status == 401:
            return errors.auth(detail, auth_message)
        if status == 429 or status >= 500:
            return errors.server(detail, status=status, retry_after=_retry_after(response),
                                 message=message if status == 429 and message else None)
        if status == 403:
            return errors.server(detail, status=status, retryable=False,
                                 message=message or translate(
                                     "sync", "Your account is not allowed to do this."))
        if status == 413:
            return errors.server(detail, status=status, retryable=False, message=message or
                                 translate("sync", "What was sent is too large for the server."))
        if status == 404 and path == "/meta":
            return errors.server(detail, status=status, retryable=False, message=translate(
                "sync", "There is no Estate Champion server at this address. Check it with "
                        "your coordinator."))
        return errors.server(detail, status=status, retryable=False,
                             message=message or None)


def _refused(exc: BaseException) -> bool:
    """True when the connection was never made (offline, server down), not dropped later."""
    text = repr(exc)
    return any(marker in text for marker in (
        "NewConnectionError", "Connection refused", "NameResolutionError",
        "Failed to resolve", "Network is unreachable", "No route to host"))
