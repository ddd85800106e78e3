"""Deadlines that explain themselves: statutory, promised, 容缺 commitment, notice and delay due dates.

Rules (documented here, tested in tests/domain/test_deadlines.py):

- Working days (工作日): the start day (the day of acceptance) is NOT counted; the count begins the next day
  ("受理次日起算"), by the WorkCalendar (weekends and holidays off, 调休 days on). ``n = 0`` gives the start day.
- Natural days (自然日): ``start + n`` days, whatever the calendar says.
- Hours (小时): an 8-hour working day, 09:00–17:00. If the time of day is known (``start_time``) and the start day is a
  working day, the hours left that day count first: a limit that fits in them is due the same day; the rest is taken
  in whole 8-hour working days after it (due on the working day the last hour falls in). Without a time of day the
  count begins the next working day, as for working days: ``ceil(hours / 8)`` working days after the start.
- A suspension (中止: 补正, 现场勘验, 听证, 专家评审) pushes the due date by the time it lasted: the working days in
  (suspension start, resume day] for working-day and hour limits, the natural days for natural-day limits. A
  suspension still running (no end) does not move the date yet.
- Every deadline records the calendar version it was computed with. A due date that lies in a year whose holiday
  arrangement is not yet published is **provisional** (computed from 《全国年节及纪念日放假办法》, see
  ``domain/statutory.py``): the version ends in ``+YYYYp``, the explanation says 暂定, and ``earliest`` holds the
  earliest date the published notice could make it (every possible 调休 against the applicant). Once the year is
  published, :func:`recompute` gives the deadline on the official data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import TYPE_CHECKING

from govdesk.domain.catalog import TimeLimit, TimeUnit
from govdesk.domain.events import JSONValue
from govdesk.domain.messages import CLAUSES, ENUMERATION, Message, join, translate
from govdesk.domain.statutory import PROVISIONAL_NOTE

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar

WORKDAY_OPEN = time(9, 0)
WORKDAY_HOURS = 8


class DeadlineKind(StrEnum):
    STATUTORY = "statutory"  # 法定时限
    PROMISED = "promised"  # 承诺时限
    COMMITMENT = "commitment"  # 容缺承诺补齐期限
    NOTICE = "notice"  # 告知期限 (regulation 000, Art. 25)
    DELAY = "delay"  # 延期 (regulation 001, 限时办结制)


class SuspensionKind(StrEnum):
    """Why a case's clock stops (补正 and the 特别程序 that do not count towards the time limit)."""

    CORRECTION = "correction"  # 补正
    SITE_SURVEY = "site_survey"  # 现场勘验
    HEARING = "hearing"  # 听证
    EXPERT_REVIEW = "expert_review"  # 专家评审


SUSPENSION_LABELS: dict[SuspensionKind, str] = {
    SuspensionKind.CORRECTION: Message(translate("Suspension", "补正", "deadlines.suspension.correction")),
    SuspensionKind.SITE_SURVEY: Message(translate("Suspension", "现场勘验", "deadlines.suspension.site_survey")),
    SuspensionKind.HEARING: Message(translate("Suspension", "听证", "deadlines.suspension.hearing")),
    SuspensionKind.EXPERT_REVIEW: Message(translate("Suspension", "专家评审", "deadlines.suspension.expert_review")),
}

