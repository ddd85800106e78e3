"""The list of cases whose paper still waits at the window (材料流转) is never capped: it stopped at 500 without a
word, and the 501st case's paper stayed at the window."""

from __future__ import annotations

from govdesk.domain.case import CaseState
from govdesk.domain.clock import FixedClock
from govdesk.services.intake import IntakeService
from govdesk.store.store import Store
from tests.services.test_handoff import make_case


def test_every_accepted_case_is_listed_oldest_first(store: Store, clock: FixedClock, intake: IntakeService) -> None:
    made = [make_case(store, clock, state=CaseState.ACCEPTED).case_id for _ in range(620)]
    listed = intake.awaiting_transfer()
    assert len(listed) == 620
    assert {c.case_id for c in listed} == set(made)
    received = [c.received_at for c in listed]
    assert received == sorted(received)
