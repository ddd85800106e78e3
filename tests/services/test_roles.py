"""Services check the logged-in clerk's role (issue 12): a decision by a result-window clerk and a hand-over by
an intake clerk are refused in words with nothing written; the roles that may, do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.domain.events import Role
from govdesk.services.handoff import HandoffError, HandoffService
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.services.roles import WORKSPACES_BY_ROLE, Operation, may
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.services.test_handoff import APPLICANT_ID, make_case


def _draft(intake: IntakeService):  # type: ignore[no-untyped-def]
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X")
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return draft


def test_the_table_gives_each_window_role_its_workspaces() -> None:
    assert WORKSPACES_BY_ROLE[Role.INTAKE] == ("intake", "commitments")
    assert WORKSPACES_BY_ROLE[Role.ISSUING] == ("handoff", "commitments")
    assert WORKSPACES_BY_ROLE[Role.SUPERVISOR] == ("supervision",)
    assert WORKSPACES_BY_ROLE[Role.BACK_OFFICE] == ("backoffice",)
    assert set(WORKSPACES_BY_ROLE[Role.ADMIN]) == {"intake", "handoff", "commitments", "backoffice", "supervision"}
    # a window clerk does not get the back office's workspace (regulation 004: 受办分离)
    assert all("backoffice" not in WORKSPACES_BY_ROLE[r] for r in (Role.INTAKE, Role.ISSUING, Role.SUPERVISOR))
    assert may(Role.ADMIN, Operation.HAND_OVER) and not may(Role.SUPERVISOR, Operation.DECIDE)


@pytest.mark.parametrize("role", [Role.ISSUING, Role.SUPERVISOR, Role.BACK_OFFICE])
def test_a_decision_by_a_role_that_may_not_is_refused_in_words(
    intake: IntakeService, store: Store, window: WindowContext, role: Role
) -> None:
    draft = _draft(intake)
    intake.window = replace(window, login_role=role)
    with pytest.raises(IntakeError, match="不能作出受理决定，只有综合受理员、管理员可以"):
        intake.decide(draft, Outcome.ACCEPT)
    with store.reading() as db:
        assert db.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 0
    assert store.outbox_depth() == 0
    intake.window = replace(window, login_role=Role.INTAKE)
    assert intake.decide(draft, Outcome.ACCEPT).case.first_clerk.clerk_name == "王丽"


def test_a_hand_over_by_an_intake_clerk_is_refused_and_an_issuing_clerk_hands_over(
    store: Store, catalog: Catalog, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> None:
    sms = SmsService(store, clock)
    case = make_case(store, clock)
    handoff = HandoffService(store, catalog, clock, replace(window, login_role=Role.INTAKE), sms, tmp_path)
    assert handoff.window.actor.role is Role.ISSUING  # it records in the 出件 role, whoever logs in
    with pytest.raises(HandoffError, match="综合受理员不能办理出件"):
        handoff.hand_over_window(case.case_id, APPLICANT_ID, signed_on_paper=True)
    assert handoff.load(case.case_id).state is case.state
    handoff = HandoffService(store, catalog, clock, replace(window, login_role=Role.ISSUING), sms, tmp_path)
    done = handoff.hand_over_window(case.case_id, APPLICANT_ID, signed_on_paper=True)
    assert done.case.state.value == "handed_off"
