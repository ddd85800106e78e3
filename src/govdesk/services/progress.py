"""Progress flowing back to the window (regulation 000 Art. 31: 后台办理进度和结果实时回流): what the back office's
pulled events do to the local case, and how the case view tells them.

- ``case.correction_requested`` (补正): the case's clock stops here too (a ``Suspension`` of kind CORRECTION, as the
  domain counts it), and the case needs the window's attention until the applicant has corrected it and the clerk
  resumes it (``Case.resume``, which sends ``case.resumed``).
- ``case.resumed`` from another window ends the suspension here as well.
- ``case.result_attached``: the result's name (and licence number, in the event) for the result window.
- Every back-office step (claim, 审查, 决定, 制证, result, ready) is listed with who and when.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from govdesk.domain.backoffice import (
    CORRECTION_REQUESTED_KIND,
    RESULT_ATTACHED_KIND,
    STEP_RECORDED_KIND,
    correction_items,
    correction_words,
    result_words,
    step_words,
)
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Case
from govdesk.domain.clock import Clock
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.messages import Message, translate
from govdesk.services.errors import ServiceError
from govdesk.store.store import Store

CLAIMED = translate("ProgressService", "认领，开始审查", "services.progress.claimed")
APPROVED = translate("ProgressService", "决定：准予许可（{result_name}）", "services.progress.approved")
DENIED = translate("ProgressService", "决定：不予许可；理由：{reason}", "services.progress.denied")
READY = translate("ProgressService", "结果已出，转综合窗口出件", "services.progress.ready")
CORRECTION_ASKED = translate("ProgressService", "后台要求补正", "services.progress.correction_asked")
ASK_APPLICANT = translate("ProgressService", "请申请人补交", "services.progress.ask_applicant")
NOTE = translate("ProgressService", "后台说明", "services.progress.note")
CLOCK = translate("ProgressService", "计时", "services.progress.clock")
CLOCK_STOPPED = translate("ProgressService", "补正期间办理时限中止计算", "services.progress.clock_stopped")
CLOCK_RESUMES = translate(
    "ProgressService",
    "材料收齐后恢复计时，办件回到后台继续审批",
    "services.progress.clock_resumes",
)

NOT_FOUND = translate("ProgressService", "找不到该办件（可能尚未同步到本机）", "services.progress.not_found")
NO_CORRECTION = translate("ProgressService", "办件 {case_no} 没有待补正的后台要求", "services.progress.no_correction")

#: What each back-office kind did, in words (the case view's 后台办理进度).
_DECISIONS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    EventKind.IN_REVIEW: lambda p: Message(CLAIMED),
    EventKind.APPROVED: lambda p: Message(APPROVED, result_name=p.get("result_name", "")),
    EventKind.DENIED: lambda p: Message(DENIED, reason=p.get("reason", "")),
    EventKind.RESULT_READY: lambda p: Message(READY),
    CORRECTION_REQUESTED_KIND: correction_words,
    STEP_RECORDED_KIND: step_words,
    RESULT_ATTACHED_KIND: result_words,
}


def back_office_words(event: DomainEvent) -> str | None:
    """A back-office step in words, None for any other event."""
    words = _DECISIONS.get(event.kind)
    if words is None or event.actor.role is not Role.BACK_OFFICE:
        return None
    return words(event.payload or {})


def open_correction(case: Case) -> DomainEvent | None:
    """The back office's 补正 the window has not answered yet (the clock stopped for it), or None."""
    if not case.suspended or case.suspensions[-1].kind is not SuspensionKind.CORRECTION:
        return None
    return next((e for e in reversed(case.events) if e.kind == CORRECTION_REQUESTED_KIND), None)


def attention_words(case: Case) -> list[tuple[str, str, str]]:
    """What the window must do about the back office's requests: (label, what, how), empty when nothing."""
    asked = open_correction(case)
    if asked is None:
        return []
    rows: list[tuple[str, str, str]] = [
        (Message(CORRECTION_ASKED), f"{i.name}：{i.reason}", i.fix or Message(ASK_APPLICANT))
        for i in correction_items(asked.payload or {})
    ]
    note = str((asked.payload or {}).get("note", "")).strip()
    if note:
        rows.append((Message(NOTE), note, ""))
    rows.append((Message(CLOCK), Message(CLOCK_STOPPED), Message(CLOCK_RESUMES)))
    return rows


class CorrectionError(ServiceError):
    """Chinese, for the clerk."""


def answer_correction(store: Store, clock: Clock, calendar: WorkCalendar, actor: Actor, case_id: str) -> Case:
    """The applicant brought what the back office asked for: the clock runs again (``Case.resume``, the promised and
    statutory dates pushed by the working days it stood) and the case goes back to the back office (``case.resumed``
    is pushed; the server then allows a decision). One transaction."""
    case = store.load_case(case_id)
    if case is None:
        raise CorrectionError(Message(NOT_FOUND))
    if open_correction(case) is None:
        raise CorrectionError(Message(NO_CORRECTION, case_no=case.case_no))
    case.resume(actor, clock, calendar)
    with store.unit() as uow:  # a copy older than the stored case is refused (store versioning)
        uow.save_case(case)
    return case
