"""Times in words for people: the one place that turns stored ISO times into local text.

Day and month names come from the locale of the language in use (`QLocale`, set by
`ui.i18n.install`): "Mon 02 Mar 2026 at 14:05" in English, "Llun 02 Maw 2026 am 14:05" in
Welsh.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _local(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone()


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def _format(moment: datetime, pattern: str) -> str:
    return QLocale().toString(_qt(moment), pattern)


def when(ts: str | None, missing: str | None = None) -> str:
    """A moment in full, in local time: "Mon 02 Mar 2026 at 14:05"; ``missing`` (or "never")
    when there is none."""
    if not ts:
        return missing if missing is not None else QCoreApplication.translate("timefmt", "never")
    try:
        moment = _local(str(ts))
    except ValueError:
        return str(ts)
    return QCoreApplication.translate("timefmt", "%1 at %2").replace(
        "%1", _format(moment, "ddd dd MMM yyyy")).replace("%2", _format(moment, "HH:mm"))


def day(ts: str | None) -> str:
    """The local day of a moment: "Mon 02 Mar"."""
    if not ts:
        return ""
    try:
        return _format(_local(ts), "ddd dd MMM")
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
        return _format(moment, "dd MMM HH:mm")
    return _format(moment, "dd MMM yyyy HH:mm")


def long_date(value: date) -> str:
    """A day in full words, for notices and printed packs: "2 March 2026", "2 Mawrth 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def short_date(value: date) -> str:
    """A day with its weekday, for deadlines: "Tue 06 May 2026", "Maw 06 Mai 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd dd MMM yyyy")
