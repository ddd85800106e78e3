"""The case state machine as data: states, actions, the full transition table, Chinese labels and the errors.

DESIGN.md "The case, as a state machine"::

    draft ─► notified | rejected | completed | accepted | accepted_conditional
    accepted, accepted_conditional ─► submitted ─► in_review ─► approved | denied
    approved, denied ─► result_ready ─► handed_off ─► closed

plus ``revoked``: a 容缺 acceptance revoked because the promise was broken and the item's overdue rule is REVOKE
(regulation 002, 三 (三): "一次性告知需补正的材料、时限和超期处理办法"), reachable from accepted_conditional, submitted
and in_review. ``notified``, ``rejected``, ``completed``, ``revoked`` and ``closed`` are final.

``CaseState`` lives here (and is re-exported by ``case``) so that the table needs nothing of the case's data.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from govdesk.domain.errors import GovdeskError
from govdesk.domain.event_kinds import EventKind, kind_of_state
from govdesk.domain.events import Role
from govdesk.domain.messages import ENUMERATION, Message, join, translate

ILLEGAL = translate(
    "CaseRules", "办件 {case_no} 当前状态为“{state}”，不能执行“{action}”：{why}", "case.rules.illegal_transition"
)
ILLEGAL_HERE = translate("CaseRules", "办件当前状态为“{state}”，不能执行“{action}”：{why}", "case.rules.illegal_here")
NOT_RUNNING = translate(
    "CaseRules", "办件当前状态为“{state}”，不能{record}：只有已受理、尚未审结的办件可以", "case.rules.not_running"
)
STILL_MISSING = translate("CaseRules", "尚缺{materials}", "case.rules.still_missing")
NOT_CLOSED = translate("CaseRules", "材料已补齐，但承诺尚未办结", "case.rules.not_closed")
COMMITMENT_OPEN = translate(
    "CaseRules",
    "办件 {case_no} 的容缺承诺自 {since} 起未办结（{what}），补齐并办结承诺前不能出件",
    "case.rules.commitment_open",
)
FINAL = translate("CaseRules", "“{state}”是终结状态，不能再转为“{target}”", "case.rules.final")
QUOTED = translate("CaseRules", "“{label}”", "case.rules.quoted")
ONLY_FROM = translate("CaseRules", "只有{allowed}的办件才能转为“{target}”", "case.rules.only_from")
FORBIDDEN_ROLE = translate(
    "CaseRules", "“{role}”角色不能上传此类事件（{kind}），只有{allowed}可以", "case.rules.forbidden_role"
)
UNKNOWN_KIND = translate("CaseRules", "不认识事件类型“{kind}”", "case.rules.unknown_kind")
CASE_EXISTS = translate("CaseRules", "该办件已在中心登记，不能重新收件", "case.rules.case_exists")
UNKNOWN_CASE = translate("CaseRules", "中心没有该办件的收件记录，请先上传收件事件", "case.rules.unknown_case")


class CaseState(StrEnum):
    DRAFT = "draft"
    NOTIFIED = "notified"  # 一次性告知 given; may be resumed as a new intake linked to it
    REJECTED = "rejected"  # 不予受理
    COMPLETED = "completed"  # 即办件 done on the spot
    ACCEPTED = "accepted"  # 受理
    ACCEPTED_CONDITIONAL = "accepted_conditional"  # 容缺受理: commitment open
    SUBMITTED = "submitted"  # passed to the back office
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    DENIED = "denied"
    RESULT_READY = "result_ready"
    HANDED_OFF = "handed_off"
    CLOSED = "closed"
    REVOKED = "revoked"  # 容缺受理被撤销 (promise broken, overdue rule REVOKE)


class Action(StrEnum):
    """The state-changing actions; each is a method of ``Case`` of the same name."""

    NOTIFY = "notify"
    REJECT = "reject"
    COMPLETE = "complete"
    ACCEPT = "accept"
    ACCEPT_CONDITIONAL = "accept_conditional"
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    APPROVE = "approve"
    DENY = "deny"
    MARK_RESULT_READY = "mark_result_ready"
    HAND_OFF = "hand_off"
    CLOSE = "close"
    REVOKE = "revoke"


S = CaseState

#: The state each action leads to.
ACTION_TARGET: Mapping[Action, CaseState] = MappingProxyType(
    {
        Action.NOTIFY: S.NOTIFIED,
        Action.REJECT: S.REJECTED,
        Action.COMPLETE: S.COMPLETED,
        Action.ACCEPT: S.ACCEPTED,
        Action.ACCEPT_CONDITIONAL: S.ACCEPTED_CONDITIONAL,
        Action.SUBMIT: S.SUBMITTED,
        Action.START_REVIEW: S.IN_REVIEW,
        Action.APPROVE: S.APPROVED,
        Action.DENY: S.DENIED,
        Action.MARK_RESULT_READY: S.RESULT_READY,
        Action.HAND_OFF: S.HANDED_OFF,
        Action.CLOSE: S.CLOSED,
        Action.REVOKE: S.REVOKED,
    }
)

#: The FULL transition table: every state and the states it may move to. Final states map to the empty set.
TRANSITIONS: Mapping[CaseState, frozenset[CaseState]] = MappingProxyType(
    {
        S.DRAFT: frozenset({S.NOTIFIED, S.REJECTED, S.COMPLETED, S.ACCEPTED, S.ACCEPTED_CONDITIONAL}),
        S.NOTIFIED: frozenset(),
        S.REJECTED: frozenset(),
        S.COMPLETED: frozenset(),
        S.ACCEPTED: frozenset({S.SUBMITTED}),
        S.ACCEPTED_CONDITIONAL: frozenset({S.SUBMITTED, S.REVOKED}),
        S.SUBMITTED: frozenset({S.IN_REVIEW, S.REVOKED}),
        S.IN_REVIEW: frozenset({S.APPROVED, S.DENIED, S.REVOKED}),
        S.APPROVED: frozenset({S.RESULT_READY}),
        S.DENIED: frozenset({S.RESULT_READY}),
        S.RESULT_READY: frozenset({S.HANDED_OFF}),
        S.HANDED_OFF: frozenset({S.CLOSED}),
        S.CLOSED: frozenset(),
        S.REVOKED: frozenset(),
    }
)

FINAL_STATES: frozenset[CaseState] = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)


def _from(state: CaseState) -> frozenset[CaseState]:
    """``state`` and every state reachable from it."""
    found, todo = {state}, [state]
    while todo:
        for later in TRANSITIONS[todo.pop()] - found:
            found.add(later)
            todo.append(later)
    return frozenset(found)


#: 结果待领取 and every state after it. The table is one-way from there (none of them is reached another way), so a
#: case in one of them is or has been ready for hand-off: it concerns every window of its center (综合窗口出件; the
#: center's station-scoped pull and both sides' G4, issue 17).
READY_AND_AFTER: frozenset[CaseState] = _from(S.RESULT_READY)

#: States in which the case's clock runs (it may be suspended, delayed, and its 容缺 materials supplemented).
RUNNING_STATES: frozenset[CaseState] = frozenset({S.ACCEPTED, S.ACCEPTED_CONDITIONAL, S.SUBMITTED, S.IN_REVIEW})

STATE_LABELS: Mapping[CaseState, str] = MappingProxyType(
    {
        S.DRAFT: Message(translate("CaseState", "收件中", "case.state.draft")),
        S.NOTIFIED: Message(translate("CaseState", "已一次性告知", "case.state.notified")),
        S.REJECTED: Message(translate("CaseState", "不予受理", "case.state.rejected")),
        S.COMPLETED: Message(translate("CaseState", "已即办办结", "case.state.completed")),
        S.ACCEPTED: Message(translate("CaseState", "已受理", "case.state.accepted")),
        S.ACCEPTED_CONDITIONAL: Message(translate("CaseState", "已容缺受理", "case.state.accepted_conditional")),
        S.SUBMITTED: Message(translate("CaseState", "已流转后台", "case.state.submitted")),
        S.IN_REVIEW: Message(translate("CaseState", "审批中", "case.state.in_review")),
        S.APPROVED: Message(translate("CaseState", "审批通过", "case.state.approved")),
        S.DENIED: Message(translate("CaseState", "审批不予许可", "case.state.denied")),
        S.RESULT_READY: Message(translate("CaseState", "结果待领取", "case.state.result_ready")),
        S.HANDED_OFF: Message(translate("CaseState", "已出件", "case.state.handed_off")),
        S.CLOSED: Message(translate("CaseState", "已办结归档", "case.state.closed")),
        S.REVOKED: Message(translate("CaseState", "容缺受理已撤销", "case.state.revoked")),
    }
)

ACTION_LABELS: Mapping[Action, str] = MappingProxyType(
    {
        Action.NOTIFY: Message(translate("CaseAction", "一次性告知", "case.action.notify")),
        Action.REJECT: Message(translate("CaseAction", "不予受理", "case.action.reject")),
        Action.COMPLETE: Message(translate("CaseAction", "即办办结", "case.action.complete")),
        Action.ACCEPT: Message(translate("CaseAction", "受理", "case.action.accept")),
        Action.ACCEPT_CONDITIONAL: Message(translate("CaseAction", "容缺受理", "case.action.accept_conditional")),
        Action.SUBMIT: Message(translate("CaseAction", "流转后台", "case.action.submit")),
        Action.START_REVIEW: Message(translate("CaseAction", "开始审批", "case.action.start_review")),
        Action.APPROVE: Message(translate("CaseAction", "审批通过", "case.action.approve")),
        Action.DENY: Message(translate("CaseAction", "审批不予许可", "case.action.deny")),
        Action.MARK_RESULT_READY: Message(translate("CaseAction", "结果待领取", "case.action.mark_result_ready")),
        Action.HAND_OFF: Message(translate("CaseAction", "出件", "case.action.hand_off")),
        Action.CLOSE: Message(translate("CaseAction", "办结归档", "case.action.close")),
        Action.REVOKE: Message(translate("CaseAction", "撤销容缺受理", "case.action.revoke")),
    }
)


def allowed_actions(state: CaseState) -> frozenset[Action]:
    """The state-changing actions the table allows from ``state``."""
    return frozenset(a for a, target in ACTION_TARGET.items() if target in TRANSITIONS[state])


class DomainError(GovdeskError):
    """A rule of the hall was broken; the message is Chinese and meant for the clerk."""


class IllegalTransition(DomainError):
    """An action the case's current state does not allow (or whose precondition fails)."""

    def __init__(self, case_no: str, state: CaseState, action: str, why: str) -> None:
        self.case_no = case_no
        self.state = state
        self.action = action
        self.why = why
        super().__init__(Message(ILLEGAL, case_no=case_no, state=STATE_LABELS[state], action=action, why=why))


