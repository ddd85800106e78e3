"""Every way a result leaves the window, and every step of a 容缺 promise, reaches the central server after a sync
(送达结果反馈, regulation 002 三 (三)): window pickup, a proxy with an authorization, EMS with delivery confirmed, a
locker with collection recorded, supplementing and closing a commitment, a delay, and a rating."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from govdesk.central import admin
from govdesk.central.db import CaseRow, StoredEvent
from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Agent, Applicant, ApplicantKind, Case, CaseState, MaterialStatus
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST
from govdesk.domain.delivery import MailAddress
from govdesk.domain.events import Actor, Role
from govdesk.services.commitments import CommitmentService
from govdesk.services.delivery import DeliveryService
from govdesk.services.demo_data import demo_id
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.intake import IntakeService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.store import SystemClock
from tests.central.conftest import RunningServer
from tests.services.conftest import CENTER
from tests.sync.conftest import Center, Windows

ID = "11010519491231002X"


def _intake(intake: IntakeService, name: str, item: str, left_out: tuple[str, ...], outcome: Outcome) -> Case:
    draft = intake.new_draft([item])
    draft.applicant = Applicant(ApplicantKind.PERSON, name, "111", ID, phone="13812345678")
    if item == "SCJG-01-005":
        draft.answers["business_type"] = "catering"
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared and m.code not in left_out:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return intake.decide(draft, outcome, signed_by=name, signed_on_paper=True).case


def _kinds(srv: RunningServer, case_id: str) -> list[str]:
    with srv.central.tx() as session:
        stmt = select(StoredEvent.kind).where(StoredEvent.case_id == case_id).order_by(StoredEvent.server_seq)
        return list(session.scalars(stmt))


def _state(srv: RunningServer, case_id: str) -> str:
    with srv.central.tx() as session:
        return session.scalars(select(CaseRow.state).where(CaseRow.case_id == case_id)).one()


def county_center(srv: RunningServer) -> Center:
    """A center with a real 8-digit code (case numbers carry it), one user per role."""
    code = f"4112{random.randrange(10_000):04d}"
    with srv.central.tx() as session:
        admin.add_center(session, code, f"测试中心{code}", datetime.now(UTC))
    made = Center(srv, code)
    for role in ("intake", "issuing", "back_office"):
        made.users[role] = made.add_user(role)
    return made


def test_every_handoff_and_promise_step_reaches_the_center(
    server: RunningServer,
    windows: Windows,
    catalog: Catalog,
    calendar: WorkCalendar,
    tmp_path: Path,
) -> None:
    center = county_center(server)
    w = windows(server.url, center.code)
    w.login(center.users["intake"])
    clock = SystemClock()
    intake_actor = Actor("u-wl", "王丽", Role.INTAKE, center.code, "S01", "3号窗口")
    intake = IntakeService(w.store, catalog, calendar, clock, WindowContext(intake_actor, CENTER))
    cases = {
        name: _intake(intake, name, "SCJG-01-001", (), Outcome.ACCEPT) for name in ("窗口", "代领", "邮寄", "柜子")
    }
    promised = _intake(intake, "容缺", "SCJG-01-005", ("food_safety_rules", "staff_health_certs"), Outcome.CONDITIONAL)
    intake.transfer([c.case_id for c in (*cases.values(), promised)])
    assert w.sync().ok

    issuing = WindowContext(Actor("u-lm", "李明", Role.ISSUING, center.code, "S01", "9号窗口"), CENTER)
    sms = SmsService(w.store, clock)
    handoff = HandoffService(w.store, catalog, clock, issuing, sms, tmp_path)
    delivery = DeliveryService(handoff)
    commitments = CommitmentService(w.store, catalog, calendar, clock, issuing, sms, tmp_path)

    # 容缺: the materials come, the promise closes; a delay is told before the promised date
    commitments.supplement(promised.case_id, "food_safety_rules")
    commitments.supplement(promised.case_id, "staff_health_certs")
    commitments.close(promised.case_id)
    late = cases["窗口"]
    assert late.promised_date is not None
    commitments.delay(late.case_id, calendar.add_workdays(late.promised_date, 5), "需现场核查经营场所", "中心主任")
    assert w.sync().ok

    office, _ = center.login("back_office")
    for case in cases.values():
        assert office.post(f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "approve",
                           "result_name": "营业执照"}).status_code == 200  # fmt: skip
        assert office.post(f"/api/v1/backoffice/cases/{case.case_id}/result-ready").status_code == 200
    assert w.sync().ok
    assert {r.case_id for r in handoff.ready()} == {c.case_id for c in cases.values()}

    handoff.hand_over_window(cases["窗口"].case_id, ID, signed_on_paper=True)
    EvaluationService(w.store, clock, issuing).rate(cases["窗口"].case_id, 1)
    handoff.hand_over_proxy(
        cases["代领"].case_id,
        Agent("李四", "111", demo_id("411221", "19880808", "017"), authorization="授权委托书(2026-11-20)"),
        signed_on_paper=True,
    )
    address = MailAddress("张三", "13812345678", "河南省", "三门峡市", "渑池县", "韶州大道88号")
    delivery.mail(cases["邮寄"].case_id, address, "EA473124829CN")
    delivery.confirm_delivery(cases["邮寄"].case_id, datetime.now(CST).date())  # China's day, as the clerk's
    delivery.put_in_locker(cases["柜子"].case_id, "A-07")
    delivery.record_locker_pickup(cases["柜子"].case_id)
    report = w.sync()
    assert report.ok, report.error
    assert w.store.outbox_depth() == 0

    assert {"case.material_supplemented", "case.commitment_closed"} <= set(_kinds(server, promised.case_id))
    assert "case.delayed" in _kinds(server, late.case_id)
    for name, case in cases.items():
        kinds = _kinds(server, case.case_id)
        assert "case.handed_off" in kinds, (name, kinds)
        assert _state(server, case.case_id) == CaseState.HANDED_OFF.value
    assert "case.evaluated" in _kinds(server, cases["窗口"].case_id)
    follow_up = set(_kinds(server, cases["邮寄"].case_id)) | set(_kinds(server, cases["柜子"].case_id))
    assert len(follow_up - {"case.drafted", "case.material_recorded", "case.accepted", "case.submitted"}) >= 4
