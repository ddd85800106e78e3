"""What happens to a result after it left the window, recorded on the case (events that keep its state): the post
office reports an EMS item delivered (送达结果反馈; regulation 001, 证照寄送制), the applicant takes the result out
of the self-service locker (regulation 002 三 (三): 自助存取文件柜). Reached through ``Case.confirm_delivery`` and
``Case.record_locker_pickup``; each refuses (``DomainError``) what does not fit the way the result went."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from govdesk.domain.case_records import append_record
from govdesk.domain.clock import CST
from govdesk.domain.delivery import HandoffMethod
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, JSONValue
from govdesk.domain.messages import Message, translate
from govdesk.domain.transitions import DomainError

NOT_MAILED = translate("Delivery", "该办件不是邮寄出件", "delivery.not_mailed")
ALREADY_DELIVERED = translate("Delivery", "该邮件已确认送达", "delivery.already_delivered")
DELIVERED_IN_FUTURE = translate(
    "Delivery",
    "送达日期 {delivered_on} 晚于今天（{today}），请按邮件回执填写",
    "delivery.delivered_in_future",
)
DELIVERED_BEFORE_MAILING = translate(
    "Delivery",
    "送达日期 {delivered_on} 早于寄出日期（{mailed_on}），请核对",
    "delivery.delivered_before_mailing",
)
NOT_IN_LOCKER = translate("Delivery", "该办件不是存入智能柜的出件", "delivery.not_in_locker")
ALREADY_COLLECTED = translate("Delivery", "已登记过取件", "delivery.already_collected")

if TYPE_CHECKING:
    from govdesk.domain.case import Case


def confirm_delivery(case: Case, actor: Actor, at: datetime, delivered_on: date, note: str = "") -> DomainEvent:
    if case.handoff_method != HandoffMethod.EMS.value:
        raise DomainError(Message(NOT_MAILED))
    if any(e.kind == EventKind.DELIVERY_CONFIRMED for e in case.events):
        raise DomainError(Message(ALREADY_DELIVERED))
    today = at.astimezone(CST).date()
    if delivered_on > today:
        raise DomainError(Message(DELIVERED_IN_FUTURE, delivered_on=delivered_on.isoformat(), today=today.isoformat()))
    mailed = [e.occurred_at.astimezone(CST).date() for e in case.events if e.kind == EventKind.HANDED_OFF]
    if mailed and delivered_on < mailed[-1]:
        raise DomainError(
            Message(DELIVERED_BEFORE_MAILING, delivered_on=delivered_on.isoformat(), mailed_on=mailed[-1].isoformat())
        )
    payload: dict[str, JSONValue] = {
        "tracking_no": case.handoff_details.get("tracking_no", ""),
        "delivered_on": delivered_on.isoformat(),
        "note": note.strip(),
    }
    case.handoff_details = {**case.handoff_details, "delivered_on": delivered_on.isoformat()}
    return append_record(case, EventKind.DELIVERY_CONFIRMED, actor, at, payload)


def record_locker_pickup(case: Case, actor: Actor, at: datetime) -> DomainEvent:
    if case.handoff_method != HandoffMethod.LOCKER.value:
        raise DomainError(Message(NOT_IN_LOCKER))
    if any(e.kind == EventKind.LOCKER_COLLECTED for e in case.events):
        raise DomainError(Message(ALREADY_COLLECTED))
    case.handoff_details = {**case.handoff_details, "collected_at": at.isoformat()}
    return append_record(case, EventKind.LOCKER_COLLECTED, actor, at, {"cell": case.handoff_details.get("cell", "")})