class CommitmentOpen(DomainError):
    """A 容缺 case whose promised materials have not all come cannot be handed off (regulation 002, 一 and 三 (三))."""

    def __init__(self, case_no: str, missing_names: tuple[str, ...], since: str) -> None:
        self.case_no = case_no
        self.missing_names = missing_names
        self.since = since
        what = (
            Message(STILL_MISSING, materials=join(missing_names, ENUMERATION)) if missing_names else Message(NOT_CLOSED)
        )
        super().__init__(Message(COMMITMENT_OPEN, case_no=case_no, since=since, what=what))


def transition_reason(state: CaseState, action: Action) -> Message:
    """Why the table refuses ``action`` in ``state`` (Chinese), naming both states."""
    target = ACTION_TARGET[action]
    if state in FINAL_STATES:
        return Message(FINAL, state=STATE_LABELS[state], target=STATE_LABELS[target])
    sources = sorted((s for s, nxt in TRANSITIONS.items() if target in nxt), key=list(CaseState).index)
    allowed = join((Message(QUOTED, label=STATE_LABELS[s]) for s in sources), ENUMERATION)
    return Message(ONLY_FROM, allowed=allowed, target=STATE_LABELS[target])


# ---------------------------------------------------------------------------------------------------------- events
# The central server derives a case's state from the event KIND alone, through the table above (DESIGN.md "Trust":
# "state comes only through the state machine"); nothing in a payload (``"to"``) moves a state. The tables below
# say which kind each action emits and which role may send each kind (regulation 000 Art. 20 留痕: who did what).

