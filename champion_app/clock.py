"""The one "now" the app writes down: UTC, whole seconds, ISO 8601 with ``Z`` (as the wire)."""

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
