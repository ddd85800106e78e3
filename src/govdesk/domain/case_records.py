"""The events that keep a case's state, recorded on it: the materials at intake, the 容缺 promise followed up
(supplemented, closed, overdue), the clock (延期, 中止, 恢复), a deferred 一次性告知, and a new number. Reached through
the ``Case`` methods of the same names (``case.py`` holds the state changes); each refuses (``IllegalTransition``
naming what and why) what the case's state does not allow, and leaves the case untouched then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, NoReturn

from govdesk.domain.attachments import MAX_PAGES_PER_MATERIAL, PageRef
from govdesk.domain.case_parts import MaterialRecord, MaterialStatus, material_to_json
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.clock import CST
from govdesk.domain.commitment import Commitment, CommitmentStatus
from govdesk.domain.deadlines import SUSPENSION_LABELS, Suspension, SuspensionKind
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, JSONValue
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import RECORD_LABELS, RUNNING_STATES, CaseState, DomainError, IllegalTransition

# What was refused (the action, as IllegalTransition names it)
RECORD_MATERIALS = Message(translate("CaseRecords", "登记材料", "case_records.action.record_materials"))
SUPPLEMENT = Message(translate("CaseRecords", "补交容缺材料", "case_records.action.supplement"))
CLOSE_COMMITMENT = Message(translate("CaseRecords", "办结容缺承诺", "case_records.action.close_commitment"))
MARK_OVERDUE = Message(translate("CaseRecords", "标记承诺逾期", "case_records.action.mark_overdue"))
SUSPEND = translate("CaseRecords", "{kind}中止计时", "case_records.action.suspend")
DEFER_NOTICE = Message(translate("CaseRecords", "延后告知", "case_records.action.defer_notice"))
REFUSED_MATERIALS_DRAFT_ONLY = translate(
    "CaseRecords",
    "只有收件中的办件才能登记材料",
    "case_records.refused.materials_draft_only",
)
REFUSED_NOT_CONDITIONAL = translate("CaseRecords", "该办件不是容缺受理", "case_records.refused.not_conditional")
REFUSED_COMMITMENT_CLOSED = translate("CaseRecords", "容缺承诺已办结或已撤销", "case_records.refused.commitment_closed")
REFUSED_STILL_MISSING = translate("CaseRecords", "尚缺{materials}", "case_records.refused.still_missing")
REFUSED_NOT_DUE = translate("CaseRecords", "承诺期限 {due_date} 尚未届满", "case_records.refused.not_due")
REFUSED_DELAY_RUNNING_ONLY = translate(
    "CaseRecords",
    "只有已受理、尚未审结的办件才能延期",
    "case_records.refused.delay_running_only",
)
REFUSED_DELAY_NO_REASON = translate("CaseRecords", "延期必须写明理由", "case_records.refused.delay_no_reason")
REFUSED_DELAY_NOT_LATER = translate(
    "CaseRecords",
    "新日期 {new_date} 不晚于原承诺日期 {promised}",
    "case_records.refused.delay_not_later",
)
REFUSED_SUSPEND_RUNNING_ONLY = translate(
    "CaseRecords",
    "只有已受理、尚未审结的办件才能中止计时",
    "case_records.refused.suspend_running_only",
)
REFUSED_ALREADY_SUSPENDED = translate(
    "CaseRecords",
    "计时已因{why}中止，尚未恢复",
    "case_records.refused.already_suspended",
)
REFUSED_SUSPEND_NO_REASON = translate("CaseRecords", "中止计时必须写明理由", "case_records.refused.suspend_no_reason")
REFUSED_NOT_SUSPENDED = translate("CaseRecords", "计时没有中止", "case_records.refused.not_suspended")
REFUSED_DEFER_DRAFT_ONLY = translate(
    "CaseRecords",
    "只有收件中的办件才能延后告知",
    "case_records.refused.defer_draft_only",
)
REFUSED_DEFER_PAST = translate("CaseRecords", "告知日期 {due_date} 已经过去", "case_records.refused.defer_past")

MATERIAL_NO_REASON = translate(
    "CaseRecords",
    "材料“{material}”不符合要求时须写明原因",
    "case_records.material.no_reason",
)
MATERIAL_TOO_MANY_FILES = translate(
    "CaseRecords",
    "材料“{material}”的扫描件超过 {most} 个文件",
    "case_records.material.too_many_files",
)
RENUMBER_INVALID = translate("CaseRecords", "新的办件编号不能为空，也不能与原编号相同", "case_records.renumber.invalid")

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar
    from govdesk.domain.case import Case


def append_record(case: Case, kind: str, actor: Actor, at: datetime, payload: dict[str, JSONValue]) -> DomainEvent:
    """One event of ``case`` appended to its history (every change of a case ends here)."""
    event = DomainEvent(case_id=case.case_id, kind=kind, actor=actor, occurred_at=at, payload=payload)
    case.events.append(event)
    return event


def refuse(case: Case, what: str, why: str) -> NoReturn:
    raise IllegalTransition(case.case_no, case.state, what, why)


# ---------------------------------------------------------------------------------------------------- materials


def record_material(case: Case, actor: Actor, at: datetime, record: MaterialRecord) -> DomainEvent:
    """What the window holds of one material, at intake (draft only)."""
    if case.state is not CaseState.DRAFT:
        refuse(case, RECORD_MATERIALS, Message(REFUSED_MATERIALS_DRAFT_ONLY))
    if record.status is MaterialStatus.DEFECTIVE and not record.reason.strip():
        raise DomainError(Message(MATERIAL_NO_REASON, material=record.name))
    if len(record.pages) > MAX_PAGES_PER_MATERIAL:
        raise DomainError(Message(MATERIAL_TOO_MANY_FILES, material=record.name, most=MAX_PAGES_PER_MATERIAL))
    case.materials[record.code] = record
    return append_record(case, EventKind.MATERIAL_RECORDED, actor, at, material_to_json(record))


# ---------------------------------------------------------------------------------------------------- 容缺 promise


def open_commitment(case: Case, what: str) -> Commitment:
    """The case's 容缺 promise while it is open (refused otherwise, as ``what``)."""
    c = case.commitment
    if c is None:
        refuse(case, what, Message(REFUSED_NOT_CONDITIONAL))
    if c.status is CommitmentStatus.FULFILLED or case.state in (CaseState.REVOKED, CaseState.CLOSED):
        refuse(case, what, Message(REFUSED_COMMITMENT_CLOSED))
    return c


