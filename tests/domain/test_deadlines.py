"""Deadlines against the real shipped calendar: Spring Festival 2026, suspensions, natural days, hours."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.calendar import CalendarRangeError
from govdesk.domain.catalog import TimeLimit, TimeUnit
from govdesk.domain.deadlines import (
    Deadline,
    DeadlineKind,
    Suspension,
    SuspensionKind,
    compute_deadline,
    notice_deadlines,
)
from tests.domain.test_case_builders import calendar

P = DeadlineKind.PROMISED
EVE = date(2026, 2, 12)  # Thursday before Spring Festival 2026 (holidays 02-15..02-23; 02-14 and 02-28 worked)


def wd(n: int) -> TimeLimit:
    return TimeLimit(n, TimeUnit.WORKING_DAYS)


def test_the_brief_example_sentence() -> None:
    cal = calendar()
    survey = Suspension(SuspensionKind.SITE_SURVEY, "经营场所现场勘验", date(2026, 11, 23), date(2026, 11, 26))
    d = compute_deadline(P, date(2026, 11, 20), wd(15), cal, [survey])
    assert d.due == date(2026, 12, 16)
    assert d.calendar_version == cal.version
    assert d.explain() == (
        "自 2026-11-20 受理次日起算 15 个工作日，因现场勘验中止 3 个工作日，"
        f"应于 2026-12-16 前办结（日历 {cal.version}）"
    )


def test_across_spring_festival_2026() -> None:
    cal = calendar()
    assert compute_deadline(P, EVE, wd(5), cal).due == date(2026, 2, 26)  # 13, 14 (调休), 24, 25, 26
    assert compute_deadline(P, EVE, wd(15), cal).due == date(2026, 3, 11)  # 28 Feb (调休) counts
    assert compute_deadline(P, EVE, wd(0), cal).due == EVE
    survey = Suspension(SuspensionKind.SITE_SURVEY, "现场勘验", date(2026, 2, 24), date(2026, 2, 27))
    d = compute_deadline(DeadlineKind.STATUTORY, EVE, wd(15), cal, [survey])
    assert d.due == date(2026, 3, 16) and d.pushed == (3,)
    assert "因现场勘验中止 3 个工作日" in d.explain() and d.explain().endswith(f"前依法办结（日历 {cal.version}）")


def test_a_suspension_over_the_holiday_counts_only_working_days() -> None:
    cal = calendar()
    s = Suspension(SuspensionKind.CORRECTION, "补正", date(2026, 2, 13), date(2026, 2, 24))
    assert s.lasted(TimeUnit.WORKING_DAYS, cal) == 2  # 14 (调休) and 24
    assert s.lasted(TimeUnit.NATURAL_DAYS, cal) == 11
    d = compute_deadline(P, EVE, wd(5), cal, [s])
    assert d.due == date(2026, 2, 28)  # 26 Feb + 2 working days: 27 Feb, then the 调休 Saturday 28 Feb
    hearing = Suspension(SuspensionKind.HEARING, "听证", date(2026, 3, 2), date(2026, 3, 4))
    d2 = compute_deadline(P, EVE, wd(5), cal, [s, hearing])
    assert d2.due == cal.add_workdays(date(2026, 2, 26), 4)
    assert "因补正中止 2 个工作日、因听证中止 2 个工作日，应于 2026-03-03 前办结" in d2.explain()


def test_running_suspension_does_not_move_the_date_yet() -> None:
    cal = calendar()
    running = Suspension(SuspensionKind.EXPERT_REVIEW, "专家评审", date(2026, 2, 24))
    d = compute_deadline(P, EVE, wd(5), cal, [running])
    assert d.due == date(2026, 2, 26)
    assert "自 2026-02-24 起因专家评审中止计时（尚未恢复）" in d.explain()
    ended = Suspension(SuspensionKind.EXPERT_REVIEW, "专家评审", date(2026, 2, 24), date(2026, 2, 25))
    d2 = d.with_suspension(ended, cal)
    assert d2.suspensions == (ended,) and d2.due == date(2026, 2, 27)


def test_natural_days() -> None:
    cal = calendar()
    d = compute_deadline(P, EVE, TimeLimit(10, TimeUnit.NATURAL_DAYS), cal)
    assert d.due == date(2026, 2, 22)  # natural days ignore the holiday
    assert "10 个自然日" in d.explain()
    s = Suspension(SuspensionKind.CORRECTION, "补正", date(2026, 2, 13), date(2026, 2, 16))
    d = compute_deadline(P, EVE, TimeLimit(10, TimeUnit.NATURAL_DAYS), cal, [s])
    assert d.due == date(2026, 2, 25) and "中止 3 个自然日" in d.explain()


@pytest.mark.parametrize(
    ("start", "at", "hours", "due"),
    [
        (date(2026, 2, 13), time(15, 0), 2, date(2026, 2, 13)),  # fits in the 2 hours left today
        (date(2026, 2, 13), time(15, 0), 4, date(2026, 2, 14)),  # 2 today, 2 on the next working day (调休 Saturday)
        (date(2026, 2, 13), time(8, 0), 8, date(2026, 2, 13)),  # before opening counts from 09:00
        (date(2026, 2, 13), time(9, 0), 16, date(2026, 2, 14)),
        (date(2026, 2, 13), time(18, 0), 4, date(2026, 2, 14)),  # after closing: nothing left today
        (date(2026, 2, 14), time(10, 0), 12, date(2026, 2, 24)),  # 7 today, 5 after the Spring Festival
        (date(2026, 2, 16), time(10, 0), 4, date(2026, 2, 24)),  # received on a holiday
        (date(2026, 2, 13), None, 4, date(2026, 2, 14)),  # no time of day: from the next working day
        (date(2026, 2, 13), None, 24, date(2026, 2, 25)),  # 3 working days
        (date(2026, 2, 13), time(11, 0), 0, date(2026, 2, 13)),
    ],
)
def test_hours(start: date, at: time | None, hours: int, due: date) -> None:
    d = compute_deadline(P, start, TimeLimit(hours, TimeUnit.HOURS), calendar(), start_time=at)
    assert d.due == due
    assert "每个工作日按 8 小时计" in d.explain()
    if at is not None:
        assert f"{start.isoformat()} {at.strftime('%H:%M')} 受理时起算" in d.explain()


def test_notice_deadlines() -> None:
    n = notice_deadlines(EVE, calendar())
    assert n.due.due == date(2026, 2, 14) and n.deemed_accepted_after.due == date(2026, 2, 26)
    assert n.due.explain().startswith("自 2026-02-12 收件次日起算 2 个工作日") and "告知申请人" in n.due.explain()


def test_before_the_calendar_is_an_error_and_negative_limits_are_refused() -> None:
    cal = calendar()
    with pytest.raises(CalendarRangeError):
        compute_deadline(P, date(2023, 12, 20), wd(3), cal)
    with pytest.raises(ValueError, match="不能为负数"):
        compute_deadline(P, EVE, wd(-1), cal)


def test_beyond_the_published_years_the_deadline_is_provisional_never_refused() -> None:
    """Issue 10: 最低生活保障申请 (25 working days) accepted on Sunday 2026-12-06, before the 2027 notice is out."""
    cal = calendar()
    d = compute_deadline(DeadlineKind.STATUTORY, date(2026, 12, 6), wd(25), cal)
    # Dec 7–31: 19 working days; 2027-01-01 元旦 (Friday); Jan 4–8: 24; Monday Jan 11 is the 25th
    assert d.due == date(2027, 1, 11)
    assert d.provisional
    assert d.calendar_version == cal.version + "+2027p"
    # if 2 and 3 January were both made-up working days (the bound), the 25th would fall on Thursday 7 January
    assert d.earliest == date(2027, 1, 7)
    assert d.due_text == "2027-01-11（暂定，以国务院办公厅公布的节假日安排为准）"
    assert d.explain().endswith(
        "；2027 年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算（暂定）；如调休安排不利，最早可能为 2027-01-07"
    )
    long = compute_deadline(DeadlineKind.STATUTORY, date(2026, 12, 6), wd(60), cal)
    # 春节 2027 by the law: 除夕 5 Feb (Fri) to 初三 8 Feb, and 补休 for the weekend's two: 9 and 10 February
    assert long.due == date(2027, 3, 5) and long.provisional
    assert Deadline.from_json(long.to_json()) == long
    inside = compute_deadline(DeadlineKind.STATUTORY, date(2026, 12, 6), wd(5), cal)
    assert not inside.provisional and inside.earliest is None and inside.calendar_version == cal.version
    assert inside.due_text == "2026-12-11"
    # natural days never read the calendar: never provisional
    natural = compute_deadline(P, date(2026, 12, 20), TimeLimit(30, TimeUnit.NATURAL_DAYS), cal)
    assert natural.due == date(2027, 1, 19) and not natural.provisional


def test_art_32_five_days_show_their_earliest_date() -> None:
    n = notice_deadlines(date(2026, 12, 30), calendar())
    # provisional: Dec 31, then Jan 4–7 (1 January 元旦, 2–3 a weekend) → 7 January
    assert n.deemed_accepted_after.due == date(2027, 1, 7)
    # the earliest the 2027 notice could make it: 2 and 3 January worked → 5 January
    assert n.deemed_accepted_after.earliest == date(2027, 1, 5)


def test_old_documents_without_the_provisional_fields_still_read() -> None:
    d = compute_deadline(P, EVE, wd(15), calendar())
    doc = d.to_json()
    del doc["provisional"], doc["earliest"]
    assert Deadline.from_json(doc) == d


def test_json_round_trip() -> None:
    cal = calendar()
    s = Suspension(SuspensionKind.HEARING, "听证", date(2026, 3, 2), date(2026, 3, 4))
    for d in (
        compute_deadline(P, EVE, wd(15), cal, [s]),
        compute_deadline(DeadlineKind.COMMITMENT, EVE, TimeLimit(4, TimeUnit.HOURS), cal, (), time(16, 30)),
        compute_deadline(DeadlineKind.DELAY, EVE, TimeLimit(7, TimeUnit.NATURAL_DAYS), cal),
    ):
        assert Deadline.from_json(d.to_json()) == d


@settings(max_examples=100, deadline=None)
@given(
    start=st.dates(date(2024, 1, 1), date(2026, 9, 30)),
    n=st.integers(0, 40),
    gap=st.integers(0, 10),
    length=st.integers(0, 10),
)
def test_suspension_pushes_by_its_working_days(start: date, n: int, gap: int, length: int) -> None:
    cal = calendar()
    plain = compute_deadline(P, start, wd(n), cal)
    s_start = cal.add_natural_days(start, gap)
    s = Suspension(SuspensionKind.CORRECTION, "补正", s_start, cal.add_natural_days(s_start, length))
    pushed = compute_deadline(P, start, wd(n), cal, [s])
    lasted = cal.workdays_between(s.start, s.end or s.start)
    assert cal.workdays_between(plain.due, pushed.due) == lasted
    assert cal.workdays_between(start, plain.due) == n
