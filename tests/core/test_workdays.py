"""Working-day arithmetic for England: weekends, bank holidays (from `holidays`), the
24-hour clock, and visits at awkward times (Friday evening, a bank-holiday eve, near
midnight in summer time)."""

from datetime import UTC, date, datetime

import pytest

from champion_app import workdays
from champion_app.workdays import (
    add_working_days,
    end_of_day,
    hours_deadline,
    is_working_day,
    working_days_between,
    working_days_deadline,
)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("day", "name"), [
    (date(2025, 4, 18), "Good Friday"),
    (date(2025, 4, 21), "Easter Monday"),
    (date(2025, 5, 5), "May Day"),                  # the early May bank holiday
    (date(2025, 5, 26), "Spring Bank Holiday"),
    (date(2025, 8, 25), "Late Summer Bank Holiday"),
    (date(2025, 12, 25), "Christmas Day"),
    (date(2025, 12, 26), "Boxing Day"),
    (date(2023, 5, 8), "Coronation of Charles III"),  # a one-off, from the package
    (date(2027, 12, 28), "Boxing Day (observed)"),   # Boxing Day on a Sunday: substitute day
])
def test_england_bank_holidays_are_not_working_days(day, name):
    assert day.weekday() < 5
    assert not is_working_day(day)
    assert name in workdays.bank_holiday_name(day)


def test_scottish_and_northern_irish_holidays_are_working_days_in_england():
    assert is_working_day(date(2025, 1, 2))    # 2 January: Scotland only
    assert is_working_day(date(2025, 3, 17))   # St Patrick's Day: Northern Ireland only
    assert is_working_day(date(2025, 8, 4))    # Scotland's summer bank holiday


def test_weekends_are_skipped():
    assert not is_working_day(date(2025, 6, 7)) and not is_working_day(date(2025, 6, 8))
    assert add_working_days(date(2025, 6, 6), 1) == date(2025, 6, 9)   # Friday -> Monday
    assert add_working_days(date(2025, 6, 7), 1) == date(2025, 6, 9)   # Saturday -> Monday
    assert add_working_days(date(2025, 6, 2), 5) == date(2025, 6, 9)   # Monday + 5 -> Monday
    assert add_working_days(date(2025, 6, 2), 0) == date(2025, 6, 2)


def test_easter_ten_working_days():
    # Day 0 Thursday 17 April; Good Friday and Easter Monday are skipped, and so is the
    # early May bank holiday (5 May): the tenth working day is Tuesday 6 May.
    assert add_working_days(date(2025, 4, 17), 10) == date(2025, 5, 6)


def test_christmas_five_working_days():
    # Christmas Eve: 25, 26 Dec and 1 Jan are bank holidays, the weekend too.
    assert add_working_days(date(2025, 12, 24), 5) == date(2026, 1, 5)


def test_coronation_day_was_skipped():
    assert add_working_days(date(2023, 5, 5), 1) == date(2023, 5, 9)


def test_working_days_between_counts_after_start_up_to_end():
    assert working_days_between(date(2025, 4, 17), date(2025, 5, 6)) == 10
    assert working_days_between(date(2025, 5, 6), date(2025, 4, 17)) == -10
    assert working_days_between(date(2025, 6, 6), date(2025, 6, 8)) == 0
    assert working_days_between(date(2025, 6, 6), date(2025, 6, 6)) == 0


def test_deadline_is_the_end_of_the_local_day():
    # A visit on Friday evening before the early May bank holiday (19:30 BST = 18:30 UTC):
    # day 1 is Tuesday 6 May; ten working days end at the end of Monday 19 May (BST).
    visit = utc(2025, 5, 2, 18, 30)
    assert working_days_deadline(visit, 10) == utc(2025, 5, 19, 23, 0)
    assert working_days_deadline(visit, 1) == utc(2025, 5, 6, 23, 0)
    # In winter the local day ends at midnight UTC.
    assert working_days_deadline(utc(2025, 12, 24, 20, 0), 5) == utc(2026, 1, 6, 0, 0)


def test_a_visit_just_after_local_midnight_belongs_to_the_next_day():
    # 23:30 UTC on Monday 30 June is 00:30 BST on Tuesday 1 July: day 0 is the Tuesday.
    assert working_days_deadline(utc(2025, 6, 30, 23, 30), 1) == utc(2025, 7, 2, 23, 0)


def test_twenty_four_hours_are_clock_hours_over_weekends_and_holidays():
    # Friday evening before a bank-holiday weekend: due Saturday evening, not Tuesday.
    assert hours_deadline(utc(2025, 5, 2, 18, 30), 24) == utc(2025, 5, 3, 18, 30)
    # Across the clocks going forward (30 March 2025): still 24 real hours.
    assert hours_deadline(utc(2025, 3, 29, 12, 0), 24) == utc(2025, 3, 30, 12, 0)
    # A naive time is taken as UTC (the wire's times are all UTC).
    assert hours_deadline(datetime(2025, 1, 1, 9), 24) == utc(2025, 1, 2, 9)


def test_end_of_day_in_winter_and_summer():
    assert end_of_day(date(2025, 1, 15)) == utc(2025, 1, 16, 0, 0)
    assert end_of_day(date(2025, 7, 15)) == utc(2025, 7, 15, 23, 0)


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2025, 1, 1), -1)
