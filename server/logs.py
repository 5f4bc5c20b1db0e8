"""The server's log lines: one record is one line, whatever text it quotes.

Usernames, device names and paths reach log messages. A newline in one once wrote a forged
line into the log ("... INFO server.auth: device enrolled for admin"); control characters
could also rewrite a terminal. `EscapingFormatter` writes every control character, line
separator and half surrogate of the message as a Python escape (``\\n``, ``\\x1b``,
``\\ud83d``). Tracebacks keep their own newlines: they are added after the message.
"""

import logging
import re

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def escape_controls(text: str) -> str:
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class EscapingFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:
        original = record.message
        record.message = escape_controls(original)
        try:
            return super().formatMessage(record)
        finally:
            record.message = original


def configure(level: str | int, fmt: str = FORMAT) -> None:
    """Log the server's loggers to stderr at ``level`` through an escaping handler."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(EscapingFormatter(fmt))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
    logging.getLogger("server").setLevel(level)
