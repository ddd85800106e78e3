"""The supervisor's questions, answered in SQL over the window's store (issue 13; regulation 000 Art. 20, 50-53).

Every query runs on the store's plain read connection (``reader.py``): a dashboard over a county's million cached
cases must stay within a small factor of the same SQL on bare ``sqlite3`` (``benchmarks/bench_supervision.py``).
The functions return typed rows (every list's row starts with the case's columns, ``CaseColumns``); the service
(``services/supervision.py``) turns them into what the supervisor reads. Working-day shares are counted here by
joining a map of days to their running working-day number, made by the service from the domain's calendar and passed
as one JSON parameter.

``cases.received_at`` is always UTC text (``store.case_columns``) and compares as text. Times in
``events.occurred_at`` and ``evaluations.at`` are ISO 8601 with the offset of the clock that wrote them (UTC or
CST): a period is selected on the text with a day's margin (the index ``ix_events_kind_occurred_at``, revision 0014)
and then exactly through ``julianday``, which honours the offset.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from govdesk.domain.event_kinds import EventKind
from govdesk.store.errors import translate
from govdesk.store.handoffs import EvaluationRow
from govdesk.store.models import Base, CaseRow, EventRow
from govdesk.store.store import Store

#: Revision 0014: the event log by kind and time (the period counts), cases by state and receipt (the notices of a
#: period), ratings by time.
EVENTS_KIND_AT = Index("ix_events_kind_occurred_at", EventRow.kind, EventRow.occurred_at)
CASES_STATE_RECEIVED = Index("ix_cases_state_received_at", CaseRow.state, CaseRow.received_at)
EVALUATIONS_AT = Index("ix_evaluations_at", EvaluationRow.at)


class SupervisionWatchRow(Base):
    """Revision 0019: one row per unfinished case with what the dashboard asks of it in plain columns, kept by
    SQLite triggers on every write of a case and of a 材料流转 event (the migration's ``TRIGGERS``); read only here."""

    __tablename__ = "supervision_watch"
    __table_args__ = (
        Index("ix_supervision_watch_state_promised", "state", "promised_date"),
        Index("ix_supervision_watch_commitment", "commitment_status", "commitment_due"),
    )

    case_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_no: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    item_codes: Mapped[str] = mapped_column(String)
    applicant_name: Mapped[str] = mapped_column(String)
    clerk_id: Mapped[str] = mapped_column(String)
    clerk_name: Mapped[str | None] = mapped_column(String, nullable=True)
    window: Mapped[str | None] = mapped_column(String, nullable=True)
    received_at: Mapped[str] = mapped_column(String)
    received_day: Mapped[str | None] = mapped_column(String, nullable=True)
    promised_date: Mapped[str | None] = mapped_column(String, nullable=True)
    suspended: Mapped[int] = mapped_column(Integer)
    commitment_due: Mapped[str | None] = mapped_column(String, nullable=True)
    commitment_status: Mapped[str | None] = mapped_column(String, nullable=True)
    commitment_missing: Mapped[str | None] = mapped_column(Text, nullable=True)
    notice_due: Mapped[str | None] = mapped_column(String, nullable=True)
    submitted_at: Mapped[float | None] = mapped_column(Float, nullable=True)  # julian day (UTC)


#: The event kinds counted per window and clerk, with the dashboard's column for each.
ACTIVITY_KINDS: tuple[str, ...] = (
    EventKind.DRAFTED,  # 收件 (intake)
    EventKind.ACCEPTED,  # 受理
    EventKind.ACCEPTED_CONDITIONAL,  # 容缺受理
    EventKind.NOTIFIED,  # 一次性告知
    EventKind.REJECTED,  # 不予受理
    EventKind.COMPLETED,  # 即办件办结
    EventKind.SUBMITTED,  # 材料流转
    EventKind.HANDED_OFF,  # 出件
)
#: SQLite's "no limit": every list is whole (a capped list undercounted the cards: 2,000 of 5,336 at a million cases).
NO_LIMIT = -1
#: States in which the promised time limit runs (``domain.transitions.RUNNING_STATES``).
RUNNING = ("accepted", "accepted_conditional", "submitted", "in_review")

_KIND_LIST = ", ".join(f"'{k}'" for k in ACTIVITY_KINDS)
_RUNNING_LIST = ", ".join(f"'{s}'" for s in RUNNING)

SQL_ACTIVITY = (
    "SELECT json_extract(actor, '$.window') AS window, json_extract(actor, '$.clerk_id') AS clerk_id, "
    "MAX(json_extract(actor, '$.clerk_name')) AS clerk_name, kind, COUNT(*) AS n "
    f"FROM events WHERE kind IN ({_KIND_LIST}) AND occurred_at >= :lo AND occurred_at < :hi "
    "AND julianday(occurred_at) >= julianday(:start) AND julianday(occurred_at) < julianday(:end) "
    "GROUP BY window, clerk_id, kind"
)

SQL_WAITING = (
    "SELECT window, clerk_id, MAX(clerk_name) AS clerk_name, COUNT(*) AS n "
    "FROM supervision_watch WHERE state = 'result_ready' GROUP BY window, clerk_id"
)

_CASE_COLUMNS = (
    "c.case_id, c.case_no, c.state, c.item_codes, c.applicant_name, c.first_clerk AS clerk_id, "
    "json_extract(c.snapshot, '$.first_clerk.clerk_name') AS clerk_name, "
    "json_extract(c.snapshot, '$.first_clerk.window') AS window, date(c.received_at, '+8 hours') AS received_day"
)
#: The working-day map, materialized once per statement; looked up by scalar subqueries, for which SQLite builds an
#: automatic index on it (a join on it was scanned once per row: 16 s instead of 0.2 s over 20,000 cases).
_WORKDAYS = "wd(d, n) AS MATERIALIZED (SELECT key, value FROM json_each(:workdays))"


def _n(day: str) -> str:
    return f"(SELECT n FROM wd WHERE d = {day})"


_SUBMITTED_DAY = "date(w.submitted_at, '+8 hours')"


#: The watch list's columns every list of unfinished cases starts with (``CaseColumns``).
_WATCH_COLUMNS = (
    "w.case_id, w.case_no, w.state, w.item_codes, w.applicant_name, w.clerk_id, w.clerk_name, w.window, w.received_day"
)

#: 超期预警: running cases past their promised date (red), or past ``share`` of their time limit in working days
#: (yellow), not suspended (中止: the clock stops). Most urgent (earliest promised date) first.
SQL_WARNINGS = (
    f"WITH {_WORKDAYS}, cand AS (SELECT {_WATCH_COLUMNS}, w.promised_date, w.received_at, "
    f"{_n('w.received_day')} AS received_n, {_n('w.promised_date')} AS promised_n "
    f"FROM supervision_watch w WHERE w.state IN ({_RUNNING_LIST}) AND w.promised_date IS NOT NULL "
    "AND w.suspended = 0) "
    "SELECT case_id, case_no, state, item_codes, applicant_name, clerk_id, clerk_name, window, received_day, "
    "promised_date, received_n, promised_n FROM cand "
    "WHERE promised_date < :today OR (received_n IS NOT NULL AND promised_n IS NOT NULL AND promised_n > received_n "
    "AND (:today_n - received_n) >= :share * (promised_n - received_n)) "
    "ORDER BY promised_date, received_at LIMIT :limit"
)

#: A step's overrun: transferred to the back office (材料流转) and not claimed within ``limit`` working days.
SQL_UNCLAIMED = (
    f"WITH {_WORKDAYS}, timed AS (SELECT {_WATCH_COLUMNS}, w.promised_date, w.submitted_at AS at, "
    f"{_SUBMITTED_DAY} AS submitted_day, "
    f"{_n(_SUBMITTED_DAY)} AS submitted_n "
    "FROM supervision_watch w WHERE w.state = 'submitted' AND w.submitted_at IS NOT NULL) "
    "SELECT case_id, case_no, state, item_codes, applicant_name, clerk_id, clerk_name, window, received_day, "
    "promised_date, submitted_day, submitted_n FROM timed "
    "WHERE submitted_n IS NULL OR :today_n - submitted_n > :limit_days ORDER BY at LIMIT :limit"
)

#: 容缺 promises not fulfilled (revoked and closed cases are left out); ``commitment_missing``: the promised codes
#: not yet supplemented (kept on write).
_PROMISE_STATES = "'accepted_conditional', 'submitted', 'in_review', 'approved', 'denied', 'result_ready'"
SQL_PROMISES = (
    f"SELECT {_WATCH_COLUMNS}, w.commitment_due AS due_date, w.commitment_status, "
    "COALESCE(w.commitment_missing, '[]') AS materials "
    f"FROM supervision_watch w WHERE w.commitment_status IN ('open', 'overdue') AND w.state IN ({_PROMISE_STATES}) "
    "ORDER BY w.commitment_due LIMIT :limit"
)

#: Applications received and not yet decided (收件 in progress): deferred 一次性告知 and 《行政许可法》 art. 32's days.
SQL_UNDECIDED = (
    f"WITH {_WORKDAYS} SELECT {_WATCH_COLUMNS}, w.notice_due, {_n('w.received_day')} AS received_n "
    "FROM supervision_watch w WHERE w.state = 'draft' ORDER BY w.received_at LIMIT :limit"
)

#: 一次告知 broken: a notice that asked for a material an earlier notice of the same applicant and item did not list.
SQL_TWICE_NOTIFIED = (
    f"SELECT {_CASE_COLUMNS}, a.case_id AS first_case_id, a.case_no AS first_case_no, "
    "json_extract(a.snapshot, '$.notified_codes') AS first_codes, "
    "json_extract(c.snapshot, '$.notified_codes') AS codes, "
    "date(a.received_at, '+8 hours') AS first_day "
    "FROM cases c JOIN cases a ON a.case_id != c.case_id AND a.state = 'notified' AND ("
    "a.case_id = json_extract(c.snapshot, '$.resumed_from') OR (a.applicant_id_number = c.applicant_id_number "
    "AND a.item_codes = c.item_codes AND julianday(a.received_at) < julianday(c.received_at))) "
    "WHERE c.state = 'notified' AND c.received_at >= :start AND c.received_at < :end "
    "AND EXISTS (SELECT 1 FROM json_each(c.snapshot, '$.notified_codes') x WHERE x.value NOT IN "
    "(SELECT y.value FROM json_each(a.snapshot, '$.notified_codes') y)) "
    "ORDER BY c.received_at LIMIT :limit"
)

#: 好差评 per window, clerk and item in a period (the clerk at whose window the applicant rated).
SQL_RATINGS = (
    "SELECT json_extract(e.actor, '$.window') AS window, json_extract(e.actor, '$.clerk_id') AS clerk_id, "
    "MAX(json_extract(e.actor, '$.clerk_name')) AS clerk_name, c.item_codes, COUNT(*) AS n, "
    "SUM(v.rating <= 2) AS good, SUM(v.rating >= 4) AS bad, SUM(v.rating) AS total "
    "FROM evaluations v JOIN events e ON e.event_id = v.event_id JOIN cases c ON c.case_id = v.case_id "
    "WHERE v.at >= :lo AND v.at < :hi AND julianday(v.at) >= julianday(:start) AND julianday(v.at) < julianday(:end) "
    "GROUP BY window, clerk_id, c.item_codes"
)

SQL_BAD_RATINGS = (
    f"SELECT {_CASE_COLUMNS}, v.rating, v.comment, v.reasons, v.at, json_extract(e.actor, '$.window') AS rated_window, "
    "json_extract(e.actor, '$.clerk_name') AS rated_clerk "
    "FROM evaluations v JOIN events e ON e.event_id = v.event_id JOIN cases c ON c.case_id = v.case_id "
    "WHERE v.rating >= 4 AND v.at >= :lo AND v.at < :hi "
    "AND julianday(v.at) >= julianday(:start) AND julianday(v.at) < julianday(:end) "
    "ORDER BY v.at LIMIT :limit"
)

SQL_MATERIAL_NAMES = "SELECT code, name FROM case_materials WHERE case_id = :case_id"


class Activity(NamedTuple):
    window: str | None
    clerk_id: str | None
    clerk_name: str | None
    kind: str
    n: int


class Waiting(NamedTuple):
    window: str | None
    clerk_id: str
    clerk_name: str | None
    n: int


class RatingRow(NamedTuple):
    window: str | None
    clerk_id: str | None
    clerk_name: str | None
    item_codes: str
    n: int
    good: int
    bad: int
    total: int


@dataclass(frozen=True, slots=True)
class CaseColumns:
    """The case's columns every list starts with (``_CASE_COLUMNS``, in that order); each list's row adds its own
    after them, so a row is made from the statement's tuple as it comes (``Row(*tuple)``)."""

    case_id: str
    case_no: str
    state: str
    item_codes: str
    applicant_name: str
    clerk_id: str
    clerk_name: str | None
    window: str | None
    received_day: str


@dataclass(frozen=True, slots=True)
class WarningRow(CaseColumns):
    promised_date: str
    received_n: int | None
    promised_n: int | None


@dataclass(frozen=True, slots=True)
class UnclaimedRow(CaseColumns):
    promised_date: str | None
    submitted_day: str
    submitted_n: int | None


@dataclass(frozen=True, slots=True)
class PromiseRow(CaseColumns):
    due_date: str
    commitment_status: str
    materials: str  # JSON list of the codes still missing


@dataclass(frozen=True, slots=True)
class UndecidedRow(CaseColumns):
    notice_due: str | None
    received_n: int | None


@dataclass(frozen=True, slots=True)
class TwiceRow(CaseColumns):
    first_case_id: str
    first_case_no: str
    first_codes: str  # JSON list
    codes: str  # JSON list
    first_day: str


@dataclass(frozen=True, slots=True)
class BadRatingRow(CaseColumns):
    rating: int
    comment: str
    reasons: str  # JSON list
    at: str
    rated_window: str | None
    rated_clerk: str | None


R = TypeVar("R", bound=CaseColumns)


def _case_rows(kind: type[R], rows: list[tuple[Any, ...]]) -> list[R]:
    return [kind(*row) for row in rows]


def _fetch(store: Store, sql: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
    try:
        return store._readers.fetch(sql, params)
    except sqlite3.Error as error:
        raise translate(error) from error


def _text_bounds(start: datetime, end: datetime) -> dict[str, object]:
    """The period as the index sees it (text, a day wider on each side) and exactly (UTC, through julianday)."""
    return {
        "lo": (start - timedelta(days=1)).astimezone(UTC).date().isoformat(),
        "hi": (end + timedelta(days=1)).astimezone(UTC).date().isoformat(),
        "start": start.astimezone(UTC).isoformat(),
        "end": end.astimezone(UTC).isoformat(),
    }


def activity(store: Store, start: datetime, end: datetime) -> list[Activity]:
    """How many events of each of ``ACTIVITY_KINDS`` each window's clerk made in [start, end)."""
    return [Activity._make(row) for row in _fetch(store, SQL_ACTIVITY, _text_bounds(start, end))]


def results_waiting(store: Store) -> list[Waiting]:
    """Results ready and not yet handed off, by the window and clerk who took the application in."""
    return [Waiting._make(row) for row in _fetch(store, SQL_WAITING, {})]


def warnings(
    store: Store, workdays: str, today: str, today_n: int, share: float, limit: int = NO_LIMIT
) -> list[WarningRow]:
    """Running cases past their promised date or past ``share`` of their time limit. ``workdays``: a JSON object
    mapping ISO days to their running working-day number; ``today_n``: today's number in it."""
    params = {"workdays": workdays, "today": today, "today_n": today_n, "share": share, "limit": limit}
    return _case_rows(WarningRow, _fetch(store, SQL_WARNINGS, params))


def unclaimed(store: Store, workdays: str, today_n: int, limit_days: int, limit: int = NO_LIMIT) -> list[UnclaimedRow]:
    """Cases transferred to the back office more than ``limit_days`` working days ago and not claimed since."""
    params = {"workdays": workdays, "today_n": today_n, "limit_days": limit_days, "limit": limit}
    return _case_rows(UnclaimedRow, _fetch(store, SQL_UNCLAIMED, params))


def open_promises(store: Store, limit: int = NO_LIMIT) -> list[PromiseRow]:
    return _case_rows(PromiseRow, _fetch(store, SQL_PROMISES, {"limit": limit}))


def undecided(store: Store, workdays: str, limit: int = NO_LIMIT) -> list[UndecidedRow]:
    return _case_rows(UndecidedRow, _fetch(store, SQL_UNDECIDED, {"workdays": workdays, "limit": limit}))


def twice_notified(store: Store, start: datetime, end: datetime, limit: int = NO_LIMIT) -> list[TwiceRow]:
    params = {"start": start.astimezone(UTC).isoformat(), "end": end.astimezone(UTC).isoformat(), "limit": limit}
    return _case_rows(TwiceRow, _fetch(store, SQL_TWICE_NOTIFIED, params))


def ratings(store: Store, start: datetime, end: datetime) -> list[RatingRow]:
    params = _text_bounds(start, end)
    return [RatingRow._make(row) for row in _fetch(store, SQL_RATINGS, params)]


def bad_ratings(store: Store, start: datetime, end: datetime, limit: int = NO_LIMIT) -> list[BadRatingRow]:
    params = {**_text_bounds(start, end), "limit": limit}
    return _case_rows(BadRatingRow, _fetch(store, SQL_BAD_RATINGS, params))


def count_by_state(store: Store) -> dict[str, int]:
    rows = _fetch(store, "SELECT state, COUNT(*) FROM cases GROUP BY state", {})
    return {str(state): int(str(n)) for state, n in rows}


def material_names(store: Store, case_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each case's material names by code (for the notices shown side by side)."""
    return {
        case_id: {str(code): str(name) for code, name in _fetch(store, SQL_MATERIAL_NAMES, {"case_id": case_id})}
        for case_id in case_ids
    }


__all__ = [
    "ACTIVITY_KINDS",
    "Activity",
    "BadRatingRow",
    "CaseColumns",
    "PromiseRow",
    "RatingRow",
    "TwiceRow",
    "UnclaimedRow",
    "UndecidedRow",
    "Waiting",
    "WarningRow",
]