# The words of ``Deadline.explain`` and the short texts (``domain.messages``: said in the clerk's language).
_ACCEPTED = translate("Deadline", "受理", "deadline.start.accepted")
_START_WORD = {
    DeadlineKind.STATUTORY: _ACCEPTED,
    DeadlineKind.PROMISED: _ACCEPTED,
    DeadlineKind.COMMITMENT: _ACCEPTED,
    DeadlineKind.NOTICE: translate("Deadline", "收件", "deadline.start.received"),
    DeadlineKind.DELAY: translate("Deadline", "延期决定", "deadline.start.delay"),
}
_FINISH = translate("Deadline", "办结", "deadline.end.finish")
_END_WORD = {
    DeadlineKind.STATUTORY: translate("Deadline", "依法办结", "deadline.end.statutory"),
    DeadlineKind.PROMISED: _FINISH,
    DeadlineKind.COMMITMENT: translate("Deadline", "补齐容缺材料", "deadline.end.commitment"),
    DeadlineKind.NOTICE: translate("Deadline", "告知申请人", "deadline.end.notice"),
    DeadlineKind.DELAY: _FINISH,
}
_UNIT_WORD = {
    TimeUnit.WORKING_DAYS: translate("Deadline", "个工作日", "deadline.unit.working_days"),
    TimeUnit.NATURAL_DAYS: translate("Deadline", "个自然日", "deadline.unit.natural_days"),
    TimeUnit.HOURS: translate("Deadline", "小时", "deadline.unit.hours"),
}
_ORIGIN_AT = translate("Deadline", "自 {date} {time} {start}时起算", "deadline.origin_at")
_ORIGIN = translate("Deadline", "自 {date} {start}次日起算", "deadline.origin")
_AMOUNT = translate("Deadline", "{amount} {unit}", "deadline.amount")
_HOURS_NOTE = translate("Deadline", "{amount}（每个工作日按 {hours} 小时计）", "deadline.hours_note")
_COUNTED = translate("Deadline", "{origin} {amount}", "deadline.counted")
_STOPPED_OPEN = translate("Deadline", "自 {date} 起因{kind}中止计时（尚未恢复）", "deadline.stopped_open")
_STOPPED = translate("Deadline", "因{kind}中止 {days} {unit}", "deadline.stopped")
_DUE = translate("Deadline", "应于 {date} 前{end}（日历 {calendar}）", "deadline.due")
_WITH_NOTE = translate("Deadline", "{text}；{note}", "deadline.with_note")
_NOTE = translate(
    "Deadline", "{year} 年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算（暂定）", "deadline.provisional_note"
)
_NOTE_EARLIEST = translate(
    "Deadline",
    "{year} 年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算（暂定）；如调休安排不利，最早可能为 {earliest}",
    "deadline.provisional_note_earliest",
)
_SHORT = translate("Deadline", "{date}（暂定）", "deadline.short_provisional")
_SHORT_EARLIEST = translate("Deadline", "{date}（暂定，最早可能 {earliest}）", "deadline.short_earliest")


