"""The back office's steps at the server: 补正, 办理环节 (审查、决定、制证), the result; a case's detail and progress.

Each step is an event stored once and folded through the shared transition table (``projection.apply_event``:
the kind's role is checked, the state derived from the kind), and a pull change for the windows of the case's center
(regulation 000 Art. 31: 后台办理进度和结果实时回流). The same functions serve the back-office workspace (a user of
role back_office) and the departmental interface (a department's credential): the caller passes the actor.

补正 (regulation 002 三 (二); 《行政许可法》 art. 32): the case goes back to the window with every material to fix, the
clock stops (``SuspensionKind.CORRECTION``; the window's ``Case.resume`` sends ``case.resumed`` when the applicant
has corrected), the applicant is told by SMS unless the item's catalog entry says ``"progress_sms": false``. While a
补正 is open the department cannot decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from govdesk.central.backoffice import _case, _wrong_state, result_name_of
from govdesk.central.changes import emit_change
from govdesk.central.db import CaseRow, Center, DocumentRow, SmsRow, StoredEvent
from govdesk.central.errors import ApiError
from govdesk.central.projection import apply_event, latest_catalog_items
from govdesk.central.result_files import result_linked
from govdesk.central.sms_send import MOBILE, _case_phone
from govdesk.central.staging import AttachmentBlob
from govdesk.domain import sms as texts
from govdesk.domain.backoffice import (
    CORRECTION_REQUESTED_KIND,
    CORRECTION_STATES,
    RESULT_ATTACHED_KIND,
    RESULT_STATES,
    RESUMED_KIND,
    STEP_RECORDED_KIND,
    BackOfficeRefused,
    CorrectionItem,
    Step,
    check_step,
    correction_items,
    correction_payload,
    correction_words,
    result_words,
    step_words,
)
from govdesk.domain.clock import CST
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent
from govdesk.domain.messages import Message, said
from govdesk.domain.transitions import STATE_LABELS, CaseState, EventRefused
from govdesk.protocol import CaseActionResponse, ChangeKind, refusals
from govdesk.protocol.office import (
    CaseDeadline,
    CaseDetail,
    CorrectionItemBody,
    CorrectionRequest,
    MaterialEntry,
    ProgressEntry,
    ResultRequest,
    StepRequest,
)

#: The back office's own kinds and the decisions, shown as the case's progress (with who and when).
PROGRESS_KINDS = (
    EventKind.IN_REVIEW, EventKind.APPROVED, EventKind.DENIED, EventKind.RESULT_READY,
    CORRECTION_REQUESTED_KIND, STEP_RECORDED_KIND, RESULT_ATTACHED_KIND, RESUMED_KIND,
)  # fmt: skip
_OPEN_CLOSE = (CORRECTION_REQUESTED_KIND, RESUMED_KIND)


def _applied(session: Session, case_id: str, kinds: Sequence[str]) -> list[dict[str, Any]]:
    return list(
        session.scalars(
            select(StoredEvent.document)
            .where(StoredEvent.case_id == case_id, StoredEvent.status == "applied", StoredEvent.kind.in_(kinds))
            .order_by(StoredEvent.server_seq)
        )
    )


def open_correction(session: Session, case_id: str) -> dict[str, Any] | None:
    """The payload of the case's open 补正 request (the last one, not yet answered by ``case.resumed``), or None."""
    last = session.scalars(
        select(StoredEvent.document)
        .where(StoredEvent.case_id == case_id, StoredEvent.status == "applied", StoredEvent.kind.in_(_OPEN_CLOSE))
        .order_by(StoredEvent.server_seq.desc())
        .limit(1)
    ).first()
    if last is None or last.get("kind") != CORRECTION_REQUESTED_KIND:
        return None
    payload = last.get("payload")
    return payload if isinstance(payload, dict) else {}


def check_decidable(session: Session, row: CaseRow) -> None:
    """No decision while a 补正 is open: the materials are not back yet (the clock is stopped)."""
    if open_correction(session, row.case_id) is not None:
        raise ApiError(
            409,
            "correction_open",
            Message(refusals.CORRECTION_OPEN, case_no=row.case_no or row.case_id),
        )


