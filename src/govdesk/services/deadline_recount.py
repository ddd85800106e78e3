"""When the official holiday arrangement arrives, the deadlines counted on a provisional year are counted again.

The official year comes from the central server (a published calendar version, pulled) or from a file an admin
loads at the window. :meth:`DeadlineRecountService.recount` recounts every open case that holds a provisional
deadline in ONE transaction (one ``case.deadlines_recomputed`` event each, ``domain/recompute.py``), and says which
cases moved. An SMS to the applicant is offered for a promised date that moved later — never sent silently: the
clerk asks for it with :meth:`tell_applicant`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import CaseState
from govdesk.domain.clock import CST, Clock
from govdesk.domain.events import Role
from govdesk.domain.identity import mask_phone
from govdesk.domain.messages import ENUMERATION, Message, join, said, translate
from govdesk.domain.recompute import DeadlineMove
from govdesk.domain.sms import SmsPurpose, deadline_moved_text
from govdesk.domain.transitions import FINAL_STATES
from govdesk.services.errors import ServiceError
from govdesk.services.sms import SmsError, SmsService
from govdesk.services.window import WindowContext
from govdesk.store import recount as reads
from govdesk.store.errors import StoreError
from govdesk.store.store import Store

YEAR_NOT_LOADED = translate(
    "DeadlineRecountService",
    "{year} 年节假日安排尚未载入：跨入该年的期限暂按《全国年节及纪念日放假办法》推算并标注“暂定”。"
    "国务院办公厅通知发布后，请用 govdesk calendar import 转换通知全文，再在中心服务器发布（govdesk central calendar "
    "publish）或在本机载入（govdesk calendar load）；载入后暂定期限自动重新计算。",
    "services.deadline_recount.year_not_loaded",
)


NOT_SAVED = translate(
    "DeadlineRecountService",
    "暂定期限重新计算未能保存，办件保持原样，下次启动时将再试：{error}",
    "services.deadline_recount.not_saved",
)
NO_CHANGE_RECORD = translate(
    "DeadlineRecountService",
    "找不到这次期限调整记录",
    "services.deadline_recount.no_change_record",
)
NOT_MOVED = translate(
    "DeadlineRecountService",
    "办件 {case_no} 的承诺办结日期没有调整，无需短信告知",
    "services.deadline_recount.not_moved",
)
ALREADY_TOLD = translate(
    "DeadlineRecountService",
    "办件 {case_no} 的这次日期调整已经短信告知过申请人",
    "services.deadline_recount.already_told",
)
NEW_YEARS = translate("DeadlineRecountService", "新", "services.deadline_recount.new_years")
LOADED = translate(
    "DeadlineRecountService",
    "{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算。",
    "services.deadline_recount.loaded",
)
LOADED_MOVED = translate(
    "DeadlineRecountService",
    "{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算，其中 {moved} 件日期有调整。",
    "services.deadline_recount.loaded_moved",
)
LOADED_LATER = translate(
    "DeadlineRecountService",
    "{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算，其中 {moved} 件日期有调整"
    "（{later} 件承诺办结日期推后，可在“承诺跟踪 › 期限调整”短信告知申请人）。",
    "services.deadline_recount.loaded_later",
)
CASE_MISSING = translate("DeadlineRecountService", "本机找不到办件 {case_no}", "services.deadline_recount.case_missing")
SMS_NOT_QUEUED = translate(
    "DeadlineRecountService",
    "短信未能排队：{error}",
    "services.deadline_recount.sms_not_queued",
)

log = logging.getLogger(__name__)

#: Meta key: the calendar version the open cases were last recounted on (a start-up recount runs only after a change).
RECOUNTED_KEY = "calendar.recounted_version"
#: Cases whose deadlines can still matter (not final, not handed off).
OPEN_STATES = frozenset(s.value for s in CaseState if s not in FINAL_STATES and s is not CaseState.HANDED_OFF)


class RecountError(ServiceError):
    """A recount or an SMS about it could not be done; Chinese, for the clerk."""


@dataclass(frozen=True, slots=True)
class MovedCase:
    """A case whose dates a recount moved, as the lists show it."""

    event_id: str
    case_id: str
    case_no: str
    applicant_name: str
    state: str
    recounted_at: datetime
    moves: tuple[DeadlineMove, ...]
    reason: str
    told: bool

    @property
    def promised_later(self) -> bool:
        """The promised date moved later: the applicant should be told (the SMS is offered)."""
        return any(m.field == "promised" and m.later for m in self.moves)

    def summary(self) -> str:
        return "；".join(m.describe() for m in self.moves)


@dataclass(frozen=True, slots=True)
class RecountReport:
    """What a recount did: on which calendar, how many cases were recounted, and which of them moved."""

    calendar_version: str
    years: tuple[int, ...]  # the official years that replaced provisional ones
    recounted: int
    moved: tuple[MovedCase, ...]

    def message(self) -> str:
        """One line for the status bar and the admin (Chinese)."""
        years = join((str(y) for y in self.years), ENUMERATION) or Message(NEW_YEARS)
        later = sum(1 for m in self.moved if m.promised_later)
        if not self.moved:
            return Message(LOADED, years=years, recounted=self.recounted)
        if not later:
            return Message(LOADED_MOVED, years=years, recounted=self.recounted, moved=len(self.moved))
        return Message(LOADED_LATER, years=years, recounted=self.recounted, moved=len(self.moved), later=later)


def _reason(calendar: WorkCalendar, years: tuple[int, ...]) -> str:
    sources = [cy.source for cy in calendar.years if cy.year in years]
    return "节假日安排已载入：" + "；".join(sources) if sources else "节假日安排已载入"


class DeadlineRecountService:
    def __init__(self, store: Store, clock: Clock, window: WindowContext, sms: SmsService) -> None:
        self.store = store
        self.clock = clock
        self.window = window
        self.sms = sms

    def needs_recount(self, calendar: WorkCalendar) -> bool:
        return self.store.get_meta(RECOUNTED_KEY) != calendar.version

    def recount(self, calendar: WorkCalendar, replaced_years: tuple[int, ...] = ()) -> RecountReport:
        """Recount every open case holding a provisional deadline on ``calendar``, in one transaction."""
        years = replaced_years or tuple(cy.year for cy in calendar.years)
        reason = _reason(calendar, years)
        ids = reads.provisional_case_ids(self.store, OPEN_STATES)
        recounted = 0
        moved_ids: list[str] = []
        try:
            with self.store.unit() as uow:
                for case_id in ids:
                    case = self.store.load_case(case_id)
                    if case is None:
                        continue
                    event = case.recompute_deadlines(self.window.actor, self.clock, calendar, reason)
                    if event is None:
                        continue
                    recounted += 1
                    if event.payload["moves"]:
                        moved_ids.append(case_id)
                    uow.save_case(case)
                uow.set_meta(RECOUNTED_KEY, calendar.version)
        except StoreError as error:
            raise RecountError(Message(NOT_SAVED, error=error)) from error
        log.info(
            "deadlines recounted on %s: %d cases, %d moved",
            calendar.version,
            recounted,
            len(moved_ids),
            extra={"event": "deadlines_recounted"},
        )
        wanted = set(moved_ids)
        moved = tuple(m for m in self.moved_cases() if m.case_id in wanted)
        return RecountReport(calendar.version, years, recounted, moved)

    def moved_cases(self, limit: int = 500) -> list[MovedCase]:
        """Cases a recount moved, newest first, one row per case (its latest recount)."""
        seen: set[str] = set()
        out: list[MovedCase] = []
        for row in reads.recount_events(self.store, limit):
            if row.case_id in seen:
                continue
            seen.add(row.case_id)
            out.append(
                MovedCase(
                    event_id=row.event_id,
                    case_id=row.case_id,
                    case_no=row.case_no,
                    applicant_name=row.applicant_name,
                    state=row.state,
                    recounted_at=datetime.fromisoformat(row.occurred_at),
                    moves=tuple(DeadlineMove.from_json(m) for m in row.payload.get("moves") or []),
                    reason=str(row.payload.get("reason", "")),
                    told=row.told,
                )
            )
        return out

    def tell_applicant(self, event_id: str) -> str:
        """Queue the SMS about a moved promised date (the clerk asked for it); the masked phone it goes to."""
        moved = next((m for m in self.moved_cases() if m.event_id == event_id), None)
        if moved is None:
            raise RecountError(Message(NO_CHANGE_RECORD))
        promised = next((m for m in moved.moves if m.field == "promised"), None)
        if promised is None:
            raise RecountError(Message(NOT_MOVED, case_no=moved.case_no))
        if moved.told:
            raise RecountError(Message(ALREADY_TOLD, case_no=moved.case_no))
        case = self.store.load_case(moved.case_id)
        if case is None:
            raise RecountError(Message(CASE_MISSING, case_no=moved.case_no))
        text = deadline_moved_text(self.window.center.name, case.case_no, promised.old, promised.new)
        try:
            with self.store.unit() as uow:
                self.sms.queue(
                    uow,
                    case,
                    SmsPurpose.DEADLINE_MOVED,
                    text,
                    self.window.actor.clerk_id,
                    dedupe_key=reads.told_key(event_id),
                )
        except SmsError as error:
            raise RecountError(said(error)) from error
        except StoreError as error:
            raise RecountError(Message(SMS_NOT_QUEUED, error=error)) from error
        return mask_phone(case.applicant.phone)

    def today(self) -> date:
        return self.clock.now().astimezone(CST).date()


#: From this day of the year on, next year's arrangement is expected (the notice usually comes out in late October
#: to mid-November).
WARN_FROM = (11, 1)
#: Who is told in the status bar: the people who can load or publish the year.
WARNED_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})


def missing_year_warning(calendar: WorkCalendar, today: date, role: Role) -> str | None:
    """For admins and supervisors: from 1 November while next year's arrangement is not loaded (and any day of a
    year that has none), what that means and what to do. None for other roles or when nothing is missing."""
    if role not in WARNED_ROLES:
        return None
    wanted = today.year + 1 if (today.month, today.day) >= WARN_FROM else today.year
    if calendar.last_day.year >= wanted:
        return None
    missing = calendar.last_day.year + 1
    return Message(YEAR_NOT_LOADED, year=missing)
