"""Logging: one rotating file, one format, and tokens never written down.

Library modules only do ``log = logging.getLogger(__name__)``; the programs (the CLI, the GUI)
call `setup_logging` once. The redaction filter sits on the handler, not on a logger, so it
sees every record that reaches the file, whichever module logged it.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import make_private

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


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The rotating log, each file created readable by this user only (0600 on POSIX)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: str | Path, level: str | int = "INFO") -> Path:
    """Send all logging to ``<log_dir>/champion.log`` (1 MB x 5). Returns the file's path.

    Calling it again replaces the handler it installed before (tests and the demo switch
    folders), never stacking a second one.
    """
    folder = make_private(Path(log_dir))
    path = folder / LOG_FILENAME
    if path.exists() and os.name == "posix":
        path.chmod(0o600)  # one written before logs were private
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactTokens())
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
