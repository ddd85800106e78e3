"""综合窗口出件: the result window (regulation 002 三 (三); regulation 001, 统一窗口出件; regulation 000, Art. 27).

One-line operations for the UI: the results waiting (longest first), a case opened by a scanned barcode or a typed
case number / ID number, the SMS that the result is ready, and the hand-over at the window: the applicant by ID
number, or a proxy with an authorization, each signing for it. Each hand-over is ONE transaction (``hand_off``):
the case's ``case.handed_off`` event (to the outbox: 送达结果反馈), the ``handoffs`` row, the signature attachment
and the SMS; the EMS and locker hand-overs go through it too (``services.delivery``). A 容缺 case with its promise
open is refused, saying what is missing and since when. A second window handing off the same result learns it from
the center's ``conflict`` answer (``conflicts()``, ``services.handoff_conflicts``): locally it cannot know earlier.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from govdesk.domain.case import Agent, Applicant, Case, CaseState, HandoffMethod
from govdesk.domain.catalog import Catalog, ServiceItem
from govdesk.domain.clock import CST, Clock, minute_text
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.delivery import (
    same_id,
)
from govdesk.domain.events import Role
from govdesk.domain.identity import mask_id, mask_phone
from govdesk.domain.messages import CLAUSES, ENUMERATION, Message, join, said, translate
from govdesk.domain.notice_builders import pickup_receipt
from govdesk.domain.notices import DELIVERY_LABELS, PickupReceipt
from govdesk.domain.signatures import COLLECTION_RECEIPT, SignedOn, pad_image_path, signed_on
from govdesk.domain.sms import SmsPurpose, result_ready_text
from govdesk.domain.transitions import DomainError
from govdesk.printing.signing import KEY_FILE_NAME
from govdesk.services.changes import NOTHING, ChangeKind, Changes
from govdesk.services.errors import ServiceError
from govdesk.services.handoff_conflicts import HANDOFF_KIND, HandoffConflict, handoff_conflicts
from govdesk.services.intake import check_party_id
from govdesk.services.lookup import CaseFinder, CaseLookupError
from govdesk.services.roles import Operation, RoleRefused, require
from govdesk.services.sms import SmsError, SmsService
from govdesk.services.window import WindowContext
from govdesk.store.errors import translate as translate_store_error
from govdesk.store.sealed_files import SealedFiles
from govdesk.store.search import CaseSummary
from govdesk.store.store import Store
from govdesk.store.unit import Unit

NOT_FOUND_TEXT = translate(
    "HandoffService",
    "找不到办件“{text}”，请核对办件编号或证件号码",
    "services.handoff.not_found_text",
)
SEVERAL = translate("HandoffService", "“{text}”对应 {count} 个办件，请在列表中选择", "services.handoff.several")
NOT_FOUND_SHORT = translate("HandoffService", "找不到办件“{text}”", "services.handoff.not_found_short")
NOT_FOUND = translate("HandoffService", "找不到该办件", "services.handoff.not_found")
COMMITMENT_OPEN = translate(
    "HandoffService",
    "容缺受理：自 {since} 起尚缺 {missing}（承诺 {due_date} 前补齐{overdue}），"
    "补齐并办结承诺前不能出件（结果暂不发放）",
    "services.handoff.commitment_open",
)
ALREADY_HANDED = translate("HandoffService", "该办件已出件（{how}），不能重复出件", "services.handoff.already_handed")
NOT_ARRIVED = translate(
    "HandoffService",
    "该办件当前状态为“{state}”，结果尚未送达窗口",
    "services.handoff.not_arrived",
)
TRACKING_NOTE = translate("HandoffService", "邮件单号 {tracking_no}", "services.handoff.tracking_note")
CELL_NOTE = translate("HandoffService", "柜格 {cell}", "services.handoff.cell_note")
HANDED_AT = translate("HandoffService", "已于 {when} 出件（{how}）", "services.handoff.handed_at")
HANDED = translate("HandoffService", "已出件（{how}）", "services.handoff.handed")
COLLECTED_BY = translate("HandoffService", "领取人 {who}", "services.handoff.collected_by")
NOT_FOR_PICKUP = translate(
    "HandoffService",
    "该办件当前状态为“{state}”，不是待领取的结果",
    "services.handoff.not_for_pickup",
)
NO_APPLICANT_ID = translate(
    "HandoffService",
    "本窗口没有该办件申请人的证件号码（在其他窗口受理），请按他人代领核对并登记领取人证件",
    "services.handoff.no_applicant_id",
)
ID_MISMATCH = translate(
    "HandoffService",
    "证件号码 {given} 与申请人 {name} 的证件号码 {expected} 不符，不能以本人领取方式出件；如为他人代领，"
    "请选择“他人代领”并核对授权委托书",
    "services.handoff.id_mismatch",
)
NO_PROXY_NAME = translate("HandoffService", "请填写代领人姓名", "services.handoff.no_proxy_name")
PROXY_ID = translate("HandoffService", "代领人证件号码有误：{reason}", "services.handoff.proxy_id")
NO_AUTHORIZATION = translate(
    "HandoffService",
    "他人代领须出示申请人的授权委托书，请登记委托书",
    "services.handoff.no_authorization",
)
PROXY_IS_APPLICANT = translate(
    "HandoffService",
    "代领人证件号码与申请人相同，请选择“本人领取”",
    "services.handoff.proxy_is_applicant",
)
CANNOT_HAND_OVER = translate("HandoffService", "办件 {case_no} 不能出件：{why}", "services.handoff.cannot_hand_over")
NOT_SIGNED = translate("HandoffService", "领取人尚未签收：{error}", "services.handoff.not_signed")
NOT_HERE_VERDICT = translate(
    "HandoffService",
    "{verdict}；本机找不到办件 {case_no}，请核对或等待同步",
    "services.handoff.not_here_verdict",
)
NOT_HERE = translate("HandoffService", "本机找不到办件 {case_no}，请核对或等待同步", "services.handoff.not_here")
NO_PROXY = translate("HandoffService", "不能由他人代领：{problems}", "services.handoff.no_proxy")
EMPTY = translate("HandoffService", "（空）", "services.handoff.empty")
ALL_SUPPLIED = translate("HandoffService", "（材料已补齐，待办结承诺）", "services.handoff.all_supplied")
OVERDUE = translate("HandoffService", "，已逾期", "services.handoff.overdue")


class HandoffError(ServiceError):
    """The hand-over cannot be done as asked; Chinese, names what to fix. ``field`` says what it concerns, so the
    page shows it there: "signature", "blocked" (the case itself), "cell", or "" (the method's fields)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def refuse_unless_may_hand_over(window: WindowContext) -> None:
    """Only a role that may hand results over does (issue 12; the table is ``services.roles``)."""
    try:
        require(window, Operation.HAND_OVER)
    except RoleRefused as refused:
        raise HandoffError(said(refused)) from refused


@dataclass(frozen=True, slots=True)
class ReadyRow:
    case_id: str
    case_no: str
    applicant_name: str
    phone_masked: str
    item_codes: tuple[str, ...]
    ready_since: datetime
    item_names: str = ""  # the items' names, from this window's catalog (the code when unknown)
    result_name: str = ""  # what is handed over (营业执照 …)
    withheld: bool = False  # 容缺: the promise is still open, the result may not go yet


@dataclass(frozen=True, slots=True)
class HandoffResult:
    case: Case
    receipt: PickupReceipt | None  # 领取回执 to print (None when the items are unknown to this window's catalog)
    pickup_code: str = ""  # locker only
    signature_path: Path | None = None
    sms_id: str | None = None
    changes: Changes = NOTHING  # what the hand-over changed (the case, the hand-overs, an SMS queued)


@dataclass(frozen=True, slots=True)
class Opened:
    """A case opened from the scan box; ``verdict`` is the notice QR's check ("真实：…" / "签名不符：…") or ""."""

    case: Case
    verdict: str = ""
    authentic: bool | None = None


class HandoffService:
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        clock: Clock,
        window: WindowContext,
        sms: SmsService,
        data_dir: Path,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.window = window.as_role(Role.ISSUING)
        self.sms = sms
        self.data_dir = data_dir
        self.finder = CaseFinder(store, clock, data_dir / "keys" / KEY_FILE_NAME)

    def today(self) -> date:
        return self.clock.now().astimezone(CST).date()

    # ------------------------------------------------------------------ finding

    def ready_count(self) -> int:
        """How many results wait at this center's window (the list is fetched a page at a time)."""
        return self.store.ready_count()

    def ready(self, limit: int = 200, offset: int = 0) -> list[ReadyRow]:
        """Results ready to hand over, the one waiting longest first: ``limit`` of them from ``offset``."""
        out = []
        for r in self.store.ready_results(limit, offset):
            codes = tuple(c for c in r.item_codes.split(",") if c)
            items = {code: self._item(code) for code in codes}
            names = "、".join(it.name if it else code for code, it in items.items())
            result = r.result_name or "、".join(it.result_name for it in items.values() if it and it.result_name)
            out.append(
                ReadyRow(
                    r.case_id,
                    r.case_no,
                    r.applicant_name,
                    mask_phone(r.applicant_phone) if r.applicant_phone else "",
                    codes,
                    datetime.fromisoformat(r.ready_since),
                    names,
                    result,
                    r.commitment_status in (CommitmentStatus.OPEN.value, CommitmentStatus.OVERDUE.value),
                )
            )
        return out

    def _item(self, code: str) -> ServiceItem | None:
        try:
            return self.catalog.item(code)
        except KeyError:
            return None

    def lookup(self, text: str) -> list[CaseSummary]:
        """A scanned notice (its barcode or its QR), a case number typed in any form, an ID number, a phone or a
        name (``services.lookup``); ``HandoffError`` says why a wrong case number or QR names no case."""
        try:
            return self.finder.find(text).cases
        except CaseLookupError as exc:
            raise HandoffError(said(exc)) from None

    def open(self, text: str) -> Case:
        """The one case ``text`` names; ``HandoffError`` if none, or several (the clerk picks from ``lookup``)."""
        return self.open_scanned(text).case

    def open_scanned(self, text: str) -> Opened:
        """``open``, with the verdict on a scanned notice QR's signature."""
        try:
            lookup = self.finder.find(text)
        except CaseLookupError as exc:
            raise HandoffError(said(exc)) from None
        found = lookup.cases
        verdict = lookup.verdict
        if not found:
            if lookup.code is not None:
                raise HandoffError(
                    Message(NOT_HERE_VERDICT, verdict=verdict.message, case_no=lookup.code.case_no)
                    if verdict is not None
                    else lookup.elsewhere or Message(NOT_HERE, case_no=lookup.code.case_no)
                )
            raise HandoffError(Message(NOT_FOUND_TEXT, text=text.strip()))
        if len(found) > 1:
            ready = [s for s in found if s.state == CaseState.RESULT_READY.value]
            if len(ready) != 1:
                raise HandoffError(Message(SEVERAL, text=text.strip(), count=len(found)))
            found = ready
        case = self.store.load_case(found[0].case_id)
        if case is None:  # pragma: no cover - the row was there a moment ago
            raise HandoffError(Message(NOT_FOUND_SHORT, text=text.strip()))
        if verdict is None:
            return Opened(case)
        return Opened(case, verdict.message, verdict.ok)

    def load(self, case_id: str) -> Case:
        case = self.store.load_case(case_id)
        if case is None:
            raise HandoffError(Message(NOT_FOUND))
        return case

    def blocked_reason(self, case: Case) -> str:
        """Why the result cannot be handed over now ("" when it can): the state, or an open 容缺 promise."""
        c = case.commitment
        if c is not None and c.status is not CommitmentStatus.FULFILLED:
            since = c.signed_at.astimezone(CST).date().isoformat()
            missing = join(c.missing_names(), ENUMERATION) or Message(ALL_SUPPLIED)
            overdue = Message(OVERDUE) if c.status is CommitmentStatus.OVERDUE else ""
            return Message(
                COMMITMENT_OPEN, since=since, missing=missing, due_date=c.due_date.isoformat(), overdue=overdue
            )
        if case.state is not CaseState.RESULT_READY:
            if case.state in (CaseState.HANDED_OFF, CaseState.CLOSED):
                how = DELIVERY_LABELS.get(case.handoff_method, case.handoff_method)
                return Message(ALREADY_HANDED, how=how)
            return Message(NOT_ARRIVED, state=case.state_label)
        return ""

    def handed_off_note(self, case: Case) -> str:
        """How and when the result went ("" when it has not): shown on the case after the hand-over."""
        if case.state not in (CaseState.HANDED_OFF, CaseState.CLOSED):
            return ""
        how = DELIVERY_LABELS.get(case.handoff_method, case.handoff_method)
        event = next((e for e in reversed(case.events) if e.kind == HANDOFF_KIND), None)
        when = minute_text(event.occurred_at) if event else ""
        d = case.handoff_details
        who = d.get("collector_name") or d.get("recipient") or ""
        extra = {
            "ems": Message(TRACKING_NOTE, tracking_no=d.get("tracking_no", "")),
            "locker": Message(CELL_NOTE, cell=d.get("cell", "")),
        }
        parts = [Message(HANDED_AT, when=when, how=how) if when else Message(HANDED, how=how)]
        if who:
            parts.append(Message(COLLECTED_BY, who=who))
        if case.handoff_method in extra:
            parts.append(extra[case.handoff_method])
        return join(parts, CLAUSES)

    def items_of(self, case: Case) -> tuple[ServiceItem, ...]:
        out = []
        for code in case.item_codes:
            try:
                out.append(self.catalog.item(code))
            except KeyError:
                continue
        return tuple(out)

    # ------------------------------------------------------------------ notifying

    def notify_ready(self, case_id: str) -> str:
        """SMS: the result is ready to collect (queued; sent through the center). Returns the message id."""
        case = self.load(case_id)
        if case.state is not CaseState.RESULT_READY:
            raise HandoffError(Message(NOT_FOR_PICKUP, state=case.state_label))
        items = self.items_of(case)
        result = case.result_name or "、".join(it.result_name for it in items if it.result_name)
        center = self.window.center
        text = result_ready_text(center.name, case.case_no, result, center.phone)
        try:
            with self.store.unit() as uow:
                sms_id = self.sms.queue(uow, case, SmsPurpose.RESULT_READY, text, self.window.actor.clerk_id)
        except SmsError as error:
            raise HandoffError(said(error)) from error
        assert sms_id is not None
        return sms_id

    # ------------------------------------------------------------------ handing over

    def hand_over_window(
        self, case_id: str, id_number: str, signature_png: bytes | None = None, signed_on_paper: bool = False
    ) -> HandoffResult:
        """The applicant collects in person: the ID number shown must be the applicant's, and they sign for it on
        the pad (``signature_png``, printed on the 领取回执) or on the printed receipt (``signed_on_paper``)."""
        case = self.ready_case(case_id)
        a = _collecting_applicant(case, id_number)
        how = _signed(a.name, signature_png, signed_on_paper)
        details = {"collector_name": a.name, "collector_id": mask_id(a.id_number), "signed_on": how.value}
        return self.hand_off(case, HandoffMethod.WINDOW, details, a, _pad(how, signature_png))

    def check_collector(self, case_id: str, id_number: str) -> None:
        """The ID number shown at the window is the applicant's (the check ``hand_over_window`` makes, said as soon as
        the card is read, before the signature); raises ``HandoffError`` in words when it is not."""
        _collecting_applicant(self.ready_case(case_id), id_number)

    def hand_over_proxy(
        self, case_id: str, proxy: Agent, signature_png: bytes | None = None, signed_on_paper: bool = False
    ) -> HandoffResult:
        """Someone else collects with an authorization (授权委托书): their ID is checked and recorded, and they
        sign for it on the pad or on the printed receipt."""
        case = self.ready_case(case_id)
        problems = []
        if not proxy.name.strip():
            problems.append(Message(NO_PROXY_NAME))
        result = check_party_id(proxy.id_type, proxy.id_number, self.today())
        if not result.valid:
            problems.append(Message(PROXY_ID, reason=result.reason))
        if not proxy.authorization.strip():
            problems.append(Message(NO_AUTHORIZATION))
        if same_id(proxy.id_number, case.applicant.id_number):
            problems.append(Message(PROXY_IS_APPLICANT))
        if problems:
            raise HandoffError(Message(NO_PROXY, problems=join(problems)))
        how = _signed(proxy.name, signature_png, signed_on_paper)
        details = {
            "signed_on": how.value,
            "collector_name": proxy.name.strip(),
            "collector_id": mask_id(proxy.id_number),
            "collector_id_type": proxy.id_type,
            "authorization": proxy.authorization.strip(),
        }
        private = {"collector_id_number": proxy.id_number.strip().upper()}
        return self.hand_off(case, HandoffMethod.PROXY, details, proxy, _pad(how, signature_png), private)

    # ------------------------------------------------------------------ the center's answer

    def conflicts(self) -> list[HandoffConflict]:
        """Hand-overs the center did not take because another window handed the result off first."""
        return handoff_conflicts(self.store)

    # ------------------------------------------------------------------ the hand-over (every method's)

    def ready_case(self, case_id: str) -> Case:
        """The case to hand over, when this clerk may and its result may go now; ``HandoffError`` otherwise."""
        refuse_unless_may_hand_over(self.window)  # before anything is checked or written
        case = self.load(case_id)
        why = self.blocked_reason(case)
        if why:
            raise HandoffError(Message(CANNOT_HAND_OVER, case_no=case.case_no, why=why), field="blocked")
        return case

    def hand_off(
        self,
        case: Case,
        method: HandoffMethod,
        details: dict[str, str],
        collector: Any,
        signature_png: bytes | None,
        private: dict[str, str] | None = None,
        sms: tuple[SmsPurpose, str] | None = None,
    ) -> HandoffResult:
        """Hand ``case``'s result over by ``method`` in ONE unit of work (see the module docstring); ``private``
        is kept in the ``handoffs`` row only, ``sms`` is queued with it."""
        refuse_unless_may_hand_over(self.window)
        actor = self.window.actor
        handoff_id = str(uuid.uuid4())
        signature_path: Path | None = None
        relative = ""
        if signature_png:
            relative = pad_image_path(case.case_no, handoff_id)
            signature_path = self.data_dir / relative
            try:  # sealed with the store's files' key (``store.sealed_files``): the pad's image is personal
                SealedFiles.for_store(self.store).write(signature_path, signature_png)
            except OSError as error:
                raise translate_store_error(error) from error
            details = {**details, "signature": relative}
        kinds = {ChangeKind.CASES, ChangeKind.HANDOFFS}
        sms_id = None
        try:
            with self.store.unit() as uow:
                # loaded again inside the unit that saves it: what was checked is what is handed over
                case = self.load_in(uow, case.case_id)
                if why := self.blocked_reason(case):
                    raise HandoffError(Message(CANNOT_HAND_OVER, case_no=case.case_no, why=why), field="blocked")
                try:
                    case.hand_off(actor, self.clock, method, details)
                except DomainError as error:
                    raise HandoffError(said(error)) from error
                uow.save_case(case)
                uow.add_handoff(
                    handoff_id, _with_details(case, {**case.handoff_details, **(private or {})}), actor.clerk_id
                )
                if signature_path is not None and signature_png is not None:
                    uow.add_attachment(case.case_id, "signature", relative, hashlib.sha256(signature_png).hexdigest())
                    kinds.add(ChangeKind.ATTACHMENTS)
                if sms is not None:
                    sms_id = self.sms.queue(uow, case, sms[0], sms[1], actor.clerk_id)
                    kinds.add(ChangeKind.SMS)
        except (HandoffError, SmsError) as error:
            if signature_path is not None:
                signature_path.unlink(missing_ok=True)
            if isinstance(error, HandoffError):
                raise
            raise HandoffError(said(error)) from error
        except BaseException:
            if signature_path is not None:
                signature_path.unlink(missing_ok=True)
            raise
        items = self.items_of(case)
        receipt = None
        if items:
            shown = {HandoffMethod.EMS: details.get("tracking_no", ""), HandoffMethod.LOCKER: details.get("cell", "")}
            extra = shown.get(method, "")
            label = {HandoffMethod.EMS: "邮件单号 ", HandoffMethod.LOCKER: "柜格 "}.get(method, "")
            receipt = pickup_receipt(
                case,
                items,
                self.window.center,
                self.today(),
                method.value,
                collector,
                f"{label}{extra}" if extra else "",
                actor.clerk_name,
            )
            if relative:  # the collector's signature is printed on the receipt (named relative to the data folder)
                receipt = replace(receipt, signature_image=relative)
        changes = Changes.of(*kinds, cases=(case.case_id,))
        return HandoffResult(case, receipt, "", signature_path, sms_id, changes)

    def load_in(self, uow: Unit, case_id: str) -> Case:
        """The case as ``uow`` sees it; ``HandoffError`` when there is none."""
        case = uow.load_case(case_id)
        if case is None:
            raise HandoffError(Message(NOT_FOUND))
        return case


def _with_details(case: Case, details: dict[str, str]) -> Case:
    return replace(case, handoff_details=details)


def _collecting_applicant(case: Case, id_number: str) -> Applicant:
    """The applicant, when ``id_number`` is theirs (本人领取); a refusal in words otherwise."""
    a = case.applicant
    if not a.id_number.strip():
        raise HandoffError(Message(NO_APPLICANT_ID))
    if not same_id(id_number, a.id_number):
        raise HandoffError(
            Message(
                ID_MISMATCH,
                given=mask_id(id_number.strip()) or Message(EMPTY),
                name=a.name,
                expected=mask_id(a.id_number),
            )
        )
    return a


def _signed(collector: str, signature_png: bytes | None, on_paper: bool) -> SignedOn:
    """How the collector signed for the result (交接签收); ``HandoffError`` when they did not."""
    try:
        return signed_on(collector, COLLECTION_RECEIPT, pad_image=signature_png, paper_confirmed=on_paper)
    except ValueError as error:
        raise HandoffError(Message(NOT_SIGNED, error=error), field="signature") from None


def _pad(how: SignedOn, signature_png: bytes | None) -> bytes | None:
    return signature_png if how is SignedOn.PAD else None
