"""Events made by the real domain (``Case``) go through the server, and the server's own events fit the domain."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.protocol import BACK_OFFICE_KINDS, case_summary_hash
from tests.central.conftest import Center, RunningServer, register_window


def test_a_domain_case_round_trip_through_the_server(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))
    actor = Actor("u1", "张三", Role.INTAKE, center.code, window.station_code, "3号窗口")
    applicant = Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003074514", "13800138000")
    case = Case.new(
        actor=actor, clock=clock, case_no=f"{center.code}-{uuid.uuid4().hex[:6]}", item_codes=["SCJG-01"],
        catalog_version="v1", applicant=applicant,
    )  # fmt: skip
    case.accept(actor, clock, date(2026, 11, 27), date(2026, 12, 10))
    case.submit(actor, clock)
    results = window.push_events([e.to_json() for e in case.events])
    assert [r["status"] for r in results] == ["applied"] * 3
    summary = window.client.get("/api/v1/sync/summary").json()
    assert summary["hash"] == case_summary_hash([(case.case_id, case.state.value)])

    cursor = window.client.get("/api/v1/sync/snapshot").json()["cursor"]
    office, _ = center.login("back_office")
    office.post(
        f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "approve", "result_name": "许可证"}
    )
    office.post(f"/api/v1/backoffice/cases/{case.case_id}/result-ready")
    changes = window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    server_events = [DomainEvent.from_json(c["payload"]["event"]) for c in changes]
    assert [e.kind for e in server_events] == ["case.in_review", "case.approved", "case.result_ready"]
    assert {e.kind for e in server_events} <= BACK_OFFICE_KINDS
    # Each server event has the domain's shape: from/to states along the state machine.
    states = [case.state.value] + [e.payload["to"] for e in server_events]
    assert states == ["submitted", "in_review", "approved", "result_ready"]
    assert [e.payload["from"] for e in server_events] == states[:-1]
    # The window takes the server's events into its log, then hands the result off.
    case.events.extend(server_events)
    case.state = CaseState.RESULT_READY
    handoff = case.hand_off(actor, clock, "window")
    assert window.push_events([handoff.to_json()])[0]["status"] == "applied"
    assert window.client.get("/api/v1/sync/summary").json()["hash"] == case_summary_hash([(case.case_id, "handed_off")])