#: The event that creates a case (``Case.new``): the only kind accepted for a case the server does not know.
CREATED_KIND = EventKind.DRAFTED

#: The kind each action emits: ``case.<target state>``, as ``Case._go`` names it.
ACTION_KINDS: Mapping[Action, EventKind] = MappingProxyType(
    {a: kind_of_state(t.value) for a, t in ACTION_TARGET.items()}
)
KIND_ACTIONS: Mapping[str, Action] = MappingProxyType({kind: a for a, kind in ACTION_KINDS.items()})

_INTAKE = frozenset({Role.INTAKE})
#: The windows' roles. An intake clerk may cover the result window (AB岗, regulation 001), so hand-off and the 容缺
#: follow-up are open to both.
_WINDOW = frozenset({Role.INTAKE, Role.ISSUING})
_BACK_OFFICE = frozenset({Role.BACK_OFFICE})
#: Whoever works at a desktop: its records of what was looked at, reprinted or recounted there.
_DESK = frozenset({Role.INTAKE, Role.ISSUING, Role.SUPERVISOR, Role.ADMIN})
_SUPERVISING = frozenset({Role.SUPERVISOR, Role.ADMIN})

#: Who may send each kind: every kind a case can carry. A kind not listed is refused (``unknown_kind``).
KIND_ROLES: Mapping[str, frozenset[Role]] = MappingProxyType(
    {
        CREATED_KIND: _INTAKE,
        # the window's decision on an intake (regulation 000 Art. 25; regulation 002 一: 容缺受理)
        ACTION_KINDS[Action.NOTIFY]: _INTAKE,
        ACTION_KINDS[Action.REJECT]: _INTAKE,
        ACTION_KINDS[Action.COMPLETE]: _INTAKE,
        ACTION_KINDS[Action.ACCEPT]: _INTAKE,
        ACTION_KINDS[Action.ACCEPT_CONDITIONAL]: _INTAKE,
        ACTION_KINDS[Action.SUBMIT]: _INTAKE,  # 材料流转交接 to the back office
        # decided in the back office, at the center (regulation 002 三 (二)): never pushed by a window
        ACTION_KINDS[Action.START_REVIEW]: _BACK_OFFICE,
        ACTION_KINDS[Action.APPROVE]: _BACK_OFFICE,
        ACTION_KINDS[Action.DENY]: _BACK_OFFICE,
        ACTION_KINDS[Action.MARK_RESULT_READY]: _BACK_OFFICE,
        # the back office's records (domain/backoffice.py; regulation 002 三 (二): 各阶段审批信息全部录入)
        EventKind.CORRECTION_REQUESTED: _BACK_OFFICE,  # 补正 asked of the window: the clock stops
        EventKind.STEP_RECORDED: _BACK_OFFICE,  # 审查、决定、制证
        EventKind.RESULT_ATTACHED: _BACK_OFFICE,  # licence number, scanned result
        # handed out at the unified window (regulation 002 三 (三))
        ACTION_KINDS[Action.HAND_OFF]: _WINDOW,
        ACTION_KINDS[Action.CLOSE]: _WINDOW,
        ACTION_KINDS[Action.REVOKE]: _WINDOW,
        # records that move no state
        EventKind.MATERIAL_RECORDED: _INTAKE,
        EventKind.NOTICE_DEFERRED: _INTAKE,
        EventKind.MATERIAL_SUPPLEMENTED: _WINDOW,
        EventKind.COMMITMENT_CLOSED: _WINDOW,
        EventKind.COMMITMENT_OVERDUE: _WINDOW,
        EventKind.DELAYED: _WINDOW,
        EventKind.SUSPENDED: _WINDOW,
        EventKind.RESUMED: _WINDOW,
        EventKind.EVALUATED: _WINDOW,
        EventKind.DELIVERY_CONFIRMED: _WINDOW,
        EventKind.LOCKER_COLLECTED: _WINDOW,
        # the desktop's own records (services/case_events.py, domain/recompute.py)
        EventKind.PERSONAL_DATA_VIEWED: _DESK | _BACK_OFFICE,  # regulation 000 Art. 32 and Art. 20: every look recorded
        EventKind.NOTICE_REPRINTED: _DESK,  # 补打
        EventKind.DEADLINES_RECOMPUTED: _DESK,  # an official holiday year replaces a provisional one (issue 10)
        # a bad rating's 回访核实、整改、反馈 by the supervisor (regulation 000 Art. 52; domain/rating_followup.py)
        EventKind.RATING_FOLLOWED_UP: _SUPERVISING,
        # a case whose number another case of the center already held gets a new one (issue 17; central.quarantine)
        EventKind.RENUMBERED: _WINDOW,
    }
)

