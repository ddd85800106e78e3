"""The supervisor's 催办 reminder to the clerk of a case (issue 13: "The clerk responsible can be sent an SMS reminder
from here"; regulation 000 Art. 50: 电子监察, 超期预警; Art. 20: 留痕).

``POST /api/v1/supervision/reminders``: role supervisor or admin; the case must be of the caller's center, the clerk
a user of that center who worked on it (pushed one of its events, is the actor a window wrote on one, or claimed it
in the back office). The number is the one the center registered for the clerk (``users.phone``, set by an admin
with ``govdesk central user set-phone``): the server never texts a number a window names. The text is the server's
(``govdesk.domain.sms.supervision_reminder_text``) from its own records: the center's name, the case number and its
item; the window gives only the card's level and promised date (the server keeps no promised dates), both checked.
The message is recorded in ``sms_messages`` with the hall's other texts and counts in their rate limits; the same
clerk is reminded about the same case at most once a (China) day; a retried ``request_id`` sends nothing again.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.db import CaseRow, Center, SmsRow, StoredEvent, User
from govdesk.central.deps import CentralDep, errors, require_roles
from govdesk.central.errors import ApiError
from govdesk.central.projection import latest_catalog_items
from govdesk.central.sms_send import MOBILE, check_rates, record_and_send
from govdesk.domain.identity.masking import mask_phone
from govdesk.domain.messages import Message
from govdesk.domain.sms import supervision_reminder_text
from govdesk.domain.transitions import FINAL_STATES, CaseState
from govdesk.protocol import refusals
from govdesk.protocol.supervision import ClerkReminderRequest, ClerkReminderResponse

router = APIRouter(prefix="/api/v1")
Supervising = Annotated[Principal, Depends(require_roles("supervisor", "admin"))]
CST = ZoneInfo("Asia/Shanghai")
#: A promised date further than this from today is not a card's (refused, never put in a text).
DUE_RANGE_DAYS = 3 * 366
#: A case in one of these states at the center is done: a reminder about it is refused.
DONE_STATES = frozenset({*(s.value for s in FINAL_STATES), CaseState.HANDED_OFF.value})
NO_PHONE = Message(refusals.NO_CLERK_PHONE)


def _worked_on(session: Session, case: CaseRow, username: str) -> bool:
    """Whether ``username`` pushed one of the case's stored events, is the actor a window wrote on one, or claimed
    it in the back office."""
    if case.claimed_by == username:
        return True
    pushed = session.scalar(
        select(StoredEvent.server_seq)
        .where(StoredEvent.case_id == case.case_id, StoredEvent.pushed_by == username)
        .limit(1)
    )
    if pushed is not None:
        return True
    written = session.scalars(
        select(StoredEvent.written_actor).where(
            StoredEvent.case_id == case.case_id, StoredEvent.written_actor.is_not(None)
        )
    )
    return any(isinstance(actor, dict) and actor.get("clerk_id") == username for actor in written)


def _item_name(session: Session, item_code: str) -> str:
    item = next((i for i in latest_catalog_items(session) if i.get("code") == item_code), {})
    name = item.get("name")
    return name[:60] if isinstance(name, str) and name else item_code


def _answer(row: SmsRow, clerk_name: str) -> ClerkReminderResponse:
    return ClerkReminderResponse(
        status="sent" if row.status == "sent" else "failed",
        clerk_name=clerk_name,
        phone=mask_phone(row.phone),
        error=row.error,
    )


def remind_clerk(
    central: Central, session: Session, who: Principal, request: ClerkReminderRequest
) -> ClerkReminderResponse:
    """Check, record, then send; a retry with the same request_id answers the first result and sends nothing."""
    case = session.get(CaseRow, request.case_id)
    if case is None or case.center_code != who.center_code:
        raise ApiError(404, "unknown_case", Message(refusals.SUPERVISION_REMINDERS_UNKNOWN_CASE))
    if case.state in DONE_STATES:  # the window's card is older than the center's record: nothing to remind of
        raise ApiError(422, "case_done", Message(refusals.CASE_DONE, case_no=case.case_no))
    clerk = session.scalars(
        select(User).where(User.username == request.clerk, User.center_code == who.center_code)
    ).one_or_none()
    if clerk is None:
        raise ApiError(422, "unknown_clerk", Message(refusals.UNKNOWN_CLERK, clerk=request.clerk))
    existing = session.scalars(select(SmsRow).where(SmsRow.request_id == request.request_id)).one_or_none()
    if existing is not None:
        if (existing.center_code, existing.case_id, existing.sent_by) != (
            who.center_code,
            case.case_id,
            who.username,
        ):
            raise ApiError(409, "request_id_taken", Message(refusals.REQUEST_ID_TAKEN))
        return _answer(existing, clerk.display_name)
    if clerk.revoked:
        raise ApiError(422, "clerk_revoked", Message(refusals.CLERK_REVOKED, display_name=clerk.display_name))
    if not _worked_on(session, case, clerk.username):
        raise ApiError(
            422,
            "not_case_clerk",
            Message(refusals.NOT_CASE_CLERK, display_name=clerk.display_name, case_no=case.case_no),
        )
    phone = clerk.phone or ""
    if not MOBILE.match(phone):
        raise ApiError(422, "no_clerk_phone", NO_PHONE)
    now = central.now()
    today = now.astimezone(CST).date()
    if request.due is not None and abs((request.due - today).days) > DUE_RANGE_DAYS:
        raise ApiError(422, "bad_due", Message(refusals.BAD_DUE, due=request.due.isoformat()))
    day_start = datetime.combine(today, time(0), tzinfo=CST).astimezone(UTC)
    already = session.scalar(
        select(func.count()).where(
            SmsRow.case_id == case.case_id, SmsRow.phone == phone, SmsRow.created_at >= day_start
        )
    )
    if already:
        raise ApiError(
            429,
            "reminded_today",
            Message(refusals.REMINDED_TODAY, display_name=clerk.display_name, case_no=case.case_no),
        )
    check_rates(session, who.username, case.case_id, now)
    center = session.get(Center, who.center_code)
    text = supervision_reminder_text(
        center.name if center is not None else who.center_code,
        case.case_no,
        _item_name(session, case.item_code),
        request.level,
        request.due,
    )
    row = record_and_send(central, session, who, request.request_id, case.case_id, phone, text, now)
    return _answer(row, clerk.display_name)


@router.post(
    "/supervision/reminders",
    tags=["sms"],
    operation_id="remindClerk",
    response_model=ClerkReminderResponse,
    responses=errors(401, 403, 404, 409, 429),
)
def post_reminder(body: ClerkReminderRequest, who: Supervising, central: CentralDep) -> ClerkReminderResponse:
    with central.tx() as session:
        return remind_clerk(central, session, who, body)
