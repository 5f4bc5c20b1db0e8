"""The one place that turns an exception into words for a person (after Anki's aqt/errors.py).

* `ChampionError` carries ``user_message``: shown as it is.
* `RecordInvalid` carries ``fields``: forms show each next to its field (`form_errors`);
  anywhere else it is listed in a dialog.
* Anything else is a bug: the log gets the traceback, the person gets a calm sentence that
  nothing was lost and where the log is.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from champion_app.errors import ChampionError

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "Something went wrong that the app did not expect. What you had already saved "
              "is safe. If it happens again, tell your coordinator and mention the time; the "
              "details are in the app's log file.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _invalid(error: BaseException) -> bool:
    """A record's validation error. Only code that has imported the records (pydantic, a
    quarter of a second) can raise one, so this asks without importing them at start."""
    records = sys.modules.get("champion_app.records")
    return records is not None and isinstance(error, records.RecordInvalid)


def user_message(error: BaseException) -> str:
    """Plain words for ``error``; never a traceback."""
    if isinstance(error, ChampionError):
        return error.user_message
    if _invalid(error):
        lines = [f"• {msg}" for msg in error.fields.values()]
        return QCoreApplication.translate(
            "errors", "Some answers need attention before this can be sent:") + "\n" + \
            "\n".join(lines)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "errors", "The computer refused a file operation (%1). Check the disk is not full "
                      "and try again; nothing saved has been lost.").replace(
            "%1", str(error.strerror or error))
    return _tr(UNEXPECTED)


def form_errors(error: BaseException) -> dict[str, str] | None:
    """The per-field messages of a validation error, or None when it is another failure."""
    if _invalid(error):
        return dict(error.fields)
    return None


def show_error(parent: QWidget | None, error: BaseException, *, title: str = "") -> None:
    """Log ``error`` and open one dialog that says what happened in plain words."""
    expected = isinstance(error, ChampionError) or _invalid(error)
    if expected:
        log.info("Shown to the user: %s", error)
    else:
        log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("errors", "Estate Champion"),
                      user_message(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAccessibleName(QCoreApplication.translate("errors", "Problem"))
    box.open()  # non-blocking: a background failure must not freeze the event loop


def install_excepthook(parent_getter) -> None:
    """Uncaught exceptions in slots: logged with traceback, and the person is told calmly."""

    def hook(exc_type, exc, tb):
        log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        try:
            show_error(parent_getter(), exc)
        except Exception:  # the hook must never raise itself
            log.exception("Could not show the error dialog")

    sys.excepthook = hook
