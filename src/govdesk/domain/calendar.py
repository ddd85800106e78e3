"""The working-day calendar (法定工作日): weekends off, public holidays off, 调休 make-up days on.

Time limits at a service window are counted in working days (《行政许可法》 art. 82: "期限以工作日计算，不含法定
节假日"; e.g. regulation 000, Art. 25: a complex 一次性告知 within 2 working days). The State Council (国务院办公厅)
publishes each year's holiday arrangement; one JSON document per year carries it
(``resources/calendars/cn-YYYY.json``, schema in that folder's README). Newer years arrive at run time from the
central server and are combined with ``merged``.

Rules kept here:

- A date after the last published year is counted on a **provisional year** (:mod:`govdesk.domain.statutory`):
  weekends off, the statutory holidays of 《全国年节及纪念日放假办法》 and their 补休 off, no 调休 invented. A hall
  cannot stop accepting long items in December because next year's notice is not out (issue 10). Every answer that
  used a provisional day says so: :meth:`WorkCalendar.version_for` appends ``+YYYYp`` for each provisional year, and
  :meth:`WorkCalendar.earliest_view` counts as if every possible 调休 went against the applicant (the earliest
  possible date). A date before the first loaded year is an error (:class:`CalendarRangeError`).
- ``add_workdays(start, n)`` does not count ``start`` (the acceptance day): the limit starts the next working day.
- Every answer is O(1): a cumulative working-day index over the range is built once per calendar, and extended
  a year at a time (under a lock) when a provisional year is first needed.
- ``version`` is derived from the data itself, so any change of the data changes it; every deadline records it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

from govdesk.domain.errors import GovdeskError
from govdesk.domain.messages import ENUMERATION, Message, join, message_of, said, translate
from govdesk.domain.statutory import compensatory_days, earliest_working_days, statutory_holidays

__all__ = [
    "CalendarDataError",
    "CalendarRangeError",
    "CalendarYear",
    "WorkCalendar",
    "load_calendar",
    "parse_iso_date",
    "provisional_year",
    "weekday_name",
]

_DOC_KEYS = frozenset({"year", "source", "holidays", "makeup_workdays", "published", "note"})
_REQUIRED_KEYS = ("year", "source", "holidays", "makeup_workdays")
_MIN_YEAR, _MAX_YEAR = 2000, 2100
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WEEKDAY_NAMES = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


# What a calendar's checks say (domain.messages). A problem of a document is said alone, then placed: "{where}：…"
# (a file), "{where}（{year} 年）：…" (a file's year), "{year} 年工作日历：…" (a year, no file).
WHERE = translate("WorkCalendar", "{where}：{problem}", "calendar.where")
WHERE_YEAR = translate("WorkCalendar", "{where}（{year} 年）：{problem}", "calendar.where_year")
IN_YEAR = translate("WorkCalendar", "{year} 年工作日历：{problem}", "calendar.in_year")
NOT_AN_OBJECT = translate("WorkCalendar", "工作日历文档应为 JSON 对象", "calendar.not_an_object")
NO_YEAR = translate("WorkCalendar", "工作日历文档缺少字段：year", "calendar.no_year")
BAD_YEAR = translate(
    "WorkCalendar", "年份 year 应为 {first} 至 {last} 之间的整数，实际为 {year!r}", "calendar.bad_year"
)
UNKNOWN_FIELDS = translate("WorkCalendar", "工作日历文档含有无法识别的字段：{fields}", "calendar.unknown_fields")
MISSING_FIELDS = translate("WorkCalendar", "工作日历文档缺少字段：{fields}", "calendar.missing_fields")
NO_SOURCE = translate("WorkCalendar", "来源 source 应为非空文字（如国务院办公厅通知的文号）", "calendar.no_source")
DATE_NOT_TEXT = translate(
    "WorkCalendar", "{field} 中的日期应为 YYYY-MM-DD 文字，实际为 {value!r}", "calendar.date_not_text"
)
DATE_INVALID = translate("WorkCalendar", "{field} 中的日期“{value}”不是有效的 YYYY-MM-DD 日期", "calendar.date_invalid")
DAYS_NOT_OBJECT = translate(
    "WorkCalendar", "{field} 应为 {{日期: 节日名称}} 形式的 JSON 对象", "calendar.days_not_object"
)
NO_HOLIDAY_NAME = translate("WorkCalendar", "{field} 中 {key} 的节日名称应为非空文字", "calendar.no_holiday_name")
OTHER_YEAR = translate("WorkCalendar", "{field} 中的 {day} 不属于 {year} 年", "calendar.other_year")
HOLIDAY_AND_WORKDAY = translate("WorkCalendar", "{day} 同时被列为放假日和调休上班日", "calendar.holiday_and_workday")
MAKEUP_ON_WEEKDAY = translate(
    "WorkCalendar",
    "调休上班日 {day} 是{weekday}：调休上班日只能是星期六或星期日",
    "calendar.makeup_on_weekday",
)
WEEKDAYS = (
    translate("WorkCalendar", "星期一", "calendar.weekday.monday"),
    translate("WorkCalendar", "星期二", "calendar.weekday.tuesday"),
    translate("WorkCalendar", "星期三", "calendar.weekday.wednesday"),
    translate("WorkCalendar", "星期四", "calendar.weekday.thursday"),
    translate("WorkCalendar", "星期五", "calendar.weekday.friday"),
    translate("WorkCalendar", "星期六", "calendar.weekday.saturday"),
    translate("WorkCalendar", "星期日", "calendar.weekday.sunday"),
)
YEAR_TWICE = translate("WorkCalendar", "{year} 年的工作日历重复提供了两次", "calendar.year_twice")
NO_YEARS = translate("WorkCalendar", "工作日历没有任何年度的数据", "calendar.empty")
YEAR_GAP = translate(
    "WorkCalendar",
    "工作日历缺少 {missing} 年的数据（已有 {before} 年和 {after} 年）：年份必须连续",
    "calendar.year_gap",
)
NOT_A_LIST = translate("WorkCalendar", "工作日历数据应为文档列表（每年一个 JSON 对象）", "calendar.not_a_list")
OUT_OF_RANGE = translate(
    "WorkCalendar",
    "{subject} 超出工作日历的范围（{first_day} 至 {last_year}-12-31）："
    "{first_year} 年以前没有节假日数据，{last_year} 年以后不作推算，无法计算工作日。",
    "calendar.out_of_range",
)
THE_DATE = translate("WorkCalendar", "日期 {day}", "calendar.the_date")
NTH_WORKDAY = translate("WorkCalendar", "{start} 之后第 {n} 个工作日", "calendar.nth_workday")
KEY_TWICE = translate("WorkCalendar", "JSON 中的键“{key}”出现了两次", "calendar.key_twice")
UNREADABLE = translate("WorkCalendar", "无法读取工作日历文件（{error}）", "calendar.unreadable")
NOT_JSON = translate("WorkCalendar", "不是有效的 JSON（{error}）", "calendar.not_json")


def weekday_name(d: date) -> str:
    """星期一 … 星期日."""
    return _WEEKDAY_NAMES[d.weekday()]


class CalendarRangeError(GovdeskError, ValueError):
    """A date the calendar has no data for. The message is for the clerk (Chinese) and names date and range.

    ``day`` is the first date that was needed and is not covered (for ``add_workdays`` running past the end:
    the day after ``last_day``); ``first_day`` and ``last_day`` are the covered range.
    """

    def __init__(self, message: str, *, day: date, first_day: date, last_day: date) -> None:
        super().__init__(message)
        self.day = day
        self.first_day = first_day
        self.last_day = last_day


class CalendarDataError(GovdeskError, ValueError):
    """A calendar document (JSON) that is malformed or inconsistent. The message says where and what (Chinese)."""


@dataclass(frozen=True)
class CalendarYear:
    """One year's arrangement as published: holidays (days off, with the festival's name) and make-up working days.

    The mappings are read-only. A make-up working day is a Saturday or Sunday worked in exchange for a holiday;
    its value names that holiday.
    """

    year: int
    holidays: Mapping[date, str]
    makeup_workdays: Mapping[date, str]
    source: str
    published: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", MappingProxyType(dict(sorted(self.holidays.items()))))
        object.__setattr__(self, "makeup_workdays", MappingProxyType(dict(sorted(self.makeup_workdays.items()))))
        _check_year(self)

    @classmethod
    def from_json(cls, doc: Mapping[str, object], *, where: str = "") -> CalendarYear:
        """Read and validate one document; ``where`` (e.g. a file name) prefixes error messages."""
        prefix = _in_file(where)
        if not isinstance(doc, Mapping):
            raise CalendarDataError(prefix(Message(NOT_AN_OBJECT)))
        if "year" not in doc:
            raise CalendarDataError(prefix(Message(NO_YEAR)))
        year = doc["year"]
        if not isinstance(year, int) or isinstance(year, bool) or not _MIN_YEAR <= year <= _MAX_YEAR:
            raise CalendarDataError(prefix(Message(BAD_YEAR, first=_MIN_YEAR, last=_MAX_YEAR, year=year)))
        prefix = _in_file_year(where, year) if where else _in_year(year)
        unknown = sorted(set(doc) - _DOC_KEYS)
        if unknown:
            fields = join(map(str, unknown), ENUMERATION)
            raise CalendarDataError(prefix(Message(UNKNOWN_FIELDS, fields=fields)))
        missing = [k for k in _REQUIRED_KEYS if k not in doc]
        if missing:
            raise CalendarDataError(prefix(Message(MISSING_FIELDS, fields=join(missing, ENUMERATION))))
        source = doc["source"]
        if not isinstance(source, str) or not source.strip():
            raise CalendarDataError(prefix(Message(NO_SOURCE)))
        published_raw = doc.get("published")
        published = None if published_raw is None else _parse_date(published_raw, "published", prefix)
        try:
            return cls(
                year=year,
                holidays=_parse_days(doc["holidays"], "holidays", prefix),
                makeup_workdays=_parse_days(doc["makeup_workdays"], "makeup_workdays", prefix),
                source=source.strip(),
                published=published,
            )
        except CalendarDataError as exc:  # raised by __post_init__ placed in the year: name the file instead
            message = message_of(exc)
            if message is None or message.text is not IN_YEAR:
                raise  # placed already (a date of holidays: the file and year named once, not twice)
            raise CalendarDataError(prefix(message.params["problem"])) from None

    def to_json(self) -> dict[str, object]:
        """The document form (as shipped and as distributed by the central server)."""
        doc: dict[str, object] = {"year": self.year, "source": self.source}
        if self.published is not None:
            doc["published"] = self.published.isoformat()
        doc["holidays"] = {d.isoformat(): name for d, name in self.holidays.items()}
        doc["makeup_workdays"] = {d.isoformat(): name for d, name in self.makeup_workdays.items()}
        return doc


def parse_iso_date(text: str) -> date | None:
    """A strict ``YYYY-MM-DD`` date, or None (``date.fromisoformat`` alone also takes ``20260213``, ``2026-W07-5``)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parse_date(value: object, field: str, prefix: Place) -> date:
    if not isinstance(value, str):
        raise CalendarDataError(prefix(Message(DATE_NOT_TEXT, field=field, value=value)))
    parsed = parse_iso_date(value)
    if parsed is None:
        raise CalendarDataError(prefix(Message(DATE_INVALID, field=field, value=value)))
    return parsed


