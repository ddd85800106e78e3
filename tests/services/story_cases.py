"""Real cases for the case-story tests (services, UI, CLI): an accepted case and a 容缺 case taken in by the intake
service with their notices archived by the real notice service (PDF + JSON), and a case handed off at the window by
the handoff service and rated by the applicant. Nothing is faked: the store, the catalog, the calendar, the PDFs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Case
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.services.case_story import CaseStoryService
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.services.test_handoff import APPLICANT_ID, make_case
from tests.services.test_intake import VALID_ID, applicant, receive_all


@dataclass
class StoryCases:
    accepted: Case
    conditional: Case
    handed_off: Case


def take_in(intake: IntakeService, notices: NoticeService) -> tuple[Case, Case]:
    """An accepted 个体工商户设立登记 and a 容缺 食品经营许可 of 张三, their notices archived as a window does."""
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    accepted = intake.decide(draft, Outcome.ACCEPT)
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = applicant()
    draft.answers["business_type"] = "catering"
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    conditional = intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True)
    for result in (accepted, conditional):
        for notice in result.notices:
            notices.render_pdf(notice)
    return accepted.case, conditional.case


def make_story_cases(
    store: Store,
    catalog: Catalog,
    calendar: object,
    clock: FixedClock,
    window: WindowContext,
    data_dir: Path,
) -> StoryCases:
    intake = IntakeService(store, catalog, calendar, clock, window)  # type: ignore[arg-type]
    notices = NoticeService(data_dir, files_key=store.files_key)  # sealed as the window's are, when keyed
    accepted, conditional = take_in(intake, notices)
    ready = make_case(store, clock, station="S07")  # another station: its own numbers
    issuing = window.as_role(window.actor.role.ISSUING)
    handoff = HandoffService(store, catalog, clock, issuing, SmsService(store, clock), data_dir)
    handoff.hand_over_window(ready.case_id, APPLICANT_ID, signed_on_paper=True)
    EvaluationService(store, clock, issuing).rate(ready.case_id, 1, "办事很快")
    handed = store.load_case(ready.case_id)
    assert handed is not None
    return StoryCases(accepted, conditional, handed)


def story_service(
    store: Store, catalog: Catalog, clock: FixedClock, window: WindowContext, data_dir: Path
) -> CaseStoryService:
    notices = NoticeService(data_dir, files_key=store.files_key)
    return CaseStoryService(store, catalog, clock, window, notices.key_path, notices.archive_dir, notices)


__all__ = ["APPLICANT_ID", "VALID_ID", "StoryCases", "make_story_cases", "story_service"]
