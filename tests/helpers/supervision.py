"""Finished cases for the supervisor's tests: taken in by the real intake service and refused at the window
(不予受理 is a finished case, the kind a file review samples)."""

from __future__ import annotations

from govdesk.domain.assessment import Outcome
from govdesk.services.intake import IntakeService
from tests.services.test_intake import applicant, receive_all


def rejected_cases(intake: IntakeService, n: int) -> list[str]:
    out = []
    for _ in range(n):
        draft = intake.new_draft(["SCJG-01-001"])
        draft.applicant = applicant()
        receive_all(intake, draft)
        out.append(intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格").case.case_id)
    return out
