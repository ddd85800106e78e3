"""Deadlines counted on a provisional year, counted again once the State Council's arrangement is loaded (issue 10).

A case accepted in December 2026 before the 2027 notice is out has its promised, statutory and 容缺 dates counted on a
provisional 2027 (``domain/statutory.py``). When the official year arrives, every deadline that used a provisional
year is recounted from the same start, limit and suspensions on the official data (:meth:`Deadline.recompute`).

What moves and what does not:

- A date still equal to what its deadline computed moves with it. A date the clerk set by hand (a 延期 to a chosen
  day, a 容缺 due date typed in) is the clerk's promise to the applicant and stays; only its record is recounted.
- A deadline whose date does not change is still re-based (its version no longer ends in ``+YYYYp``), so the case no
  longer shows 暂定.
- Every recount is one ``case.deadlines_recomputed`` event with, for each date that moved, the old date, the new date
  and the reason (regulation 000, Art. 20: 留痕, 可追溯), so the applicant can be told (an SMS is offered when a
  promised date moves later, never sent silently).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from govdesk.domain.deadlines import Deadline
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import JSONValue

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar
    from govdesk.domain.case import Case

__all__ = ["RECOMPUTED_KIND", "DeadlineMove", "Recount", "dates_note", "recount"]

#: The event that records a recount.
RECOMPUTED_KIND = EventKind.DEADLINES_RECOMPUTED

#: What each field is called for the clerk and the applicant.
FIELD_LABELS = {"promised": "承诺办结日期", "statutory": "法定办结日期", "commitment": "容缺材料补齐期限"}


@dataclass(frozen=True, slots=True)
class DeadlineMove:
    """One date of a case that the official calendar moved."""

    field: str  # promised | statutory | commitment
    old: date
    new: date

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]

    @property
    def later(self) -> bool:
        return self.new > self.old

    def describe(self) -> str:
        """e.g. "承诺办结日期由 2027-01-11 调整为 2027-01-13"."""
        return f"{self.label}由 {self.old.isoformat()} 调整为 {self.new.isoformat()}"

    def to_json(self) -> dict[str, JSONValue]:
        return {"field": self.field, "old": self.old.isoformat(), "new": self.new.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, JSONValue]) -> DeadlineMove:
        return cls(str(data["field"]), date.fromisoformat(str(data["old"])), date.fromisoformat(str(data["new"])))


@dataclass(frozen=True, slots=True)
class Recount:
    """What recounting a case's provisional deadlines gives: the new deadlines and dates, and what moved."""

    promised_deadline: Deadline | None
    statutory_deadline: Deadline | None
    commitment_deadline: Deadline | None
    promised_date: date | None
    statutory_date: date | None
    commitment_due: date | None
    moves: tuple[DeadlineMove, ...]
    calendar_version: str

    def payload(self, reason: str) -> dict[str, JSONValue]:
        return {
            "moves": [m.to_json() for m in self.moves],
            "reason": reason,
            "calendar_version": self.calendar_version,
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "statutory_date": self.statutory_date.isoformat() if self.statutory_date else None,
            "commitment_due": self.commitment_due.isoformat() if self.commitment_due else None,
        }


def _again(deadline: Deadline | None, calendar: WorkCalendar) -> Deadline | None:
    if deadline is None or not deadline.provisional:
        return deadline
    return deadline.recompute(calendar)


def _follow(current: date | None, old: Deadline | None, new: Deadline | None) -> date | None:
    """The date after the recount: it follows its deadline unless it was set by hand (it differs from it)."""
    if current is None or old is None or new is None or current != old.due:
        return current
    return new.due


def recount(case: Case, calendar: WorkCalendar) -> Recount | None:
    """The case's provisional deadlines counted on ``calendar``; None when none of them was provisional or the
    calendar still has no official data for them (nothing to do yet)."""
    commitment = case.commitment
    olds = (case.promised_deadline, case.statutory_deadline, commitment.deadline if commitment else None)
    provisional = [d for d in olds if d is not None and d.provisional]
    if not provisional or all(calendar.is_provisional(d.due) for d in provisional):
        return None  # the official year has not arrived for any of them
    promised, statutory, committed = (_again(d, calendar) for d in olds)
    dates = (
        _follow(case.promised_date, olds[0], promised),
        _follow(case.statutory_date, olds[1], statutory),
        _follow(commitment.due_date if commitment else None, olds[2], committed),
    )
    befores = (case.promised_date, case.statutory_date, commitment.due_date if commitment else None)
    moves = tuple(
        DeadlineMove(name, before, after)
        for name, before, after in zip(("promised", "statutory", "commitment"), befores, dates, strict=True)
        if before is not None and after is not None and before != after
    )
    version = next(d.calendar_version for d in (promised, statutory, committed) if d is not None)
    return Recount(promised, statutory, committed, *dates, moves=moves, calendar_version=version)


def apply_recount(case: Case, result: Recount) -> None:
    """Set the recounted deadlines and dates on ``case`` (the caller records the event)."""
    case.promised_deadline = result.promised_deadline
    case.statutory_deadline = result.statutory_deadline
    case.promised_date = result.promised_date
    case.statutory_date = result.statutory_date
    if case.commitment is not None and result.commitment_due is not None:
        case.commitment = replace(case.commitment, due_date=result.commitment_due, deadline=result.commitment_deadline)


def dates_note(case: Case) -> str:
    """What a clerk opening the case should know of its dates: 暂定 while provisional, and what the last recount
    moved ("" when neither), e.g. "承诺办结日期 2027-01-11（暂定）" or "承诺办结日期由 2027-02-12 调整为 2027-02-15
    （节假日安排公布后重新计算）"."""
    parts: list[str] = []
    deadline = case.promised_deadline
    if deadline is not None and deadline.provisional and case.promised_date == deadline.due:
        parts.append(f"承诺办结日期 {deadline.short_text()}")
    last = next((e for e in reversed(case.events) if e.kind == RECOMPUTED_KIND), None)
    moves = [DeadlineMove.from_json(m) for m in (last.payload.get("moves") or [])] if last else []
    if moves:
        parts.append("；".join(m.describe() for m in moves) + "（节假日安排公布后重新计算）")
    return "；".join(parts)
