"""The life of a 容缺 promise, the deferred 一次性告知, and delays (regulation 002 三 (三); regulation 001, 限时办结制;
regulation 000, Art. 25).

- ``follow_ups()``: every open commitment (due date, working days left, due soon / overdue) and every deferred
  "complex question" notice not yet given (a draft with ``notice_due``), soonest first; for a list shown on screen,
  ``follow_up_ids()`` then ``follow_ups_of(ids)`` as the rows are shown (never capped).
- ``supplement()`` records one promised material as it arrives, with its scan kept and sent as an intake material's;
  ``close()`` ends the promise once all are in, and the result may then be handed over.
- ``send_reminders()``: an SMS the working day before the due date and one on it (each sent once).
- ``process_overdue()``: past the due date the commitment is marked overdue (for the supervisor) and the item's rule
  applies: WITHHOLD keeps the result back (the result window refuses it); REVOKE lists the case for ``revoke()``,
  which revokes the acceptance and gives the written notice (不予受理通知书, as the promise letter says).
- ``delay()``: a new promised date with the reason and who approved it, within what the items allow
  (``extension_limit()``; 《行政许可法》 art. 42), the 延期办理告知书 and an SMS (限时办结制: 提前告知).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from govdesk.domain.attachments import AttachmentRefused, PageRef
from govdesk.domain.calendar import CalendarRangeError, WorkCalendar
from govdesk.domain.case import Case
from govdesk.domain.catalog import Catalog, OverdueRule, ServiceItem
from govdesk.domain.clock import CST, Clock
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.extension import ExtensionLimit, check_approval, extension_limit
from govdesk.domain.identity import mask_phone
from govdesk.domain.messages import ENUMERATION, Message, join, said, translate
from govdesk.domain.notice_builders import delay_notice, rejection_notice
from govdesk.domain.notices import DelayNotice, RejectionNotice
from govdesk.domain.serialize import case_from_json
from govdesk.domain.sms import SmsPurpose, delay_text, overdue_text, reminder_text, revoked_text
from govdesk.domain.transitions import DomainError
from govdesk.printing.signing import KEY_FILE_NAME
from govdesk.services.errors import ServiceError
from govdesk.services.lookup import CaseFinder, CaseLookupError, Lookup
from govdesk.services.sms import SmsError, SmsService
from govdesk.services.window import WindowContext
from govdesk.store.attachments import FileStore
from govdesk.store.errors import StoreError
from govdesk.store.store import Store

NOTICE_QUESTION = translate("CommitmentService", "延后告知：{question}", "services.commitments.notice_question")
NOTICE_COMPLEX = translate("CommitmentService", "延后告知（复杂疑难问题）", "services.commitments.notice_complex")
ALL_SUPPLIED = translate("CommitmentService", "材料已补齐，待办结承诺", "services.commitments.all_supplied")
DAYS_OVERDUE = translate("CommitmentService", "逾期{days}个工作日", "services.commitments.days_overdue")
OVERDUE = translate("CommitmentService", "已逾期", "services.commitments.overdue")
DUE_TODAY = translate("CommitmentService", "今天到期", "services.commitments.due_today")
DAYS_LEFT = translate("CommitmentService", "剩{days}个工作日", "services.commitments.days_left")
WAITING_FOR = translate("CommitmentService", "容缺待补：{names}", "services.commitments.waiting_for")

NOT_FOUND = translate("CommitmentService", "找不到该办件", "services.commitments.not_found")
NO_ATTACHMENT = translate("CommitmentService", "找不到附件文件 {attachment}", "services.commitments.no_attachment")
SCAN_NOT_SAVED = translate(
    "CommitmentService",
    "扫描件未能保存，未登记补交：{error}",
    "services.commitments.scan_not_saved",
)
EXTENSION_OUT_OF_CALENDAR = translate(
    "CommitmentService",
    "延期的最晚日期超出本机工作日历的范围：{error}",
    "services.commitments.extension_out_of_calendar",
)
DEADLINE_PASSED = translate(
    "CommitmentService",
    "办件 {case_no} 的承诺办结日期 {promised} 已过，不能再延期：依《中华人民共和国行政许可法》第四十二条，"
    "延长期限须在期限内决定并告知申请人；请按超期办件处理",
    "services.commitments.deadline_passed",
)
NO_PROMISED_DATE = translate(
    "CommitmentService",
    "办件 {case_no} 没有承诺办结日期，不能延期",
    "services.commitments.no_promised_date",
)
PROVISIONAL = translate("Commitments", "（按暂定的节假日安排）", "services.commitments.provisional")
NEW_DATE_OUT_OF_CALENDAR = translate(
    "CommitmentService",
    "新的办结日期 {new_date} 超出本机工作日历的范围：{error}",
    "services.commitments.new_date_out_of_calendar",
)
NEW_DATE_NOT_WORKDAY = translate(
    "CommitmentService",
    "新的办结日期 {new_date} 不是工作日{provisional}",
    "services.commitments.new_date_not_workday",
)

#: Working days left at which a promise counts as due soon (coloured in the list).
DUE_SOON_DAYS = 2
#: The reminder before the due date goes this many working days ahead.
REMIND_BEFORE_DAYS = 1


class CommitmentError(ServiceError):
    """Chinese, for the clerk."""


class FollowUpKind(StrEnum):
    COMMITMENT = "commitment"  # 容缺承诺
    NOTICE = "notice"  # 延后告知 (复杂疑难问题)


class Urgency(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


URGENCY_LABELS = {
    Urgency.OK: Message(translate("Urgency", "正常", "services.commitments.urgency.ok")),
    Urgency.DUE_SOON: Message(translate("Urgency", "即将到期", "services.commitments.urgency.due_soon")),
    Urgency.OVERDUE: Message(translate("Urgency", "已逾期", "services.commitments.urgency.overdue")),
}


@dataclass(frozen=True, slots=True)
class FollowUp:
    case_id: str
    case_no: str
    applicant_name: str
    phone_masked: str
    kind: FollowUpKind
    due_date: date
    days_left: int  # working days; 0 on the due day, negative past it
    urgency: Urgency
    since: date
    missing: tuple[tuple[str, str], ...] = ()  # (code, name) still to come
    supplemented: tuple[tuple[str, str, date], ...] = ()  # (code, name, when)
    status: str = ""  # CommitmentStatus value (commitments)
    overdue_rule: str = ""  # OverdueRule value (commitments)
    state_label: str = ""
    question: str = ""  # the deferred notice's complex question
    provisional: bool = False  # due_date lies in a year whose holiday arrangement is not yet published (暂定)

    @property
    def what(self) -> str:
        if self.kind is FollowUpKind.NOTICE:
            return Message(NOTICE_QUESTION, question=self.question) if self.question else Message(NOTICE_COMPLEX)
        if self.missing:
            return Message(WAITING_FOR, names=join((name for _, name in self.missing), ENUMERATION))
        return Message(ALL_SUPPLIED)

    @property
    def days_text(self) -> str:
        if self.days_left < 0:
            return Message(DAYS_OVERDUE, days=-self.days_left) if self.days_left < -1 else Message(OVERDUE)
        return Message(DUE_TODAY) if self.days_left == 0 else Message(DAYS_LEFT, days=self.days_left)


@dataclass(frozen=True, slots=True)
class OverdueReport:
    marked: tuple[str, ...]  # case numbers marked overdue now
    to_revoke: tuple[str, ...]  # case ids whose item's rule is REVOKE (a clerk confirms with ``revoke``)
    sms_ids: tuple[str, ...]


class CommitmentService:
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        calendar: WorkCalendar,
        clock: Clock,
        window: WindowContext,
        sms: SmsService,
        data_dir: Path,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.calendar = calendar
        self.clock = clock
        self.window = window
        self.sms = sms
        self.data_dir = data_dir
        self.finder = CaseFinder(store, clock, data_dir / "keys" / KEY_FILE_NAME)

    def today(self) -> date:
        return self.clock.now().astimezone(CST).date()

    # ------------------------------------------------------------------ the list

    def follow_ups(self) -> list[FollowUp]:
        """The whole list (reminders and overdue processing go through every row)."""
        return self.follow_ups_of(self.follow_up_ids())

    def follow_up_ids(self) -> list[str]:
        """The cases on the list, soonest due first, then by case number: ids only, for a list that fetches its rows
        as they are shown (``follow_ups_of``; Anki's browser table)."""
        return self.store.follow_up_ids()

    def follow_ups_of(self, case_ids: Sequence[str]) -> list[FollowUp]:
        """The rows of ``case_ids``, in that order; a case no longer followed (closed meanwhile) is left out."""
        today = self.today()
        found = self.store.follow_up_rows(case_ids)
        out: list[FollowUp] = []
        for case_id in case_ids:
            if case_id not in found:
                continue
            kind, snapshot = found[case_id]
            if kind == FollowUpKind.COMMITMENT.value:
                out.append(self._commitment_row(case_from_json(json.loads(snapshot), events=[]), today))
                continue
            full = self.store.load_case(case_id)  # a deferred notice's question is in its event
            if full is not None and full.notice_due is not None:
                out.append(self._notice_row(full, today))
        return out

    def _urgency(self, days_left: int, overdue: bool) -> Urgency:
        if overdue or days_left < 0:
            return Urgency.OVERDUE
        return Urgency.DUE_SOON if days_left <= DUE_SOON_DAYS else Urgency.OK

    def _commitment_row(self, case: Case, today: date) -> FollowUp:
        c = case.commitment
        assert c is not None
        days = c.days_left(today, self.calendar)
        return FollowUp(
            case_id=case.case_id,
            case_no=case.case_no,
            applicant_name=case.applicant.name,
            phone_masked=mask_phone(case.applicant.phone) if case.applicant.phone else "",
            kind=FollowUpKind.COMMITMENT,
            due_date=c.due_date,
            days_left=days,
            urgency=self._urgency(days, c.status is CommitmentStatus.OVERDUE),
            since=c.signed_at.astimezone(CST).date(),
            missing=tuple((code, c.names.get(code, code)) for code in c.missing()),
            supplemented=tuple((code, c.names.get(code, code), d) for code, d in c.supplemented.items()),
            status=c.status.value,
            overdue_rule=c.overdue_rule.value,
            state_label=case.state_label,
            provisional=self.calendar.is_provisional(c.due_date),
        )

    def _notice_row(self, case: Case, today: date) -> FollowUp:
        assert case.notice_due is not None
        days = self.calendar.days_left(today, case.notice_due)
        return FollowUp(
            case_id=case.case_id,
            case_no=case.case_no,
            applicant_name=case.applicant.name,
            phone_masked=mask_phone(case.applicant.phone) if case.applicant.phone else "",
            kind=FollowUpKind.NOTICE,
            due_date=case.notice_due,
            days_left=days,
            urgency=self._urgency(days, False),
            since=case.received_at.astimezone(CST).date(),
            state_label=case.state_label,
            provisional=self.calendar.is_provisional(case.notice_due),
            question=next(
                (
                    str(e.payload.get("question", ""))
                    for e in reversed(case.events)
                    if e.kind == EventKind.NOTICE_DEFERRED
                ),
                "",
            ),
        )

    def load(self, case_id: str) -> Case:
        case = self.store.load_case(case_id)
        if case is None:
            raise CommitmentError(Message(NOT_FOUND))
        return case

    def find(self, text: str) -> Lookup:
        """A scanned notice (barcode or QR, its signature checked) or a typed number, ID, phone or name
        (``services.lookup``); ``CommitmentError`` says why a wrong case number or QR names no case."""
        try:
            return self.finder.find(text)
        except CaseLookupError as exc:
            raise CommitmentError(said(exc)) from None

    # ------------------------------------------------------------------ supplementing

    def supplement(self, case_id: str, code: str, attachment: Path | None = None) -> Case:
        """One promised material has come. ``attachment`` (its scan or photo) is kept as an intake material's is:
        checked by its bytes, content-addressed beside the database (encrypted with its key), its hash in the
        ``case.material_supplemented`` event (the chain covers it), queued for the center in the same unit of work,
        so the back office reads it as it reads the intake's scans (regulation 000 Art. 31)."""
        case = self.load(case_id)
        ref: PageRef | None = None
        if attachment is not None:
            if not attachment.is_file():
                raise CommitmentError(Message(NO_ATTACHMENT, attachment=attachment))
            try:
                ref = FileStore.for_store(self.store).put_file(attachment)
            except (AttachmentRefused, StoreError) as error:
                raise CommitmentError(Message(SCAN_NOT_SAVED, error=error)) from error
        try:
            case.supplement_material(self.window.actor, self.clock, code, pages=(ref,) if ref else ())
        except DomainError as error:
            raise CommitmentError(said(error)) from error
        with self.store.unit() as uow:  # a failure here leaves the file named by nothing: swept later
            uow.save_case(case)
            uow.save_commitment(case)
            if ref is not None:
                uow.enqueue_case_files(case)
                path = f"attachments/{ref.sha256[:2]}/{ref.sha256}"  # beside the database
                uow.add_attachment(case.case_id, "supplement", path, ref.sha256, material_code=code)
        return case

    def attachments(self, case_id: str) -> list[dict[str, str]]:
        return self.store.attachments_of(case_id)

    def close(self, case_id: str) -> Case:
        """办结承诺: every promised material is in; the result may now be handed over."""
        case = self.load(case_id)
        try:
            case.close_commitment(self.window.actor, self.clock)
        except DomainError as error:
            raise CommitmentError(said(error)) from error
        with self.store.unit() as uow:
            uow.save_case(case)
            uow.save_commitment(case)
        return case

    # ------------------------------------------------------------------ reminders and overdue

    def send_reminders(self) -> list[str]:
        """Queue the reminder SMS due today: REMIND_BEFORE_DAYS working days ahead, and on the due day (once each)."""
        queued: list[str] = []
        center = self.window.center.name
        for f in self.follow_ups():
            if f.kind is not FollowUpKind.COMMITMENT or f.status != CommitmentStatus.OPEN.value or not f.missing:
                continue
            if f.days_left not in (0, REMIND_BEFORE_DAYS):
                continue
            purpose = SmsPurpose.REMIND_DUE if f.days_left == 0 else SmsPurpose.REMIND_BEFORE
            case = self.load(f.case_id)
            names = tuple(name for _, name in f.missing)
            text = reminder_text(center, case.case_no, names, f.due_date, f.days_left == 0)
            key = f"{purpose.value}:{case.case_id}:{f.due_date.isoformat()}"
            try:
                with self.store.unit() as uow:
                    sms_id = self.sms.queue(uow, case, purpose, text, "system", dedupe_key=key)
            except SmsError:
                continue  # no phone: the list still shows the promise as due soon
            if sms_id:
                queued.append(sms_id)
        return queued

    def process_overdue(self) -> OverdueReport:
        """Mark every promise past its due date overdue (one transaction each) and apply the item's rule."""
        marked: list[str] = []
        to_revoke: list[str] = []
        sms_ids: list[str] = []
        for f in self.follow_ups():
            if f.kind is not FollowUpKind.COMMITMENT or f.days_left >= 0:
                continue
            case = self.load(f.case_id)
            c = case.commitment
            assert c is not None
            if c.status is CommitmentStatus.OPEN:
                try:
                    case.mark_commitment_overdue(self.window.actor, self.clock, self.calendar)
                except DomainError:
                    continue
                withheld = c.overdue_rule is OverdueRule.WITHHOLD
                text = overdue_text(self.window.center.name, case.case_no, c.missing_names(), c.due_date, withheld)
                with self.store.unit() as uow:
                    uow.save_case(case)
                    uow.save_commitment(case)
                    try:
                        sms_id = self.sms.queue(
                            uow, case, SmsPurpose.OVERDUE, text, "system", dedupe_key=f"overdue:{case.case_id}"
                        )
                    except SmsError:
                        sms_id = None
                if sms_id:
                    sms_ids.append(sms_id)
                marked.append(case.case_no)
            if c.overdue_rule is OverdueRule.REVOKE:
                to_revoke.append(case.case_id)
        return OverdueReport(tuple(marked), tuple(to_revoke), tuple(sms_ids))

    def revoke(self, case_id: str, reason: str = "") -> tuple[Case, RejectionNotice | None]:
        """撤销容缺受理 (the item's rule is REVOKE and the promise is overdue), with the written notice and an SMS."""
        case = self.load(case_id)
        c = case.commitment
        why = reason.strip() or (
            f"申请人未在承诺期限{c.due_date.isoformat()}前补齐{'、'.join(c.missing_names())}，依容缺受理承诺书撤销本次受理"
            if c is not None
            else ""
        )
        items = self._items(case)
        try:
            case.revoke(self.window.actor, self.clock, why)
            # the written notice is made before anything is saved: a center without a review body (《行政复议法》
            # art. 20) is told so, and the acceptance stands until the notice can be given
            notice = rejection_notice(case, items, self.window.center, self.today(), why) if items else None
        except (DomainError, ValueError) as error:
            raise CommitmentError(said(error)) from error
        with self.store.unit() as uow:
            uow.save_case(case)
            uow.save_commitment(case)
            with contextlib.suppress(SmsError):
                self.sms.queue(
                    uow,
                    case,
                    SmsPurpose.REVOKED,
                    revoked_text(self.window.center.name, case.case_no),
                    self.window.actor.clerk_id,
                )
        return case, notice

    # ------------------------------------------------------------------ delays

    def extension_limit(self, case_id: str) -> ExtensionLimit | None:
        """How far the case's promised date may be moved (None: no promised date, or no items in this catalog);
        ``latest`` is the default new date the delay form offers. A promised date already passed is refused in words
        (``delay`` refuses it too), so the form never offers a date gone by."""
        case = self.load(case_id)
        if case.promised_date is not None and case.promised_date < self.today():
            raise CommitmentError(
                Message(DEADLINE_PASSED, case_no=case.case_no, promised=case.promised_date.isoformat())
            )
        try:
            return extension_limit(case, self._items(case), self.calendar)
        except CalendarRangeError as error:
            raise CommitmentError(Message(EXTENSION_OUT_OF_CALENDAR, error=error)) from error

    def delay(
        self, case_id: str, new_date: date, reason: str, approved_by: str
    ) -> tuple[Case, DelayNotice | None, str | None]:
        """延期办理 (regulation 001, 限时办结制; 《行政许可法》 art. 42): the reason, who approved it, the new date
        within what the items allow, the printed notice and an SMS. Refused in words beyond the allowance."""
        case = self.load(case_id)
        original = case.promised_date
        if original is None:
            raise CommitmentError(Message(NO_PROMISED_DATE, case_no=case.case_no))
        if original < self.today():  # a deadline already passed is not extended after the fact (art. 42)
            raise CommitmentError(Message(DEADLINE_PASSED, case_no=case.case_no, promised=original.isoformat()))
        items = self._items(case)
        try:
            approver = check_approval(approved_by)
            limit = extension_limit(case, items, self.calendar)
            if limit is not None:
                limit.check(new_date)
        except DomainError as error:
            raise CommitmentError(said(error)) from error
        except CalendarRangeError as error:
            raise CommitmentError(Message(EXTENSION_OUT_OF_CALENDAR, error=error)) from error
        try:
            workday = self.calendar.is_workday(new_date)
        except CalendarRangeError as error:
            raise CommitmentError(
                Message(NEW_DATE_OUT_OF_CALENDAR, new_date=new_date.isoformat(), error=error)
            ) from error
        if not workday:
            provisional = Message(PROVISIONAL) if self.calendar.is_provisional(new_date) else ""
            raise CommitmentError(Message(NEW_DATE_NOT_WORKDAY, new_date=new_date.isoformat(), provisional=provisional))
        try:
            case.delay(self.window.actor, self.clock, new_date, reason, approver)
        except DomainError as error:
            raise CommitmentError(said(error)) from error
        sms_id: str | None = None
        with self.store.unit() as uow:
            uow.save_case(case)
            try:
                sms_id = self.sms.queue(
                    uow,
                    case,
                    SmsPurpose.DELAY,
                    delay_text(self.window.center.name, case.case_no, new_date, case.delay_reason),
                    self.window.actor.clerk_id,
                )
            except SmsError:
                sms_id = None
        notice = None
        if items:
            notice = delay_notice(
                case,
                items,
                self.window.center,
                self.today(),
                original,
                new_date,
                case.delay_reason,
                self.window.actor.clerk_name,
                approved_by=approver,
                legal_basis=limit.basis if limit is not None else items[0].extension_law,
                date_provisional=self.calendar.is_provisional(new_date),
            )
        return case, notice, sms_id

    def _items(self, case: Case) -> tuple[ServiceItem, ...]:
        out = []
        for code in case.item_codes:
            try:
                out.append(self.catalog.item(code))
            except KeyError:
                continue
        return tuple(out)