#: Records that move no state but make sense only while the case's clock runs (``Case.delay``, ``suspend`` and
#: ``resume`` check it at the window). At the server, the same record on a case the center has decided meanwhile
#: (an offline window's 延期 after the back office denied it) is refused: a conflict, said with both sides.
RECORD_STATES: Mapping[str, frozenset[CaseState]] = MappingProxyType(
    {EventKind.DELAYED: RUNNING_STATES, EventKind.SUSPENDED: RUNNING_STATES, EventKind.RESUMED: RUNNING_STATES}
)
RECORD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        EventKind.DELAYED: Message(translate("CaseAction", "延期办理", "case.record.delayed")),
        EventKind.SUSPENDED: Message(translate("CaseAction", "中止计时", "case.record.suspended")),
        EventKind.RESUMED: Message(translate("CaseAction", "恢复计时", "case.record.resumed")),
        EventKind.DRAFTED: Message(translate("CaseAction", "收件登记", "case.record.drafted")),
        EventKind.MATERIAL_RECORDED: Message(translate("CaseAction", "核验材料", "case.record.material_recorded")),
        EventKind.MATERIAL_SUPPLEMENTED: Message(
            translate("CaseAction", "补交容缺材料", "case.record.material_supplemented")
        ),
        EventKind.COMMITMENT_CLOSED: Message(translate("CaseAction", "承诺办结", "case.record.commitment_closed")),
        EventKind.COMMITMENT_OVERDUE: Message(translate("CaseAction", "承诺逾期", "case.record.commitment_overdue")),
        EventKind.NOTICE_DEFERRED: Message(translate("CaseAction", "延后告知", "case.record.notice_deferred")),
        EventKind.DEADLINES_RECOMPUTED: Message(
            translate("CaseAction", "重新计算期限", "case.record.deadlines_recomputed")
        ),
        EventKind.EVALUATED: Message(translate("CaseAction", "申请人评价", "case.record.evaluated")),
        EventKind.DELIVERY_CONFIRMED: Message(translate("CaseAction", "邮件妥投", "case.record.delivery_confirmed")),
        EventKind.LOCKER_COLLECTED: Message(translate("CaseAction", "智能柜取件", "case.record.locker_collected")),
        EventKind.RENUMBERED: Message(translate("CaseAction", "更换办件编号", "case.record.renumbered")),
        EventKind.CORRECTION_REQUESTED: Message(
            translate("CaseAction", "告知补正", "case.record.correction_requested")
        ),
        EventKind.STEP_RECORDED: Message(translate("CaseAction", "记录办理环节", "case.record.step_recorded")),
        EventKind.RESULT_ATTACHED: Message(translate("CaseAction", "附上办理结果", "case.record.result_attached")),
        EventKind.RATING_FOLLOWED_UP: Message(translate("CaseAction", "差评跟进", "case.record.rating_followed_up")),
        EventKind.PERSONAL_DATA_VIEWED: Message(
            translate("CaseAction", "查看个人信息", "case.record.personal_data_viewed")
        ),
        EventKind.NOTICE_REPRINTED: Message(translate("CaseAction", "补打通知书", "case.record.notice_reprinted")),
    }
)