def _parse_days(value: object, field: str, prefix: Place) -> dict[date, str]:
    if not isinstance(value, Mapping):
        raise CalendarDataError(prefix(Message(DAYS_NOT_OBJECT, field=field)))
    days: dict[date, str] = {}
    for key, name in value.items():
        d = _parse_date(key, field, prefix)
        if not isinstance(name, str) or not name.strip():
            raise CalendarDataError(prefix(Message(NO_HOLIDAY_NAME, field=field, key=key)))
        days[d] = name.strip()
    return days


#: Where a problem of a calendar document is: the problem placed in a file, a year, or both (or not placed).
Place = Callable[[str], str]


def _in_file(where: str) -> Place:
    return (lambda problem: Message(WHERE, where=where, problem=problem)) if where else (lambda problem: problem)


def _in_file_year(where: str, year: int) -> Place:
    return lambda problem: Message(WHERE_YEAR, where=where, year=year, problem=problem)


def _in_year(year: int) -> Place:
    return lambda problem: Message(IN_YEAR, year=year, problem=problem)


def _check_year(cy: CalendarYear) -> None:
    prefix = _in_year(cy.year)
    for field, days in (("holidays", cy.holidays), ("makeup_workdays", cy.makeup_workdays)):
        for d in days:
            if d.year != cy.year:
                raise CalendarDataError(prefix(Message(OTHER_YEAR, field=field, day=d.isoformat(), year=cy.year)))
    both = sorted(set(cy.holidays) & set(cy.makeup_workdays))
    if both:
        raise CalendarDataError(prefix(Message(HOLIDAY_AND_WORKDAY, day=both[0].isoformat())))
    for d in cy.makeup_workdays:
        if d.weekday() < 5:
            weekday = Message(WEEKDAYS[d.weekday()])
            raise CalendarDataError(prefix(Message(MAKEUP_ON_WEEKDAY, day=d.isoformat(), weekday=weekday)))


