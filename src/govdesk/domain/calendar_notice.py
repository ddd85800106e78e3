"""Reading 《国务院办公厅关于YYYY年部分节假日安排的通知》 as published, into one :class:`CalendarYear`.

The notice is read line by line. Only its numbered items (``一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。
1月4日（周日）上班。``) carry the arrangement; the title gives the year (``关于2026年部分节假日安排的通知``), a line
holding only a date (the signature's ``2025年11月4日``) the published day, and ``国办发明电〔2025〕7号`` the number.
Other prose (salutation, the 2025 notice's principles, the closing) is not read for days.

Full-width and half-width punctuation are the same here (NFKC), spaces are ignored, weekdays may be written 周四 or
星期四 or left out, a range runs within a month (``至3日``) or across months (``至2月3日``). In an item, a sentence
is one of: days off (``……放假`` / ``……放假调休``, with ``共N天``, ``放假N天``, ``与周末连休``, ``不调休`` or
``M月D日（星期一）补休`` after commas), make-up working days (``……上班``), or an encouragement (``鼓励……``), which
binds no one and is reported as not counted (2024: 除夕 only "encouraged" off). Anything else is refused.

Refused, with the line's number and text (:class:`NoticeError`): a line that cannot be read, a ``共N天`` that does
not match the days listed, a weekday or a 农历 date in brackets that is wrong for the date, a make-up day that is not
a Saturday or Sunday, a day listed twice, items not numbered 一、二、三…, and a statutory holiday of
《全国年节及纪念日放假办法》 (:func:`statutory.statutory_holidays`) that the notice leaves out.

**Days of the previous year.** A notice may start 元旦 in the last days of the previous year (the 2023 notice:
31 December 2022 to 2 January off; the 2019 notice: 30 December 2018 to 1 January off, 29 December 2018 worked).
A calendar document holds one year, so those days are not put into the notice's year: :class:`NoticeImport` keeps
them apart (``previous_holidays``, ``previous_makeups``), and :func:`amend_previous_year` adds them to the previous
year's published document, which the caller must have; nothing of the previous year is dropped or guessed. Without
a year, a December date in the 元旦 item (or a range ending in an earlier month, ``12月30日至1月1日``)
is the previous year's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from lunar_python import Solar

from govdesk.domain.calendar import WEEKDAYS, CalendarDataError, CalendarYear
from govdesk.domain.errors import GovdeskError
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.statutory import statutory_holidays

AT_LINE = translate("HolidayNotice", "第 {line} 行：{problem}", "holiday_notice.at_line")
AT_LINE_WITH_TEXT = translate(
    "HolidayNotice", "第 {line} 行：{problem}\n  第 {line} 行原文：{text}", "holiday_notice.at_line_with_text"
)
MONTH_DAY = translate("HolidayNotice", "{month}月{day}日", "holiday_notice.month_day")
YEAR = translate("HolidayNotice", "{year}年", "holiday_notice.year")
LUNAR = translate("HolidayNotice", "农历{month}月{day}", "holiday_notice.lunar")
HOLIDAY = translate("HolidayNotice", "放假日", "holiday_notice.holiday")
MAKEUP_DAY = translate("HolidayNotice", "调休上班日", "holiday_notice.makeup_day")
THE_YEAR = translate("HolidayNotice", "年份", "holiday_notice.the_year")
THE_NUMBER = translate("HolidayNotice", "文号", "holiday_notice.the_number")
DAY_DESCRIBED = translate("HolidayNotice", "{day}（{weekday}，{name}）", "holiday_notice.day_described")
STATUTORY_MISSING = translate(
    "HolidayNotice",
    "{year} 年工作日历缺少《全国年节及纪念日放假办法》规定的法定节假日：{days}",
    "holiday_notice.statutory_missing",
)
STATUTORY_DAY = translate(
    "HolidayNotice", "《全国年节及纪念日放假办法》规定的{name}假日 {day}（{weekday}）", "holiday_notice.statutory_day"
)
STATUTORY_NOT_IN_ITEM = translate("HolidayNotice", "{law}不在{item}的放假日中", "holiday_notice.statutory_not_in_item")
STATUTORY_NO_ITEM = translate(
    "HolidayNotice", "通知中没有{name}的放假安排：{law}未列为放假日", "holiday_notice.statutory_no_item"
)
NO_SUCH_DATE = translate("HolidayNotice", "日期“{year}{month}月{day}日”不存在", "holiday_notice.no_such_date")
WEEKDAY_WRONG = translate("HolidayNotice", "{day}是{weekday}，括号中却写“{part}”", "holiday_notice.weekday_wrong")
NOTE_UNKNOWN = translate(
    "HolidayNotice",
    "{day}后括号中的“{part}”无法识别（应为星期，如“周四”，或农历日期）",
    "holiday_notice.note_unknown",
)
LUNAR_UNKNOWN = translate("HolidayNotice", "{day}后括号中的农历日期“{part}”无法识别", "holiday_notice.lunar_unknown")
LUNAR_WRONG = translate("HolidayNotice", "{day}是{actual}，括号中却写“{part}”", "holiday_notice.lunar_wrong")
LISTED_TWICE = translate(
    "HolidayNotice",
    "{day} 已在第 {line} 行列为{kind}，不能重复列出",
    "holiday_notice.listed_twice",
)
OTHER_YEAR = translate(
    "HolidayNotice",
    "{day} 不属于 {year} 年（只有元旦可以从上一年 12 月开始）",
    "holiday_notice.other_year",
)
DAYS_OFF_UNREADABLE = translate(
    "HolidayNotice",
    "无法读懂“{first}”：应为“1月1日至3日放假”这样的日期或日期范围",
    "holiday_notice.days_off_unreadable",
)
RANGE_BACKWARDS = translate("HolidayNotice", "日期范围“{range}”的结束日不晚于开始日", "holiday_notice.range_backwards")
CLAUSE_UNREADABLE = translate(
    "HolidayNotice",
    "无法读懂“{clause}”（可以是“共N天”“与周末连休”“不调休”或“M月D日补休”）",
    "holiday_notice.clause_unreadable",
)
COUNT_DIFFERS = translate(
    "HolidayNotice",
    "写明共 {n} 天，但列出的放假日是 {listed_count} 天：{listed}",
    "holiday_notice.count_differs",
)
WORKDAY_UNREADABLE = translate(
    "HolidayNotice",
    "无法读懂调休上班日“{part}”：应为“1月4日（周日）”这样的日期",
    "holiday_notice.workday_unreadable",
)
MAKEUP_ON_WEEKDAY = translate(
    "HolidayNotice",
    "调休上班日 {day}是{weekday}：调休上班日只能是星期六或星期日",
    "holiday_notice.makeup_on_weekday",
)
FESTIVAL_UNKNOWN = translate(
    "HolidayNotice",
    "无法识别的节日名称“{names}”（应为{festivals}之一）",
    "holiday_notice.festival_unknown",
)
SENTENCE_UNREADABLE = translate(
    "HolidayNotice",
    "无法读懂“{sentence}”：应为放假安排（“……放假”）或调休上班安排（“……上班”）",
    "holiday_notice.sentence_unreadable",
)
NO_SWAP_BUT_MAKEUPS = translate(
    "HolidayNotice",
    "写明“不调休”，却又列出了调休上班日",
    "holiday_notice.no_swap_but_makeups",
)
INCONSISTENT = translate("HolidayNotice", "通知中的{what}不一致：{found}", "holiday_notice.inconsistent")
NO_TITLE = translate(
    "HolidayNotice",
    "找不到通知标题“国务院办公厅关于YYYY年部分节假日安排的通知”，无法确定年份",
    "holiday_notice.no_title",
)
YEAR_DIFFERS = translate(
    "HolidayNotice",
    "标题是 {year} 年的通知，正文却写“现将{announced}年……”",
    "holiday_notice.year_differs",
)
ITEM_INSIDE_LINE = translate(
    "HolidayNotice",
    "这一行中间有放假安排条目：每条安排应单独成行（如“二、春节：……”）",
    "holiday_notice.item_inside_line",
)
ITEM_NUMBER = translate(
    "HolidayNotice",
    "条目编号应为第 {expected} 条，这里是“{number}”：是否漏了或多了一条？",
    "holiday_notice.item_number",
)
ITEM_TWICE = translate("HolidayNotice", "{name}的安排已在第 {line} 行列出", "holiday_notice.item_twice")
NO_ITEMS = translate(
    "HolidayNotice",
    "通知中找不到放假安排条目（如“一、元旦：1月1日放假……”）",
    "holiday_notice.no_items",
)
PUBLISHED_DIFFERS = translate("HolidayNotice", "通知中的成文日期不一致：{dates}", "holiday_notice.published_differs")
WRONG_PREVIOUS_YEAR = translate(
    "HolidayNotice",
    "需要 {wanted} 年的工作日历，实际为 {actual} 年",
    "holiday_notice.wrong_previous_year",
)

__all__ = [
    "FESTIVALS",
    "STATUTORY_CHECK_FROM",
    "NoticeError",
    "NoticeImport",
    "amend_previous_year",
    "missing_statutory_holidays",
    "parse_notice",
    "require_statutory_holidays",
]

#: The festivals a notice arranges (《全国年节及纪念日放假办法》 第二条).
FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
#: The first year of the 放假办法's third revision (2013, in force 2014): ``statutory_holidays`` is right from here.
STATUTORY_CHECK_FROM = 2014

_NUMERALS = "一二三四五六七八九十"
_DATE = r"(?:(?P<{0}y>\d{{4}})年)?(?P<{0}m>\d{{1,2}})月(?P<{0}d>\d{{1,2}})日(?:\((?P<{0}note>[^()]*)\))?"
_ONE_DAY = re.compile(_DATE.format("s"))
_RANGE = re.compile(
    _DATE.format("s") + r"(?:至(?:(?:(?P<ey>\d{4})年)?(?P<em>\d{1,2})月)?(?P<ed>\d{1,2})日(?:\((?P<enote>[^()]*)\))?)?"
)
_DAYS_OFF = re.compile(r"(?P<range>.+)放假(?:调休)?(?:(?P<n>\d+)天)?")
_ITEM = re.compile(rf"(?P<num>[{_NUMERALS}]+)、(?P<name>[^:]+):(?P<body>.*)")
_ITEM_INSIDE = re.compile(rf"[{_NUMERALS}]+、(?:{'|'.join(FESTIVALS)})[、:]")
_TITLE = re.compile(r"关于(\d{4})年部分节假日安排的通知")
_ANNOUNCED = re.compile(r"现将(\d{4})年")
_NUMBER = re.compile(r"(国办发(?:明电)?)[〔\[(](\d{4})[〕\])](\d+)号")
_DATE_LINE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_WEEKDAY = re.compile(r"(?:周|星期)([一二三四五六日天])")
_LUNAR = re.compile(r"农历(?:(?P<eve>除夕)|(?P<month>正|冬|腊|十[一二]|[一二三四五六七八九十])月(?P<day>.+))")
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "十一": 11, "十二": 12} | {c: i + 1 for i, c in enumerate(_NUMERALS)}


def _lunar_day_names() -> dict[str, int]:
    digits = "一二三四五六七八九"
    names = {f"初{c}": i + 1 for i, c in enumerate(digits)} | {"初十": 10, "二十": 20, "三十": 30}
    for i, c in enumerate(digits):
        names[f"十{c}"] = 11 + i
        names[f"廿{c}"] = names[f"二十{c}"] = 21 + i
    return names


_LUNAR_DAYS = _lunar_day_names()


class NoticeError(GovdeskError, ValueError):
    """A notice that cannot be taken as it stands. The message (Chinese) names the line: its number and text."""

    def __init__(self, message: str, line: int | None = None, text: str = "") -> None:
        if line is not None and text.strip():
            message = Message(AT_LINE_WITH_TEXT, line=line, problem=message, text=text.strip())
        elif line is not None:
            message = Message(AT_LINE, line=line, problem=message)
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class NoticeImport:
    """What a notice gives: its year, the days it gives the previous year (kept apart), and the sentences it read
    and did not count (``(line number, sentence)``, e.g. an encouragement to let staff take 除夕 off)."""

    year: CalendarYear
    previous_holidays: Mapping[date, str]
    previous_makeups: Mapping[date, str]
    not_counted: tuple[tuple[int, str], ...]


def _normalize(line: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", line))
    return text.replace(".", "。").replace(";", "。")


def _cn_number(text: str) -> int | None:
    """一 … 十九 as an int (item numbers)."""
    if text in _NUMERALS:
        return _NUMERALS.index(text) + 1
    if len(text) == 2 and text[0] == "十" and text[1] in _NUMERALS[:9]:
        return 10 + _NUMERALS.index(text[1]) + 1
    return None


def _md(d: date) -> str:
    return Message(MONTH_DAY, month=d.month, day=d.day)


@dataclass
class _Reader:
    """The state of one parse: the year, where each day came from, and the line being read."""

    year: int
    lines: list[str]
    holidays: dict[date, tuple[str, int]]
    makeups: dict[date, tuple[str, int]]
    not_counted: list[tuple[int, str]]
    line_no: int = 0

    def fail(self, message: str) -> NoticeError:
        return NoticeError(message, self.line_no, self.lines[self.line_no - 1])

    def day(self, y: str | None, m: str, d: str, *, default_year: int) -> date:
        try:
            return date(int(y) if y else default_year, int(m), int(d))
        except ValueError:
            raise self.fail(Message(NO_SUCH_DATE, year=Message(YEAR, year=y) if y else "", month=m, day=d)) from None

    def default_year(self, month: int, festival: str) -> int:
        """A date without a year: the notice's year, but December in the 元旦 item is the previous year's."""
        return self.year - 1 if festival == "元旦" and month == 12 else self.year

    def check_note(self, note: str | None, d: date) -> None:
        """The brackets after a date: weekday (周四/星期四) and 农历 date, each checked against the date."""
        if not note:
            return
        for part in re.split(r"[、,]", note):
            weekday = _WEEKDAY.fullmatch(part)
            lunar = _LUNAR.fullmatch(part)
            if weekday:
                expected = "一二三四五六日天".index(weekday.group(1))
                if min(expected, 6) != d.weekday():
                    raise self.fail(
                        Message(WEEKDAY_WRONG, day=_md(d), weekday=Message(WEEKDAYS[d.weekday()]), part=part)
                    )
            elif lunar:
                self.check_lunar(part, lunar, d)
            else:
                raise self.fail(Message(NOTE_UNKNOWN, day=_md(d), part=part))

    def check_lunar(self, part: str, match: re.Match[str], d: date) -> None:
        lunar = Solar.fromYmd(d.year, d.month, d.day).getLunar()
        if match.group("eve"):
            following = lunar.next(1)
            right = following.getMonth() == 1 and following.getDay() == 1
        else:
            day = _LUNAR_DAYS.get(match.group("day"))
            if day is None:
                raise self.fail(Message(LUNAR_UNKNOWN, day=_md(d), part=part))
            right = (abs(lunar.getMonth()), lunar.getDay()) == (_LUNAR_MONTHS[match.group("month")], day)
        if not right:
            actual = Message(LUNAR, month=lunar.getMonthInChinese(), day=lunar.getDayInChinese())
            raise self.fail(Message(LUNAR_WRONG, day=_md(d), actual=actual, part=part))

    def add(self, target: dict[date, tuple[str, int]], d: date, festival: str) -> None:
        for kind, days in ((Message(HOLIDAY), self.holidays), (Message(MAKEUP_DAY), self.makeups)):
            if d in days:
                raise self.fail(Message(LISTED_TWICE, day=d.isoformat(), line=days[d][1], kind=kind))
        new_year = "元旦" in festival.split("、")
        if d.year != self.year and not (d.year == self.year - 1 and d.month == 12 and new_year):
            raise self.fail(Message(OTHER_YEAR, day=d.isoformat(), year=self.year))
        target[d] = (festival, self.line_no)

    def days_off(self, sentence: str, festival: str) -> tuple[list[date], bool]:
        """``……放假[调休]，共N天，与周末连休，M月D日补休``: the days and whether it said 不调休."""
        first, *clauses = re.split(r"[,，]", sentence)
        head = _DAYS_OFF.fullmatch(first)
        span = _RANGE.fullmatch(head.group("range")) if head else None
        if head is None or span is None:
            raise self.fail(Message(DAYS_OFF_UNREADABLE, first=first))
        start = self.day(*span.group("sy", "sm", "sd"), default_year=self.default_year(int(span["sm"]), festival))
        month = int(span["em"] or start.month)
        if span["ed"] and not span["sy"] and month < start.month and start.year == self.year:  # 12月30日至1月1日
            start = start.replace(year=self.year - 1)
        self.check_note(span["snote"], start)
        days = [start]
        counts = [int(head["n"])] if head["n"] else []
        no_swap = False
        if span["ed"]:
            year = int(span["ey"]) if span["ey"] else start.year + (month < start.month)
            end = self.day(str(year), str(month), span["ed"], default_year=year)
            if end <= start:
                raise self.fail(Message(RANGE_BACKWARDS, range=head.group("range")))
            self.check_note(span["enote"], end)
            days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        for clause in clauses:
            if total := re.fullmatch(r"共(\d+)天", clause):
                counts.append(int(total.group(1)))
            elif clause == "不调休":
                no_swap = True
            elif re.fullmatch(r"与(?:周末|周六|周日|星期六|星期日)连休", clause):
                pass  # the weekend stays a weekend: the notice lists no extra day
            elif (extra := re.fullmatch(_DATE.format("s") + "补休", clause)) is not None:
                d = self.day(*extra.group("sy", "sm", "sd"), default_year=self.year)
                self.check_note(extra["snote"], d)
                days.append(d)
            else:
                raise self.fail(Message(CLAUSE_UNREADABLE, clause=clause))
        for n in counts:
            if n != len(days):
                listed = join((_md(d) for d in days), ENUMERATION)
                raise self.fail(Message(COUNT_DIFFERS, n=n, listed_count=len(days), listed=listed))
        return days, no_swap

    def workdays(self, sentence: str, festival: str) -> list[date]:
        """``M月D日（周日）、M月D日（周六）上班``: each a Saturday or Sunday."""
        found: list[date] = []
        for part in re.split(r"[、,]", sentence.removesuffix("上班")):
            one = _ONE_DAY.fullmatch(part)
            if one is None:
                raise self.fail(Message(WORKDAY_UNREADABLE, part=part))
            d = self.day(*one.group("sy", "sm", "sd"), default_year=self.default_year(int(one["sm"]), festival))
            self.check_note(one["snote"], d)
            if d.weekday() < 5:
                raise self.fail(Message(MAKEUP_ON_WEEKDAY, day=_md(d), weekday=Message(WEEKDAYS[d.weekday()])))
            found.append(d)
        return found

    def item(self, name: str, body: str) -> None:
        festivals = name.split("、")
        unknown = [f for f in festivals if f not in FESTIVALS]
        if unknown:
            raise self.fail(Message(FESTIVAL_UNKNOWN, names="、".join(unknown), festivals="、".join(FESTIVALS)))
        festival = festivals[0] if len(festivals) == 1 else name
        makeups: list[date] = []
        no_swap = False
        for sentence in filter(None, body.split("。")):
            if sentence.startswith("鼓励"):
                self.not_counted.append((self.line_no, sentence))
            elif sentence.endswith("上班"):
                makeups.extend(self.workdays(sentence, "元旦" if "元旦" in festivals else festival))
            elif "放假" in sentence:
                days, said_no_swap = self.days_off(sentence, "元旦" if "元旦" in festivals else festival)
                no_swap = no_swap or said_no_swap
                for d in days:
                    self.add(self.holidays, d, name)
            else:
                raise self.fail(Message(SENTENCE_UNREADABLE, sentence=sentence))
        if no_swap and makeups:
            raise self.fail(Message(NO_SWAP_BUT_MAKEUPS))
        for d in makeups:
            self.add(self.makeups, d, name)


def _one(found: set[str], what: str) -> str | None:
    if len(found) > 1:
        raise NoticeError(Message(INCONSISTENT, what=what, found="、".join(sorted(found))))
    return next(iter(found), None)


def parse_notice(text: str) -> NoticeImport:
    """The arrangement in a notice's text; :class:`NoticeError` names the line of anything refused."""
    lines = text.splitlines()
    normalized = [_normalize(line) for line in lines]
    joined = "".join(normalized)
    year_text = _one(set(_TITLE.findall(joined)), Message(THE_YEAR))
    if year_text is None:
        raise NoticeError(Message(NO_TITLE))
    year = int(year_text)
    for announced in set(_ANNOUNCED.findall(joined)) - {year_text}:
        raise NoticeError(Message(YEAR_DIFFERS, year=year, announced=announced))
    number = _one({f"{m[0]}〔{m[1]}〕{m[2]}号" for m in _NUMBER.findall(joined)}, Message(THE_NUMBER))
    reader = _Reader(year, lines, {}, {}, [])
    published: set[date] = set()
    items: dict[str, int] = {}
    for line_no, line in enumerate(normalized, start=1):
        reader.line_no = line_no
        if (signed := _DATE_LINE.fullmatch(line)) is not None:
            published.add(reader.day(*signed.groups(), default_year=year))
            continue
        item = _ITEM.fullmatch(line)
        if _ITEM_INSIDE.search(item["body"] if item else line):
            raise reader.fail(Message(ITEM_INSIDE_LINE))
        if item is None:
            continue
        expected = len(items) + 1
        if _cn_number(item["num"]) != expected:
            raise reader.fail(Message(ITEM_NUMBER, expected=expected, number=item["num"]))
        if item["name"] in items:
            raise reader.fail(Message(ITEM_TWICE, name=item["name"], line=items[item["name"]]))
        items[item["name"]] = reader.line_no
        reader.item(item["name"], item["body"])
    if not items:
        raise NoticeError(Message(NO_ITEMS))
    if len(published) > 1:
        raise NoticeError(Message(PUBLISHED_DIFFERS, dates=join(sorted(d.isoformat() for d in published), ENUMERATION)))
    title = f"国务院办公厅关于{year}年部分节假日安排的通知"
    this_year = CalendarYear(
        year=year,
        holidays={d: name for d, (name, _) in reader.holidays.items() if d.year == year},
        makeup_workdays={d: name for d, (name, _) in reader.makeups.items() if d.year == year},
        source=f"{title}（{number}）" if number else title,
        published=next(iter(published), None),
    )
    _check_statutory(this_year, items, lines)
    return NoticeImport(
        year=this_year,
        previous_holidays=MappingProxyType({d: n for d, (n, _) in sorted(reader.holidays.items()) if d.year < year}),
        previous_makeups=MappingProxyType({d: n for d, (n, _) in sorted(reader.makeups.items()) if d.year < year}),
        not_counted=tuple(reader.not_counted),
    )


