"""A case's whole story, display-ready: the toolbar's 查找办件 (Ctrl+F), the case view and ``govdesk case``.

``CaseStoryService.find`` looks cases up as every look-up box does (``lookup.CaseFinder``: a case number in any form
a scanner reads, a notice's signed QR, a full ID number, a name prefix, a phone), served by the store's indexes and
returning light rows only; ``story`` loads the ONE case chosen and says everything about it in words: state,
applicant (ID number and phone masked), items, materials, deadlines with their explanation (暂定 ones included),
every event (when in China Standard Time, who, role, window, what), the notices issued on this PC, the 容缺 promise,
the hand-off and the rating. Read-only, except two acts that are themselves recorded (regulation 000, Art. 20 留痕):
``reveal`` (the clerk clicked 显示: ``case.personal_data_viewed``, Art. 32 个人信息保护) and ``reprint``
(``case.notice_reprinted``; the paper says 补打).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Case
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import Clock, minute_text
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.deadlines import Deadline
from govdesk.domain.delivery import HANDOFF_LABELS, HandoffMethod
from govdesk.domain.evaluation import EVALUATED_KIND
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import DomainEvent, JSONValue
from govdesk.domain.identity.masking import mask_name
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.notices import ID_TYPE_LABELS
from govdesk.domain.recompute import dates_note
from govdesk.domain.transitions import STATE_LABELS, CaseState
from govdesk.services.case_events import (
    MATERIAL_STATUS_LABELS,
    NOTICE_REPRINTED_KIND,
    PERSONAL_DATA_VIEWED_KIND,
    detail_words,
    event_words,
    masked_contact,
    role_word,
)
from govdesk.services.case_story_types import (
    CaseStory,
    EventRow,
    Found,
    FoundCase,
    NoticeRow,
    Revealed,
    Row,
)
from govdesk.services.errors import ServiceError
from govdesk.services.lookup import CaseFinder, CaseLookupError
from govdesk.services.notice_archive import list_archived
from govdesk.services.progress import answer_correction, attention_words, back_office_words
from govdesk.services.result_files import ResultDocument, ResultFiles, result_file_of
from govdesk.services.viewing import ViewingCopies
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar
from govdesk.store.errors import StoreError
from govdesk.store.sealed_files import SealedFiles
from govdesk.store.search import CaseSummary
from govdesk.store.store import Store

APPLICANT = translate("CaseStory", "申请人", "services.case_story.applicant")
ID_NUMBER = translate("CaseStory", "证件号码", "services.case_story.id_number")
PHONE = translate("CaseStory", "联系电话", "services.case_story.phone")
LEGAL_REPRESENTATIVE = translate("CaseStory", "法定代表人", "services.case_story.legal_representative")
AGENT = translate("CaseStory", "代办人", "services.case_story.agent")
FIRST_CLERK = translate("CaseStory", "首问负责", "services.case_story.first_clerk")
RECEIVED_AT = translate("CaseStory", "收件时间", "services.case_story.received_at")
PROMISED_DATE = translate("CaseStory", "承诺办结日期", "services.case_story.promised_date")
STATUTORY_DATE = translate("CaseStory", "法定办结日期", "services.case_story.statutory_date")
NOTICE_DUE = translate("CaseStory", "一次性告知期限", "services.case_story.notice_due")
DELAY_REASON = translate("CaseStory", "延期理由", "services.case_story.delay_reason")
NOT_RESUMED = translate("CaseStory", "尚未恢复", "services.case_story.not_resumed")
SUSPENDED = translate("CaseStory", "中止计时", "services.case_story.suspended")
SPAN = translate("CaseStory", "{start} 至 {end}", "services.case_story.span")
SET_BY_HAND = translate("CaseStory", "日期由人工确定，未记录计算过程", "services.case_story.set_by_hand")
NO_DATE = translate("CaseStory", "（未记录）", "services.case_story.no_date")
OPEN = translate("CaseStory", "未补齐", "services.case_story.open")
FULFILLED = translate("CaseStory", "已补齐", "services.case_story.fulfilled")
OVERDUE = translate("CaseStory", "已逾期", "services.case_story.overdue")
COMMITMENT_STATE = translate("CaseStory", "承诺状态", "services.case_story.commitment_state")
SIGNED_BY = translate("CaseStory", "签署人", "services.case_story.signed_by")
SUPPLY_BY = translate("CaseStory", "补齐期限", "services.case_story.supply_by")
SUPPLIED_ON = translate("CaseStory", "已于 {came} 补交", "services.case_story.supplied_on")
NOT_SUPPLIED = translate("CaseStory", "尚未补交", "services.case_story.not_supplied")
HANDOFF_METHOD = translate("CaseStory", "出件方式", "services.case_story.handoff_method")
HANDOFF_TIME = translate("CaseStory", "出件时间", "services.case_story.handoff_time")
RATING = translate("CaseStory", "评价", "services.case_story.rating")
BAD_REASONS = translate("CaseStory", "不满意原因", "services.case_story.bad_reasons")
COMMENT = translate("CaseStory", "意见", "services.case_story.comment")
CHANGED_LATER = translate("CaseStory", "{text}；其后改为 {day}（见下方记录）", "services.case_story.changed_later")
SUSPENSION_NOTE = translate("CaseStory", "{kind}：{reason}", "services.case_story.suspension_note")

NOT_FOUND = translate("CaseStoryService", "找不到该办件（可能尚未同步到本机）", "services.case_story.not_found")
NO_RESULT_FILE = translate("CaseStoryService", "后台没有为该办件上传办理结果文件", "services.case_story.no_result_file")
NO_NOTICE_PRINTING = translate(
    "CaseStoryService",
    "本机未配置通知书打印，不能补打",
    "services.case_story.no_notice_printing",
)
NOT_RECORDED = translate("CaseStoryService", "{error}（未能记录本次操作）", "services.case_story.not_recorded")

__all__ = [
    "CaseLookupError",
    "CaseStory",
    "CaseStoryError",
    "CaseStoryService",
    "EventRow",
    "Found",
    "FoundCase",
    "NoticeRow",
    "Revealed",
    "Row",
]


class CaseStoryError(ServiceError):
    """Chinese, for the clerk."""


class CaseStoryService:
    """Finds cases and tells one's story. ``notices`` is the window's NoticeService (None: no reprint here);
    ``archive_dir`` is where notices are archived (``<data>/notices``)."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        clock: Clock,
        window: WindowContext,
        key_path: Path,
        archive_dir: Path,
        notices: Any = None,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.window = window
        self.archive_dir = archive_dir
        self.notices = notices
        self.finder = CaseFinder(store, clock, key_path)
        #: The working-day calendar (set by the window): answering a back-office 补正 moves the dates by it.
        self.calendar: WorkCalendar | None = None

    # --- finding ---

    def find(self, text: str) -> Found:
        """The cases ``text`` names, most likely first. ``CaseLookupError`` (Chinese) for a malformed number."""
        lookup = self.finder.find(text)
        verdict = lookup.verdict
        return Found(
            [self._found(s) for s in lookup.cases],
            lookup.verdict_words,
            verdict.ok if verdict is not None else True,
            lookup.elsewhere,
        )

    def _found(self, s: CaseSummary) -> FoundCase:
        try:
            state = STATE_LABELS[CaseState(s.state)]
        except ValueError:
            state = s.state
        return FoundCase(
            s.case_id,
            s.case_no,
            mask_name(s.applicant_name),
            state,
            self._item_names(s.item_codes),
            minute_text(s.received_at),
        )

    def _item_names(self, codes: tuple[str, ...]) -> str:
        names = []
        for code in codes:
            try:
                names.append(self.catalog.item(code).name)
            except KeyError:
                names.append(code)
        return "、".join(names)

    # --- the story ---

    def load(self, case_id: str) -> Case:
        case = self.store.load_case(case_id)
        if case is None:
            raise CaseStoryError(Message(NOT_FOUND))
        return case

    def story(self, case_id: str) -> CaseStory:
        case = self.load(case_id)
        return CaseStory(
            case_id=case.case_id,
            case_no=case.case_no,
            state=case.state_label,
            applicant=self._applicant(case),
            items=[Row(code, self._item_names((code,))) for code in case.item_codes],
            materials=[
                Row(m.name, MATERIAL_STATUS_LABELS.get(m.status.value, m.status.value), m.reason)
                for m in case.materials.values()
            ],
            deadlines=self._deadlines(case),
            events=[self._event(e) for e in case.events],
            notices=self._notices(case.case_no),
            commitment=self._commitment(case),
            handoff=self._handoff(case),
            rating=self._rating(case),
            dates_note=dates_note(case),
            back_office=self._back_office(case),
            attention=[Row(*words) for words in attention_words(case)],
            result_file=result_file_of(case),
        )

    def result_document(self, case_id: str) -> ResultDocument:
        """The case's result document (the licence's scan or PDF): this PC's copy, or fetched from the center once
        and kept (encrypted); ``ResultFileError`` in words when it cannot be had. Blocking: the network lane."""
        ref = result_file_of(self.load(case_id))
        if ref is None:
            raise CaseStoryError(Message(NO_RESULT_FILE))
        return ResultFiles(self.store).fetch(ref)

    def _back_office(self, case: Case) -> list[Row]:
        rows = []
        for e in case.events:
            words = back_office_words(e)
            if words is not None:
                rows.append(Row(minute_text(e.occurred_at), words, e.actor.clerk_name))
        return rows

    def _applicant(self, case: Case) -> list[Row]:
        a = case.applicant
        id_masked, phone_masked = masked_contact(a.id_number, a.phone)
        rows = [
            Row(Message(APPLICANT), a.name),
            Row(ID_TYPE_LABELS.get(a.id_type, Message(ID_NUMBER)), id_masked),
            Row(Message(PHONE), phone_masked),
        ]
        if a.legal_representative:
            rows.append(Row(Message(LEGAL_REPRESENTATIVE), a.legal_representative))
        if case.agent is not None:
            agent_id, agent_phone = masked_contact(case.agent.id_number, case.agent.phone)
            rows.append(Row(Message(AGENT), case.agent.name, f"{agent_id} {agent_phone}".strip()))
        rows.append(Row(Message(FIRST_CLERK), case.first_clerk.clerk_name, case.first_clerk.window))
        rows.append(Row(Message(RECEIVED_AT), minute_text(case.received_at)))
        return rows

    def _deadlines(self, case: Case) -> list[Row]:
        rows: list[Row] = []
        for label, day, deadline in (
            (Message(PROMISED_DATE), case.promised_date, case.promised_deadline),
            (Message(STATUTORY_DATE), case.statutory_date, case.statutory_deadline),
        ):
            if day is None:
                continue
            rows.append(Row(label, self._due(day.isoformat(), deadline, day), self._explain(deadline, day)))
        if case.notice_due is not None:
            rows.append(Row(Message(NOTICE_DUE), case.notice_due.isoformat()))
        if case.delay_reason:
            rows.append(Row(Message(DELAY_REASON), case.delay_reason))
        for s in case.suspensions:
            end = s.end.isoformat() if s.end else Message(NOT_RESUMED)
            rows.append(
                Row(
                    Message(SUSPENDED),
                    Message(SPAN, start=s.start.isoformat(), end=end),
                    Message(SUSPENSION_NOTE, kind=s.label, reason=s.reason),
                )
            )
        return rows

    @staticmethod
    def _due(text: str, deadline: Deadline | None, day: Any) -> str:
        if deadline is not None and deadline.due == day:
            return deadline.short_text(with_earliest=True)
        return text

    @staticmethod
    def _explain(deadline: Deadline | None, day: Any) -> str:
        if deadline is None:
            return Message(SET_BY_HAND)
        text = deadline.explain()  # with its provisional note already, where the year is not published yet
        if deadline.due != day:
            text = Message(CHANGED_LATER, text=text, day=day.isoformat())
        return text

    def _event(self, e: DomainEvent) -> EventRow:
        return EventRow(
            minute_text(e.occurred_at),
            e.actor.clerk_name,
            role_word(e.actor.role.value),
            e.actor.window,
            event_words(e),
        )

    def _notices(self, case_no: str) -> list[NoticeRow]:
        return [
            NoticeRow(
                a.title,
                a.number,
                a.issued_on.isoformat() if a.issued_on else Message(NO_DATE),
                a.pdf,
                a.can_reprint,
                a,
            )
            for a in list_archived(self.archive_dir / case_no, SealedFiles.for_store(self.store))
        ]

    def _commitment(self, case: Case) -> list[Row]:
        c = case.commitment
        if c is None:
            return []
        status = {
            CommitmentStatus.OPEN: Message(OPEN),
            CommitmentStatus.FULFILLED: Message(FULFILLED),
            CommitmentStatus.OVERDUE: Message(OVERDUE),
        }[c.status]
        rows = [
            Row(Message(COMMITMENT_STATE), status),
            Row(Message(SIGNED_BY), c.signed_by, minute_text(c.signed_at)),
            Row(
                Message(SUPPLY_BY),
                c.deadline.short_text() if c.deadline else c.due_date.isoformat(),
                self._explain(c.deadline, c.due_date),
            ),
        ]
        for code in c.material_codes:
            name = c.names.get(code, code)
            came = c.supplemented.get(code)
            rows.append(Row(name, Message(SUPPLIED_ON, came=came.isoformat()) if came else Message(NOT_SUPPLIED)))
        return rows

    def _handoff(self, case: Case) -> list[Row]:
        if not case.handoff_method:
            return []
        try:
            method = HANDOFF_LABELS[HandoffMethod(case.handoff_method)]
        except ValueError:
            method = case.handoff_method
        rows = [Row(Message(HANDOFF_METHOD), method)]
        event = next((e for e in reversed(case.events) if e.kind == EventKind.HANDED_OFF), None)
        if event is not None:
            rows.append(
                Row(
                    Message(HANDOFF_TIME),
                    minute_text(event.occurred_at),
                    f"{event.actor.clerk_name} {event.actor.window}",
                )
            )
        rows += [Row(label, value) for label, value in detail_words(case.handoff_details)]
        return rows

    def _rating(self, case: Case) -> list[Row]:
        event = next((e for e in reversed(case.events) if e.kind == EVALUATED_KIND), None)
        if event is None:
            return []
        p = event.payload
        rows = [Row(Message(RATING), str(p.get("label", p.get("rating", ""))), minute_text(event.occurred_at))]
        if p.get("reasons"):
            rows.append(Row(Message(BAD_REASONS), join((str(r) for r in p["reasons"]), ENUMERATION)))
        if p.get("comment"):
            rows.append(Row(Message(COMMENT), str(p["comment"])))
        return rows

    # --- the two recorded acts ---

    def answer_correction(self, case_id: str) -> CaseStory:
        """The applicant corrected what the back office asked: the clock runs again and the case goes back to the
        back office (``services.progress.answer_correction``; recorded as ``case.resumed``)."""
        calendar = self.calendar or default_calendar()
        answer_correction(self.store, self.clock, calendar, self.window.actor, case_id)
        return self.story(case_id)

    def reveal(self, case_id: str) -> Revealed:
        """The applicant's full ID number and phone, for the clerk who clicked 显示; the look is recorded."""
        case = self.load(case_id)
        fields = [f for f, v in (("id_number", case.applicant.id_number), ("phone", case.applicant.phone)) if v]
        self._record(case, PERSONAL_DATA_VIEWED_KIND, {"fields": list(fields), "purpose": "case_view"})
        return Revealed(case.applicant.id_number, case.applicant.phone)

    def reprint(self, case_id: str, notice: NoticeRow, printer: Any) -> Path:
        """Print ``notice`` again, marked 补打, and record it. Raises ``ArchiveError`` / ``PrintError`` (nothing
        recorded then)."""
        if self.notices is None:
            raise CaseStoryError(Message(NO_NOTICE_PRINTING))
        case = self.load(case_id)
        result = self.notices.reprint(notice.archived, printer)
        self._record(
            case,
            NOTICE_REPRINTED_KIND,
            {"notice_kind": notice.archived.kind.value, "number": notice.number, "file": result.path.name},
        )
        return Path(result.path)

    def view_copy(self, notice: NoticeRow) -> Path:
        """The archived PDF of ``notice``, decrypted into the private viewing folder for the system's PDF viewer
        (``services.viewing``: removed at lock, logout and exit). ``ViewingError`` in words when it cannot be."""
        if self.notices is not None:
            return Path(self.notices.view_copy(notice.pdf))
        return ViewingCopies(self.archive_dir.parent, SealedFiles.for_store(self.store)).copy(notice.pdf)

    def _record(self, case: Case, kind: str, payload: dict[str, JSONValue]) -> DomainEvent:
        event = DomainEvent(
            case_id=case.case_id, kind=kind, actor=self.window.actor, occurred_at=self.clock.now(), payload=payload
        )
        case.events.append(event)
        try:
            with self.store.unit() as uow:
                uow.save_case(case)
        except StoreError as exc:
            raise CaseStoryError(Message(NOT_RECORDED, error=exc)) from exc
        return event