def _digest(years: Iterable[CalendarYear]) -> str:
    canonical = json.dumps([cy.to_json() for cy in years], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:10]


#: Where a provisional year's data come from (its ``source``).
PROVISIONAL_SOURCE = "按《全国年节及纪念日放假办法》推算的暂定安排（国务院办公厅尚未公布该年节假日安排）"


def provisional_year(year: int) -> CalendarYear:
    """``year`` as far as the law fixes it: the statutory holidays and their 补休 off, weekends off, no 调休."""
    holidays = statutory_holidays(year)
    return CalendarYear(
        year=year,
        holidays={**holidays, **compensatory_days(holidays)},
        makeup_workdays={},
        source=PROVISIONAL_SOURCE,
    )


class WorkCalendar:
    """Working days over a contiguous run of whole published years, and provisional years after them.

    Build it from :class:`CalendarYear` objects (or :meth:`from_json`); it is immutable and safe to share.
    ``first_day`` … ``last_day`` is the published range (:meth:`covers`); later days are provisional
    (:meth:`is_provisional`). ``version`` names the published data; :meth:`version_for` names what an answer used.
    """

    def __init__(self, years: Iterable[CalendarYear]) -> None:
        by_year: dict[int, CalendarYear] = {}
        for cy in years:
            if cy.year in by_year:
                raise CalendarDataError(Message(YEAR_TWICE, year=cy.year))
            by_year[cy.year] = cy
        if not by_year:
            raise CalendarDataError(Message(NO_YEARS))
        ordered = [by_year[y] for y in sorted(by_year)]
        for prev, nxt in itertools.pairwise(ordered):
            if nxt.year != prev.year + 1:
                raise CalendarDataError(Message(YEAR_GAP, missing=prev.year + 1, before=prev.year, after=nxt.year))
        self._years: tuple[CalendarYear, ...] = tuple(ordered)
        self.first_day: date = date(ordered[0].year, 1, 1)
        self.last_day: date = date(ordered[-1].year, 12, 31)
        self.version: str = f"cn-{ordered[0].year}-{ordered[-1].year}+{_digest(ordered)}"
        self._earliest_after: date | None = None  # set on an earliest_view() twin only
        self._earliest_twins: dict[date, WorkCalendar] = {}
        self._base = self.first_day.toordinal()
        self._holidays: dict[date, str] = {}
        self._makeups: dict[date, str] = {}
        self._provisional: dict[int, CalendarYear] = {}
        # _cum[i]: working days among the first i days of the range; _workday_index[k]: index of the (k+1)-th one.
        # Both grow a whole year at a time; _indexed_year is the last year in them.
        self._cum: list[int] = [0]
        self._workday_index: list[int] = []
        self._indexed_year = ordered[0].year - 1
        self._lock = threading.Lock()
        for cy in ordered:
            self._index_year(cy, provisional=False)

    def _index_year(self, cy: CalendarYear, *, provisional: bool) -> None:
        self._holidays.update(cy.holidays)
        self._makeups.update(cy.makeup_workdays)
        # an earliest view works the days a 调休 could make working days (statutory.earliest_working_days)
        after = self._earliest_after
        swappable = earliest_working_days(cy.year, after) if provisional and after is not None else frozenset()
        first = date(cy.year, 1, 1).toordinal()
        for ordinal in range(first, date(cy.year, 12, 31).toordinal() + 1):
            d = date.fromordinal(ordinal)
            working = d in swappable or self._compute_workday(d)
            i = ordinal - self._base
            self._cum.append(self._cum[i] + working)
            if working:
                self._workday_index.append(i)
        self._indexed_year = cy.year

    def _compute_workday(self, d: date) -> bool:
        if d in self._holidays:
            return False
        if d in self._makeups:
            return True
        return d.weekday() < 5

    def _extend_to(self, year: int) -> None:
        """Index provisional years up to ``year`` (the first time a day in them is asked about)."""
        if year <= self._indexed_year:
            return
        if year > _MAX_YEAR:
            raise self._range_error(date(year, 1, 1))
        with self._lock:
            while self._indexed_year < year:
                cy = provisional_year(self._indexed_year + 1)
                self._provisional[cy.year] = cy
                self._index_year(cy, provisional=True)

    # --- data -------------------------------------------------------------------------------------------------

    @property
    def years(self) -> tuple[CalendarYear, ...]:
        """The published years (never the provisional ones)."""
        return self._years

    @classmethod
    def from_json(cls, docs: Sequence[Mapping[str, object]]) -> WorkCalendar:
        """Validate documents (one per year) and build the calendar; :class:`CalendarDataError` says what is wrong."""
        if isinstance(docs, (Mapping, str, bytes)):
            raise CalendarDataError(Message(NOT_A_LIST))
        return cls(CalendarYear.from_json(doc) for doc in docs)

    def to_json(self) -> list[dict[str, object]]:
        return [cy.to_json() for cy in self._years]

    def merged(self, newer: WorkCalendar) -> WorkCalendar:
        """This calendar with ``newer``'s years added; a year in both is taken from ``newer`` (a corrected notice).

        The result must still be contiguous (no missing year between), and its version reflects the merged data.
        """
        by_year = {cy.year: cy for cy in self._years}
        by_year.update({cy.year: cy for cy in newer.years})
        return WorkCalendar(by_year.values())

    def earliest_view(self, after: date) -> WorkCalendar:
        """The same published data, with the days that a 调休 could still make working days in provisional years
        counted as working, placed as early after ``after`` as the bounds allow (``statutory.earliest_working_days``).
        A count from ``after`` on it gives the earliest date the published notice could give, so the five days of
        《行政许可法》 art. 32 are never overrun by optimism. Published years are unchanged."""
        twin = self._earliest_twins.get(after)
        if twin is not None:
            return twin
        if len(self._earliest_twins) > 64:
            self._earliest_twins.clear()
        # a shallow copy of the published part of the index (a few thousand ints), without any provisional year
        twin = object.__new__(WorkCalendar)
        twin.__dict__.update(self.__dict__)
        published_days = self.last_day.toordinal() - self._base + 1
        twin._cum = self._cum[: published_days + 1]
        twin._workday_index = self._workday_index[: twin._cum[-1]]
        twin._holidays = {d: name for d, name in self._holidays.items() if d <= self.last_day}
        twin._makeups = {d: name for d, name in self._makeups.items() if d <= self.last_day}
        twin._provisional = {}
        twin._indexed_year = self.last_day.year
        twin._lock = threading.Lock()
        twin._earliest_after = after
        twin._earliest_twins = {}
        self._earliest_twins[after] = twin
        return twin

    # --- questions about a day ----------------------------------------------------------------------------------

    def covers(self, d: date) -> bool:
        """Whether ``d`` lies in a published year."""
        return self.first_day <= d <= self.last_day

    def is_provisional(self, d: date) -> bool:
        """Whether ``d`` lies after the published years (answers about it use a provisional year)."""
        return d > self.last_day

    def version_for(self, *days: date) -> str:
        """The version an answer about ``days`` used: ``version``, plus ``+YYYYp`` for each provisional year up to
        the latest of them (e.g. ``cn-2024-2026+68ac6fd3ef+2027p``)."""
        last = max(days, default=self.first_day)
        if not self.is_provisional(last):
            return self.version
        first_provisional = self.last_day.year + 1
        return self.version + "".join(f"+{y}p" for y in range(first_provisional, last.year + 1))

    def _index(self, d: date) -> int:
        if d < self.first_day:
            raise self._range_error(d)
        self._extend_to(d.year)
        return d.toordinal() - self._base

    def _range_error(self, d: date, what: str = "") -> CalendarRangeError:
        subject = what or Message(THE_DATE, day=d.isoformat())
        return CalendarRangeError(
            Message(
                OUT_OF_RANGE,
                subject=subject,
                first_day=self.first_day.isoformat(),
                first_year=self.first_day.year,
                last_year=_MAX_YEAR,
            ),
            day=d,
            first_day=self.first_day,
            last_day=self.last_day,
        )

    def is_workday(self, d: date) -> bool:
        i = self._index(d)
        return self._cum[i + 1] != self._cum[i]

    def describe(self, d: date) -> str:
        """工作日 / 周末 / the holiday's name (春节) / 调休上班（春节）; "（暂定）" after a provisional day's."""
        self._index(d)
        if d in self._holidays:
            text = self._holidays[d]
        elif d in self._makeups:
            text = f"调休上班（{self._makeups[d]}）"
        else:
            text = "工作日" if self.is_workday(d) else "周末"
        return f"{text}（暂定）" if self.is_provisional(d) else text

    # --- counting -----------------------------------------------------------------------------------------------

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (``start`` itself is not counted); n = 0 gives ``start``."""
        if n < 0:
            raise ValueError(f"工作日数不能为负数：{n}")
        i = self._index(start)
        if n == 0:
            return start
        k = self._cum[i + 1] + n - 1  # position of the wanted working day in _workday_index
        while k >= len(self._workday_index):
            if self._indexed_year >= _MAX_YEAR:
                raise self._range_error(
                    date(_MAX_YEAR + 1, 1, 1), what=Message(NTH_WORKDAY, start=start.isoformat(), n=n)
                )
            self._extend_to(self._indexed_year + 1)
        return date.fromordinal(self._base + self._workday_index[k])

    def add_natural_days(self, start: date, n: int, *, roll_to_workday: bool = False) -> date:
        """``start`` + n calendar days.

        With ``roll_to_workday``, a result falling on a day off moves to the next working day (《民法典》 art. 203:
        a period whose last day is a statutory holiday ends on the day after the holiday); that needs the data.
        Without it, nothing depends on the calendar and no range is checked.
        """
        result = start + timedelta(days=n)
        if not roll_to_workday or self.is_workday(result):
            return result
        return self.add_workdays(result, 1)

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative (the count in (end, start]) when end < start."""
        return self._cum[self._index(end) + 1] - self._cum[self._index(start) + 1]

    # --- deadlines ----------------------------------------------------------------------------------------------

    def days_left(self, today: date, due: date) -> int:
        """Working days from ``today`` to ``due``: 0 on the due day; negative once past it.

        Past the due day the value is at least -1 even on a weekend right after it, so ``days_left < 0`` holds
        exactly when :meth:`overdue` does.
        """
        left = self.workdays_between(today, due)
        if today > due:
            return min(left, -1)
        return left

    def due_soon(self, today: date, due: date, within: int = 2) -> bool:
        """Not overdue, and at most ``within`` working days left (超期预警)."""
        return not self.overdue(today, due) and self.days_left(today, due) <= within

    def overdue(self, today: date, due: date) -> bool:
        """Past the due day (the due day itself is still in time). A plain date comparison: needs no data."""
        return today > due

    def __eq__(self, other: object) -> bool:
        """Two calendars are equal when their data are (the version is a digest of all of it)."""
        if not isinstance(other, WorkCalendar):
            return NotImplemented
        return self.version == other.version and self._years == other._years

    def __hash__(self) -> int:
        return hash(self.version)

    def __repr__(self) -> str:
        return f"WorkCalendar({self.version!r}, {self.first_day.isoformat()}..{self.last_day.isoformat()})"


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise CalendarDataError(Message(KEY_TWICE, key=key))
        out[key] = value
    return out


def load_calendar(paths: Sequence[Path]) -> WorkCalendar:
    """Read calendar files: each holds one year's document, or a list of them (as the central server sends)."""
    years: list[CalendarYear] = []
    for path in paths:
        where = str(path)
        at = _in_file(where)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CalendarDataError(at(Message(UNREADABLE, error=exc.strerror or exc))) from exc
        try:
            data: object = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
        except CalendarDataError as exc:
            raise CalendarDataError(at(said(exc))) from None
        except ValueError as exc:
            raise CalendarDataError(at(Message(NOT_JSON, error=exc))) from None
        docs = data if isinstance(data, list) else [data]
        for doc in docs:
            if not isinstance(doc, Mapping):
                raise CalendarDataError(at(Message(NOT_AN_OBJECT)))
            years.append(CalendarYear.from_json(doc, where=where))
    return WorkCalendar(years)
