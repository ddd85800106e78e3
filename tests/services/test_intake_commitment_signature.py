"""容缺 needs its 承诺书 signed (issue 11): a named signer, and a signature on the pad or the clerk's confirmation of
the paper one; which one is kept on the commitment, on the ``case.accepted_conditional`` event and, for the pad, as
an attachment of the case."""

from __future__ import annotations

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import CaseState
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.store import handoffs as tables
from tests.services.test_intake import applicant, receive_all

PNG = b"\x89PNG\r\n\x1a\n" + b"pad" * 20


def conditional_draft(intake: IntakeService) -> IntakeDraft:
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = applicant()
    draft.answers["business_type"] = "catering"
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    return draft


def test_conditional_refused_without_a_signer_or_a_signature(intake: IntakeService) -> None:
    draft = conditional_draft(intake)
    with pytest.raises(IntakeError, match="请填写承诺书的签字人"):
        intake.decide(draft, Outcome.CONDITIONAL, signed_by="  ", signed_on_paper=True)
    with pytest.raises(IntakeError, match="签字板上签名，或在纸质承诺书上签字后由工作人员确认"):
        intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三")
    assert intake.store.outbox_depth() == 0  # nothing was recorded
    assert intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True).case.case_no


def test_signed_on_paper_is_recorded_on_the_event(intake: IntakeService) -> None:
    case = intake.decide(conditional_draft(intake), Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True).case
    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.ACCEPTED_CONDITIONAL
    assert stored.commitment is not None and stored.commitment.signed_on == "paper"
    event = next(e for e in stored.events if e.kind == "case.accepted_conditional")
    assert event.payload["commitment"]["signed_on"] == "paper"  # type: ignore[index, call-overload]
    with intake.store.reading() as db:
        assert tables.attachments_of(db, case.case_id) == []


def test_signed_on_the_pad_keeps_the_image(intake: IntakeService) -> None:
    case = intake.decide(conditional_draft(intake), Outcome.CONDITIONAL, signed_by="张三", signature_png=PNG).case
    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.commitment is not None and stored.commitment.signed_on == "pad"
    with intake.store.reading() as db:
        (row,) = tables.attachments_of(db, case.case_id)
    assert row["kind"] == "commitment_signature"
    assert (intake.data_dir / row["path"]).read_bytes() == PNG
