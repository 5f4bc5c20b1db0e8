"""When a visit happened: the one answer every part of the app uses ("the visit time").

Every record carries `visited_at` (the form fills in now; the champion corrects it when notes
are typed up later). Records made before that field existed fall back: a welcome visit to its
`visit_date`, anything else to when the record was started (`created_at`). Reports, deadlines
counted from the visit (hazard cases) and "when was TP02 last asked" all read `visit_time`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import as_utc

# A laptop's clock and the moment it stamps a submit may differ by a little: a visit a few
# minutes "ahead" is a clock, not a visit in the future.
FUTURE_TOLERANCE = timedelta(minutes=5)
FUTURE_MESSAGE = QT_TRANSLATE_NOOP(
    "records", "The visit cannot be in the future: correct its date and time.")


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return as_utc(value)
    if not value:
        return None
    try:
        return as_utc(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        return None


def visit_time_problem(visited_at: Any, now: datetime) -> str | None:
    """The plain-words problem with ``visited_at`` as seen at ``now`` (None when fine)."""
    moment = _moment(visited_at)
    if moment is None:
        return None
    if moment > as_utc(now) + FUTURE_TOLERANCE:  # type: ignore[operator]
        return translate("records", FUTURE_MESSAGE)
    return None


def _noon(day: Any, tz_name: str) -> datetime | None:
    """Midday of a local date, in UTC: the day survives the change to UTC either way."""
    try:
        local = date.fromisoformat(str(day)[:10])
    except ValueError:
        return None
    try:
        zone = ZoneInfo(tz_name or "Europe/London")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Europe/London")
    return datetime.combine(local, time(12), zone).astimezone(UTC)


def visit_time(version: Any) -> datetime:
    """When the visit recorded by ``version`` (a RecordVersion or its dict) happened, in UTC.

    ``payload.visited_at`` when the record has it; else a welcome visit's ``visit_date``
    (midday, local); else ``created_at`` (when the champion started the record).
    """
    data = version if isinstance(version, Mapping) else version.model_dump(mode="json")
    payload = data.get("payload") or {}
    moment = _moment(payload.get("visited_at"))
    if moment is None and data.get("kind") == "welcome" and payload.get("visit_date"):
        moment = _noon(payload["visit_date"], str(data.get("tz") or ""))
    if moment is None:
        moment = _moment(data.get("created_at"))
    if moment is None:
        raise ValueError("This record has no visit time and no created_at.")
    return moment