def _record(
    session: Session,
    row: CaseRow,
    kind: str,
    payload: dict[str, Any],
    actor: Actor,
    now: datetime,
    change: dict[str, Any],
) -> CaseActionResponse:
    """A back-office record (the state stays): stored once, folded through the table, a pull change."""
    event = DomainEvent(case_id=row.case_id, kind=kind, actor=actor, occurred_at=now.astimezone(CST), payload=payload)
    doc = event.to_json()
    session.add(
        StoredEvent(
            event_id=event.event_id, device_id=None, device_seq=None, case_id=row.case_id, kind=kind,
            center_code=row.center_code, status="applied", code="", reason="", server_state=None, document=doc,
            received_at=now, pushed_by=actor.clerk_id[:64],
        )
    )  # fmt: skip
    try:
        apply_event(session, row, doc, now)
    except EventRefused as refused:
        raise ApiError(409 if refused.code == "illegal_transition" else 403, refused.code, said(refused)) from None
    cursor = emit_change(
        session, now, row.center_code, ChangeKind.DECISION,
        {**change, "state": row.state, "case_no": row.case_no, "event": doc}, case_id=row.case_id,
        station=row.station_code,
    )  # fmt: skip
    return CaseActionResponse(case_id=row.case_id, state=row.state, event_id=event.event_id, change_cursor=str(cursor))


def _not_others(row: CaseRow, actor: Actor) -> None:
    if row.state == CaseState.IN_REVIEW.value and row.claimed_by and row.claimed_by != actor.clerk_id:
        raise ApiError(409, "claimed_by_other", Message(refusals.CLAIMED_BY_OTHER, claimed_by=row.claimed_by))


def _refused(error: BackOfficeRefused) -> ApiError:
    return ApiError(409, "step_refused", said(error))


def request_correction(
    central: Any, session: Session, actor: Actor, case_id: str, body: CorrectionRequest, now: datetime
) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    if CaseState(row.state) not in CORRECTION_STATES:
        raise _wrong_state(row, Message(refusals.TERM_REQUEST_CORRECTION))
    _not_others(row, actor)
    if open_correction(session, case_id) is not None:
        raise ApiError(409, "correction_open", Message(refusals.STEPS_CORRECTION_OPEN))
    items = [CorrectionItem(i.name, i.reason, i.fix, i.material_code) for i in body.items]
    try:
        payload = correction_payload(items, body.note, now.astimezone(CST).date())
    except BackOfficeRefused as error:
        raise ApiError(422, "correction_invalid", said(error)) from None
    answer = _record(
        session, row, CORRECTION_REQUESTED_KIND, payload, actor, now,
        {"decision": "correction", "items": payload["items"], "requested_by": actor.clerk_name},
    )  # fmt: skip
    _tell_applicant(central, session, row, actor, answer.event_id, tuple(i["name"] for i in payload["items"]), now)
    return answer


def _item(session: Session, item_code: str) -> dict[str, Any]:
    return next((i for i in latest_catalog_items(session) if i.get("code") == item_code), {})


def _tell_applicant(
    central: Any, session: Session, row: CaseRow, actor: Actor, event_id: str, names: tuple[str, ...], now: datetime
) -> None:
    """SMS the applicant of a 补正 (where the item wants it and a mobile number was given at intake), recorded."""
    _send_progress(
        central, session, row, actor, f"correction:{event_id}", now,
        lambda center: texts.correction_text(center, row.case_no, names),
    )  # fmt: skip


