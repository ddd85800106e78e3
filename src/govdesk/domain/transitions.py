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

#: States in which the case's clock runs (it may be suspended, delayed, and its 容缺 materials supplemented).
RUNNING_STATES: frozenset[CaseState] = frozenset({S.ACCEPTED, S.ACCEPTED_CONDITIONAL, S.SUBMITTED, S.IN_REVIEW})

STATE_LABELS: Mapping[CaseState, str] = MappingProxyType(
    {
        S.DRAFT: "收件中",
        S.NOTIFIED: "已一次性告知",
        S.REJECTED: "不予受理",
        S.COMPLETED: "已即办办结",
        S.ACCEPTED: "已受理",
        S.ACCEPTED_CONDITIONAL: "已容缺受理",
        S.SUBMITTED: "已流转后台",
        S.IN_REVIEW: "审批中",
        S.APPROVED: "审批通过",
        S.DENIED: "审批不予许可",
        S.RESULT_READY: "结果待领取",
        S.HANDED_OFF: "已出件",
        S.CLOSED: "已办结归档",
        S.REVOKED: "容缺受理已撤销",
    }
)

ACTION_LABELS: Mapping[Action, str] = MappingProxyType(
    {
        Action.NOTIFY: "一次性告知",
        Action.REJECT: "不予受理",
        Action.COMPLETE: "即办办结",
        Action.ACCEPT: "受理",
        Action.ACCEPT_CONDITIONAL: "容缺受理",
        Action.SUBMIT: "流转后台",
        Action.START_REVIEW: "开始审批",
        Action.APPROVE: "审批通过",
        Action.DENY: "审批不予许可",
        Action.MARK_RESULT_READY: "结果待领取",
        Action.HAND_OFF: "出件",
        Action.CLOSE: "办结归档",
        Action.REVOKE: "撤销容缺受理",
    }
)


def allowed_actions(state: CaseState) -> frozenset[Action]:
    """The state-changing actions the table allows from ``state``."""
    return frozenset(a for a, target in ACTION_TARGET.items() if target in TRANSITIONS[state])


class DomainError(Exception):
    """A rule of the hall was broken; the message is Chinese and meant for the clerk."""


class IllegalTransition(DomainError):
    """An action the case's current state does not allow (or whose precondition fails)."""

    def __init__(self, case_no: str, state: CaseState, action: str, why: str) -> None:
        self.case_no = case_no
        self.state = state
        self.action = action
        self.why = why
        super().__init__(f"办件 {case_no} 当前状态为“{STATE_LABELS[state]}”，不能执行“{action}”：{why}")


class CommitmentOpen(DomainError):
    """A 容缺 case whose promised materials have not all come cannot be handed off (regulation 002, 一 and 三 (三))."""

    def __init__(self, case_no: str, missing_names: tuple[str, ...], since: str) -> None:
        self.case_no = case_no
        self.missing_names = missing_names
        self.since = since
        what = "尚缺" + "、".join(missing_names) if missing_names else "材料已补齐，但承诺尚未办结"
        super().__init__(f"办件 {case_no} 的容缺承诺自 {since} 起未办结（{what}），补齐并办结承诺前不能出件")


def transition_reason(state: CaseState, action: Action) -> str:
    """Why the table refuses ``action`` in ``state`` (Chinese), naming both states."""
    target = ACTION_TARGET[action]
    if state in FINAL_STATES:
        return f"“{STATE_LABELS[state]}”是终结状态，不能再转为“{STATE_LABELS[target]}”"
    sources = sorted((s for s, nxt in TRANSITIONS.items() if target in nxt), key=list(CaseState).index)
    allowed = "、".join(f"“{STATE_LABELS[s]}”" for s in sources)
    return f"只有{allowed}的办件才能转为“{STATE_LABELS[target]}”"
