"""SMS sent through the server: only the hall's own texts, about a case of the sender's center, to that case's phone,
at a bounded rate (issue 12: any role could send any text to any number).

The texts are those of ``govdesk.domain.sms`` (regulation 002 三 (三): the applicant is told by SMS when a result is
ready; regulation 001 限时办结制: a delay is told beforehand). Each template is turned into a pattern by rendering it
with marker values, so the server accepts exactly what the windows' templates make and cannot drift from them: the
case number must be the case's own, the other values short plain text with no link. The phone must be the one the
applicant gave at intake (the case's ``case.drafted`` event, as the center stored it): the server never texts a number
a window names for the occasion. Every message is recorded (``sms_messages``: who, when, which case) and counted for
the rate limits (regulation 000 Art. 20 留痕; Art. 32 个人信息保护: no bulk texting of applicants).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.db import CaseRow, SmsRow, StoredEvent
from govdesk.central.errors import ApiError
from govdesk.central.sms import SmsError
from govdesk.domain import sms as texts
from govdesk.domain.messages import Message
from govdesk.domain.transitions import CREATED_KIND
from govdesk.protocol import SmsRequest, SmsResponse, refusals

MOBILE = re.compile(r"^1[3-9]\d{9}$")
#: Roles that tell applicants about their cases: the windows, and the back office (result ready).
SMS_ROLES = frozenset({"intake", "issuing", "back_office"})
#: At most this many messages about one case in a day (a result-ready notice, a locker code, reminders, a resend).
PER_CASE_PER_DAY = 6
#: At most this many messages by one user in an hour (a busy result window sends a few dozen).
PER_SENDER_PER_HOUR = 60

_CENTER, _CASE_NO, _FREE, _DATE = "\x01C\x01", "\x01N\x01", "\x01F\x01", date(1901, 2, 3)
_LINK = re.compile(r"https?:|://|www\.|\.(?:com|cn|net|top|xyz)\b", re.IGNORECASE)


@cache
def _templates() -> tuple[str, ...]:
    """Every text ``govdesk.domain.sms`` can make, rendered with markers (every variant of its flags)."""
    f, c, n = _FREE, _CENTER, _CASE_NO
    made = [
        texts.result_ready_text(c, n, f, f),
        texts.result_ready_text(c, n, f, ""),
        texts.result_ready_text(c, n, "", ""),
        texts.result_ready_text(c, n, "", f),
        texts.locker_text(c, n, f, f),
        texts.mailed_text(c, n, f),
        texts.revoked_text(c, n),
        texts.delay_text(c, n, _DATE, f),
        texts.deadline_moved_text(c, n, _DATE, _DATE),  # a promised date the official holidays moved (issue 10)
        texts.correction_text(c, n, (f,)),  # the back office's 补正 (central/steps.py), resent by a window
    ]
    for flag in (True, False):
        made.append(texts.reminder_text(c, n, (f,), _DATE, flag))
        made.append(texts.overdue_text(c, n, (f,), _DATE, flag))
    return tuple(made)


def _pattern(template: str, case_no: str) -> re.Pattern[str]:
    day = f"{_DATE.year}年{_DATE.month}月{_DATE.day}日"
    text = re.escape(template)
    for marker, regex in (
        (re.escape(_CENTER), r"[^【】\s]{1,40}"),
        (re.escape(_CASE_NO), re.escape(case_no)),
        (re.escape(_FREE), r"[^【】\r\n]{1,80}"),
        (re.escape(day), r"\d{4}年\d{1,2}月\d{1,2}日"),
    ):
        text = text.replace(marker, regex)
    return re.compile(text)


def is_template_text(text: str, case_no: str) -> bool:
    """Whether ``text`` is one of the hall's SMS texts about the case numbered ``case_no``, with no link in it."""
    if not case_no or _LINK.search(text):
        return False
    return any(_pattern(t, case_no).fullmatch(text) for t in _templates())


