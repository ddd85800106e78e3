"""The hall queue's ticket travels with the intake: on the draft (kept across a restart), onto the decided case in
the store and into the ``case.drafted`` event the outbox sends; an intake without a ticket is stored as such."""

from __future__ import annotations

from datetime import datetime, timedelta

from govdesk.domain.assessment import Outcome
from govdesk.domain.clock import CST
from govdesk.domain.queue import QueueTicket
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeService
from tests.services.test_intake import applicant, receive_all

ISSUED = datetime(2026, 11, 20, 9, 2, 40, tzinfo=CST)


def test_the_ticket_and_its_waiting_time_reach_the_stored_case_and_the_outbox(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    draft.ticket = QueueTicket("GJJ-0031", ISSUED, ISSUED + timedelta(minutes=26, seconds=3), window="3")
    receive_all(intake, draft)
    intake.save_draft(draft)
    (kept,) = intake.open_drafts()
    assert kept.ticket == draft.ticket
    assert IntakeDraft.from_json(draft.to_json()).ticket == draft.ticket

    case = intake.decide(kept, Outcome.ACCEPT).case
    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.ticket == draft.ticket and stored.ticket.waiting_seconds == 1563
    (drafted,) = [item.event for item in intake.store.pending_outbox() if item.event["kind"] == "case.drafted"]
    assert drafted["payload"]["ticket"]["number"] == "GJJ-0031"
    assert drafted["payload"]["ticket"]["waiting_seconds"] == 1563


def test_an_intake_without_a_ticket_is_stored_as_such(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    case = intake.decide(draft, Outcome.ACCEPT).case
    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.ticket is None
    (drafted,) = [item.event for item in intake.store.pending_outbox() if item.event["kind"] == "case.drafted"]
    assert "ticket" in drafted["payload"] and drafted["payload"]["ticket"] is None
