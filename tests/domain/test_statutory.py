"""The provisional year (issue 10) against the published ones: the statutory holidays of 《全国年节及纪念日放假办法》
computed with lunar-python fall on days the State Council gave off, 补休 is where the notices put a day off, and
the earliest-possible bound holds for every published year that ``chinesecalendar`` (an independent source) knows."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import chinese_calendar as cc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.calendar import CalendarYear, WorkCalendar, provisional_year
from govdesk.domain.statutory import (
    MAKEUP_WINDOW_DAYS,
    MAX_MAKEUPS_PER_HOLIDAY,
    compensatory_days,
    statutory_holidays,
)
from govdesk.shipped import default_calendar

D = date
#: Years under the third (2013) and fourth (2024) revisions of the 放假办法 that chinesecalendar knows.
PUBLISHED = range(2014, 2027)


def _published_year(year: int) -> CalendarYear:
    """A year as chinesecalendar records the State Council's notice (holiday names are its English ones)."""
    holidays = {d: str(cc.get_holiday_detail(d)[1]) for d in cc.holidays if d.year == year}
    makeups = {d: str(name) for d, name in cc.workdays.items() if d.year == year}
    return CalendarYear(year=year, holidays=holidays, makeup_workdays=makeups, source=f"chinesecalendar {year}")


def _days(year: int) -> list[date]:
    first = D(year, 1, 1)
    return [first + timedelta(days=i) for i in range((D(year, 12, 31) - first).days + 1)]


@pytest.mark.parametrize("year", PUBLISHED)
def test_statutory_days_are_days_off_in_every_published_year(year: int) -> None:
    days = statutory_holidays(year)
    merged = any("、" in n for n in days.values())  # 中秋 on a 国庆 day (2020): one day fewer
    assert len(days) == (13 if year >= 2025 else 11) - merged
    for d, name in days.items():
        assert not cc.is_workday(d), f"{d} ({name}) is a working day in the {year} notice"


def test_the_2024_revision_adds_new_year_eve_and_may_2() -> None:
    assert statutory_holidays(2025)[D(2025, 1, 28)] == "春节"  # 除夕
    assert statutory_holidays(2025)[D(2025, 5, 2)] == "劳动节"
    assert D(2024, 2, 9) not in statutory_holidays(2024)  # 2024: 除夕 only encouraged, not a holiday
    assert D(2024, 5, 2) not in statutory_holidays(2024)
    # lunar dates and the 清明 term, from lunar-python
    assert [d for d, n in statutory_holidays(2027).items() if n in {"春节", "清明节", "端午节", "中秋节"}] == [
        D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 4, 5), D(2027, 6, 9), D(2027, 9, 15)
    ]  # fmt: skip


@pytest.mark.parametrize("year", PUBLISHED)
def test_compensatory_days_are_days_off_in_every_published_year(year: int) -> None:
    # 放假办法 第六条: a statutory day on a weekend is made up on a weekday; the notices put it in their blocks
    for d in compensatory_days(statutory_holidays(year)):
        assert d.weekday() < 5
        if d == D(2015, 9, 28):  # 中秋 on Sunday 27 September 2015: the notice folded it into the 国庆 week
            assert cc.is_workday(d)
            continue
        assert not cc.is_workday(d), f"补休 {d} is a working day in the {year} notice"


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_shipped_years_differ_from_the_provisional_rule_only_by_swaps(year: int) -> None:
    shipped = next(cy for cy in default_calendar().years if cy.year == year)
    guess = provisional_year(year)
    for d in _days(year):
        official_off = d in shipped.holidays or (d.weekday() >= 5 and d not in shipped.makeup_workdays)
        provisional_off = d in guess.holidays or d.weekday() >= 5
        if provisional_off and not official_off:
            assert d in shipped.makeup_workdays  # a 调休 Saturday or Sunday worked
        if official_off and not provisional_off:
            assert d in shipped.holidays and d.weekday() < 5  # a bridged weekday inside a holiday block
            assert any(abs(d - h) <= timedelta(days=MAKEUP_WINDOW_DAYS) for h in guess.holidays)


@pytest.mark.parametrize("year", PUBLISHED)
def test_make_up_days_stay_within_the_bounds_the_earliest_date_assumes(year: int) -> None:
    per_holiday: Counter[str] = Counter()
    for d, name in cc.workdays.items():
        if d.year != year:
            continue
        per_holiday[str(name)] += 1
        same = [h for h in cc.holidays if str(cc.get_holiday_detail(h)[1]) == str(name) and abs(h - d).days < 60]
        assert min(abs(h - d) for h in same) <= timedelta(days=MAKEUP_WINDOW_DAYS), (d, name)
    assert max(per_holiday.values(), default=0) <= MAX_MAKEUPS_PER_HOLIDAY


PAIRS = [(y, n) for y in range(2016, 2027) for n in (1, 2, 5, 10, 20, 25, 45, 60)]


@pytest.mark.parametrize(("year", "n"), PAIRS)
def test_earliest_is_never_later_than_what_the_notice_then_gave(year: int, n: int) -> None:
    """Replay each year from 2016 to 2026 as if its notice were not out yet: counted on the provisional year, the
    earliest possible due date never falls after the due date the published notice gives (art. 32's five days
    are never overrun)."""
    before = WorkCalendar(_published_year(y) for y in range(2014, year))
    after = WorkCalendar(_published_year(y) for y in range(2014, year + 1))
    for start in [D(year - 1, 11, 1) + timedelta(days=i) for i in range(0, 426)]:
        earliest = before.earliest_view(start).add_workdays(start, n)
        assert earliest <= after.add_workdays(start, n), (start, n)
        assert earliest <= before.add_workdays(start, n)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 12, 31)), st.integers(min_value=0, max_value=120))
def test_earliest_view_changes_nothing_in_published_years(start: date, n: int) -> None:
    cal = default_calendar()
    due = cal.add_workdays(start, n)
    if not cal.is_provisional(due):
        assert cal.earliest_view(start).add_workdays(start, n) == due
    else:
        assert cal.earliest_view(start).add_workdays(start, n) <= due
