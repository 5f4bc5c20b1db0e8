"""Working days in England: weekends and England's bank holidays, from the `holidays` package.

The bank holidays come from ``holidays.country_holidays("GB", subdiv="ENG")`` (New Year,
Good Friday, Easter Monday, the May bank holidays, Christmas, Boxing Day, substitute days
and one-off ones such as the 2023 coronation), never from a hand-kept list.

How a "within N working days" deadline is counted (Awaab's Law guidance and the Complaint
Handling Code count the same way): the day the clock starts is day 0, whatever time it
starts; day 1 is the next working day; the deadline is the end of day N, in the local time
of the place (Europe/London). A visit on Friday evening before a bank-holiday Monday starts
counting on Tuesday. Clock-hour deadlines ("within 24 hours") ignore working days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = "Europe/London"


@lru_cache(maxsize=64)
def _named_bank_holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year))


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(_named_bank_holidays(year))


def bank_holiday_name(day: date) -> str:
    """The bank holiday's name on ``day`` ("" when it is not one)."""
    return _named_bank_holidays(day.year).get(day, "")


def bank_holidays_between(start: date, end: date) -> tuple[date, ...]:
    """The weekday bank holidays after ``start`` up to ``end``: the days a working-day count
    from ``start`` to ``end`` did not count (weekends aside)."""
    years = range(start.year, end.year + 1)
    return tuple(sorted(day for year in years for day in _bank_holidays(year)
                        if start < day <= end and day.weekday() < 5))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself is day 0)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when end is before).

    So ``working_days_between(d, add_working_days(d, n)) == n``: a job reported on a Friday
    and done on the Monday took 1 working day. Reports call this for every job, so it is a
    subtraction of two running counts rather than a walk over the days.
    """
    return _running_count(end) - _running_count(start)


_FIRST_YEAR = 1970


@cache
def _year_counts(year: int) -> tuple[int, ...]:
    """Working days in ``year`` up to and including each of its days (by day of the year)."""
    counts, total, day = [], 0, date(year, 1, 1)
    while day.year == year:
        total += is_working_day(day)
        counts.append(total)
        day += timedelta(days=1)
    return tuple(counts)


@cache
def _year_start(year: int) -> int:
    """Working days from 1 January 1970 to the start of ``year`` (filled from the bottom up,
    so no deep recursion)."""
    if year < _FIRST_YEAR:
        raise ValueError(f"Dates before {_FIRST_YEAR} are not counted.")
    return sum(_year_counts(y)[-1] for y in range(_FIRST_YEAR, year))


def _running_count(day: date) -> int:
    return _year_start(day.year) + _year_counts(day.year)[day.timetuple().tm_yday - 1]


def local_day(moment: datetime, tz: str = LONDON) -> date:
    return _aware(moment).astimezone(ZoneInfo(tz)).date()


def end_of_day(day: date, tz: str = LONDON) -> datetime:
    """The first instant after ``day`` ends locally, in UTC: a deadline "by the end of day"."""
    return datetime.combine(day + timedelta(days=1), time(0), ZoneInfo(tz)).astimezone(UTC)


def working_days_deadline(start: datetime, days: int, tz: str = LONDON) -> datetime:
    """The end of the ``days``-th working day after the local day of ``start`` (UTC)."""
    return end_of_day(add_working_days(local_day(start, tz), days), tz)


def hours_deadline(start: datetime, hours: int) -> datetime:
    """``hours`` clock hours after ``start`` (nights, weekends and bank holidays count)."""
    return _aware(start).astimezone(UTC) + timedelta(hours=hours)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