def missing_statutory_holidays(cy: CalendarYear) -> dict[date, str]:
    """The statutory holidays of 《全国年节及纪念日放假办法》 (第二条) that ``cy`` does not list as days off
    (empty before :data:`STATUTORY_CHECK_FROM`, where this module does not know the law's days)."""
    if cy.year < STATUTORY_CHECK_FROM:
        return {}
    return {d: name for d, name in statutory_holidays(cy.year).items() if d not in cy.holidays}


def _describe(missing: Mapping[date, str]) -> str:
    return join(
        (
            Message(DAY_DESCRIBED, day=d.isoformat(), weekday=Message(WEEKDAYS[d.weekday()]), name=name)
            for d, name in missing.items()
        ),
        ENUMERATION,
    )


def require_statutory_holidays(cy: CalendarYear) -> None:
    """:class:`CalendarDataError` unless ``cy`` is a real year: every statutory holiday a day off."""
    missing = missing_statutory_holidays(cy)
    if missing:
        raise CalendarDataError(Message(STATUTORY_MISSING, year=cy.year, days=_describe(missing)))


def _check_statutory(cy: CalendarYear, items: Mapping[str, int], lines: list[str]) -> None:
    missing = missing_statutory_holidays(cy)
    if not missing:
        return
    d, name = next(iter(missing.items()))
    law = Message(STATUTORY_DAY, name=name, day=d.isoformat(), weekday=Message(WEEKDAYS[d.weekday()]))
    for item, line_no in items.items():
        if set(item.split("、")) & set(name.split("、")):
            raise NoticeError(Message(STATUTORY_NOT_IN_ITEM, law=law, item=item), line_no, lines[line_no - 1])
    raise NoticeError(Message(STATUTORY_NO_ITEM, name=name, law=law))


def amend_previous_year(previous: CalendarYear, notice: NoticeImport) -> CalendarYear:
    """``previous`` (the published year before the notice's) with the days the notice gives it (a 元旦 starting
    in December) added; :class:`CalendarDataError` if they contradict it or ``previous`` is not that year."""
    if previous.year != notice.year.year - 1:
        raise CalendarDataError(Message(WRONG_PREVIOUS_YEAR, wanted=notice.year.year - 1, actual=previous.year))
    if not notice.previous_holidays and not notice.previous_makeups:
        return previous
    days = sorted({*notice.previous_holidays, *notice.previous_makeups})
    return CalendarYear(
        year=previous.year,
        holidays={**previous.holidays, **notice.previous_holidays},
        makeup_workdays={**previous.makeup_workdays, **notice.previous_makeups},
        source=f"{previous.source}；{'、'.join(d.isoformat() for d in days)} 按{notice.year.source}",
        published=previous.published,
    )