def supplement_material(
    case: Case,
    actor: Actor,
    at: datetime,
    code: str,
    form: MaterialForm | None,
    copies: int,
    pages: tuple[PageRef, ...] = (),
) -> DomainEvent:
    """A 容缺 material arrives; ``pages``: its scans (by hash), carried in the event like an intake material's,
    so the hash chain covers them and the center takes them for the back office."""
    c = open_commitment(case, SUPPLEMENT)
    name = c.names.get(code, code)
    if len(pages) > MAX_PAGES_PER_MATERIAL:
        raise DomainError(Message(MATERIAL_TOO_MANY_FILES, material=name, most=MAX_PAGES_PER_MATERIAL))
    c.supplement(code, at.astimezone(CST).date())
    rec = case.materials.get(code) or MaterialRecord(code=code, name=name)
    kept = tuple(pages) or rec.pages
    case.materials[code] = replace(rec, status=MaterialStatus.SUPPLEMENTED, form=form, copies=copies, pages=kept)
    payload: dict[str, JSONValue] = {"code": code, "name": rec.name, "missing": list(c.missing())}
    if pages:
        payload["pages"] = [p.to_json() for p in pages]
    return append_record(case, EventKind.MATERIAL_SUPPLEMENTED, actor, at, payload)


def close_commitment(case: Case, actor: Actor, at: datetime) -> DomainEvent:
    """办结承诺: every promised material has come."""
    c = open_commitment(case, CLOSE_COMMITMENT)
    if c.missing():
        refuse(case, CLOSE_COMMITMENT, Message(REFUSED_STILL_MISSING, materials=join(c.missing_names(), ENUMERATION)))
    c.status = CommitmentStatus.FULFILLED
    return append_record(case, EventKind.COMMITMENT_CLOSED, actor, at, {"commitment_id": c.commitment_id})


def mark_commitment_overdue(case: Case, actor: Actor, at: datetime, calendar: WorkCalendar) -> DomainEvent:
    """The promise's due date has passed with materials still missing."""
    c = open_commitment(case, MARK_OVERDUE)
    if not c.is_overdue(at.astimezone(CST).date(), calendar):
        refuse(case, MARK_OVERDUE, Message(REFUSED_NOT_DUE, due_date=c.due_date.isoformat()))
    c.status = CommitmentStatus.OVERDUE
    payload: dict[str, JSONValue] = {"due_date": c.due_date.isoformat(), "missing": list(c.missing())}
    return append_record(case, EventKind.COMMITMENT_OVERDUE, actor, at, payload)


# ---------------------------------------------------------------------------------------------------- the clock


