"""The back office (后台审批): claim, decide, result ready — the server's fields (DESIGN.md "Sync").

Each step appends a server event to the case (stored once, like a window's) and a pull change for the windows of
the case's center (regulation 000 Art. 31: back-office progress and results flow back to the front windows;
regulation 002 三 (二)(三): decided in the back office, handed out at the unified window).
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, TextClause, and_, func, or_, select, text
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.changes import emit_change
from govdesk.central.db import CaseRow, StoredEvent
from govdesk.central.errors import ApiError
from govdesk.central.projection import apply_event, latest_catalog_items, lock_case
from govdesk.domain.case import CaseState
from govdesk.domain.clock import CST
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.messages import Message, said
from govdesk.domain.transitions import EventRefused
from govdesk.protocol import CaseActionResponse, ChangeKind, DecideRequest, QueueEntry, QueueResponse, refusals

#: The cases waiting for the back office: to review and decide, or decided and waiting for their result (制证) to be
#: made and marked ready (regulation 002 四 (一)); a decided case stays in its department's list until then.
QUEUE_STATES = (CaseState.SUBMITTED.value, CaseState.IN_REVIEW.value, CaseState.APPROVED.value, CaseState.DENIED.value)
_LABELS = {
    "submitted": Message(refusals.TERM_SUBMITTED),
    "in_review": Message(refusals.TERM_IN_REVIEW),
    "approved": Message(refusals.TERM_APPROVED),
    "denied": Message(refusals.TERM_DENIED),
    "result_ready": Message(refusals.TERM_RESULT_READY),
}


#: Cases on one page of the queue: the default, and the most a client may ask for.
QUEUE_PAGE = 100
MAX_QUEUE_PAGE = 500


def _cursor_text(row: CaseRow) -> str:
    key = [row.submitted_at.isoformat() if row.submitted_at else None, row.case_id]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _cursor_key(cursor: str) -> tuple[datetime | None, str]:
    """The (submitted_at, case_id) a cursor names; a cursor not made by ``_cursor_text`` is refused in words."""
    try:
        when, case_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(case_id, str) or not (when is None or isinstance(when, str)):
            raise ValueError("bad shape")
        submitted = datetime.fromisoformat(when) if when is not None else None
        if submitted is not None and submitted.tzinfo is None:
            raise ValueError("naive time")
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ApiError(422, "bad_cursor", Message(refusals.BAD_CURSOR)) from None
    return submitted, case_id


#: The cases waiting for the back office, written as the partial index ``ix_cases_queue`` says it (revisions 0011,
#: 0019): with bound parameters instead, SQLite cannot prove the query is within the index and scans every case.
WAITING = text("cases.state IN ('submitted', 'in_review', 'approved', 'denied')")


def queue_query(
    center_code: str, department: str | None, limit: int = QUEUE_PAGE, cursor: str | None = None
) -> tuple[Select[CaseRow], Select[int]]:
    """The page's query (``limit`` + 1 rows: one more says there is a next page) and the count's."""
    where: list[ColumnElement[bool] | TextClause] = [CaseRow.center_code == center_code, WAITING]
    if department:
        where.append(CaseRow.department == department)
    count = select(func.count()).select_from(CaseRow).where(*where)
    query = select(CaseRow).where(*where)
    if cursor:
        submitted, case_id = _cursor_key(cursor)
        if submitted is None:
            query = query.where(
                or_(CaseRow.submitted_at.is_not(None), and_(CaseRow.submitted_at.is_(None), CaseRow.case_id > case_id))
            )
        else:
            query = query.where(
                or_(
                    CaseRow.submitted_at > submitted,
                    and_(CaseRow.submitted_at == submitted, CaseRow.case_id > case_id),
                )
            )
    # ascending puts NULL first on SQLite and last on PostgreSQL: said, so both page alike
    order = (CaseRow.submitted_at.asc().nulls_first(), CaseRow.case_id.asc())
    return query.order_by(*order).limit(max(1, min(limit, MAX_QUEUE_PAGE)) + 1), count


def queue(
    session: Session, center_code: str, department: str | None, limit: int = QUEUE_PAGE, cursor: str | None = None
) -> QueueResponse:
    """One page of the center's back-office queue, oldest submission first, and the whole queue's count.

    Keyset pagination on (submitted_at, case_id) (never OFFSET: page 50 costs what page 1 costs, and a case added or
    decided meanwhile neither repeats nor skips a case of the pages still to come). Cases not submitted through the
    state machine have no submitted_at: they come first. The partial index ``ix_cases_queue`` (revision 0011) serves
    both the page and the count."""
    limit = max(1, min(limit, MAX_QUEUE_PAGE))
    page, count = queue_query(center_code, department, limit, cursor)
    total = session.scalar(count) or 0
    rows = session.scalars(page).all()
    more = len(rows) > limit
    rows = rows[:limit]
    entries = [
        QueueEntry(
            case_id=r.case_id,
            case_no=r.case_no,
            state=r.state,
            item_code=r.item_code,
            department=r.department,
            applicant_name=r.applicant_name,
            station_code=r.station_code,
            submitted_at=r.submitted_at,
            claimed_by=r.claimed_by,
        )
        for r in rows
    ]
    return QueueResponse(cases=entries, total=int(total), next_cursor=_cursor_text(rows[-1]) if more else None)


def _case(session: Session, center_code: str, case_id: str) -> CaseRow:
    row = lock_case(session, case_id)
    if row is None or row.center_code != center_code:
        raise ApiError(404, "unknown_case", Message(refusals.UNKNOWN_CASE))
    return row


#: A back-office user of every department of the center (``users.department``, revision 0019).
ALL_DEPARTMENTS = "*"


def office_department(who: Principal) -> str:
    """The department whose cases ``who`` may see and act on: the user's own (``users.department``), every one for
    an admin or a user given ``*``. A back-office user without one is refused in words: nothing is shown rather than
    everything (regulation 002 三 (二): each department reviews its own items)."""
    if who.role == "admin":
        return ALL_DEPARTMENTS
    if not who.department:
        raise ApiError(
            403,
            "no_department",
            Message(refusals.NO_DEPARTMENT),
        )
    return who.department


def in_department(row: CaseRow, department: str) -> bool:
    return department == ALL_DEPARTMENTS or row.department == department


def office_case(session: Session, who: Principal, case_id: str) -> CaseRow:
    """The case, locked, if it is of ``who``'s center and department; another department's case is not said to
    exist (a hostile client naming any case id learns nothing)."""
    department = office_department(who)
    row = _case(session, who.center_code, case_id)
    if not in_department(row, department):
        raise ApiError(404, "unknown_case", Message(refusals.BACKOFFICE_UNKNOWN_CASE))
    return row


def queue_department(who: Principal, asked: str | None) -> tuple[str | None, str]:
    """The department filter the queue applies (None: every department) and the user's scope: a user of one
    department sees that one, whatever the request asks; another department asked for is refused in words."""
    scope = office_department(who)
    asked = (asked or "").strip() or None
    if scope == ALL_DEPARTMENTS:
        return asked, scope
    if asked is not None and asked != scope:
        raise ApiError(403, "other_department", Message(refusals.BACKOFFICE_OTHER_DEPARTMENT, scope=scope))
    return scope, scope


def _wrong_state(row: CaseRow, action: str) -> ApiError:
    label = _LABELS.get(row.state, row.state)
    return ApiError(
        409,
        "illegal_transition",
        Message(refusals.ILLEGAL_TRANSITION, case_no=row.case_no or row.case_id, label=label, action=action),
    )


def _server_event(
    session: Session,
    row: CaseRow,
    kind: str,
    payload: dict[str, Any],
    actor: Actor,
    now: datetime,
    change_kind: ChangeKind,
    change_payload: dict[str, Any],
) -> CaseActionResponse:
    payload = {"from": row.state, "to": kind.removeprefix("case."), **payload}  # the domain's shape
    event = DomainEvent(case_id=row.case_id, kind=kind, actor=actor, occurred_at=now.astimezone(CST), payload=payload)
    doc = event.to_json()
    session.add(
        StoredEvent(
            event_id=event.event_id,
            device_id=None,
            device_seq=None,
            case_id=row.case_id,
            kind=kind,
            center_code=row.center_code,
            status="applied",
            code="",
            reason="",
            server_state=None,
            document=doc,
            received_at=now,
            pushed_by=actor.clerk_id,
        )
    )
    try:
        apply_event(session, row, doc, now)
    except EventRefused as refused:  # the checks above name the state in words; the table has the last word
        raise ApiError(409, refused.code, said(refused)) from None
    change = emit_change(
        session,
        now,
        row.center_code,
        change_kind,
        {**change_payload, "state": row.state, "case_no": row.case_no, "event": doc},
        case_id=row.case_id,
        station=row.station_code,
    )
    return CaseActionResponse(case_id=row.case_id, state=row.state, event_id=event.event_id, change_cursor=str(change))


def back_office_actor(username: str, display_name: str, center_code: str) -> Actor:
    return Actor(
        clerk_id=username, clerk_name=display_name, role=Role.BACK_OFFICE, center_code=center_code, station_code=""
    )


def claim(session: Session, actor: Actor, case_id: str, now: datetime) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    if row.state != CaseState.SUBMITTED.value:
        raise _wrong_state(row, Message(refusals.TERM_CLAIM))
    row.claimed_by = actor.clerk_id
    return _server_event(
        session, row, EventKind.IN_REVIEW, {"claimed_by": actor.clerk_id}, actor, now,
        ChangeKind.DECISION, {"decision": "review_started", "claimed_by": actor.clerk_name},
    )  # fmt: skip


def decide(session: Session, actor: Actor, case_id: str, request: DecideRequest, now: datetime) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    if row.state == CaseState.SUBMITTED.value:  # deciding without claiming first claims it
        claim(session, actor, case_id, now)
    if row.state != CaseState.IN_REVIEW.value:
        raise _wrong_state(row, Message(refusals.TERM_DECIDE))
    if row.claimed_by and row.claimed_by != actor.clerk_id:
        raise ApiError(409, "claimed_by_other", Message(refusals.CLAIMED_BY_OTHER, claimed_by=row.claimed_by))
    from govdesk.central.steps import check_decidable  # (steps builds on this module)

    check_decidable(session, row)  # no decision while a 补正 is open
    if request.decision == "approve":
        if not request.result_name.strip():
            raise ApiError(422, "result_name_required", Message(refusals.RESULT_NAME_REQUIRED))
        kind = EventKind.APPROVED
        payload = {"result_name": request.result_name.strip(), "reason": request.reason.strip()}
    else:
        if not request.reason.strip():
            raise ApiError(422, "reason_required", Message(refusals.REASON_REQUIRED))
        kind = EventKind.DENIED
        payload = {"reason": request.reason.strip(), "result_name": request.result_name.strip()}
    return _server_event(
        session, row, kind, payload, actor, now, ChangeKind.DECISION,
        {"decision": request.decision, **payload, "decided_by": actor.clerk_name, "decided_at": now.isoformat()},
    )  # fmt: skip


def result_ready(session: Session, actor: Actor, case_id: str, now: datetime) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    if row.state not in (CaseState.APPROVED.value, CaseState.DENIED.value):
        raise _wrong_state(row, Message(refusals.TERM_MARK_READY))
    return _server_event(
        session, row, EventKind.RESULT_READY, {}, actor, now, ChangeKind.RESULT_READY,
        {"ready_by": actor.clerk_name, "ready_at": now.isoformat()},
    )  # fmt: skip


def auto_approve_due(session: Session, now: datetime, after: timedelta) -> int:
    """Demo back office: approve and mark ready every case submitted at least ``after`` ago. Returns how many."""
    due = session.scalars(
        select(CaseRow.case_id).where(CaseRow.state == CaseState.SUBMITTED.value, CaseRow.submitted_at <= now - after)
    ).all()
    done = 0
    for case_id in due:
        row = lock_case(session, case_id)
        if row is None or row.state != CaseState.SUBMITTED.value:
            continue  # another server process got there first
        actor = back_office_actor("auto", "自动审批（演示）", row.center_code)
        name = result_name_of(session, row.item_code) or (f"{row.item_code} 办理结果" if row.item_code else "办理结果")
        decide(
            session, actor, case_id, DecideRequest(decision="approve", result_name=name, reason="演示：自动准予"), now
        )
        result_ready(session, actor, case_id, now)
        done += 1
    return done


def result_name_of(session: Session, item_code: str) -> str:
    """The item's 结果名称 (e.g. 营业执照) from the newest catalog the server holds, "" when unknown."""
    for item in latest_catalog_items(session):
        if item.get("code") == item_code:
            return str(item.get("result_name") or "")
    return ""
