"""The intake while the center quarantines this PC, and a number the PC already holds (issue 17, G3)."""

from __future__ import annotations

from datetime import date

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.numbering import CaseNumber
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.sync.engine import QUARANTINE_KEY, STATION_KEY

APPLICANT = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X", phone="13812345678")


def _decide(intake: IntakeService) -> Case:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = APPLICANT
    return intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格").case


def test_no_number_while_quarantined_and_the_draft_is_kept(intake: IntakeService) -> None:
    with intake.store.transaction() as tx:
        intake.store.set_meta(tx, QUARANTINE_KEY, "本机可能是从旧备份恢复的")
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = APPLICANT
    with pytest.raises(IntakeError, match="暂停为新办件编号") as refused:
        intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格")
    assert "旧备份" in str(refused.value)
    with pytest.raises(IntakeError, match="暂停为新办件编号"):
        intake.defer_notice(draft, "需请示")
    assert [d.draft_id for d in intake.open_drafts()] == [draft.draft_id]
    assert intake.store.outbox_depth() == 0
    with intake.store.transaction() as tx:  # re-enrolled: a new station code, the quarantine lifted
        intake.store.set_meta(tx, QUARANTINE_KEY, "")
        intake.store.set_meta(tx, STATION_KEY, "S07")
    case = _decide(intake)
    assert CaseNumber.parse(case.case_no).station_code == "S07"


def test_a_number_this_pc_holds_is_skipped(intake: IntakeService) -> None:
    """A counter put back by a restore, with a case of that number already here (pulled back from the center)."""
    held = CaseNumber.make("41122101", "S03", date(2026, 11, 20), 1)
    first = _decide(intake)
    assert first.case_no == held
    with intake.store.transaction() as tx:  # the restored counter: as the backup had it, before the first case
        tx.connection().exec_driver_sql("UPDATE counters SET last_seq = 0")
    second = _decide(intake)
    assert CaseNumber.parse(second.case_no).seq == 2
