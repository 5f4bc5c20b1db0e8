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
    and done on the Monday took 1 working day.
    """
    if b <= a:
        return 0
    # Whole weeks at once (five weekdays each), then the days left over one by one.
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    day = a + timedelta(days=weeks * 7)
    for _ in range(rest):
        day += timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    holidays_in = sum(1 for year in range(a.year, b.year + 1) for h in _bank_holidays(year)
                      if a < h <= b and h.weekday() < 5)
    return count - holidays_in