def tell_decision(central: Any, session: Session, actor: Actor, answer: CaseActionResponse, now: datetime) -> None:
    """SMS the applicant of the back office's decision (regulation 000 Art. 31: progress flows back), who decided
    (the department) and when, where the item wants it; the window's 领取通知 follows when the result is ready."""
    row = session.get(CaseRow, answer.case_id)
    if row is None or row.state not in (CaseState.APPROVED.value, CaseState.DENIED.value):
        return
    approved = row.state == CaseState.APPROVED.value
    day = now.astimezone(CST).date()
    department = _department_name(session, row.department)
    result = result_name_of(session, row.item_code) if approved else ""
    decision = session.scalars(
        select(StoredEvent.document).where(StoredEvent.event_id == answer.event_id)
    ).first()  # the approval's own result name, when the reviewer wrote one
    if approved and isinstance(decision, dict):
        result = str((decision.get("payload") or {}).get("result_name") or result)
    _send_progress(
        central, session, row, actor, f"decision:{answer.event_id}", now,
        lambda center: texts.decision_text(center, row.case_no, department, approved, result, day),
    )  # fmt: skip


def _department_name(session: Session, code: str) -> str:
    doc = session.scalar(
        select(DocumentRow.document).where(DocumentRow.doc_type == "catalog").order_by(DocumentRow.id.desc()).limit(1)
    )
    departments = doc.get("departments") if isinstance(doc, dict) else None
    for d in departments if isinstance(departments, list) else []:
        if isinstance(d, dict) and d.get("code") == code:
            return str(d.get("name") or "")[:64]
    return ""


def _send_progress(
    central: Any, session: Session, row: CaseRow, actor: Actor, request_id: str, now: datetime, text_for: Any
) -> None:
    """One progress SMS to the applicant (where the item wants it and a mobile number was given at intake), recorded
    with its outcome; the gateway's failure never undoes the step."""
    if _item(session, row.item_code).get("progress_sms") is False:
        return
    phone = _case_phone(session, row.case_id)
    if not MOBILE.match(phone):
        return
    center = session.get(Center, row.center_code)
    text = text_for(center.name if center else row.center_code)
    sms = SmsRow(
        request_id=request_id[:64], center_code=row.center_code, case_id=row.case_id, phone=phone,
        text=text, status="queued", message_id="", error="", sent_by=actor.clerk_id[:64], created_at=now,
    )  # fmt: skip
    session.add(sms)
    session.flush()
    try:
        sms.message_id = central.sms.send(phone, text)
        sms.status = "sent"
    except Exception as exc:  # the gateway's failure is recorded; the 补正 itself stands
        sms.status, sms.error = "failed", str(exc) or "短信网关发送失败"


def record_step(session: Session, actor: Actor, case_id: str, body: StepRequest, now: datetime) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    step = Step(body.step)
    try:
        check_step(step, CaseState(row.state))
    except BackOfficeRefused as error:
        raise _refused(error) from None
    _not_others(row, actor)
    payload = {"step": step.value, "note": body.note.strip()}
    return _record(session, row, STEP_RECORDED_KIND, payload, actor, now, {"decision": "step", **payload})


def attach_result(
    session: Session, actor: Actor, case_id: str, body: ResultRequest, now: datetime
) -> CaseActionResponse:
    row = _case(session, actor.center_code, case_id)
    if CaseState(row.state) not in RESULT_STATES:
        raise _wrong_state(row, Message(refusals.TERM_ATTACH_RESULT))
    approved = row.state == CaseState.APPROVED.value
    if approved and not body.licence_no.strip() and not body.attachment_sha256:
        raise ApiError(422, "result_required", Message(refusals.RESULT_REQUIRED))
    payload: dict[str, Any] = {
        "licence_no": body.licence_no.strip(),
        "result_name": body.result_name.strip() or result_name_of(session, row.item_code),
        "attachment_sha256": body.attachment_sha256 or "",
    }
    if body.attachment_sha256:  # a hash the client names is nothing until its bytes arrived for this case
        blob = session.get(AttachmentBlob, body.attachment_sha256)
        if blob is None or not blob.complete or not result_linked(session, row.case_id, body.attachment_sha256):
            raise ApiError(409, "result_file_missing", Message(refusals.RESULT_FILE_MISSING))
        payload["attachment_type"] = blob.content_type
        payload["attachment_size"] = blob.size
    return _record(session, row, RESULT_ATTACHED_KIND, payload, actor, now, {"decision": "result", **payload})


# ------------------------------------------------------------------------------------------------------------ reading