@dataclass(frozen=True, slots=True)
class Suspension:
    """A stop of the clock from ``start`` to ``end`` (``None`` while it runs)."""

    kind: SuspensionKind
    reason: str
    start: date
    end: date | None = None

    @property
    def label(self) -> str:
        return SUSPENSION_LABELS[self.kind]

    def lasted(self, unit: TimeUnit, calendar: WorkCalendar) -> int:
        """How far it pushes a deadline counted in ``unit`` (0 while still running)."""
        if self.end is None:
            return 0
        if unit is TimeUnit.NATURAL_DAYS:
            return max(0, (self.end - self.start).days)
        return max(0, calendar.workdays_between(self.start, self.end))

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "kind": self.kind.value,
            "reason": self.reason,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, JSONValue]) -> Suspension:
        end = data.get("end")
        return cls(
            kind=SuspensionKind(data["kind"]),
            reason=str(data.get("reason", "")),
            start=date.fromisoformat(str(data["start"])),
            end=date.fromisoformat(str(end)) if end else None,
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due date with how it was reached, so it can be explained and recomputed."""

    kind: DeadlineKind
    start: date
    limit: TimeLimit
    due: date
    calendar_version: str
    suspensions: tuple[Suspension, ...] = ()
    start_time: time | None = None  # only for hour limits counted from a known time of day
    pushed: tuple[int, ...] = ()  # how far each suspension pushed the date, in the limit's day unit
    provisional: bool = False  # counted into a year whose holiday arrangement is not yet published
    earliest: date | None = None  # provisional only: the earliest date the published arrangement could give

    @property
    def due_text(self) -> str:
        """The due date as shown and printed: "2027-01-12", or "2027-01-12（暂定，以国务院办公厅公布的节假日
        安排为准）" when provisional."""
        return f"{self.due.isoformat()}（{PROVISIONAL_NOTE}）" if self.provisional else self.due.isoformat()

    def short_text(self, *, with_earliest: bool = False) -> str:
        """The due date for a screen: "2027-01-11（暂定）", with the earliest possible date for a statutory limit
        ("2027-01-15（暂定，最早可能 2027-01-13）"); the plain date when not provisional."""
        if not self.provisional:
            return self.due.isoformat()
        if with_earliest and self.earliest is not None and self.earliest != self.due:
            return Message(_SHORT_EARLIEST, date=self.due.isoformat(), earliest=self.earliest.isoformat())
        return Message(_SHORT, date=self.due.isoformat())

    def provisional_note(self) -> str:
        """Why the date is provisional and how early it could turn out ("" when it is not)."""
        if not self.provisional:
            return ""
        if self.earliest is not None and self.earliest != self.due:
            return Message(_NOTE_EARLIEST, year=self.due.year, earliest=self.earliest.isoformat())
        return Message(_NOTE, year=self.due.year)

    def explain(self) -> str:
        """A Chinese sentence, e.g. "自 2026-11-20 受理次日起算 15 个工作日，因现场勘验中止 3 个工作日，应于
        2026-12-16 前办结（日历 cn-2024-2026+r1）"."""
        start_word = Message(_START_WORD[self.kind])
        origin: str
        if self.limit.unit is TimeUnit.HOURS and self.start_time is not None:
            origin = Message(
                _ORIGIN_AT, date=self.start.isoformat(), time=self.start_time.strftime("%H:%M"), start=start_word
            )
        else:
            origin = Message(_ORIGIN, date=self.start.isoformat(), start=start_word)
        amount: str = Message(_AMOUNT, amount=self.limit.amount, unit=Message(_UNIT_WORD[self.limit.unit]))
        if self.limit.unit is TimeUnit.HOURS:
            amount = Message(_HOURS_NOTE, amount=amount, hours=WORKDAY_HOURS)
        parts: list[str] = [Message(_COUNTED, origin=origin, amount=amount)]
        day_unit = TimeUnit.NATURAL_DAYS if self.limit.unit is TimeUnit.NATURAL_DAYS else TimeUnit.WORKING_DAYS
        stops: list[str] = []
        for suspension, days in zip(self.suspensions, self._pushes(), strict=True):
            if suspension.end is None:
                stops.append(Message(_STOPPED_OPEN, date=suspension.start.isoformat(), kind=suspension.label))
            else:
                stops.append(Message(_STOPPED, kind=suspension.label, days=days, unit=Message(_UNIT_WORD[day_unit])))
        if stops:
            parts.append(join(stops, ENUMERATION))
        end = Message(_END_WORD[self.kind])
        parts.append(Message(_DUE, date=self.due.isoformat(), end=end, calendar=self.calendar_version))
        text = join(parts, CLAUSES)
        return Message(_WITH_NOTE, text=text, note=self.provisional_note()) if self.provisional else text

    def _pushes(self) -> tuple[int, ...]:
        if len(self.pushed) == len(self.suspensions):
            return self.pushed
        return tuple(0 for _ in self.suspensions)

    def with_suspension(self, suspension: Suspension, calendar: WorkCalendar) -> Deadline:
        """The same deadline with ``suspension`` added (or replacing a running one of the same kind and start)."""
        kept = tuple(s for s in self.suspensions if not (s.kind is suspension.kind and s.start == suspension.start))
        return compute_deadline(self.kind, self.start, self.limit, calendar, (*kept, suspension), self.start_time)

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "kind": self.kind.value,
            "start": self.start.isoformat(),
            "limit": {"amount": self.limit.amount, "unit": self.limit.unit.value},
            "due": self.due.isoformat(),
            "calendar_version": self.calendar_version,
            "suspensions": [s.to_json() for s in self.suspensions],
            "start_time": self.start_time.isoformat() if self.start_time else None,
            "pushed": list(self.pushed),
            "provisional": self.provisional,
            "earliest": self.earliest.isoformat() if self.earliest else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, JSONValue]) -> Deadline:
        limit = data["limit"]
        start_time = data.get("start_time")
        return cls(
            kind=DeadlineKind(data["kind"]),
            start=date.fromisoformat(str(data["start"])),
            limit=TimeLimit(int(limit["amount"]), TimeUnit(limit["unit"])),
            due=date.fromisoformat(str(data["due"])),
            calendar_version=str(data["calendar_version"]),
            suspensions=tuple(Suspension.from_json(s) for s in data.get("suspensions") or []),
            start_time=time.fromisoformat(str(start_time)) if start_time else None,
            pushed=tuple(int(p) for p in data.get("pushed") or []),
            provisional=bool(data.get("provisional", False)),
            earliest=date.fromisoformat(str(data["earliest"])) if data.get("earliest") else None,
        )

    def recompute(self, calendar: WorkCalendar) -> Deadline:
        """The same deadline counted again on ``calendar`` (e.g. once the provisional year is published)."""
        return compute_deadline(self.kind, self.start, self.limit, calendar, self.suspensions, self.start_time)


