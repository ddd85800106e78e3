"""Each use case finishes in one unit of work and says what it changed (``services.changes.Changes``): a decision
with its notices archived as PDF by the decision itself, a hand-over with its signature, a rating, an EMS delivery.
Real SQLite file, real PDF rendering (offscreen Qt), the shipped catalog."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Applicant, ApplicantKind, Case, MaterialStatus
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.domain.delivery import MailAddress
from govdesk.domain.events import Actor, Role
from govdesk.services.changes import ChangeKind
from govdesk.services.delivery import DeliveryService
from govdesk.services.drafts import IntakeDraft
from govdesk.services.evaluation import EvaluationError, EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.store import Store

#: The longest applicant name a person's ID card carries in practice, and the GB 11643 example number.
APPLICANT = Applicant(ApplicantKind.PERSON, "欧阳娜仁托娅", "111", "11010519491231002X", phone="13812345678")
BACK = Actor("b1", "后台审批", Role.BACK_OFFICE, "41122101", "")
PNG = b"\x89PNG\r\n\x1a\n" + b"signature" * 10


def _received(intake: IntakeService, codes: list[str], *, skip: tuple[str, ...] = ()) -> IntakeDraft:
    draft = intake.new_draft(codes)
    draft.applicant = APPLICANT
    for m in intake.preview(draft).assessment.applicable:
        if m.shared or m.code in skip or not m.required:
            continue
        draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return draft


def _result_ready(intake: IntakeService, store: Store, clock: FixedClock) -> Case:
    case = intake.decide(_received(intake, ["SCJG-01-001"]), Outcome.ACCEPT).case
    with store.unit() as uow:
        loaded = uow.load_case(case.case_id)
        assert loaded is not None
        loaded.submit(intake.window.actor, clock)
        loaded.start_review(BACK, clock)
        loaded.approve(BACK, clock, "个体工商户营业执照")
        loaded.mark_result_ready(BACK, clock)
        uow.save_case(loaded)
    return loaded


def test_a_decision_archives_its_notices_and_says_what_changed(
    qapp: object,
    store: Store,
    catalog: Catalog,
    calendar: WorkCalendar,
    clock: FixedClock,
    window: WindowContext,
    tmp_path: Path,
) -> None:
    notices = NoticeService(tmp_path / "data")
    intake = IntakeService(store, catalog, calendar, clock, window, notices=notices)
    draft = _received(intake, ["SCJG-01-001"], skip=("premises_proof",))
    intake.save_draft(draft)
    result = intake.decide(draft, Outcome.NOTIFY)

    assert result.archived and result.archive_problem == ""
    (pdf,) = result.pdfs
    assert pdf is not None and pdf.parent == tmp_path / "data" / "notices" / result.case.case_no
    assert pdf.read_bytes().startswith(b"%PDF")
    kept = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    assert kept["case_no"] == result.case.case_no  # the canonical JSON beside it, for a reprint
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "欧阳娜仁托娅" in text
    changes = result.changes
    assert changes.cases == {result.case.case_id}
    assert changes.touches(ChangeKind.CASES, ChangeKind.DRAFTS, ChangeKind.NOTICES)
    assert not changes.touches(ChangeKind.COMMITMENTS)
    assert changes.notices == (str(pdf),)
    assert intake.open_drafts() == []  # the draft went with the decision, in the same unit


def test_without_a_notice_service_the_page_archives_as_before(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext
) -> None:
    intake = IntakeService(store, catalog, calendar, clock, window)
    result = intake.decide(_received(intake, ["SCJG-01-001"]), Outcome.ACCEPT)
    assert not result.archived and result.pdfs == ()
    assert len(result.notices) == 1
    assert result.changes.touches(ChangeKind.NOTICES) and result.changes.notices == ()


def test_a_hand_over_with_its_signature_is_one_unit_and_says_what_changed(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> None:
    intake = IntakeService(store, catalog, calendar, clock, window)
    case = _result_ready(intake, store, clock)
    handoff = HandoffService(store, catalog, clock, window, SmsService(store, clock), tmp_path / "data")
    result = handoff.hand_over_window(case.case_id, APPLICANT.id_number.lower(), PNG)
    assert result.changes.cases == {case.case_id}
    assert result.changes.touches(ChangeKind.CASES, ChangeKind.HANDOFFS, ChangeKind.ATTACHMENTS)
    assert not result.changes.touches(ChangeKind.SMS)
    assert result.signature_path is not None and result.signature_path.read_bytes() == PNG
    (kept,) = store.attachments_of(case.case_id)
    assert kept["kind"] == "signature" and kept["path"].endswith(".png")
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.handoff_details["collector_name"] == APPLICANT.name

    # a second hand-over of the same result is refused inside the unit and leaves no signature file behind
    before = set((tmp_path / "data" / "signatures").rglob("*.png"))
    with pytest.raises(Exception, match="已出件"):
        handoff.hand_over_window(case.case_id, APPLICANT.id_number, PNG)
    assert set((tmp_path / "data" / "signatures").rglob("*.png")) == before


def test_mail_then_delivery_confirmed_each_in_one_unit(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> None:
    intake = IntakeService(store, catalog, calendar, clock, window)
    case = _result_ready(intake, store, clock)
    delivery = DeliveryService(
        HandoffService(store, catalog, clock, window, SmsService(store, clock), tmp_path / "data")
    )
    address = MailAddress("欧阳娜仁托娅", "13812345678", "河南省", "三门峡市", "渑池县", "韶州大道 1 号", "472400")
    mailed = delivery.mail(case.case_id, address, "EA123456785CN")
    assert mailed.changes.touches(ChangeKind.HANDOFFS, ChangeKind.SMS) and mailed.sms_id
    done = delivery.confirm_delivery(case.case_id, clock.now().date(), "本人签收")
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.version == done.version
    assert stored.events[-1].kind == "case.delivery_confirmed"
    assert stored.handoff_details["delivered_on"] == clock.now().date().isoformat()


def test_a_rating_says_what_changed_and_the_bad_rating_rule_is_the_domains(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext
) -> None:
    intake = IntakeService(store, catalog, calendar, clock, window)
    case = intake.decide(_received(intake, ["SCJG-01-001"]), Outcome.ACCEPT).case
    service = EvaluationService(store, clock, window)
    assert service.needs_reason(4) and service.needs_reason(5) and not service.needs_reason(3)
    with pytest.raises(EvaluationError, match="差评请勾选或说明"):
        service.rate(case.case_id, 4)
    rated = service.rate(case.case_id, 4, reasons=["等候时间过长"], source="device")
    assert rated.evaluation.is_bad
    assert rated.changes.cases == {case.case_id}
    assert rated.changes.touches(ChangeKind.EVALUATIONS)
