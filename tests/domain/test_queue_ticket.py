"""The hall queue's ticket on the case: its waiting time in the ``case.drafted`` payload and in the snapshot; a case
without a ticket says so; a ticket that cannot be true is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from govdesk.domain.case import Case
from govdesk.domain.clock import CST
from govdesk.domain.queue import QueueTicket
from govdesk.domain.serialize import case_from_json, case_to_json
from govdesk.domain.transitions import DomainError
from tests.domain.test_case_builders import INTAKE, applicant, clock

ISSUED = datetime(2026, 12, 31, 8, 47, 5, tzinfo=CST)  # the last working morning of the year


def _case(ticket: QueueTicket | None) -> Case:
    return Case.new(
        actor=INTAKE,
        clock=clock(ISSUED + timedelta(minutes=20)),
        case_no="41122101-S01-20261231-0007-R",
        item_codes=["SCJG-01-001"],
        catalog_version="2026.11",
        applicant=applicant(),
        ticket=ticket,
    )


def test_the_waiting_time_goes_into_the_drafted_payload_and_the_snapshot() -> None:
    ticket = QueueTicket("GJJ-0031", ISSUED, ISSUED + timedelta(minutes=12, seconds=34), window="3")
    case = _case(ticket)
    payload = case.events[0].payload["ticket"]
    assert payload == {
        "number": "GJJ-0031",
        "issued_at": "2026-12-31T08:47:05+08:00",
        "called_at": "2026-12-31T08:59:39+08:00",
        "window": "3",
        "waiting_seconds": 754,
    }
    back = case_from_json(json.loads(json.dumps(case_to_json(case))))
    assert back.ticket == ticket and back == case


def test_a_case_without_a_ticket_is_allowed_and_marked() -> None:
    case = _case(None)
    assert case.ticket is None
    assert "ticket" in case.events[0].payload and case.events[0].payload["ticket"] is None
    assert case_to_json(case)["ticket"] is None


def test_a_snapshot_from_before_tickets_reads_as_without_one() -> None:
    data = case_to_json(_case(None))
    del data["ticket"]
    assert case_from_json(data).ticket is None


@pytest.mark.parametrize(
    ("number", "issued", "called", "why"),
    [
        ("", ISSUED, ISSUED, "号码"),
        ("A" * 17, ISSUED, ISSUED, "号码"),
        ("A0\n12", ISSUED, ISSUED, "号码"),
        ("A012", ISSUED, ISSUED - timedelta(seconds=1), "早于"),
        ("A012", ISSUED.replace(tzinfo=None), ISSUED, "时区"),
    ],
)
def test_a_ticket_that_cannot_be_true_is_refused(number: str, issued: datetime, called: datetime, why: str) -> None:
    with pytest.raises(DomainError, match=why):
        QueueTicket(number, issued, called)


def test_waiting_is_counted_across_time_zones() -> None:
    ticket = QueueTicket(" A012 ", ISSUED, (ISSUED + timedelta(minutes=5)).astimezone(UTC))
    assert ticket.number == "A012" and ticket.waiting_seconds == 300
