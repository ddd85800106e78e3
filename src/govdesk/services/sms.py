"""SMS to applicants: queued in the local database with the action that caused it, sent through the central server's
gateway (``POST /api/v1/sms``) when the line is up (regulation 002 三 (三): "由系统自动发送短信通知办件人").

Queuing never needs the network: a township window offline for days keeps its messages "queued" and they go out when
the line returns. Each message's id is the ``request_id`` sent to the center, so a retry after a lost answer never
sends twice. The phone is shown masked everywhere on screen (``SmsView.phone_masked``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from govdesk.domain.case import Case
from govdesk.domain.clock import CST, Clock
from govdesk.domain.identity import IdKind, check, mask_phone
from govdesk.domain.messages import Message, translate
from govdesk.domain.sms import PURPOSE_LABELS, SmsPurpose
from govdesk.protocol import SmsRequest, SmsResponse
from govdesk.services.errors import ServiceError
from govdesk.store.handoffs import SmsRecord
from govdesk.store.store import Store
from govdesk.store.unit import Unit
from govdesk.sync.errors import BadResponse, RequestRefused, SyncError

NO_PHONE = translate(
    "SmsService",
    "办件 {case_no} 的申请人没有登记手机号码，无法发送短信，请电话或当面告知",
    "services.sms.no_phone",
)
BAD_PHONE = translate("SmsService", "申请人手机号码 {phone} 不是有效的手机号码，无法发送短信", "services.sms.bad_phone")
NOT_FOUND = translate("SmsService", "找不到这条短信", "services.sms.not_found")

STATUS_LABELS = {
    "queued": Message(translate("SmsStatus", "待发送", "services.sms.status.queued")),
    "sent": Message(translate("SmsStatus", "已发送", "services.sms.status.sent")),
    "failed": Message(translate("SmsStatus", "发送失败", "services.sms.status.failed")),
}
#: Why a supervisor's reminder an older version queued here is never sent (the center refused them all: a number the
#: window named, a free text): a reminder now goes at once through the center (``SupervisionService.remind_clerk``).
OLD_REMINDER = translate(
    "SmsService",
    "监督催办短信已改为经中心服务器即时发送，本机排队的旧催办短信不再发送，请在现场监督页面重新催办",
    "services.sms.old_reminder",
)


class SmsError(ServiceError):
    """The message cannot be queued (no phone, a wrong number); Chinese, for the clerk."""


@dataclass(frozen=True, slots=True)
class SmsView:
    """One message as the history list shows it."""

    sms_id: str
    purpose_label: str
    phone_masked: str
    text: str
    status_label: str
    created_at: str
    sent_at: str | None
    error: str

    @classmethod
    def of(cls, r: SmsRecord) -> SmsView:
        try:
            label = PURPOSE_LABELS[SmsPurpose(r.purpose)]
        except ValueError:
            label = r.purpose
        return cls(
            r.sms_id,
            label,
            mask_phone(r.phone),
            r.text,
            STATUS_LABELS.get(r.status, r.status),
            r.created_at,
            r.sent_at,
            r.error,
        )


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    failed: int
    left: int  # still queued (the line dropped mid-way)


class SmsService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def queue(
        self, uow: Unit, case: Case, purpose: SmsPurpose, text: str, by: str, dedupe_key: str | None = None
    ) -> str | None:
        """Queue one message in the caller's unit of work; its id, or None when ``dedupe_key`` was queued before."""
        phone = case.applicant.phone.strip()
        if not phone:
            raise SmsError(Message(NO_PHONE, case_no=case.case_no))
        if not check(phone, IdKind.MOBILE, self.clock.now().astimezone(CST).date()).valid:
            raise SmsError(Message(BAD_PHONE, phone=mask_phone(phone)))
        sms_id = str(uuid.uuid4())
        added = uow.add_sms(
            {
                "sms_id": sms_id,
                "case_id": case.case_id,
                "purpose": purpose.value,
                "phone": phone,
                "text": text,
                "status": "queued",
                "created_at": self.store.now_text(),
                "by": by,
                "error": "",
                "message_id": "",
                "dedupe_key": dedupe_key,
            },
        )
        return sms_id if added else None

    def resend(self, sms_id: str, by: str) -> str:
        """Queue the same text again (a new message with its own id: the first one stays in the history)."""
        with self.store.unit() as uow:
            old = uow.get_sms(sms_id)
            if old is None:
                raise SmsError(Message(NOT_FOUND))
            new_id = str(uuid.uuid4())
            uow.add_sms(
                {
                    "sms_id": new_id,
                    "case_id": old.case_id,
                    "purpose": old.purpose,
                    "phone": old.phone,
                    "text": old.text,
                    "status": "queued",
                    "created_at": self.store.now_text(),
                    "by": by,
                    "error": "",
                    "message_id": "",
                    "dedupe_key": None,
                },
            )
        return new_id

    def history(self, case_id: str) -> list[SmsView]:
        return [SmsView.of(r) for r in self.store.sms_of(case_id)]

    def records(self, case_id: str) -> list[SmsRecord]:
        return self.store.sms_of(case_id)

    def queued_count(self) -> int:
        return self.store.count_sms("queued")

    def send_queued(self, send: Callable[[SmsRequest], SmsResponse], limit: int = 100) -> SendReport:
        """Send queued messages through ``send`` (``SyncClient.sms``): blocking, run it in the sync executor.

        A network failure stops the round and leaves the rest queued; a gateway refusal marks that one failed."""
        queued = self.store.sms_by_status("queued", limit)
        sent = failed = 0
        for i, r in enumerate(queued):
            if r.purpose == SmsPurpose.SUPERVISION_REMINDER:  # queued by an older version: the center refuses them
                with self.store.unit() as uow:
                    uow.mark_sms(r.sms_id, "failed", Message(OLD_REMINDER))
                failed += 1
                continue
            try:
                answer = send(SmsRequest(request_id=r.sms_id, phone=r.phone, text=r.text[:500], case_id=r.case_id))
                status = "sent" if answer.status == "sent" else "failed"
                error, message_id = answer.error, answer.message_id
            except (RequestRefused, BadResponse) as refused:
                status, error, message_id = "failed", str(refused), ""
            except SyncError:  # the line dropped: the rest waits for the next round
                return SendReport(sent, failed, len(queued) - i)
            with self.store.unit() as uow:
                uow.mark_sms(r.sms_id, status, error, message_id)
            sent += status == "sent"
            failed += status == "failed"
        return SendReport(sent, failed, 0)