def _dates(docs: Sequence[dict[str, Any]]) -> tuple[date | None, date | None]:
    promised = statutory = None
    for doc in docs:
        payload = doc.get("payload") or {}
        value = payload.get("promised_date") or payload.get("new_date")
        if isinstance(value, str):
            promised = _day(value) or promised
        if isinstance(payload.get("statutory_date"), str):
            statutory = _day(payload["statutory_date"]) or statutory
    return promised, statutory


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


_DATE_KINDS = (
    EventKind.ACCEPTED,
    EventKind.ACCEPTED_CONDITIONAL,
    EventKind.DELAYED,
    RESUMED_KIND,
    EventKind.DEADLINES_RECOMPUTED,
)


def progress_words(doc: dict[str, Any]) -> str:
    kind, payload = doc.get("kind", ""), doc.get("payload") or {}
    if kind == CORRECTION_REQUESTED_KIND:
        return correction_words(payload)
    if kind == STEP_RECORDED_KIND:
        return step_words(payload)
    if kind == RESULT_ATTACHED_KIND:
        return result_words(payload)
    if kind == RESUMED_KIND:
        return "窗口已收齐补正材料，恢复计时"
    if kind == EventKind.IN_REVIEW:
        return "认领，开始审查"
    if kind == EventKind.APPROVED:
        return f"决定：准予许可（{payload.get('result_name', '')}）"
    if kind == EventKind.DENIED:
        return f"决定：不予许可；理由：{payload.get('reason', '')}"
    if kind == EventKind.RESULT_READY:
        return "结果已出，转综合窗口出件"
    return str(kind)


def _entry(doc: dict[str, Any]) -> ProgressEntry:
    actor = doc.get("actor") or {}
    return ProgressEntry(
        event_id=str(doc.get("event_id", "")), kind=str(doc.get("kind", "")), words=progress_words(doc),
        who=str(actor.get("clerk_name", "")), at=datetime.fromisoformat(str(doc.get("occurred_at"))),
    )  # fmt: skip


def detail(session: Session, row: CaseRow, attachments: list[Any] | None = None) -> CaseDetail:
    """Everything the back office reads about one case: deadlines, materials, attachments, 补正, progress, result."""
    docs = _applied(
        session, row.case_id,
        (EventKind.MATERIAL_RECORDED, EventKind.MATERIAL_SUPPLEMENTED, *PROGRESS_KINDS, *_DATE_KINDS),
    )  # fmt: skip
    promised, statutory = _dates([d for d in docs if d.get("kind") in _DATE_KINDS])
    materials: dict[str, MaterialEntry] = {}
    for doc in docs:
        if doc.get("kind") == EventKind.MATERIAL_RECORDED:
            p = doc.get("payload") or {}
            code = str(p.get("code", ""))[:64]
            materials[code] = MaterialEntry(
                code=code, name=str(p.get("name", ""))[:200], status=str(p.get("status", ""))
            )
        elif doc.get("kind") == EventKind.MATERIAL_SUPPLEMENTED:  # a 容缺 material brought later
            p = doc.get("payload") or {}
            code = str(p.get("code", ""))[:64]
            before = materials.get(code)
            name = before.name if before is not None else str(p.get("name", "") or code)[:200]
            materials[code] = MaterialEntry(code=code, name=name, status="supplemented")
    correction = open_correction(session, row.case_id)
    result = next((d.get("payload") or {} for d in reversed(docs) if d.get("kind") == RESULT_ATTACHED_KIND), {})
    return CaseDetail(
        case_id=row.case_id, case_no=row.case_no, state=row.state, item_code=row.item_code,
        department=row.department, applicant_name=row.applicant_name, station_code=row.station_code,
        submitted_at=row.submitted_at, claimed_by=row.claimed_by, promised_date=promised, statutory_date=statutory,
        correction_open=correction is not None,
        correction=[CorrectionItemBody(**i.to_json()) for i in correction_items(correction or {})],
        materials=list(materials.values()), attachments=list(attachments or []),
        progress=[_entry(d) for d in docs if d.get("kind") in PROGRESS_KINDS],
        licence_no=str(result.get("licence_no", "")), result_name=str(result.get("result_name", "")),
        result_sha256=str(result.get("attachment_sha256") or ""), result_type=str(result.get("attachment_type") or ""),
    )  # fmt: skip


