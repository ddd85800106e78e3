"""The transition table's one-way stretch after 结果待领取."""

from __future__ import annotations

from govdesk.domain.transitions import READY_AND_AFTER, TRANSITIONS, CaseState


def test_ready_and_after_is_reached_only_through_result_ready() -> None:
    """What the station-scoped pull relies on (issue 17): a case in one of these states is or has been ready."""
    assert CaseState.RESULT_READY in READY_AND_AFTER and CaseState.CLOSED in READY_AND_AFTER
    for state, later in TRANSITIONS.items():
        if state not in READY_AND_AFTER:
            assert later & READY_AND_AFTER <= {CaseState.RESULT_READY}, state


def test_every_kind_of_event_has_words() -> None:
    """The needs-attention dialog named a refused draft "case.drafted" (17 kinds had no words)."""
    from govdesk.domain.event_kinds import EventKind
    from govdesk.domain.transitions import kind_label

    assert [kind for kind in EventKind if kind_label(kind.value) == kind.value] == []
