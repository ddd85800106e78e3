"""邮寄、自助柜出件与送达记录: the result by EMS or into a self-service locker, and what is recorded after it
(regulation 002 三 (三): 委托邮政窗口寄件送达, 自助存取文件柜; regulation 001, 证照寄送制).

EMS takes a complete address and a tracking number with its S10 check digit, and the applicant gets the number by
SMS; a locker takes its cell, and the applicant gets a pickup code by SMS. Both go through the window's one
hand-over transaction (``HandoffService.hand_off``). Afterwards: the post office's report that the item was
delivered (送达结果反馈), the applicant's pickup from the locker, the locker's pickup code, and the day's mailing
list for the post office window.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date

from govdesk.domain.case import Agent, Case, HandoffMethod
from govdesk.domain.delivery import MailAddress, address_problems, normalize_tracking_no, tracking_no_problem
from govdesk.domain.messages import Message, join, said, translate
from govdesk.domain.sms import SmsPurpose, locker_text, mailed_text
from govdesk.domain.transitions import DomainError
from govdesk.services.handoff import HandoffError, HandoffResult, HandoffService
from govdesk.services.window import WindowContext

NO_CELL = translate("HandoffService", "请填写柜格号（柜门上的编号，例如 A12）", "services.handoff.no_cell")
NO_PHONE = translate(
    "HandoffService",
    "申请人没有登记手机号码，取件码无法短信告知，请改为窗口领取或邮寄",
    "services.handoff.no_phone",
)
NO_POST = translate("HandoffService", "不能邮寄：{problems}", "services.handoff.no_post")


@dataclass(frozen=True, slots=True)
class MailingRow:
    """One line of the post office's mailing list (regulation 002 三 (三): 委托邮政窗口寄件送达)."""

    case_no: str
    tracking_no: str
    recipient: str
    phone: str
    address: str
    postcode: str
    result_name: str
    delivered_on: str


class DeliveryService:
    """The EMS and locker hand-overs and their records, for the window whose hand-overs ``handoff`` does (its
    clerk, as logged in now, is the actor)."""

    def __init__(self, handoff: HandoffService) -> None:
        self.handoff = handoff
        self.store = handoff.store
        self.clock = handoff.clock

    @property
    def window(self) -> WindowContext:
        return self.handoff.window  # ``Runtime.set_clerk`` changes the hand-over's clerk: this follows it

    def mail(self, case_id: str, address: MailAddress, tracking_no: str) -> HandoffResult:
        """EMS (regulation 001, 证照寄送制): a complete address and a valid tracking number; an SMS with the number."""
        case = self.handoff.ready_case(case_id)
        problems = list(address_problems(address))
        if why := tracking_no_problem(tracking_no):
            problems.append(why)
        if problems:
            raise HandoffError(Message(NO_POST, problems=join(problems)))
        number = normalize_tracking_no(tracking_no)
        details = {
            "tracking_no": number,
            "recipient": address.recipient.strip(),
            "address": address.one_line(),
            "mailed_on": self.handoff.today().isoformat(),
        }
        private = {"address": json.dumps(address.to_json(), ensure_ascii=False)}
        collector = Agent(name=address.recipient.strip(), id_type="", id_number="", phone=address.phone)
        text = mailed_text(self.window.center.name, case.case_no, number)
        sms = (SmsPurpose.MAILED, text) if case.applicant.phone.strip() else None  # a courtesy: no phone, no SMS
        return self.handoff.hand_off(case, HandoffMethod.EMS, details, collector, None, private, sms)

    def put_in_locker(self, case_id: str, cell: str) -> HandoffResult:
        """Self-service locker (regulation 002 三 (三): 自助存取文件柜): the cell, and a pickup code by SMS."""
        case = self.handoff.ready_case(case_id)
        cell = cell.strip().upper()
        if not cell:
            raise HandoffError(Message(NO_CELL), field="cell")
        if not case.applicant.phone.strip():
            raise HandoffError(Message(NO_PHONE))
        code = f"{secrets.randbelow(10**6):06d}"
        details = {"cell": cell, "pickup_code_sent": "sms"}
        text = locker_text(self.window.center.name, case.case_no, cell, code)
        result = self.handoff.hand_off(
            case, HandoffMethod.LOCKER, details, case.applicant, None, {"pickup_code": code}, (SmsPurpose.LOCKER, text)
        )
        return HandoffResult(result.case, result.receipt, code, None, result.sms_id, result.changes)

    def confirm_delivery(self, case_id: str, delivered_on: date, note: str = "") -> Case:
        """EMS: the post office reports the item delivered (送达结果反馈); one unit of work."""
        with self.store.unit() as uow:
            case = self.handoff.load_in(uow, case_id)
            try:
                case.confirm_delivery(self.window.actor, self.clock, delivered_on, note)
            except DomainError as error:
                raise HandoffError(said(error)) from error
            uow.save_case(case)
        return case

    def record_locker_pickup(self, case_id: str) -> Case:
        """The applicant took the result out of the locker; one unit of work."""
        with self.store.unit() as uow:
            case = self.handoff.load_in(uow, case_id)
            try:
                case.record_locker_pickup(self.window.actor, self.clock)
            except DomainError as error:
                raise HandoffError(said(error)) from error
            uow.save_case(case)
        return case

    def locker_code(self, case_id: str) -> str:
        """The pickup code of a result put in a locker ("" otherwise), for the clerk to tell the applicant."""
        for record in self.store.handoff_records(case_id=case_id, method=HandoffMethod.LOCKER.value):
            return str(record.details.get("pickup_code", ""))
        return ""

    def mailing_list(self, day: date) -> list[MailingRow]:
        """Items mailed on ``day``, for the post office window."""
        out = []
        for record in self.store.handoff_records(method=HandoffMethod.EMS.value):
            case_id, details = record.case_id, record.details
            if details.get("mailed_on") != day.isoformat():
                continue
            case = self.store.load_case(case_id)
            if case is None:
                continue
            address = MailAddress.from_json(json.loads(details.get("address", "{}")))
            out.append(
                MailingRow(
                    case.case_no,
                    details.get("tracking_no", ""),
                    address.recipient,
                    address.phone,
                    address.one_line(),
                    address.postcode,
                    case.result_name,
                    case.handoff_details.get("delivered_on", ""),
                )
            )
        return sorted(out, key=lambda r: r.tracking_no)
