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
from govdesk.domain.transitions import RUNNING_STATES, CaseState, DomainError, IllegalTransition

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
        refuse(case, "登记材料", "只有收件中的办件才能登记材料")
    if record.status is MaterialStatus.DEFECTIVE and not record.reason.strip():
        raise DomainError(f"材料“{record.name}”不符合要求时须写明原因")
    if len(record.pages) > MAX_PAGES_PER_MATERIAL:
        raise DomainError(f"材料“{record.name}”的扫描件超过 {MAX_PAGES_PER_MATERIAL} 个文件")
    case.materials[record.code] = record
    return append_record(case, EventKind.MATERIAL_RECORDED, actor, at, material_to_json(record))


# ---------------------------------------------------------------------------------------------------- 容缺 promise


def open_commitment(case: Case, what: str) -> Commitment:
    """The case's 容缺 promise while it is open (refused otherwise, as ``what``)."""
    c = case.commitment
    if c is None:
        refuse(case, what, "该办件不是容缺受理")
    if c.status is CommitmentStatus.FULFILLED or case.state in (CaseState.REVOKED, CaseState.CLOSED):
        refuse(case, what, "容缺承诺已办结或已撤销")
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
    c = open_commitment(case, "补交容缺材料")
    name = c.names.get(code, code)
    if len(pages) > MAX_PAGES_PER_MATERIAL:
        raise DomainError(f"材料“{name}”的扫描件超过 {MAX_PAGES_PER_MATERIAL} 个文件")
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
    c = open_commitment(case, "办结容缺承诺")
    if c.missing():
        refuse(case, "办结容缺承诺", f"尚缺{'、'.join(c.missing_names())}")
    c.status = CommitmentStatus.FULFILLED
    return append_record(case, EventKind.COMMITMENT_CLOSED, actor, at, {"commitment_id": c.commitment_id})


def mark_commitment_overdue(case: Case, actor: Actor, at: datetime, calendar: WorkCalendar) -> DomainEvent:
    """The promise's due date has passed with materials still missing."""
    c = open_commitment(case, "标记承诺逾期")
    if not c.is_overdue(at.astimezone(CST).date(), calendar):
        refuse(case, "标记承诺逾期", f"承诺期限 {c.due_date.isoformat()} 尚未届满")
    c.status = CommitmentStatus.OVERDUE
    payload: dict[str, JSONValue] = {"due_date": c.due_date.isoformat(), "missing": list(c.missing())}
    return append_record(case, EventKind.COMMITMENT_OVERDUE, actor, at, payload)


# ---------------------------------------------------------------------------------------------------- the clock


def delay(case: Case, actor: Actor, at: datetime, new_date: date, reason: str, approved_by: str) -> DomainEvent:
    """延期 to ``new_date``, with the reason and who approved it (``Case.delay``)."""
    what = "延期办理"
    if case.state not in RUNNING_STATES:
        refuse(case, what, "只有已受理、尚未审结的办件才能延期")
    if not reason.strip():
        refuse(case, what, "延期必须写明理由")
    if case.promised_date is not None and new_date <= case.promised_date:
        refuse(case, what, f"新日期 {new_date.isoformat()} 不晚于原承诺日期 {case.promised_date.isoformat()}")
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
    what = f"{SUSPENSION_LABELS[kind]}中止计时"
    if case.state not in RUNNING_STATES:
        refuse(case, what, "只有已受理、尚未审结的办件才能中止计时")
    if case.suspended:
        refuse(case, what, f"计时已因{case.suspensions[-1].label}中止，尚未恢复")
    if not reason.strip():
        refuse(case, what, "中止计时必须写明理由")
    s = Suspension(kind=kind, reason=reason.strip(), start=at.astimezone(CST).date())
    case.suspensions.append(s)
    return append_record(case, EventKind.SUSPENDED, actor, at, s.to_json())


def resume(case: Case, actor: Actor, at: datetime, calendar: WorkCalendar) -> DomainEvent:
    """恢复计时: the promised and statutory dates move by the working days the suspension lasted."""
    if not case.suspended:
        refuse(case, "恢复计时", "计时没有中止")
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
        refuse(case, "延后告知", "只有收件中的办件才能延后告知")
    if due_date < at.astimezone(CST).date():
        refuse(case, "延后告知", f"告知日期 {due_date.isoformat()} 已经过去")
    case.notice_due = due_date
    return append_record(
        case, EventKind.NOTICE_DEFERRED, actor, at, {"due_date": due_date.isoformat(), "question": question}
    )


def renumber(case: Case, actor: Actor, at: datetime, case_no: str, reason: str) -> DomainEvent:
    """The case takes ``case_no``: its number was another case's at the center (issue 17), which refused it."""
    if not case_no.strip() or case_no == case.case_no:
        raise DomainError("新的办件编号不能为空，也不能与原编号相同")
    previous, case.case_no = case.case_no, case_no
    payload: dict[str, JSONValue] = {"case_no": case_no, "previous": previous, "reason": reason}
    return append_record(case, EventKind.RENUMBERED, actor, at, payload)
