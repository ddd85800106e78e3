"""The case (办件): one application, from draft to closed, as the state machine of DESIGN.md.

This module holds the case's data and its behaviour: every method that changes the case takes the ``Actor`` and a
``Clock``, checks the transition table (``transitions.TRANSITIONS``), changes the data and appends exactly one
``DomainEvent`` to ``case.events``. A refused action raises ``IllegalTransition`` (or another ``DomainError``) and
leaves the case untouched.

The state changes are here; beside them, each reached through a method of ``Case``: the events that keep the state
(materials, the 容缺 promise, the clock, a deferred notice, a new number) in ``case_records``, what happened to a
result after it left the window in ``delivery_records``, and what the central server says in ``server_fold``. The
applicant, agent and material records are ``case_parts``' (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, NoReturn

from govdesk.domain import case_records, delivery_records, server_fold
from govdesk.domain.attachments import PageRef
from govdesk.domain.backoffice import ResultFile
from govdesk.domain.case_parts import Agent, Applicant, ApplicantKind, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm, OverdueRule
from govdesk.domain.clock import CST, Clock
from govdesk.domain.commitment import Commitment, CommitmentStatus
from govdesk.domain.deadlines import Deadline, Suspension, SuspensionKind
from govdesk.domain.deficiency import Deficiency
from govdesk.domain.delivery import HANDOFF_DETAIL_LABELS, HANDOFF_LABELS, HANDOFF_NEEDS, HandoffMethod
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, JSONValue, new_id
from govdesk.domain.messages import Message, translate
from govdesk.domain.queue import QueueTicket
from govdesk.domain.recompute import RECOMPUTED_KIND, apply_recount, recount
from govdesk.domain.transitions import (
    ACTION_KINDS,
    ACTION_LABELS,
    ACTION_TARGET,
    FINAL_STATES,
    STATE_LABELS,
    TRANSITIONS,
    Action,
    CaseState,
    CommitmentOpen,
    DomainError,
    IllegalTransition,
    transition_reason,
)

REFUSED_NOTICE_EMPTY = translate("Case", "告知单上没有任何缺少或不符合要求的材料", "case.refused.notice_empty")
REFUSED_COMMITMENT_OTHER_CASE = translate("Case", "承诺书属于另一个办件", "case.refused.commitment_other_case")
REFUSED_COMMITMENT_EMPTY = translate("Case", "承诺书中没有待补的材料", "case.refused.commitment_empty")
REFUSED_UNKNOWN_HANDOFF = translate("Case", "未知的出件方式 {method!r}", "case.refused.unknown_handoff")
REFUSED_HANDOFF_DETAIL = translate("Case", "{method}须填写{detail}", "case.refused.handoff_detail")
REFUSED_NOT_CONDITIONAL = translate("Case", "该办件不是容缺受理，没有可撤销的承诺", "case.refused.not_conditional")
REFUSED_COMMITMENT_KEPT = translate("Case", "容缺材料已补齐，承诺已履行", "case.refused.commitment_kept")
REFUSED_WITHHOLD_ONLY = translate(
    "Case",
    "该事项的逾期处理办法是暂缓发放结果，不撤销受理",
    "case.refused.withhold_only",
)
REFUSED_NOT_OVERDUE = translate("Case", "容缺承诺期限 {due_date} 尚未逾期", "case.refused.not_overdue")
REFUSED_NO_REASON = translate("Case", "必须写明理由", "case.refused.no_reason")
REFUSED_PROMISED_AFTER_STATUTORY = translate(
    "Case",
    "承诺办结日期 {promised} 晚于法定办结日期 {statutory}",
    "case.refused.promised_after_statutory",
)

NO_ITEMS = translate("Case", "办件至少要有一个事项", "case.new.no_items")
NO_NUMBER = translate("Case", "办件编号不能为空", "case.new.no_number")

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar

__all__ = [
    "STATE_LABELS",
    "TRANSITIONS",
    "Agent",
    "Applicant",
    "ApplicantKind",
    "Case",
    "CaseState",
    "CommitmentOpen",
    "Deficiency",
    "DomainError",
    "HandoffMethod",
    "IllegalTransition",
    "MaterialRecord",
    "MaterialStatus",
]


@dataclass(slots=True)
class Case:
    """One application. ``case_id`` is a client-made UUID; ``case_no`` the human number (``numbering``)."""

    case_id: str
    case_no: str
    item_codes: tuple[str, ...]  # one item, or several for 一件事一次办
    catalog_version: str
    applicant: Applicant
    received_at: datetime  # when the window received the application (aware)
    first_clerk: Actor  # 首问负责
    bundle_code: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # 情形引导 answers
    agent: Agent | None = None
    materials: dict[str, MaterialRecord] = field(default_factory=dict)
    state: CaseState = CaseState.DRAFT
    resumed_from: str = ""  # case_id of the notified case this intake resumes
    events: list[DomainEvent] = field(default_factory=list)  # the whole history, oldest first
    promised_date: date | None = None  # the date promised now (moved by suspensions and 延期)
    statutory_date: date | None = None
    # --- added with the behaviour (all with defaults) ---
    promised_deadline: Deadline | None = None  # how the promised date was computed (calendar version included)
    statutory_deadline: Deadline | None = None
    commitment: Commitment | None = None  # 容缺受理承诺书
    suspensions: list[Suspension] = field(default_factory=list)  # 中止 periods, the last may still run
    notice_due: date | None = None  # deferred 一次性告知 (regulation 000, Art. 25)
    notified_codes: tuple[str, ...] = ()  # materials listed on the 一次性告知单
    decision_reason: str = ""  # why rejected / denied / revoked
    result_name: str = ""  # 结果名称 of an approval
    result_file: ResultFile | None = None  # the result document the back office uploaded (its scan or PDF)
    delay_reason: str = ""  # 延期 reason (the last one)
    handoff_method: str = ""  # HandoffMethod value once handed off
    handoff_details: dict[str, str] = field(default_factory=dict)  # tracking number, locker cell, collector...
    #: The stored version this copy was loaded at (0: never saved); a save from an older copy is refused (G5).
    version: int = 0
    ticket: QueueTicket | None = None  # 叫号 ticket the applicant was served under; None: started without one

    # ------------------------------------------------------------------ creation

    @classmethod
    def new(
        cls,
        *,
        actor: Actor,
        clock: Clock,
        case_no: str,
        item_codes: Sequence[str],
        catalog_version: str,
        applicant: Applicant,
        bundle_code: str = "",
        answers: Mapping[str, str] | None = None,
        agent: Agent | None = None,
        resumed_from: str = "",
        case_id: str | None = None,
        ticket: QueueTicket | None = None,
    ) -> Case:
        """A new draft received now by ``actor`` (首问负责); emits ``case.drafted``. ``ticket``: the hall queue's
        ticket the applicant was called under (its waiting time goes into the payload), None for a case without one."""
        if not item_codes:
            raise DomainError(Message(NO_ITEMS))
        if not case_no.strip():
            raise DomainError(Message(NO_NUMBER))
        case = cls(
            case_id=case_id or new_id(),
            case_no=case_no,
            item_codes=tuple(item_codes),
            catalog_version=catalog_version,
            applicant=applicant,
            received_at=_now(clock),
            first_clerk=actor,
            bundle_code=bundle_code,
            answers=dict(answers or {}),
            agent=agent,
            resumed_from=resumed_from,
            ticket=ticket,
        )
        payload: dict[str, JSONValue] = {
            "case_no": case_no,
            "item_codes": list(case.item_codes),
            "catalog_version": catalog_version,
            "bundle_code": bundle_code,
            "resumed_from": resumed_from,
            # the back office lists cases by applicant (regulation 002, 三: 材料上传一体化平台实时流转)
            "applicant": {
                "kind": applicant.kind.value,
                "name": applicant.name,
                "id_type": applicant.id_type,
                "id_number": applicant.id_number,
                "phone": applicant.phone,
            },
            "ticket": ticket.to_json() if ticket is not None else None,  # null: started without a ticket
        }
        case._emit(EventKind.DRAFTED, actor, case.received_at, payload)
        return case

    # ------------------------------------------------------------------ state changes

    def notify(self, actor: Actor, clock: Clock, deficiencies: Sequence[Deficiency]) -> DomainEvent:
        """一次性告知: every missing or defective material, with its reason and remedy (regulation 000, Art. 25)."""
        self._check(Action.NOTIFY)
        if not deficiencies:
            self._refuse(Action.NOTIFY, Message(REFUSED_NOTICE_EMPTY))
        for d in deficiencies:
            status = MaterialStatus.DEFECTIVE if d.defective else MaterialStatus.MISSING
            rec = self.materials.get(d.code) or MaterialRecord(code=d.code, name=d.name)
            self.materials[d.code] = replace(rec, status=status, reason=d.reason, remedy=d.remedy)
        self.notified_codes = tuple(d.code for d in deficiencies)
        return self._go(Action.NOTIFY, actor, clock, {"deficiencies": [d.to_json() for d in deficiencies]})

    def reject(self, actor: Actor, clock: Clock, reason: str) -> DomainEvent:
        """不予受理, with the reason printed on the notice."""
        self._check(Action.REJECT)
        reason = self._need_reason(Action.REJECT, reason)
        self.decision_reason = reason
        return self._go(Action.REJECT, actor, clock, {"reason": reason})

    def complete(self, actor: Actor, clock: Clock) -> DomainEvent:
        """即办件 done on the spot."""
        self._check(Action.COMPLETE)
        return self._go(Action.COMPLETE, actor, clock, {})

    def accept(
        self, actor: Actor, clock: Clock, promised_date: date | Deadline, statutory_date: date | Deadline
    ) -> DomainEvent:
        """受理: with the promised and statutory dates (or the ``Deadline``s that computed them)."""
        self._check(Action.ACCEPT)
        self._set_dates(Action.ACCEPT, promised_date, statutory_date)
        return self._go(Action.ACCEPT, actor, clock, case_records.dates_payload(self))

    def accept_conditional(
        self,
        actor: Actor,
        clock: Clock,
        commitment: Commitment,
        promised_date: date | Deadline | None = None,
        statutory_date: date | Deadline | None = None,
    ) -> DomainEvent:
        """容缺受理 against the signed ``commitment``; its materials are marked WAIVED."""
        self._check(Action.ACCEPT_CONDITIONAL)
        if commitment.case_id != self.case_id:
            self._refuse(Action.ACCEPT_CONDITIONAL, Message(REFUSED_COMMITMENT_OTHER_CASE))
        if not commitment.missing():
            self._refuse(Action.ACCEPT_CONDITIONAL, Message(REFUSED_COMMITMENT_EMPTY))
        if promised_date is not None and statutory_date is not None:
            self._set_dates(Action.ACCEPT_CONDITIONAL, promised_date, statutory_date)
        for code in commitment.material_codes:
            rec = self.materials.get(code) or MaterialRecord(code=code, name=commitment.names.get(code, code))
            self.materials[code] = replace(rec, status=MaterialStatus.WAIVED)
        self.commitment = commitment
        payload = case_records.dates_payload(self)
        payload["commitment"] = commitment.to_json()
        return self._go(Action.ACCEPT_CONDITIONAL, actor, clock, payload)

    def submit(self, actor: Actor, clock: Clock) -> DomainEvent:
        """Paper materials passed to the back office (材料流转)."""
        self._check(Action.SUBMIT)
        return self._go(Action.SUBMIT, actor, clock, {})

    def start_review(self, actor: Actor, clock: Clock) -> DomainEvent:
        self._check(Action.START_REVIEW)
        return self._go(Action.START_REVIEW, actor, clock, {})

    def approve(self, actor: Actor, clock: Clock, result_name: str = "") -> DomainEvent:
        self._check(Action.APPROVE)
        self.result_name = result_name
        return self._go(Action.APPROVE, actor, clock, {"result_name": result_name})

    def deny(self, actor: Actor, clock: Clock, reason: str) -> DomainEvent:
        self._check(Action.DENY)
        reason = self._need_reason(Action.DENY, reason)
        self.decision_reason = reason
        return self._go(Action.DENY, actor, clock, {"reason": reason})

    def mark_result_ready(self, actor: Actor, clock: Clock) -> DomainEvent:
        self._check(Action.MARK_RESULT_READY)
        return self._go(Action.MARK_RESULT_READY, actor, clock, {})

    def hand_off(
        self, actor: Actor, clock: Clock, method: HandoffMethod | str, details: Mapping[str, str] | None = None
    ) -> DomainEvent:
        """出件 by ``method``; a 容缺 case only once its commitment is fulfilled (``CommitmentOpen`` otherwise).

        ``details``: "proxy" needs ``collector_name``, "ems" ``tracking_no``, "locker" ``cell``."""
        self._check(Action.HAND_OFF)
        try:
            how = HandoffMethod(method)
        except ValueError:
            self._refuse(Action.HAND_OFF, Message(REFUSED_UNKNOWN_HANDOFF, method=method))
        info = {str(k): str(v) for k, v in (details or {}).items()}
        for key in HANDOFF_NEEDS[how]:
            if not info.get(key, "").strip():
                self._refuse(
                    Action.HAND_OFF,
                    Message(REFUSED_HANDOFF_DETAIL, method=HANDOFF_LABELS[how], detail=HANDOFF_DETAIL_LABELS[key]),
                )
        c = self.commitment
        if c is not None and c.status is not CommitmentStatus.FULFILLED:
            raise CommitmentOpen(self.case_no, c.missing_names(), c.signed_at.astimezone(CST).date().isoformat())
        self.handoff_method = how.value
        self.handoff_details = info
        return self._go(Action.HAND_OFF, actor, clock, {"method": how.value, "details": dict(info)})

    def close(self, actor: Actor, clock: Clock) -> DomainEvent:
        self._check(Action.CLOSE)
        return self._go(Action.CLOSE, actor, clock, {})

    def revoke(self, actor: Actor, clock: Clock, reason: str) -> DomainEvent:
        """撤销容缺受理: the promise was broken (the commitment marked overdue, ``mark_commitment_overdue``) and the
        item's overdue rule is REVOKE (regulation 002, 三 (三): "超期处理办法")."""
        self._check(Action.REVOKE)
        reason = self._need_reason(Action.REVOKE, reason)
        c = self.commitment
        if c is None:
            self._refuse(Action.REVOKE, Message(REFUSED_NOT_CONDITIONAL))
        if c.status is CommitmentStatus.FULFILLED:
            self._refuse(Action.REVOKE, Message(REFUSED_COMMITMENT_KEPT))
        if c.overdue_rule is not OverdueRule.REVOKE:
            self._refuse(Action.REVOKE, Message(REFUSED_WITHHOLD_ONLY))
        if c.status is not CommitmentStatus.OVERDUE:
            self._refuse(Action.REVOKE, Message(REFUSED_NOT_OVERDUE, due_date=c.due_date.isoformat()))
        self.decision_reason = reason
        return self._go(Action.REVOKE, actor, clock, {"reason": reason, "missing": list(c.missing())})

    # ------------------------------------------------------------------ what the server says

    def apply_server_change(self, change: server_fold.ServerChange) -> None:
        """Fold one change the central server sent of this case (``server_fold``): its event's back-office fields,
        a remote case's summary, the server's state when given, the event appended as it came."""
        server_fold.apply_server_change(self, change)

    def apply_server_event(self, event: DomainEvent, server_state: str | None = None) -> bool:
        """Fold an event the central server sent of this window's own case (``server_fold``); False when the event
        was already in the history."""
        return server_fold.apply_server_event(self, event, server_state)

    def apply_snapshot(self, server_state: str) -> bool:
        """Take the state the server's snapshot gives (``server_fold``); False when nothing changed."""
        return server_fold.apply_snapshot_state(self, server_state)

    # ------------------------------------------------------------------ events that keep the state

    def confirm_delivery(self, actor: Actor, clock: Clock, delivered_on: date, note: str = "") -> DomainEvent:
        """EMS: the post office reports the item delivered (``delivery_records``)."""
        return delivery_records.confirm_delivery(self, actor, _now(clock), delivered_on, note)

    def record_locker_pickup(self, actor: Actor, clock: Clock) -> DomainEvent:
        """The applicant took the result out of the self-service locker (``delivery_records``)."""
        return delivery_records.record_locker_pickup(self, actor, _now(clock))

    def record_material(
        self,
        actor: Actor,
        clock: Clock,
        code: str,
        name: str,
        status: MaterialStatus,
        form: MaterialForm | None = None,
        copies: int = 0,
        reason: str = "",
        remedy: str = "",
        pages: tuple[PageRef, ...] = (),
        source: str = "",
        reference: str = "",
    ) -> DomainEvent:
        """What the window holds of one material, at intake (draft only): ``pages`` its scans (by hash),
        ``source``/``reference`` where data sharing found it (免提交)."""
        rec = MaterialRecord(code, name, status, form, copies, reason, remedy, tuple(pages), source, reference)
        return case_records.record_material(self, actor, _now(clock), rec)

    def supplement_material(
        self,
        actor: Actor,
        clock: Clock,
        code: str,
        form: MaterialForm | None = None,
        copies: int = 1,
        pages: tuple[PageRef, ...] = (),
    ) -> DomainEvent:
        """A 容缺 material arrives; ``pages``: its scans (by hash), carried in the event like an intake material's,
        so the hash chain covers them and the center takes them for the back office."""
        return case_records.supplement_material(self, actor, _now(clock), code, form, copies, pages)

    def close_commitment(self, actor: Actor, clock: Clock) -> DomainEvent:
        """办结承诺: every promised material has come."""
        return case_records.close_commitment(self, actor, _now(clock))

    def mark_commitment_overdue(self, actor: Actor, clock: Clock, calendar: WorkCalendar) -> DomainEvent:
        """The promise's due date has passed with materials still missing."""
        return case_records.mark_commitment_overdue(self, actor, _now(clock), calendar)

    def delay(self, actor: Actor, clock: Clock, new_date: date, reason: str, approved_by: str = "") -> DomainEvent:
        """延期 (regulation 001, 限时办结制: "提前告知当事人延时办理的理由"): a later promised date, with the reason
        and who approved it (《行政许可法》 art. 42: 经本行政机关负责人批准; checked by ``domain.extension``)."""
        return case_records.delay(self, actor, _now(clock), new_date, reason, approved_by)

    def suspend(self, actor: Actor, clock: Clock, kind: SuspensionKind, reason: str) -> DomainEvent:
        """中止计时 for 补正 or a 特别程序 (现场勘验, 听证, 专家评审)."""
        return case_records.suspend(self, actor, _now(clock), kind, reason)

    def resume(self, actor: Actor, clock: Clock, calendar: WorkCalendar) -> DomainEvent:
        """恢复计时: the promised and statutory dates move by the working days the suspension lasted."""
        return case_records.resume(self, actor, _now(clock), calendar)

    def defer_notice(self, actor: Actor, clock: Clock, due_date: date, question: str = "") -> DomainEvent:
        """A complex question: the applicant is told by ``due_date`` (regulation 000, Art. 25: within 2 working days;
        see ``deadlines.notice_deadlines`` for the due date and the 5-day statutory limit)."""
        return case_records.defer_notice(self, actor, _now(clock), due_date, question)

    def renumber(self, actor: Actor, clock: Clock, case_no: str, reason: str) -> DomainEvent:
        """A new number for a case whose number the center refused as another case's (issue 17)."""
        return case_records.renumber(self, actor, _now(clock), case_no, reason)

    def recompute_deadlines(
        self, actor: Actor, clock: Clock, calendar: WorkCalendar, reason: str
    ) -> DomainEvent | None:
        """Count the deadlines that used a provisional year again on ``calendar`` (the official year has arrived);
        one ``case.deadlines_recomputed`` event with what moved and why, or None when there is nothing to recount
        (see ``domain/recompute.py``)."""
        if self.state in FINAL_STATES or self.state is CaseState.HANDED_OFF:
            return None
        result = recount(self, calendar)
        if result is None:
            return None
        apply_recount(self, result)
        return self._emit(RECOMPUTED_KIND, actor, _now(clock), result.payload(reason))

    # ------------------------------------------------------------------ queries

    @property
    def suspended(self) -> bool:
        return bool(self.suspensions) and self.suspensions[-1].end is None

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    def can(self, action: Action) -> bool:
        """Whether the transition table allows ``action`` now (preconditions aside)."""
        return ACTION_TARGET[action] in TRANSITIONS[self.state]

    # ------------------------------------------------------------------ internals

    def _check(self, action: Action) -> None:
        if not self.can(action):
            raise IllegalTransition(
                self.case_no, self.state, ACTION_LABELS[action], transition_reason(self.state, action)
            )

    def _refuse(self, action: Action, why: str) -> NoReturn:
        raise IllegalTransition(self.case_no, self.state, ACTION_LABELS[action], why)

    def _need_reason(self, action: Action, reason: str) -> str:
        if not reason.strip():
            self._refuse(action, Message(REFUSED_NO_REASON))
        return reason.strip()

    def _set_dates(self, action: Action, promised: date | Deadline, statutory: date | Deadline) -> None:
        p_date = promised.due if isinstance(promised, Deadline) else promised
        s_date = statutory.due if isinstance(statutory, Deadline) else statutory
        if p_date > s_date:
            self._refuse(
                action,
                Message(REFUSED_PROMISED_AFTER_STATUTORY, promised=p_date.isoformat(), statutory=s_date.isoformat()),
            )
        self.promised_date, self.statutory_date = p_date, s_date
        self.promised_deadline = promised if isinstance(promised, Deadline) else None
        self.statutory_deadline = statutory if isinstance(statutory, Deadline) else None

    def _go(self, action: Action, actor: Actor, clock: Clock, payload: dict[str, JSONValue]) -> DomainEvent:
        before = self.state
        self.state = ACTION_TARGET[action]
        payload = {"from": before.value, "to": self.state.value, **payload}
        return self._emit(ACTION_KINDS[action], actor, _now(clock), payload)

    def _emit(self, kind: EventKind, actor: Actor, at: datetime, payload: dict[str, JSONValue]) -> DomainEvent:
        return case_records.append_record(self, kind, actor, at, payload)


def _now(clock: Clock) -> datetime:
    at = clock.now()
    if at.tzinfo is None:
        raise ValueError("Clock.now() must be timezone-aware")
    return at
