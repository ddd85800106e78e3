"""The working-day calendar: shipped data against ``chinesecalendar``, edges of the arrangements, properties."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.calendar import CalendarDataError, CalendarRangeError, CalendarYear, WorkCalendar, load_calendar
from govdesk.resources import resource_path
from govdesk.shipped import default_calendar

CAL = default_calendar()
D = date


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _doc(
    year: int, holidays: Mapping[str, str] | None = None, makeups: Mapping[str, str] | None = None
) -> dict[str, object]:
    return {
        "year": year,
        "source": f"测试用 {year} 年安排",
        "holidays": dict(holidays or {}),
        "makeup_workdays": dict(makeups or {}),
    }


#: A synthetic 2027 (not the real arrangement, which is not published yet): 元旦 on Friday 1 January,
#: a make-up Sunday on 10 January.
DOC_2027 = _doc(2027, {"2027-01-01": "元旦"}, {"2027-01-10": "元旦"})


# --- the shipped data -------------------------------------------------------------------------------------------


def test_range_and_version() -> None:
    assert CAL.first_day == D(2024, 1, 1)
    assert CAL.last_day == D(2026, 12, 31)
    assert CAL.version.startswith("cn-2024-2026+")
    assert [cy.year for cy in CAL.years] == [2024, 2025, 2026]


def test_every_day_2024_to_2026_agrees_with_chinesecalendar() -> None:
    disagreements = [
        (d, CAL.is_workday(d), chinese_calendar.is_workday(d))
        for d in _days(D(2024, 1, 1), D(2026, 12, 31))
        if CAL.is_workday(d) != chinese_calendar.is_workday(d)
    ]
    assert disagreements == []
    assert len(_days(D(2024, 1, 1), D(2026, 12, 31))) == 1096


def test_holiday_and_makeup_lists_match_chinesecalendar_exactly() -> None:
    for cy in CAL.years:
        assert set(cy.holidays) == {d for d in chinese_calendar.holidays if d.year == cy.year}
        assert set(cy.makeup_workdays) == {d for d in chinese_calendar.workdays if d.year == cy.year}


def test_shipped_files_one_per_year_citing_the_notices() -> None:
    sources = {}
    for path in sorted(resource_path("calendars").glob("cn-*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert path.name == f"cn-{doc['year']}.json"
        sources[doc["year"]] = doc["source"]
    assert "国办发明电〔2023〕7号" in sources[2024]
    assert "国办发明电〔2024〕12号" in sources[2025]
    assert "国办发明电〔2025〕7号" in sources[2026]


def test_2025_reform_added_a_day_to_spring_festival_and_labour_day() -> None:
    spring = [d for d, name in CAL.years[1].holidays.items() if name == "春节"]
    assert spring == _days(D(2025, 1, 28), D(2025, 2, 4))  # 除夕 to 初七, 8 days
    labour = [d for d, name in CAL.years[1].holidays.items() if name == "劳动节"]
    assert labour == _days(D(2025, 5, 1), D(2025, 5, 5))
    assert [d for d, name in CAL.years[2].holidays.items() if name == "春节"] == _days(D(2026, 2, 15), D(2026, 2, 23))


# --- describing days --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text", "working"),
    [
        (D(2026, 2, 12), "工作日", True),
        (D(2026, 3, 7), "周末", False),
        (D(2026, 2, 17), "春节", False),
        (D(2026, 2, 15), "春节", False),  # a Sunday inside the holiday is named as the holiday
        (D(2026, 2, 14), "调休上班（春节）", True),  # Saturday
        (D(2024, 2, 4), "调休上班（春节）", True),  # a 调休 Sunday IS a working day
        (D(2025, 1, 26), "调休上班（春节）", True),  # Sunday
        (D(2026, 1, 4), "调休上班（元旦）", True),  # Sunday
        (D(2025, 10, 6), "国庆节、中秋节", False),
        (D(2025, 10, 11), "调休上班（国庆节、中秋节）", True),
        (D(2024, 9, 14), "调休上班（中秋节）", True),
        (D(2026, 10, 10), "调休上班（国庆节）", True),
        (D(2024, 2, 9), "工作日", True),  # 除夕 2024: the notice only encourages a day off
        (D(2025, 1, 28), "春节", False),  # 除夕 2025: a holiday since the 2025 reform
    ],
)
def test_describe_and_is_workday(day: date, text: str, working: bool) -> None:
    assert CAL.describe(day) == text
    assert CAL.is_workday(day) is working


# --- adding working days ----------------------------------------------------------------------------------------


def test_across_spring_festival_2026() -> None:
    start = D(2026, 2, 13)  # Friday before the holiday
    assert CAL.add_workdays(start, 1) == D(2026, 2, 14)  # make-up Saturday
    assert CAL.add_workdays(start, 2) == D(2026, 2, 24)  # first day after 15–23 February
    assert CAL.add_workdays(start, 5) == D(2026, 2, 27)
    assert CAL.add_workdays(start, 6) == D(2026, 2, 28)  # the second make-up Saturday
    assert CAL.add_workdays(start, 7) == D(2026, 3, 2)
    # accepted on a holiday: counting starts at the first working day after it
    assert CAL.add_workdays(D(2026, 2, 18), 1) == D(2026, 2, 24)


def test_makeup_sunday_counts() -> None:
    assert CAL.add_workdays(D(2024, 2, 2), 1) == D(2024, 2, 4)  # Friday -> make-up Sunday
    assert CAL.add_workdays(D(2025, 1, 24), 1) == D(2025, 1, 26)
    assert CAL.add_workdays(D(2025, 1, 26), 1) == D(2025, 1, 27)


def test_year_ends() -> None:
    assert CAL.add_workdays(D(2024, 12, 31), 3) == D(2025, 1, 6)  # 1 Jan off, 2, 3, (weekend), 6
    assert CAL.add_workdays(D(2025, 12, 31), 1) == D(2026, 1, 4)  # 1–3 Jan off, Sunday 4 Jan worked
    assert CAL.add_workdays(D(2025, 12, 31), 2) == D(2026, 1, 5)
    assert CAL.add_workdays(D(2025, 12, 26), 10) == D(2026, 1, 12)  # 29, 30, 31, 4 (Sunday), 5–9, 12
    assert CAL.workdays_between(D(2025, 12, 31), D(2026, 1, 5)) == 2


def test_national_day_and_mid_autumn_2025() -> None:
    assert all(not CAL.is_workday(d) for d in _days(D(2025, 10, 1), D(2025, 10, 8)))
    assert CAL.is_workday(D(2025, 9, 28))  # Sunday worked
    assert CAL.add_workdays(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert CAL.add_workdays(D(2025, 9, 26), 1) == D(2025, 9, 28)
    assert CAL.workdays_between(D(2025, 9, 30), D(2025, 10, 12)) == 3  # 9, 10, 11 (Saturday worked)


def test_zero_days_is_the_start_even_on_a_holiday() -> None:
    assert CAL.add_workdays(D(2026, 2, 17), 0) == D(2026, 2, 17)
    assert CAL.add_workdays(D(2026, 3, 2), 0) == D(2026, 3, 2)


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError, match="负数"):
        CAL.add_workdays(D(2026, 3, 2), -1)


def test_adding_past_the_last_published_day_counts_on_a_provisional_year() -> None:
    last_workday = D(2026, 12, 31)
    assert CAL.is_workday(last_workday)
    assert CAL.add_workdays(D(2026, 12, 30), 1) == last_workday
    # 2027-01-01 is 元旦 by the 放假办法 (a Friday), then the weekend: the next working day is Monday the 4th
    assert CAL.add_workdays(D(2026, 12, 30), 2) == D(2027, 1, 4)
    assert CAL.is_provisional(D(2027, 1, 4))
    assert not CAL.covers(D(2027, 1, 4))
    assert CAL.version_for(D(2027, 1, 4)) == CAL.version + "+2027p"
    assert CAL.version_for(D(2028, 3, 1)) == CAL.version + "+2027p+2028p"
    assert CAL.version_for(D(2026, 12, 31)) == CAL.version
    assert CAL.describe(D(2027, 1, 1)) == "元旦（暂定）"
    assert CAL.describe(D(2027, 1, 4)) == "工作日（暂定）"


@pytest.mark.parametrize("day", [D(2023, 12, 31), D(2101, 1, 1)])
def test_dates_outside_what_can_be_counted_are_errors(day: date) -> None:
    assert not CAL.covers(day)
    for call in (
        lambda: CAL.is_workday(day),
        lambda: CAL.describe(day),
        lambda: CAL.add_workdays(day, 0),
        lambda: CAL.workdays_between(D(2025, 1, 1), day),
        lambda: CAL.workdays_between(day, D(2025, 1, 1)),
        lambda: CAL.days_left(D(2026, 6, 1), day),
    ):
        with pytest.raises(CalendarRangeError) as info:
            call()
        assert "2024-01-01 至 2100-12-31" in str(info.value)
        assert info.value.first_day == D(2024, 1, 1)
        assert info.value.last_day == D(2026, 12, 31)


def test_counting_runs_out_only_after_2100() -> None:
    assert CAL.add_workdays(D(2100, 12, 1), 10) > D(2100, 12, 1)
    with pytest.raises(CalendarRangeError, match="2100-12-01 之后第 400 个工作日"):
        CAL.add_workdays(D(2100, 12, 1), 400)


def test_natural_days() -> None:
    assert CAL.add_natural_days(D(2026, 2, 13), 5) == D(2026, 2, 18)
    assert CAL.add_natural_days(D(2026, 12, 30), 5) == D(2027, 1, 4)  # plain arithmetic needs no data
    # 《民法典》 art. 203: a period ending on a holiday ends on the next working day
    assert CAL.add_natural_days(D(2026, 2, 13), 5, roll_to_workday=True) == D(2026, 2, 24)
    assert CAL.add_natural_days(D(2026, 2, 9), 5, roll_to_workday=True) == D(2026, 2, 14)  # make-up Saturday
    assert CAL.add_natural_days(D(2026, 3, 2), 3, roll_to_workday=True) == D(2026, 3, 5)
    # 2027-01-02 is a Saturday of a provisional year: rolled to Monday the 4th
    assert CAL.add_natural_days(D(2026, 12, 30), 3, roll_to_workday=True) == D(2027, 1, 4)


# --- between, days left, warnings -------------------------------------------------------------------------------


def test_between() -> None:
    assert CAL.workdays_between(D(2026, 2, 10), D(2026, 3, 2)) == 10
    assert CAL.workdays_between(D(2026, 3, 2), D(2026, 2, 10)) == -10
    assert CAL.workdays_between(D(2026, 3, 2), D(2026, 3, 2)) == 0
    assert CAL.workdays_between(D(2026, 3, 6), D(2026, 3, 8)) == 0  # Friday to Sunday
    assert CAL.workdays_between(D(2024, 1, 1), D(2026, 12, 31)) == sum(
        CAL.is_workday(d) for d in _days(D(2024, 1, 2), D(2026, 12, 31))
    )


def test_days_left_due_soon_overdue() -> None:
    due = D(2026, 2, 27)  # Friday
    assert CAL.days_left(D(2026, 2, 13), due) == 5
    assert CAL.days_left(D(2026, 2, 24), due) == 3
    assert not CAL.due_soon(D(2026, 2, 24), due)
    assert CAL.days_left(D(2026, 2, 25), due) == 2
    assert CAL.due_soon(D(2026, 2, 25), due)
    assert not CAL.due_soon(D(2026, 2, 25), due, within=1)
    assert CAL.days_left(due, due) == 0
    assert CAL.due_soon(due, due)
    assert not CAL.overdue(due, due)
    # the day after is a make-up Saturday: one working day overdue
    assert CAL.days_left(D(2026, 2, 28), due) == -1
    assert CAL.overdue(D(2026, 2, 28), due)
    assert not CAL.due_soon(D(2026, 2, 28), due)
    assert CAL.days_left(D(2026, 3, 3), due) == -3


def test_overdue_on_the_weekend_after_a_friday_due_day() -> None:
    due = D(2026, 3, 6)  # Friday
    assert CAL.days_left(D(2026, 3, 7), due) == -1  # Saturday: overdue although no working day has passed
    assert CAL.days_left(D(2026, 3, 8), due) == -1
    assert CAL.days_left(D(2026, 3, 9), due) == -1
    assert CAL.days_left(D(2026, 3, 10), due) == -2
    assert CAL.overdue(D(2026, 3, 7), due)
    assert not CAL.due_soon(D(2026, 3, 7), due)


def test_due_soon_across_a_holiday() -> None:
    due = D(2025, 10, 10)  # Friday after the 8-day holiday
    assert CAL.days_left(D(2025, 9, 30), due) == 2
    assert CAL.due_soon(D(2025, 9, 30), due)
    assert not CAL.due_soon(D(2025, 9, 28), due)  # 29, 30, 9, 10 October: 4 left


# --- properties -------------------------------------------------------------------------------------------------

covered = st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 10, 31))
counts = st.integers(min_value=0, max_value=40)


@settings(max_examples=300, deadline=None)
@given(covered, counts)
def test_add_then_between_round_trip(start: date, n: int) -> None:
    due = CAL.add_workdays(start, n)
    assert CAL.workdays_between(start, due) == n
    assert CAL.workdays_between(due, start) == -n
    if n > 0:
        assert CAL.is_workday(due)
        assert due > start
        # the previous working day is n-1 away: nothing was skipped
        assert CAL.workdays_between(start, due - timedelta(days=1)) == n - 1


@settings(max_examples=200, deadline=None)
@given(covered, counts)
def test_monotonic_in_n(start: date, n: int) -> None:
    assert CAL.add_workdays(start, n) < CAL.add_workdays(start, n + 1)


@settings(max_examples=200, deadline=None)
@given(covered, covered)
def test_between_matches_a_plain_count(a: date, b: date) -> None:
    lo, hi = min(a, b), max(a, b)
    plain = sum(CAL.is_workday(d) for d in _days(lo + timedelta(days=1), hi)) if hi > lo else 0
    assert CAL.workdays_between(lo, hi) == plain
    assert CAL.workdays_between(hi, lo) == -plain
    assert (CAL.days_left(a, b) < 0) == CAL.overdue(a, b)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 12, 31)), st.integers(min_value=0, max_value=300))
def test_merged_2027_extends_the_range(start: date, n: int) -> None:
    longer = CAL.merged(WorkCalendar.from_json([DOC_2027]))
    assert longer.last_day == D(2027, 12, 31)
    due = longer.add_workdays(start, n)  # past 2027: a provisional 2028
    assert longer.workdays_between(start, due) == n
    assert longer.is_provisional(due) == (due.year >= 2028)
    if due <= CAL.last_day:
        assert CAL.add_workdays(start, n) == due  # the merge changed nothing already known


# --- merging, versions, documents -------------------------------------------------------------------------------


def test_merge_2027() -> None:
    longer = CAL.merged(WorkCalendar.from_json([DOC_2027]))
    assert longer.first_day == D(2024, 1, 1)
    assert longer.covers(D(2027, 6, 1))
    assert longer.version.startswith("cn-2024-2027+")
    assert longer.version != CAL.version
    assert longer.add_workdays(D(2026, 12, 30), 2) == D(2027, 1, 4)  # 1 Jan 2027 off, then the weekend
    assert longer.add_workdays(D(2027, 1, 8), 1) == D(2027, 1, 10)  # make-up Sunday
    assert longer.describe(D(2027, 1, 1)) == "元旦"
    assert CAL.last_day == D(2026, 12, 31)  # the original is unchanged
    # merging the same data again changes nothing, version included
    assert longer.merged(WorkCalendar.from_json([DOC_2027])).version == longer.version


def test_newer_document_replaces_a_year() -> None:
    corrected = CAL.years[2].to_json()
    holidays = dict(corrected["holidays"])  # type: ignore[call-overload]
    holidays["2026-12-31"] = "测试假日"
    corrected["holidays"] = holidays
    newer = CAL.merged(WorkCalendar.from_json([corrected]))
    assert not newer.is_workday(D(2026, 12, 31))
    assert newer.version != CAL.version
    assert newer.version.startswith("cn-2024-2026+")
    assert CAL.is_workday(D(2026, 12, 31))


def test_merge_leaving_a_gap_is_refused() -> None:
    with pytest.raises(CalendarDataError, match="缺少 2027 年"):
        CAL.merged(WorkCalendar.from_json([_doc(2028)]))


def test_documents_round_trip_and_version_is_stable() -> None:
    again = WorkCalendar.from_json(CAL.to_json())
    assert again.version == CAL.version
    paths = sorted(resource_path("calendars").glob("cn-*.json"))
    assert load_calendar(paths).version == CAL.version
    assert load_calendar(list(reversed(paths))).version == CAL.version


def test_year_mappings_are_read_only() -> None:
    with pytest.raises(TypeError):
        CAL.years[0].holidays[D(2024, 3, 1)] = "x"  # type: ignore[index]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({**_doc(2027), "makeup_workday": {}}, "无法识别的字段：makeup_workday"),
        ({k: v for k, v in _doc(2027).items() if k != "source"}, "缺少字段：source"),
        ({**_doc(2027), "year": "2027"}, "year 应为"),
        ({**_doc(2027), "year": 1850}, "year 应为"),
        ({**_doc(2027), "source": " "}, "来源 source"),
        (_doc(2027, {"2027-02-30": "春节"}), "“2027-02-30”不是有效的"),
        (_doc(2027, {"20270210": "春节"}), "“20270210”不是有效的"),
        (_doc(2027, {"2027-W06-3": "春节"}), "“2027-W06-3”不是有效的"),
        (_doc(2027, {"2026-02-10": "春节"}), "2026-02-10 不属于 2027 年"),
        (_doc(2027, {"2027-02-10": ""}), "节日名称应为非空文字"),
        (_doc(2027, None, {"2027-02-10": "春节"}), "2027-02-10 是星期三：调休上班日只能是星期六或星期日"),
        (_doc(2027, {"2027-02-06": "春节"}, {"2027-02-06": "春节"}), "同时被列为放假日和调休上班日"),
        ({**_doc(2027), "holidays": ["2027-02-06"]}, "holidays 应为"),
        ({**_doc(2027), "published": "昨天"}, "不是有效的"),
    ],
)
def test_invalid_documents(doc: dict[str, object], expected: str) -> None:
    with pytest.raises(CalendarDataError) as info:
        WorkCalendar.from_json([doc])
    assert expected in str(info.value)
    assert "2027" in str(info.value) or "year" in str(info.value)


def test_invalid_document_sets() -> None:
    with pytest.raises(CalendarDataError, match="没有任何年度"):
        WorkCalendar.from_json([])
    with pytest.raises(CalendarDataError, match="2027 年的工作日历重复"):
        WorkCalendar.from_json([_doc(2027), _doc(2027)])
    with pytest.raises(CalendarDataError, match="缺少 2028 年"):
        WorkCalendar.from_json([_doc(2027), _doc(2029)])
    with pytest.raises(CalendarDataError, match="文档列表"):
        WorkCalendar.from_json(_doc(2027))  # type: ignore[arg-type]


def test_calendar_year_validates_when_built_directly() -> None:
    with pytest.raises(CalendarDataError, match="不属于 2027 年"):
        CalendarYear(2027, {D(2028, 1, 1): "元旦"}, {}, "x")


def test_load_calendar_files(tmp_path: Path) -> None:
    one = tmp_path / "cn-2027.json"
    one.write_text(json.dumps(DOC_2027, ensure_ascii=False), encoding="utf-8")
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps([_doc(2028), _doc(2029)]), encoding="utf-8")
    cal = load_calendar([one, bundle])
    assert (cal.first_day, cal.last_day) == (D(2027, 1, 1), D(2029, 12, 31))
    assert cal.describe(D(2027, 1, 1)) == "元旦"


def test_load_calendar_errors_name_the_file(tmp_path: Path) -> None:
    dup = tmp_path / "dup.json"
    dup.write_text(
        '{"year": 2027, "source": "x", "holidays": {"2027-01-01": "元旦", "2027-01-01": "元旦"},'
        ' "makeup_workdays": {}}',
        encoding="utf-8",
    )
    with pytest.raises(CalendarDataError, match=r"dup\.json：JSON 中的键“2027-01-01”出现了两次"):
        load_calendar([dup])
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CalendarDataError, match=r"broken\.json：不是有效的 JSON"):
        load_calendar([broken])
    with pytest.raises(CalendarDataError, match="无法读取"):
        load_calendar([tmp_path / "missing.json"])
    weekday_makeup = tmp_path / "cn-2027.json"
    weekday_makeup.write_text(json.dumps(_doc(2027, None, {"2027-02-10": "春节"})), encoding="utf-8")
    with pytest.raises(CalendarDataError, match=r"cn-2027.json（2027 年）：调休上班日 2027-02-10"):
        load_calendar([weekday_makeup])


def test_default_calendar_follows_the_resources_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "calendars").mkdir()
    (tmp_path / "calendars" / "cn-2027.json").write_text(json.dumps(DOC_2027), encoding="utf-8")
    monkeypatch.setenv("GOVDESK_RESOURCES", str(tmp_path))
    cal = default_calendar()
    assert (cal.first_day, cal.last_day) == (D(2027, 1, 1), D(2027, 12, 31))
    (tmp_path / "calendars" / "cn-2027.json").unlink()
    monkeypatch.setenv("GOVDESK_RESOURCES", str(tmp_path / "calendars"))
    with pytest.raises(CalendarDataError, match="找不到工作日历文件"):
        default_calendar()


def test_equality_follows_the_data() -> None:
    assert WorkCalendar.from_json(CAL.to_json()) == CAL
    assert hash(WorkCalendar.from_json(CAL.to_json())) == hash(CAL)
    assert CAL.merged(WorkCalendar.from_json([DOC_2027])) != CAL


def test_counting_does_not_walk_the_days() -> None:
    """Supervision lists compute thousands of deadlines: each call must be O(1), not a walk over the days.

    10,000 long additions (700 working days, about 1,000 calendar days each) plus counts take about 0.02 s here;
    walking day by day took about 12 s, so the 2 s bound fails a walk and has ample headroom on a busy machine.
    """
    import time

    started = time.perf_counter()
    for _ in range(10_000):
        due = CAL.add_workdays(D(2024, 1, 2), 700)
        CAL.workdays_between(D(2024, 1, 2), due)
    assert time.perf_counter() - started < 2.0


def test_a_problem_of_a_file_names_the_file_and_year_once() -> None:
    """A bad date inside a file's year is placed once ("f.json（2026 年）：…"), not twice as it was; a problem the
    year's own check finds is placed in the file instead of the bare year."""
    bad_date = {"year": 2026, "source": "x", "holidays": {"2026-13-01": "元旦"}, "makeup_workdays": {}}
    with pytest.raises(CalendarDataError) as raised:
        CalendarYear.from_json(bad_date, where="cn-2026.json")
    assert str(raised.value) == "cn-2026.json（2026 年）：holidays 中的日期“2026-13-01”不是有效的 YYYY-MM-DD 日期"
    weekday = {"year": 2026, "source": "x", "holidays": {}, "makeup_workdays": {"2026-01-05": "元旦"}}
    with pytest.raises(CalendarDataError) as raised:
        CalendarYear.from_json(weekday, where="cn-2026.json")
    assert (
        str(raised.value) == "cn-2026.json（2026 年）：调休上班日 2026-01-05 是星期一：调休上班日只能是星期六或星期日"
    )
    with pytest.raises(CalendarDataError) as raised:
        CalendarYear.from_json(weekday)
    assert str(raised.value) == "2026 年工作日历：调休上班日 2026-01-05 是星期一：调休上班日只能是星期六或星期日"
