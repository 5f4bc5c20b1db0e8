"""Sync failures, each with words a champion can act on (and the detail for the log only)."""

from __future__ import annotations

from typing import Any

from champion_app.errors import ChampionError
from champion_app.i18n import QT_TRANSLATE_NOOP, translate

AUTH, NETWORK, SERVER, PROTOCOL, CLOCK, CANCELLED, OFFLINE, NOT_CONNECTED, WIPED = (
    "auth", "network", "server", "protocol", "clock", "cancelled", "offline", "not_connected",
    "wiped")

_MESSAGES = {
    AUTH: QT_TRANSLATE_NOOP(
        "sync", "This laptop is no longer connected to your landlord's server (its sign-in was "
                "refused). Nothing waiting to be sent has been lost. Connect again with a new "
                "enrolment code from your coordinator."),
    NETWORK: QT_TRANSLATE_NOOP(
        "sync", "The connection to the server dropped part-way. Nothing has been lost: "
                "everything not yet confirmed is still waiting and will be sent next time."),
    OFFLINE: QT_TRANSLATE_NOOP(
        "sync", "The server cannot be reached: check the internet connection. Your records are "
                "safe on this laptop and will be sent when the connection is back."),
    SERVER: QT_TRANSLATE_NOOP(
        "sync", "The server had a problem and could not finish. Nothing has been lost; the app "
                "will try again in a few minutes."),
    PROTOCOL: QT_TRANSLATE_NOOP(
        "sync", "The server sent an answer the app could not understand, so nothing was "
                "changed. Everything waiting to be sent is still waiting. If this keeps "
                "happening, tell your coordinator."),
    CLOCK: QT_TRANSLATE_NOOP(
        "sync", "This laptop's clock is more than 5 minutes different from the server's. Set the "
                "correct date and time so your records show when they really happened."),
    NOT_CONNECTED: QT_TRANSLATE_NOOP(
        "sync", "This laptop is not connected to your landlord's server yet. Use Connect "
                "to your landlord (or champion-app connect) with the enrolment code your "
                "coordinator gave you. Your records are kept safely here meanwhile."),
    CANCELLED: QT_TRANSLATE_NOOP(
        "sync", "Sync was stopped. Nothing has been lost; it will carry on next time."),
    WIPED: QT_TRANSLATE_NOOP(
        "sync", "Your landlord has withdrawn this laptop's access and asked for the residents' "
                "data on it to be deleted (for example because it was reported lost)."),
}


class SyncError(ChampionError):
    """A sync that could not finish. ``kind`` is one of the constants above.

    ``retryable`` says whether the same request may simply be sent again later (timeouts,
    dropped connections, 5xx, 429); ``retry_after`` is the server's wish in seconds.
    """

    def __init__(self, kind: str, user_message: str | None = None, *, detail: str = "",
                 retryable: bool = False, retry_after: float | None = None,
                 status: int | None = None) -> None:
        super().__init__(user_message or translate("sync", _MESSAGES[kind]), detail=detail)
        self.kind = kind
        self.retryable = retryable
        self.retry_after = retry_after
        self.status = status
        self.result: Any = None  # the engine puts its SyncResult so far here when it gives up

    def __repr__(self) -> str:
        return f"SyncError({self.kind!r}, status={self.status}, detail={self.detail!r})"


def auth(detail: str = "", message: str | None = None) -> SyncError:
    return SyncError(AUTH, message, detail=detail, status=401)


def wiped(detail: str = "") -> SyncError:
    return SyncError(WIPED, detail=detail, status=401)


def network(detail: str = "") -> SyncError:
    return SyncError(NETWORK, detail=detail, retryable=True)


def offline(detail: str = "") -> SyncError:
    return SyncError(OFFLINE, detail=detail)


def server(detail: str = "", *, status: int | None = None, retry_after: float | None = None,
           retryable: bool = True, message: str | None = None) -> SyncError:
    return SyncError(SERVER, message, detail=detail, retryable=retryable,
                     retry_after=retry_after, status=status)


def protocol(detail: str = "") -> SyncError:
    return SyncError(PROTOCOL, detail=detail)


def not_connected(detail: str = "") -> SyncError:
    return SyncError(NOT_CONNECTED, detail=detail)


def cancelled() -> SyncError:
    return SyncError(CANCELLED)