def _hours_due(start: date, hours: int, calendar: WorkCalendar, start_time: time | None) -> date:
    if hours <= 0:
        return start
    minutes = hours * 60
    day_minutes = WORKDAY_HOURS * 60
    if start_time is not None and calendar.is_workday(start):
        open_min = WORKDAY_OPEN.hour * 60 + WORKDAY_OPEN.minute
        now_min = min(max(start_time.hour * 60 + start_time.minute, open_min), open_min + day_minutes)
        left_today = open_min + day_minutes - now_min
        if minutes <= left_today:
            return start
        minutes -= left_today
    return calendar.add_workdays(start, math.ceil(minutes / day_minutes))


def _due(
    start: date, limit: TimeLimit, calendar: WorkCalendar, suspensions: Sequence[Suspension], start_time: time | None
) -> tuple[date, tuple[int, ...]]:
    if limit.unit is TimeUnit.WORKING_DAYS:
        due = calendar.add_workdays(start, limit.amount)
    elif limit.unit is TimeUnit.NATURAL_DAYS:
        due = calendar.add_natural_days(start, limit.amount)
    else:
        due = _hours_due(start, limit.amount, calendar, start_time)
    pushed = tuple(s.lasted(limit.unit, calendar) for s in suspensions)
    total = sum(pushed)
    if total:
        if limit.unit is TimeUnit.NATURAL_DAYS:
            due = calendar.add_natural_days(due, total)
        else:
            due = calendar.add_workdays(due, total)
    return due, pushed


def compute_deadline(
    kind: DeadlineKind,
    start: date,
    limit: TimeLimit,
    calendar: WorkCalendar,
    suspensions: Sequence[Suspension] = (),
    start_time: time | None = None,
) -> Deadline:
    """The due date of ``limit`` counted from ``start`` by ``calendar``, pushed by ``suspensions`` (module docstring).

    A date past the published years is counted on a provisional year and marked so (never refused); the
    calendar's ``CalendarRangeError`` is raised only for a start before its first year."""
    if limit.amount < 0:
        raise ValueError(f"时限不能为负数：{limit.amount}")
    due, pushed = _due(start, limit, calendar, suspensions, start_time)
    # a natural-day count without suspensions by working days never reads the calendar: never provisional
    counted_by_calendar = limit.unit is not TimeUnit.NATURAL_DAYS
    provisional = counted_by_calendar and calendar.is_provisional(due)
    earliest = _due(start, limit, calendar.earliest_view(start), suspensions, start_time)[0] if provisional else None
    return Deadline(
        kind=kind,
        start=start,
        limit=limit,
        due=due,
        calendar_version=calendar.version_for(due) if counted_by_calendar else calendar.version,
        suspensions=tuple(suspensions),
        start_time=start_time if limit.unit is TimeUnit.HOURS else None,
        pushed=pushed,
        provisional=provisional,
        earliest=earliest,
    )


#: regulation 000, Art. 25: a complex question is told within 2 working days.
NOTICE_DAYS = 2
#: 《行政许可法》 art. 32: a notice later than 5 (working) days counts as acceptance from the day of receipt.
NOTICE_STATUTORY_DAYS = 5


@dataclass(frozen=True, slots=True)
class NoticeDeadlines:
    """When a deferred 一次性告知 is due (``due``), and after which the application counts as accepted
    (``deemed_accepted_after``: past it, the law treats the application as accepted on the day it was received)."""

    due: Deadline
    deemed_accepted_after: Deadline


def notice_deadlines(received_on: date, calendar: WorkCalendar) -> NoticeDeadlines:
    """The 2-working-day notice due date (regulation 000, Art. 25) and the 5-working-day statutory limit
    (《行政许可法》 art. 32) for an application received on ``received_on``."""
    return NoticeDeadlines(
        due=compute_deadline(DeadlineKind.NOTICE, received_on, TimeLimit(NOTICE_DAYS), calendar),
        deemed_accepted_after=compute_deadline(
            DeadlineKind.NOTICE, received_on, TimeLimit(NOTICE_STATUTORY_DAYS), calendar
        ),
    )
