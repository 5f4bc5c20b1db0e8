"""Times in words for people: the one place that turns stored ISO times into local text."""

from __future__ import annotations

from datetime import datetime


def _local(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone()


def when(ts: str | None, missing: str = "never") -> str:
    """A moment in full, in local time: "Mon 02 Mar 2026 at 14:05"; ``missing`` when none."""
    if not ts:
        return missing
    try:
        return _local(str(ts)).strftime("%a %d %b %Y at %H:%M")
    except ValueError:
        return str(ts)


def day(ts: str | None) -> str:
    """The local day of a moment: "Mon 02 Mar"."""
    if not ts:
        return ""
    try:
        return _local(ts).strftime("%a %d %b")
    except ValueError:
        return ts


def short_time(ts: str | None) -> str:
    """A moment in a table cell: the year only when it is not this year."""
    if not ts:
        return ""
    try:
        moment = _local(ts)
    except ValueError:
        return ts
    if moment.year == datetime.now().year:
        return moment.strftime("%d %b %H:%M")
    return moment.strftime("%d %b %Y %H:%M")
