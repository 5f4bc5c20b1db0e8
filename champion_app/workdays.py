"""Working days in England: Monday to Friday, less England's bank holidays.

Awaab's Law deadlines and most landlords' repair targets count working days. Bank holidays
come from the `holidays` package (``GB``, subdivision ``ENG``), which knows the substitute
days ("Boxing Day (observed)") and one-off ones, so nobody keeps a list by hand.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself never counts): a deadline
    of "within 10 working days" of a visit on ``start``. ``n`` = 0 gives ``start``."""
    if n < 0:
        raise ValueError("n must not be negative")
    day = start
    while n:
        day += timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def working_days_between(a: date, b: date) -> int:
    """Working days after ``a`` up to and including ``b``; 0 when ``b`` is not after ``a``.

    So ``working_days_between(d, add_working_days(d, n)) == n``: a job reported on a Friday
    and done on the Monday took 1 working day. Reports call this for every job, so it is a
    subtraction of two running counts rather than a walk over the days.
    """
    if b <= a:
        return 0
    return _running_count(b) - _running_count(a)


_FIRST_YEAR = 1970


@cache
def _days_before(year: int) -> int:
    """Working days from 1 January 1970 to the start of ``year``."""
    if year <= _FIRST_YEAR:
        return 0
    return _days_before(year - 1) + _year_counts(year - 1)[-1]


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
    if year < _FIRST_YEAR:
        raise ValueError(f"Dates before {_FIRST_YEAR} are not counted.")
    for earlier in range(_FIRST_YEAR, year):  # fill the cache from the bottom: no deep recursion
        _days_before(earlier)
    return _days_before(year)


def _running_count(day: date) -> int:
    return _year_start(day.year) + _year_counts(day.year)[day.toordinal() - _jan1(day.year)]


@cache
def _jan1(year: int) -> int:
    return date(year, 1, 1).toordinal()