def delay(case: Case, actor: Actor, at: datetime, new_date: date, reason: str, approved_by: str) -> DomainEvent:
    """延期 to ``new_date``, with the reason and who approved it (``Case.delay``)."""
    what = RECORD_LABELS[EventKind.DELAYED]
    if case.state not in RUNNING_STATES:
        refuse(case, what, Message(REFUSED_DELAY_RUNNING_ONLY))
    if not reason.strip():
        refuse(case, what, Message(REFUSED_DELAY_NO_REASON))
    if case.promised_date is not None and new_date <= case.promised_date:
        refuse(
            case,
            what,
            Message(REFUSED_DELAY_NOT_LATER, new_date=new_date.isoformat(), promised=case.promised_date.isoformat()),
        )
    old = case.promised_date
    case.promised_date = new_date
    case.delay_reason = reason.strip()
    payload: dict[str, JSONValue] = {
        "old_date": old.isoformat() if old else None,
        "new_date": new_date.isoformat(),
        "reason": case.delay_reason,
    }
    if approved_by.strip():
        payload["approved_by"] = approved_by.strip()
    return append_record(case, EventKind.DELAYED, actor, at, payload)


def suspend(case: Case, actor: Actor, at: datetime, kind: SuspensionKind, reason: str) -> DomainEvent:
    """中止计时 for 补正 or a 特别程序 (现场勘验, 听证, 专家评审)."""
    what = Message(SUSPEND, kind=SUSPENSION_LABELS[kind])
    if case.state not in RUNNING_STATES:
        refuse(case, what, Message(REFUSED_SUSPEND_RUNNING_ONLY))
    if case.suspended:
        refuse(case, what, Message(REFUSED_ALREADY_SUSPENDED, why=case.suspensions[-1].label))
    if not reason.strip():
        refuse(case, what, Message(REFUSED_SUSPEND_NO_REASON))
    s = Suspension(kind=kind, reason=reason.strip(), start=at.astimezone(CST).date())
    case.suspensions.append(s)
    return append_record(case, EventKind.SUSPENDED, actor, at, s.to_json())


def resume(case: Case, actor: Actor, at: datetime, calendar: WorkCalendar) -> DomainEvent:
    """恢复计时: the promised and statutory dates move by the working days the suspension lasted."""
    if not case.suspended:
        refuse(case, RECORD_LABELS[EventKind.RESUMED], Message(REFUSED_NOT_SUSPENDED))
    ended = replace(case.suspensions[-1], end=at.astimezone(CST).date())
    case.suspensions[-1] = ended
    if case.promised_deadline is not None:
        case.promised_deadline = case.promised_deadline.with_suspension(ended, calendar)
    if case.statutory_deadline is not None:
        case.statutory_deadline = case.statutory_deadline.with_suspension(ended, calendar)
    days = calendar.workdays_between(ended.start, ended.end or ended.start)
    if case.promised_date is not None:
        case.promised_date = calendar.add_workdays(case.promised_date, days)
    if case.statutory_date is not None:
        case.statutory_date = calendar.add_workdays(case.statutory_date, days)
    payload = ended.to_json()
    payload.update({"workdays": days, **dates_payload(case)})
    return append_record(case, EventKind.RESUMED, actor, at, payload)


def dates_payload(case: Case) -> dict[str, JSONValue]:
    """The case's promised and statutory dates and the calendar version that counted them, as events carry them."""
    return {
        "promised_date": case.promised_date.isoformat() if case.promised_date else None,
        "statutory_date": case.statutory_date.isoformat() if case.statutory_date else None,
        "calendar_version": case.promised_deadline.calendar_version if case.promised_deadline else None,
    }


# ---------------------------------------------------------------------------------------------------- intake


def defer_notice(case: Case, actor: Actor, at: datetime, due_date: date, question: str) -> DomainEvent:
    """A complex question: the applicant is told by ``due_date`` (``Case.defer_notice``)."""
    if case.state is not CaseState.DRAFT:
        refuse(case, DEFER_NOTICE, Message(REFUSED_DEFER_DRAFT_ONLY))
    if due_date < at.astimezone(CST).date():
        refuse(case, DEFER_NOTICE, Message(REFUSED_DEFER_PAST, due_date=due_date.isoformat()))
    case.notice_due = due_date
    return append_record(
        case, EventKind.NOTICE_DEFERRED, actor, at, {"due_date": due_date.isoformat(), "question": question}
    )


def renumber(case: Case, actor: Actor, at: datetime, case_no: str, reason: str) -> DomainEvent:
    """The case takes ``case_no``: its number was another case's at the center (issue 17), which refused it."""
    if not case_no.strip() or case_no == case.case_no:
        raise DomainError(Message(RENUMBER_INVALID))
    previous, case.case_no = case.case_no, case_no
    payload: dict[str, JSONValue] = {"case_no": case_no, "previous": previous, "reason": reason}
    return append_record(case, EventKind.RENUMBERED, actor, at, payload)
