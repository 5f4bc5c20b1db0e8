"""Logging: one rotating file, one format, and tokens never written down.

Library modules only do ``log = logging.getLogger(__name__)``; the programs (the CLI, the GUI)
call `setup_logging` once. The redaction filter sits on the handler, not on a logger, so it
sees every record that reaches the file, whichever module logged it.
"""

from __future__ import annotations

import logging
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import make_private

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILENAME = "champion.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
REDACTED = "[REDACTED]"

# What a credential looks like in a message: an Authorization header value, a token or
# password in a query string, a form or a JSON/dict body, an enrolment code in a JSON body.
# Group 1 is the part kept; whatever follows it up to a delimiter is the secret.
_PATTERNS = (
    re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=\-]+"),
    re.compile(
        r"""(?ix)
        (\b(?:access_|refresh_|api_|auth_)?token["']?\s*[:=]\s*["']?
         |\bpassword["']?\s*[:=]\s*["']?
         |\bsecret["']?\s*[:=]\s*["']?
         |["']code["']\s*:\s*["']?)
        [^\s"'&,;}]+
        """
    ),
)


def redact(text: str) -> str:
    """``text`` with anything that looks like a token or password replaced by [REDACTED]."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RedactTokens(logging.Filter):
    """Rewrites each record's message (and traceback text) with tokens redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            # Freeze the formatted, redacted text so args cannot re-introduce a token.
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def parse_level(level: str | int) -> int:
    """``"info"`` or ``logging.INFO`` to a level number; ValueError on anything else."""
    if isinstance(level, int):
        return level
    name = level.strip().upper()
    if name not in _LEVELS:
        raise ValueError(f"Unknown log level {level!r}: choose one of {', '.join(_LEVELS)}.")
    return logging.getLevelNamesMapping()[name]


@cache
def _private_handler_class() -> type[RotatingFileHandler]:
    # logging.handlers (and the socket, pickle and queue modules it imports) only when the
    # file is opened: the window opens it after its first paint.
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        """The rotating log, each file created readable by this user only (0600 on POSIX)."""

        def _open(self):
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler


def _file_handler(path: Path) -> logging.Handler:
    if path.exists() and os.name == "posix":
        path.chmod(0o600)  # one written before logs were private
    handler = _private_handler_class()(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactTokens())
    return handler


class EarlyRecords(logging.Handler):
    """Keeps every record in memory until `open` opens the log file, then writes them there
    (with their own times) and sends it each record that follows. The window opens the file
    after its first paint; nothing logged before is lost, and a process that ends first
    writes them at exit (logging.shutdown closes this handler)."""

    MAX_KEPT = 10_000  # far more than a start logs: past it, the file is opened at once

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None
        self._kept: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None:
            self._kept.append(record)
            if len(self._kept) >= self.MAX_KEPT:
                self.open()
        else:
            self.target.handle(record)

    def open(self) -> None:
        """Open the log file and write what was kept (once; any thread)."""
        self.acquire()  # the lock `handle` holds: no record slips between the two
        try:
            if self.target is not None:
                return
            self.target = _file_handler(self.path)
            kept, self._kept = self._kept, []
            for record in kept:
                self.target.handle(record)
        finally:
            self.release()

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()

    def close(self) -> None:
        self.open()
        if self.target is not None:
            self.target.close()
        super().close()


def setup_logging(log_dir: str | Path, level: str | int = "INFO", *,
                  open_later: bool = False) -> Path:
    """Send all logging to ``<log_dir>/champion.log`` (1 MB x 5). Returns the file's path.

    ``open_later``: keep the records in memory until `open_log_file` (the window calls it
    after its first paint). Calling it again replaces the handler it installed before
    (tests and the demo switch folders), never stacking a second one.
    """
    folder = make_private(Path(log_dir))
    path = folder / LOG_FILENAME
    handler = EarlyRecords(path) if open_later else _file_handler(path)
    handler._champion = True  # type: ignore[attr-defined]  # marks ours for replacement

    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_champion", False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(parse_level(level))
    # urllib3 logs full URLs at DEBUG; keep it quieter than ours unless asked for.
    logging.getLogger("urllib3").setLevel(max(logging.INFO, root.level))
    logging.captureWarnings(True)
    return path


def open_log_file() -> None:
    """Open the log file `setup_logging(open_later=True)` left for later (else nothing)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, EarlyRecords):
            handler.open()