def deadlines(session: Session, center_code: str, case_ids: Sequence[str], department: str = "*") -> list[CaseDeadline]:
    """Deadlines and 补正 flags of a page of the queue (the workspace's list shows them): two queries for the page,
    whatever its size (the dated and 补正 events of all its cases at once, folded here in order)."""
    wanted = list(dict.fromkeys(case_ids))[:100]
    mine = [CaseRow.case_id.in_(wanted), CaseRow.center_code == center_code]
    if department != "*":
        mine.append(CaseRow.department == department)
    known = set(session.scalars(select(CaseRow.case_id).where(*mine)))  # another center's or department's: unknown
    docs: dict[str, list[dict[str, Any]]] = {case_id: [] for case_id in wanted if case_id in known}
    rows = session.execute(
        select(StoredEvent.case_id, StoredEvent.document)
        .where(
            StoredEvent.case_id.in_(list(docs)),
            StoredEvent.status == "applied",
            StoredEvent.kind.in_((*_DATE_KINDS, *_OPEN_CLOSE)),
        )
        .order_by(StoredEvent.server_seq)
    )
    for case_id, document in rows:
        docs[case_id].append(document)
    out = []
    for case_id, events in docs.items():
        promised, statutory = _dates([d for d in events if d.get("kind") in _DATE_KINDS])
        last = next((d.get("kind") for d in reversed(events) if d.get("kind") in _OPEN_CLOSE), None)
        out.append(
            CaseDeadline(
                case_id=case_id, promised_date=promised, statutory_date=statutory,
                correction_open=last == CORRECTION_REQUESTED_KIND,
            )
        )  # fmt: skip
    return out


def state_words(state: str) -> str:
    try:
        return STATE_LABELS[CaseState(state)]
    except ValueError:
        return state


# ------------------------------------------------------------------------------------------------ the demo's approver


def auto_review(central: Any, session: Session, now: datetime, after: Any) -> int:
    """The demo's automatic back office (an option, off by default): every case submitted at least ``after`` ago
    and not in 补正 goes the whole path a clerk would — claim, 审查, 决定 (approve), 制证 with a result number, result
    ready — each step recorded. Returns how many."""
    from govdesk.central.backoffice import back_office_actor, claim, decide, result_ready
    from govdesk.central.projection import lock_case
    from govdesk.protocol import DecideRequest

    due = session.scalars(
        select(CaseRow.case_id).where(
            CaseRow.state.in_((CaseState.SUBMITTED.value, CaseState.IN_REVIEW.value)),
            CaseRow.submitted_at <= now - after,
        )
    ).all()
    done = 0
    for case_id in due:
        row = lock_case(session, case_id)
        if row is None or row.state not in (CaseState.SUBMITTED.value, CaseState.IN_REVIEW.value):
            continue  # another server process got there first
        if open_correction(session, case_id) is not None or row.claimed_by not in ("", "auto"):
            continue  # waiting for the window's 补正, or a clerk's case
        actor = back_office_actor("auto", "自动审批（演示）", row.center_code)
        if row.state == CaseState.SUBMITTED.value:
            claim(session, actor, case_id, now)
        record_step(session, actor, case_id, StepRequest(step="review", note="演示：材料齐全"), now)
        name = result_name_of(session, row.item_code) or "办理结果"
        decide(
            session, actor, case_id, DecideRequest(decision="approve", result_name=name, reason="演示：自动准予"), now
        )
        number = f"DEMO-{row.case_no or case_id[:8]}"[:64]
        attach_result(session, actor, case_id, ResultRequest(licence_no=number, result_name=name), now)
        record_step(session, actor, case_id, StepRequest(step="production", note=f"{name} {number}"), now)
        result_ready(session, actor, case_id, now)
        done += 1
    return done