ROLE_LABELS: Mapping[Role, str] = MappingProxyType(
    {
        Role.INTAKE: Message(translate("CaseRole", "综合受理", "case.role.intake")),
        Role.ISSUING: Message(translate("CaseRole", "出件窗口", "case.role.issuing")),
        Role.SUPERVISOR: Message(translate("CaseRole", "现场巡查", "case.role.supervisor")),
        Role.ADMIN: Message(translate("CaseRole", "管理员", "case.role.admin")),
        Role.BACK_OFFICE: Message(translate("CaseRole", "后台审批", "case.role.back_office")),
        Role.SYSTEM: Message(translate("CaseRole", "系统", "case.role.system")),
    }
)


class EventRefused(DomainError):
    """An event the table does not allow: an unknown kind, a role not allowed it, or an illegal transition.

    ``code`` is machine-readable (``unknown_kind``, ``forbidden_role``, ``unknown_case``, ``case_exists``,
    ``illegal_transition``); the message is Chinese, for the clerk.
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def kind_label(kind: str) -> str:
    """What an event of ``kind`` did, in words (``ACTION_LABELS`` or ``RECORD_LABELS``); the kind itself when it
    is neither (a record the table has no words for)."""
    action = KIND_ACTIONS.get(kind)
    if action is not None:
        return ACTION_LABELS[action]
    return RECORD_LABELS.get(kind, kind)


def role_label(role: str) -> str:
    """A role's words (``ROLE_LABELS``); the text itself when it names no role."""
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def event_target(state: CaseState | None, kind: str, role: Role) -> CaseState:
    """The state a case in ``state`` (None: not known yet) is in after an event of ``kind`` sent by ``role``.

    Raises ``EventRefused`` when the kind is unknown, the role may not send it, or the table forbids the move.
    """
    roles = KIND_ROLES.get(kind)
    if roles is None:
        raise EventRefused("unknown_kind", Message(UNKNOWN_KIND, kind=kind[:64]))
    if role not in roles:
        allowed = join((ROLE_LABELS[r] for r in sorted(roles, key=list(Role).index)), ENUMERATION)
        raise EventRefused(
            "forbidden_role", Message(FORBIDDEN_ROLE, role=ROLE_LABELS[role], kind=kind, allowed=allowed)
        )
    if kind == CREATED_KIND:
        if state is not None:
            raise EventRefused("case_exists", Message(CASE_EXISTS))
        return CaseState.DRAFT
    if state is None:
        raise EventRefused("unknown_case", Message(UNKNOWN_CASE))
    action = KIND_ACTIONS.get(kind)
    if action is None:
        running = RECORD_STATES.get(kind)
        if running is not None and state not in running:
            raise EventRefused(
                "illegal_transition",
                Message(NOT_RUNNING, state=STATE_LABELS[state], record=RECORD_LABELS[kind]),
            )
        return state  # a record: the state stays
    if ACTION_TARGET[action] not in TRANSITIONS[state]:
        why = transition_reason(state, action)
        raise EventRefused(
            "illegal_transition",
            Message(ILLEGAL_HERE, state=STATE_LABELS[state], action=ACTION_LABELS[action], why=why),
        )
    return ACTION_TARGET[action]