def _case_phone(session: Session, case_id: str) -> str:
    """The applicant's phone as given at intake (the case's creating event at the center), "" when none."""
    doc = session.scalar(
        select(StoredEvent.document).where(
            StoredEvent.case_id == case_id, StoredEvent.kind == CREATED_KIND, StoredEvent.status == "applied"
        )
    )
    applicant = ((doc or {}).get("payload") or {}).get("applicant") if isinstance(doc, dict) else None
    phone = applicant.get("phone") if isinstance(applicant, dict) else None
    return phone.strip() if isinstance(phone, str) else ""


def _check(session: Session, who: Principal, request: SmsRequest, now: datetime) -> None:
    if who.role not in SMS_ROLES:
        raise ApiError(403, "forbidden_role", Message(refusals.SMS_SEND_FORBIDDEN_ROLE))
    if not MOBILE.match(request.phone):
        raise ApiError(422, "bad_phone", Message(refusals.BAD_PHONE, phone=request.phone))
    case = session.get(CaseRow, request.case_id) if request.case_id else None
    if case is None or case.center_code != who.center_code:
        raise ApiError(404, "unknown_case", Message(refusals.SMS_SEND_UNKNOWN_CASE))
    if request.phone != _case_phone(session, case.case_id):
        raise ApiError(422, "not_case_phone", Message(refusals.NOT_CASE_PHONE))
    if not is_template_text(request.text, case.case_no):
        raise ApiError(422, "not_template", Message(refusals.NOT_TEMPLATE, case_no=case.case_no))
    check_rates(session, who.username, case.case_id, now)


def check_rates(session: Session, sender: str, case_id: str, now: datetime) -> None:
    """The per-case and per-sender limits every message through the server counts in (applicants' notices and
    supervisors' reminders alike)."""
    per_case = session.scalar(
        select(func.count()).where(SmsRow.case_id == case_id, SmsRow.created_at > now - timedelta(days=1))
    )
    if (per_case or 0) >= PER_CASE_PER_DAY:
        raise ApiError(429, "sms_rate_case", Message(refusals.SMS_RATE_CASE, per_case_per_day=PER_CASE_PER_DAY))
    per_sender = session.scalar(
        select(func.count()).where(SmsRow.sent_by == sender, SmsRow.created_at > now - timedelta(hours=1))
    )
    if (per_sender or 0) >= PER_SENDER_PER_HOUR:
        raise ApiError(
            429, "sms_rate_sender", Message(refusals.SMS_RATE_SENDER, per_sender_per_hour=PER_SENDER_PER_HOUR)
        )


def record_and_send(
    central: Central,
    session: Session,
    who: Principal,
    request_id: str,
    case_id: str | None,
    phone: str,
    text: str,
    now: datetime,
) -> SmsRow:
    """Record the message (留痕: who, when, which case; it counts in the limits), then hand it to the gateway; the row
    says whether it went. The caller has checked everything."""
    row = SmsRow(
        request_id=request_id,
        center_code=who.center_code,
        case_id=case_id,
        phone=phone,
        text=text,
        status="queued",
        message_id="",
        error="",
        sent_by=who.username,
        created_at=now,
    )
    session.add(row)
    session.flush()
    try:
        row.message_id = central.sms.send(phone, text)
        row.status = "sent"
    except SmsError as exc:
        row.status = "failed"
        row.error = str(exc) or "短信网关发送失败"
    return row


def send_sms(central: Central, session: Session, who: Principal, request: SmsRequest) -> SmsResponse:
    """Check, record, then send; a retry with the same request_id answers the first result and sends nothing."""
    existing = session.scalars(select(SmsRow).where(SmsRow.request_id == request.request_id)).one_or_none()
    if existing is not None and existing.center_code != who.center_code:
        raise ApiError(409, "request_id_taken", Message(refusals.REQUEST_ID_TAKEN))
    if existing is None:
        now = central.now()
        _check(session, who, request, now)
        existing = record_and_send(
            central, session, who, request.request_id, request.case_id, request.phone, request.text, now
        )
    return SmsResponse(
        sms_id=existing.id,
        status="sent" if existing.status == "sent" else "failed",
        message_id=existing.message_id,
        error=existing.error,
    )
