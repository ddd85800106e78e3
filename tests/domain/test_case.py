"""The case state machine: the FULL transition table (every state x action), and random walks over it."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.case import STATE_LABELS, TRANSITIONS, Case, CaseState
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.transitions import (
    ACTION_LABELS,
    ACTION_TARGET,
    FINAL_STATES,
    Action,
    CommitmentOpen,
    DomainError,
    IllegalTransition,
    allowed_actions,
)
from tests.domain.test_case_builders import INTAKE, T0, case_in, clock, do, fulfil, new_case

S = CaseState

#: DESIGN.md's graph, written out edge by edge, plus ``revoked``.
EXPECTED_EDGES = {
    (S.DRAFT, S.NOTIFIED),
    (S.DRAFT, S.REJECTED),
    (S.DRAFT, S.COMPLETED),
    (S.DRAFT, S.ACCEPTED),
    (S.DRAFT, S.ACCEPTED_CONDITIONAL),
    (S.ACCEPTED, S.SUBMITTED),
    (S.ACCEPTED_CONDITIONAL, S.SUBMITTED),
    (S.SUBMITTED, S.IN_REVIEW),
    (S.IN_REVIEW, S.APPROVED),
    (S.IN_REVIEW, S.DENIED),
    (S.APPROVED, S.RESULT_READY),
    (S.DENIED, S.RESULT_READY),
    (S.RESULT_READY, S.HANDED_OFF),
    (S.HANDED_OFF, S.CLOSED),
    (S.ACCEPTED_CONDITIONAL, S.REVOKED),
    (S.SUBMITTED, S.REVOKED),
    (S.IN_REVIEW, S.REVOKED),
}


def test_table_is_the_design_graph() -> None:
    assert set(TRANSITIONS) == set(CaseState)
    assert {(a, b) for a, nxt in TRANSITIONS.items() for b in nxt} == EXPECTED_EDGES
    assert {S.NOTIFIED, S.REJECTED, S.COMPLETED, S.CLOSED, S.REVOKED} == FINAL_STATES
    assert set(STATE_LABELS) == set(CaseState) and set(ACTION_LABELS) == set(Action)
    assert len(set(STATE_LABELS.values())) == len(CaseState)
    assert sorted(ACTION_TARGET.values()) == sorted(set(CaseState) - {S.DRAFT})  # one action per target state


def test_new_draft() -> None:
    clk = clock()
    case = new_case(clk)
    assert uuid.UUID(case.case_id)
    assert case.state is S.DRAFT and case.received_at == T0 and case.first_clerk == INTAKE
    (event,) = case.events
    assert (event.kind, event.actor, event.occurred_at, event.case_id) == ("case.drafted", INTAKE, T0, case.case_id)
    assert event.payload["case_no"] == case.case_no
    with pytest.raises(DomainError, match="至少要有一个事项"):
        Case.new(actor=INTAKE, clock=clk, case_no="X", item_codes=(), catalog_version="v", applicant=case.applicant)


@pytest.mark.parametrize(("state", "action"), list(itertools.product(CaseState, Action)))
def test_every_state_and_action(state: CaseState, action: Action) -> None:
    case, clk = case_in(state)
    target = ACTION_TARGET[action]
    if action is Action.REVOKE and target in TRANSITIONS[state]:
        do(case, "overdue", clk)  # revoking needs a broken promise
    before = len(case.events)
    if target in TRANSITIONS[state]:
        do(case, action.value, clk)
        assert case.state is target
        assert len(case.events) == before + 1
        event = case.events[-1]
        assert event.kind == f"case.{target.value}"
        assert event.occurred_at == clk.now() and event.actor.clerk_id
        assert event.payload["from"] == state.value and event.payload["to"] == target.value
        assert event.case_id == case.case_id
    else:
        with pytest.raises(IllegalTransition) as info:
            do(case, action.value, clk)
        message = str(info.value)
        assert message.startswith(
            f"办件 {case.case_no} 当前状态为“{STATE_LABELS[state]}”，不能执行“{ACTION_LABELS[action]}”："
        )
        assert STATE_LABELS[target] in message  # names both states
        assert case.state is state and len(case.events) == before  # untouched


def test_example_message() -> None:
    case, clk = case_in(S.ACCEPTED)
    with pytest.raises(IllegalTransition) as info:
        case.reject(INTAKE, clk, "不属于本中心受理范围")
    assert str(info.value) == (
        f"办件 {case.case_no} 当前状态为“已受理”，不能执行“不予受理”：只有“收件中”的办件才能转为“不予受理”"
    )
    case, clk = case_in(S.CLOSED)
    with pytest.raises(IllegalTransition, match="“已办结归档”是终结状态"):
        case.submit(INTAKE, clk)


@settings(max_examples=80, deadline=None)
@given(choices=st.lists(st.tuples(st.sampled_from(list(Action)), st.booleans()), max_size=14))
def test_random_walks_stay_in_the_graph(choices: list[tuple[Action, bool]]) -> None:
    """Any action, legal or not: legal ones move along an edge and add exactly one event; illegal ones change
    nothing. (The boolean, before any action but revoke, fulfils an open 容缺 commitment first: two more events;
    before revoke, it lets the promise be broken first: one more event.)"""
    case, clk = case_in(S.DRAFT)
    expected_events = 1
    for action, fulfil_first in choices:
        c = case.commitment
        if fulfil_first and action is not Action.REVOKE and c is not None and c.status is CommitmentStatus.OPEN:
            fulfil(case, clk)
            expected_events += 2
        before = case.state
        legal = action in allowed_actions(before)
        c = case.commitment
        if legal and action is Action.REVOKE and c is not None and c.status is CommitmentStatus.OPEN and fulfil_first:
            do(case, "overdue", clk)  # the boolean, for revoke: let the promise be broken first
            expected_events += 1
        if action is Action.REVOKE and (c is None or c.status is not CommitmentStatus.OVERDUE):
            legal = False
        if action is Action.HAND_OFF and c is not None and c.is_open:
            legal = False
        try:
            do(case, action.value, clk)
        except (IllegalTransition, CommitmentOpen):
            assert not legal
            assert case.state is before
        else:
            assert legal
            assert case.state in TRANSITIONS[before]
            expected_events += 1
        assert len(case.events) == expected_events
    times = [e.occurred_at for e in case.events]
    assert times == sorted(times)
    assert all(e.case_id == case.case_id for e in case.events)
    assert len({e.event_id for e in case.events}) == len(case.events)


def test_events_carry_the_clock_time() -> None:
    case, clk = case_in(S.RESULT_READY)
    clk.advance(timedelta(hours=2))
    event = case.hand_off(INTAKE, clk, "ems", {"tracking_no": "EA123456789CN"})
    assert event.occurred_at == clk.now() == case.events[-1].occurred_at
