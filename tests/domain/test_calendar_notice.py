"""Reading the State Council's holiday notice: the official 2024–2026 texts give the shipped years exactly, and
every refusal names the line it refuses."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from govdesk.domain.calendar import CalendarDataError, CalendarYear, provisional_year
from govdesk.domain.calendar_notice import (
    NoticeError,
    amend_previous_year,
    missing_statutory_holidays,
    parse_notice,
    require_statutory_holidays,
)
from govdesk.resources import resource_path
from govdesk.shipped import default_calendar

DATA = Path(__file__).parents[1] / "data" / "calendar"
HALF_WIDTH = str.maketrans({"：": ":", "（": "(", "）": ")", "，": ",", "。": ".", "　": " "})


def notice(year: int) -> str:
    return (DATA / f"notice-{year}.txt").read_text(encoding="utf-8")


def shipped(year: int) -> dict[str, object]:
    """The shipped document without what a notice cannot give (``note``, a maintainer's remark)."""
    doc = json.loads((resource_path("calendars") / f"cn-{year}.json").read_text(encoding="utf-8"))
    doc.pop("note", None)
    return dict(doc)


def changed(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` replaced once; fails if ``old`` is not there (so no test passes on an unchanged text)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def refusal(text: str) -> str:
    with pytest.raises(NoticeError) as caught:
        parse_notice(text)
    return str(caught.value)


def line_of(text: str, fragment: str) -> tuple[int, str]:
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number, line.strip()
    raise AssertionError(fragment)


def assert_names_line(message: str, text: str, fragment: str) -> None:
    number, line = line_of(text, fragment)
    assert message.startswith(f"第 {number} 行："), message
    assert f"第 {number} 行原文：{line}" in message


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_the_official_notice_gives_exactly_the_shipped_year(year: int) -> None:
    imported = parse_notice(notice(year))
    assert imported.year.to_json() == shipped(year)
    assert not imported.previous_holidays and not imported.previous_makeups
    assert default_calendar().years[year - 2024] == imported.year


def test_the_2024_encouragement_to_rest_on_chuxi_is_read_and_not_counted() -> None:
    text = notice(2024)
    imported = parse_notice(text)
    assert date(2024, 2, 9) not in imported.year.holidays
    number, _ = line_of(text, "二、春节")
    assert imported.not_counted == ((number, "鼓励各单位结合带薪年休假等制度落实,安排职工在除夕(2月9日)休息"),)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_half_width_punctuation_reads_the_same(year: int) -> None:
    text = notice(year).translate(HALF_WIDTH)
    assert "（" not in text and "：" not in text
    assert parse_notice(text).year.to_json() == shipped(year)


def test_a_xinhua_copy_without_number_weekdays_written_xingqi() -> None:
    text = changed(notice(2026), "国务院办公厅关于2026年\n部分节假日安排的通知\n国办发明电〔2025〕7号\n", "")
    text = "新华社北京11月4日电　国务院办公厅关于2026年部分节假日安排的通知，全文如下：\n" + text
    for short, long in (("（周", "（星期"), ("、周", "、星期")):
        text = text.replace(short, long)
    assert "星期四" in text
    imported = parse_notice(text)
    assert imported.year.source == "国务院办公厅关于2026年部分节假日安排的通知"
    assert imported.year.published == date(2025, 11, 4)
    assert imported.year.to_json() == {**shipped(2026), "source": imported.year.source}


def test_weekdays_may_be_left_out_and_the_signature_date_too() -> None:
    text = notice(2026)
    for weekday in "一二三四五六日":
        text = text.replace(f"（周{weekday}）", "").replace(f"、周{weekday}）", "）")
    text = changed(text, "2025年11月4日\n", "")
    assert "（周" not in text
    imported = parse_notice(text)
    assert imported.year.published is None
    assert imported.year.holidays == parse_notice(notice(2026)).year.holidays


def test_a_wrong_total_is_refused_naming_the_line() -> None:
    text = changed(notice(2026), "至7日（周三）放假调休，共7天", "至7日（周三）放假调休，共8天")
    message = refusal(text)
    assert "写明共 8 天，但列出的放假日是 7 天" in message
    assert_names_line(message, text, "七、国庆节")
    text = changed(notice(2025), "放假1天", "放假2天")
    assert "写明共 2 天，但列出的放假日是 1 天" in refusal(text)


def test_a_wrong_weekday_is_refused_naming_the_line() -> None:
    text = changed(notice(2026), "1月4日（周日）上班", "1月4日（周一）上班")
    message = refusal(text)
    assert "1月4日是星期日，括号中却写“周一”" in message
    assert_names_line(message, text, "一、元旦")
    text = changed(notice(2025), "6月2日（周一）", "6月2日（星期二）")
    assert "6月2日是星期一，括号中却写“星期二”" in refusal(text)


def test_a_wrong_lunar_date_in_brackets_is_refused() -> None:
    text = changed(notice(2026), "农历腊月二十八", "农历腊月二十七")
    assert "2月15日是农历腊月廿八，括号中却写“农历腊月二十七”" in refusal(text)
    text = changed(notice(2025), "1月28日（农历除夕", "1月29日（农历除夕")
    text = changed(text, "共8天。1月26日", "共7天。1月26日")
    assert "1月29日是农历正月初一，括号中却写“农历除夕”" in refusal(text)


def test_a_missing_spring_festival_day_is_refused_naming_the_law_and_the_line() -> None:
    # 除夕 (16 February) left out, the rest of the line consistent
    text = changed(notice(2026), "2月15日（农历腊月二十八、周日）至23日", "2月17日（周二）至23日")
    text = changed(text, "共9天", "共7天")
    message = refusal(text)
    assert "《全国年节及纪念日放假办法》规定的春节假日 2026-02-16（星期一）不在春节的放假日中" in message
    assert_names_line(message, text, "二、春节")


def test_a_festival_left_out_altogether_is_refused() -> None:
    text = changed(notice(2026), "　　六、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n", "")
    text = changed(text, "七、国庆节", "六、国庆节")
    assert "通知中没有中秋节的放假安排：《全国年节及纪念日放假办法》规定的中秋节假日 2026-09-25" in refusal(text)


def test_an_unreadable_line_is_refused_naming_it() -> None:
    text = changed(notice(2026), "6月19日（周五）至21日", "6月19日（周五）到21日")
    message = refusal(text)
    assert "无法读懂“6月19日(周五)到21日(周日)放假”" in message
    assert_names_line(message, text, "五、端午节")
    text = changed(notice(2026), "放假，共3天。\n　　六", "放假，共3天，另行通知。\n　　六")
    assert "无法读懂“另行通知”" in refusal(text)
    text = changed(notice(2024), "9月14日（星期六）上班。", "9月14日（星期六）上班。具体另行通知。")
    assert "无法读懂“具体另行通知”" in refusal(text)


def test_a_makeup_wednesday_is_refused_naming_the_line() -> None:
    text = changed(notice(2026), "5月9日（周六）上班", "5月6日（周三）上班")
    message = refusal(text)
    assert "调休上班日 5月6日是星期三：调休上班日只能是星期六或星期日" in message
    assert_names_line(message, text, "四、劳动节")
    text = changed(notice(2024), "4月7日（星期日）上班", "4月10日上班")  # no weekday written: still checked
    assert "调休上班日 4月10日是星期三" in refusal(text)


def test_structure_faults_are_refused() -> None:
    text = notice(2026)
    assert "条目编号应为第 3 条，这里是“四”" in refusal(changed(text, "三、清明节", "四、清明节"))
    assert "无法识别的节日名称“国庆日”" in refusal(changed(text, "七、国庆节", "七、国庆日"))
    assert "找不到通知标题" in refusal(text.replace("关于2026年", "关于"))
    assert "标题是 2026 年的通知，正文却写“现将2025年" in refusal(changed(text, "现将2026年", "现将2025年"))
    assert "日期“2月30日”不存在" in refusal(changed(text, "2月28日（周六）上班", "2月30日上班"))
    twice = changed(text, "9月20日（周日）、10月10日", "9月20日（周日）、5月9日（周六）、10月10日")
    assert "2026-05-09 已在第 10 行列为调休上班日" in refusal(twice)
    swapped = changed(text, "放假调休，共3天。1月4日", "放假，共3天，不调休。1月4日")
    assert "写明“不调休”，却又列出了调休上班日" in refusal(swapped)
    both = changed(text, "2月14日（周六）、", "2月14日（周六）、1月3日（周六）、")
    assert "2026-01-03 已在第 7 行列为放假日" in refusal(both)
    one_line = changed(text, "上班。\n　　五、端午节", "上班。五、端午节")
    assert "每条安排应单独成行" in refusal(one_line)


# Modelled on the 2023 notice (国办发明电〔2022〕16号), whose 元旦 began on 31 December 2022.
NOTICE_2023 = """国务院办公厅关于2023年部分节假日安排的通知
一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
三、清明节：4月5日放假，共1天。
四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
国务院办公厅
2022年12月8日
"""


def test_days_of_the_previous_year_are_kept_apart_and_amend_that_year() -> None:
    imported = parse_notice(NOTICE_2023)
    assert min(imported.year.holidays) == date(2023, 1, 1)
    assert dict(imported.previous_holidays) == {date(2022, 12, 31): "元旦"}
    # without years, a range ending in an earlier month, and a December make-up day of the 元旦 item
    text = changed(
        NOTICE_2023,
        "2022年12月31日至2023年1月2日放假调休，共3天。",
        "12月31日（星期六）至1月2日放假调休，共3天。12月24日（周六）上班。",
    )
    imported = parse_notice(text)
    assert dict(imported.previous_holidays) == {date(2022, 12, 31): "元旦"}
    assert dict(imported.previous_makeups) == {date(2022, 12, 24): "元旦"}
    assert set(imported.year.holidays) >= {date(2023, 1, 1), date(2023, 1, 2)}
    amended = amend_previous_year(provisional_year(2022), imported)
    assert amended.holidays[date(2022, 12, 31)] == "元旦"
    assert amended.makeup_workdays[date(2022, 12, 24)] == "元旦"
    assert set(amended.holidays) >= set(provisional_year(2022).holidays)
    assert "国务院办公厅关于2023年部分节假日安排的通知" in amended.source
    with pytest.raises(CalendarDataError, match="需要 2022 年的工作日历"):
        amend_previous_year(provisional_year(2021), imported)
    # only the 元旦 item may reach into the previous year
    early = changed(NOTICE_2023, "1月21日至27日", "2022年1月21日至27日")
    assert "2022-01-21 不属于 2023 年" in refusal(early)


def test_a_calendar_year_missing_a_statutory_holiday_is_not_a_real_year() -> None:
    for cy in default_calendar().years:
        assert missing_statutory_holidays(cy) == {}
        require_statutory_holidays(cy)
    doc = shipped(2026)
    holidays = {d: n for d, n in dict(doc["holidays"]).items() if n != "端午节"}  # type: ignore[call-overload]
    short = CalendarYear.from_json({**doc, "holidays": holidays})
    assert missing_statutory_holidays(short) == {date(2026, 6, 19): "端午节"}
    with pytest.raises(CalendarDataError, match=r"2026 年工作日历缺少.*2026-06-19（星期五，端午节）"):
        require_statutory_holidays(short)
