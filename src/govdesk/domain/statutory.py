"""Statutory holidays (法定节假日) by 《全国年节及纪念日放假办法》, and the provisional year computed from them.

The State Council publishes each year's arrangement (国务院办公厅关于YYYY年部分节假日安排的通知) in October or
November. Until it is loaded, a service hall must still count deadlines into that year (a 25-working-day item accepted
in December ends in January): the year is computed **provisionally** from what the law fixes, and marked so.

What the 放假办法 fixes (第二条, as revised by 国务院令第795号 on 2024-11-10, in force from 2025-01-01):

=========  ==========================================  ==================================
holiday    from 2025 (fourth revision)                 2014–2024 (third revision, 2013)
=========  ==========================================  ==================================
元旦       1 day, 1 January                            the same
春节       4 days: 农历除夕, 正月初一 to 初三          3 days: 正月初一 to 初三
清明节     1 day, the 清明 solar term                  the same
劳动节     2 days, 1–2 May                             1 day, 1 May
端午节     1 day, 农历五月初五                         the same
中秋节     1 day, 农历八月十五                         the same
国庆节     3 days, 1–3 October                         the same
=========  ==========================================  ==================================

补休 (第六条): "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。" A statutory day that falls on a
Saturday or Sunday therefore gives a day off on the next weekday that is not itself a statutory day. This is the law,
not a guess, so the provisional year includes it. The published notices do exactly this inside their longer blocks
(2026: 国庆 1–3 October, the 3rd a Saturday, and 5 October is off).

What the law does not fix, and the provisional year does not invent: 调休 swaps (a weekday off in exchange for a
weekend day worked) are decided each year by the notice. A swap keeps the number of working days around a holiday
the same, but a make-up Saturday worked *before* the bridged weekday moves deadlines earlier.
:func:`earliest_working_days` names the days that would do it most for a count from a given day: for each holiday,
the first :data:`MAX_MAKEUPS_PER_HOLIDAY` weekend days after it within :data:`MAKEUP_WINDOW_DAYS` of the holiday
(every notice from 2014 to 2026 kept within both bounds; ``tests/domain/test_statutory.py`` checks them against
``chinesecalendar``'s data, and replays each of those years as if unpublished). The earliest possible date of a
deadline is counted with those days worked, and shown beside the provisional one.

Lunar dates and the 清明 solar term come from ``lunar-python`` (6tail's lunar library), never from astronomy
written here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from lunar_python import Lunar, Solar

__all__ = [
    "FOURTH_REVISION_FROM",
    "MAKEUP_WINDOW_DAYS",
    "MAX_MAKEUPS_PER_HOLIDAY",
    "PROVISIONAL_NOTE",
    "compensatory_days",
    "earliest_working_days",
    "statutory_holidays",
]

#: The first year counted by the 2024 revision (国务院令第795号, in force 2025-01-01).
FOURTH_REVISION_FROM = 2025
#: Make-up working days of every published notice lie within two weeks of their holiday block (2026's: 14 February
#: for 春节 from the 15th; 20 September for 国庆 from 1 October). Weekend days this close may become working days.
MAKEUP_WINDOW_DAYS = 14
#: No published notice has asked for more than two make-up days for one holiday.
MAX_MAKEUPS_PER_HOLIDAY = 2
#: Printed beside every provisional date (issue 10).
PROVISIONAL_NOTE = "暂定，以国务院办公厅公布的节假日安排为准"


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> date:
    table = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()
    solar = table["清明"]
    found = date(solar.getYear(), solar.getMonth(), solar.getDay())
    if found.year != year:  # the table of a lunar year spans two solar years; 清明 is always early April
        raise AssertionError(f"清明 of {year} computed as {found}")
    return found


@lru_cache(maxsize=32)
def statutory_holidays(year: int) -> dict[date, str]:
    """The days off that 《全国年节及纪念日放假办法》 第二条 gives everyone in ``year`` (without 补休 or 调休)."""
    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    new_year = _lunar_to_solar(year, 1, 1)  # 正月初一 of the lunar year that starts in this solar year
    spring = [new_year + timedelta(days=i) for i in range(3)]
    if year >= FOURTH_REVISION_FROM:
        spring.insert(0, new_year - timedelta(days=1))  # 除夕
    for d in spring:
        days[d] = "春节"
    days[_qingming(year)] = "清明节"
    days[date(year, 5, 1)] = "劳动节"
    if year >= FOURTH_REVISION_FROM:
        days[date(year, 5, 2)] = "劳动节"
    days[_lunar_to_solar(year, 5, 5)] = "端午节"
    mid_autumn = _lunar_to_solar(year, 8, 15)
    for d in (date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)):
        days[d] = "国庆节"
    # 中秋 can fall inside 国庆 (2020, 2025: 10月1日/6日 …); a day that is both keeps both names
    days[mid_autumn] = "国庆节、中秋节" if mid_autumn in days and days[mid_autumn] == "国庆节" else "中秋节"
    return dict(sorted(days.items()))


def compensatory_days(holidays: dict[date, str]) -> dict[date, str]:
    """补休 (放假办法 第六条): for each statutory day on a Saturday or Sunday, the next weekday that is neither a
    statutory day nor already given as 补休 is a day off, named after that holiday."""
    given: dict[date, str] = {}
    for d, name in sorted(holidays.items()):
        if d.weekday() < 5:
            continue
        candidate = d + timedelta(days=1)
        while candidate.weekday() >= 5 or candidate in holidays or candidate in given:
            candidate += timedelta(days=1)
        given[candidate] = name
    return given


def earliest_working_days(year: int, after: date) -> frozenset[date]:
    """The days of provisional ``year`` that the notice could still make working days, placed as early after
    ``after`` as the bounds allow (the earliest case for a deadline counted from ``after``):

    - every 补休 day: a notice may fold it into a neighbouring block instead (2015: 中秋 on Sunday 27 September, no
      day given, the 国庆 week following);
    - for each holiday, the first :data:`MAX_MAKEUPS_PER_HOLIDAY` Saturdays or Sundays after ``after`` within
      :data:`MAKEUP_WINDOW_DAYS` of it. Working days only ever added, the earliest choice is the earliest due date
      for every count at once; the bridged weekdays are left working, which can only make the date earlier still.
    """
    statutory = statutory_holidays(year)
    given = compensatory_days(statutory)
    # next year's 元旦 may take a make-up Saturday in late December (2019's notice: 29 December 2018)
    days_off = {**statutory, **given, date(year + 1, 1, 1): "元旦（次年）"}
    by_name: dict[str, list[date]] = {}
    for d, name in days_off.items():
        by_name.setdefault(name, []).append(d)
    window = timedelta(days=MAKEUP_WINDOW_DAYS)
    found: set[date] = set(given)
    for days in by_name.values():
        first, last = max(min(days) - window, after + timedelta(days=1)), max(days) + window
        span = (first + timedelta(days=i) for i in range((last - first).days + 1))
        candidates = [d for d in span if d.weekday() >= 5 and d not in days_off and d.year == year]
        found.update(candidates[:MAX_MAKEUPS_PER_HOLIDAY])
    return frozenset(found)
