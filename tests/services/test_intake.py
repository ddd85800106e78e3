"""The intake use cases on a real SQLite store: each outcome, drafts that survive, resume, 容缺, deferral."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Agent, Applicant, ApplicantKind, CaseState, MaterialStatus
from govdesk.domain.catalog import Catalog, MaterialForm
from govdesk.domain.clock import FixedClock
from govdesk.domain.events import Role
from govdesk.domain.notices import (
    ACCEPTED_CONDITIONAL,
    AcceptanceNotice,
    CommitmentLetter,
    DeficiencyNotice,
    RejectionNotice,
)
from govdesk.domain.numbering import CaseNumber
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeError, IntakeService, RejectionDetails
from govdesk.services.window import WindowContext
from govdesk.store.store import open_store

VALID_ID = "11010519491231002X"  # the GB 11643 example


def applicant(id_number: str = VALID_ID) -> Applicant:
    return Applicant(ApplicantKind.PERSON, "张三", "111", id_number, phone="13812345678", address="渑池县城关镇")


def receive_all(intake: IntakeService, draft: IntakeDraft, *, except_codes: tuple[str, ...] = ()) -> None:
    for m in intake.preview(draft).assessment.applicable:
        if m.shared or m.code in except_codes or not m.required:
            continue
        draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)


def test_accept_writes_case_events_and_outbox_in_one_go(intake: IntakeService, calendar: WorkCalendar) -> None:
    draft = intake.new_draft(["SCJG-01-001"])  # 个体工商户设立登记, promised 1 working day
    draft.applicant = applicant()
    receive_all(intake, draft)
    intake.save_draft(draft)
    preview = intake.preview(draft)
    assert preview.problems == ()
    assert Outcome.ACCEPT in preview.outcomes
    assert preview.promised is not None and preview.promised.due == date(2026, 11, 23)  # Friday + 1 = Monday

    result = intake.decide(draft, Outcome.ACCEPT)
    case = result.case
    assert case.state is CaseState.ACCEPTED
    assert CaseNumber.parse(case.case_no).station_code == "S03"
    assert case.case_no.startswith("41122101-S03-20261120-0001-")
    assert case.promised_date == calendar.add_workdays(date(2026, 11, 20), 1)
    (notice,) = result.notices
    assert isinstance(notice, AcceptanceNotice) and notice.promised_date == date(2026, 11, 23)

    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.ACCEPTED
    kinds = [e.kind for e in stored.events]
    assert kinds[0] == "case.drafted" and kinds[-1] == "case.accepted"
    assert intake.store.outbox_depth() == len(kinds)
    assert intake.open_drafts() == []  # the draft went with the decision
    assert intake.store.verify_chain().ok


def test_case_numbers_count_up_per_station_and_day(intake: IntakeService) -> None:
    numbers = []
    for _ in range(3):
        draft = intake.new_draft(["SCJG-01-001"])
        draft.applicant = applicant()
        numbers.append(intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格").case.case_no)
    assert [CaseNumber.parse(n).seq for n in numbers] == [1, 2, 3]


def test_missing_materials_give_one_notice_listing_all_of_them(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft, except_codes=("premises_proof",))
    draft.set_material(
        "gtgsh_reg_form", "个体工商户登记（备案）申请书", MaterialStatus.DEFECTIVE, MaterialForm.ORIGINAL, 1, "未签字"
    )
    preview = intake.preview(draft)
    assert Outcome.NOTIFY in preview.outcomes and Outcome.ACCEPT not in preview.outcomes
    with pytest.raises(IntakeError, match="材料不齐"):
        intake.decide(draft, Outcome.ACCEPT)

    result = intake.decide(draft, Outcome.NOTIFY)
    assert result.case.state is CaseState.NOTIFIED
    (notice,) = result.notices
    assert isinstance(notice, DeficiencyNotice)
    names = [line.name for line in notice.lines]
    assert len(names) == 2 and any("经营场所" in n or "住所" in n for n in names)
    reasons = {line.reason for line in notice.lines}
    assert "未签字" in reasons
    assert set(result.case.notified_codes) == {"premises_proof", "gtgsh_reg_form"}


def test_resume_flags_a_material_the_first_notice_did_not_list(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft, except_codes=("premises_proof",))
    first = intake.decide(draft, Outcome.NOTIFY).case

    again = intake.resume(first.case_no)
    assert again.resumed_from == first.case_id and again.first_notice_codes == ["premises_proof"]
    assert "premises_proof" not in again.materials  # still missing
    assert intake.preview(again).broken_notice == ()  # asking only what was listed keeps the promise

    again.answers["applicant_type"] = "agent"  # now an agent's ID and authorization are asked too
    again.agent = Agent("李四", "111", VALID_ID, authorization="授权委托书(2026-11-20)")
    broken = intake.preview(again).broken_notice
    assert broken and all(isinstance(n, str) and n for n in broken)
    assert len(broken) == 2  # agent ID card and power of attorney were never on the first notice


def test_conditional_acceptance_opens_a_commitment(intake: IntakeService, calendar: WorkCalendar) -> None:
    draft = intake.new_draft(["SCJG-01-005"])  # 食品经营许可, 容缺 10 working days
    draft.applicant = applicant()
    draft.answers["business_type"] = "catering"
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    preview = intake.preview(draft)
    assert Outcome.CONDITIONAL in preview.outcomes
    assert preview.commitment_due == calendar.add_workdays(date(2026, 11, 20), 10)

    result = intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True)
    case = result.case
    assert case.state is CaseState.ACCEPTED_CONDITIONAL
    assert case.commitment is not None and set(case.commitment.missing()) == {"food_safety_rules", "staff_health_certs"}
    assert case.commitment.due_date == preview.commitment_due
    kinds = [type(n) for n in result.notices]
    assert kinds == [AcceptanceNotice, CommitmentLetter]
    assert intake.store.load_case(case.case_id).commitment is not None  # type: ignore[union-attr]
    # the acceptance notice says 容缺 (never 材料齐全), with the promised materials and their due date (issue 11)
    acceptance = result.notices[0]
    assert isinstance(acceptance, AcceptanceNotice) and acceptance.statement == ACCEPTED_CONDITIONAL
    assert {w.name for w in acceptance.waived} == set(case.commitment.names.values())
    assert acceptance.waived_due == case.commitment.due_date and acceptance.accepted_on == date(2026, 11, 20)
    held = {m.name for m in case.materials.values() if m.status is MaterialStatus.RECEIVED}
    assert {line.name for line in acceptance.lines} == held and not held & {w.name for w in acceptance.waived}


def test_conditional_refused_when_a_missing_material_is_not_waivable(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = applicant()
    receive_all(intake, draft, except_codes=("food_safety_rules", "premises_proof"))
    preview = intake.preview(draft)
    assert Outcome.CONDITIONAL not in preview.outcomes
    with pytest.raises(IntakeError, match="容缺"):
        intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True)


def test_invalid_id_blocks_every_decision_but_rejection_and_keeps_the_draft(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant("110105194912310021")  # wrong check character
    receive_all(intake, draft)
    intake.save_draft(draft)
    preview = intake.preview(draft)
    assert preview.outcomes == frozenset({Outcome.REJECT})
    (problem,) = preview.problems
    assert problem.field == "applicant.id_number" and "第18位" in problem.message
    with pytest.raises(IntakeError, match="第18位"):
        intake.decide(draft, Outcome.ACCEPT)
    assert intake.store.count_cases() == 0
    assert [d.draft_id for d in intake.open_drafts()] == [draft.draft_id]


def test_rejection_needs_a_reason(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    with pytest.raises(IntakeError, match=r"理由|原因") as refused:
        intake.decide(draft, Outcome.REJECT, reason="  ")
    assert refused.value.field == "reason"
    result = intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格")
    assert result.case.state is CaseState.REJECTED
    assert isinstance(result.notices[0], RejectionNotice)


def test_rejection_for_want_of_competence_names_the_competent_authority_and_the_review_body(
    intake: IntakeService,
) -> None:
    """《行政许可法》 art. 32 (二) and 《行政复议法》 art. 20: refused before anything is written, the field named."""
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    intake.save_draft(draft)
    assert intake.preview(draft).review_body == "渑池县人民政府"  # the center's usual one, offered by the panel
    with pytest.raises(IntakeError, match="有权机关") as refused:
        intake.decide(draft, Outcome.REJECT, reason="申请事项依法不属于本行政机关职权范围")
    assert refused.value.field == "competent_authority"
    assert intake.store.count_cases() == 0 and [d.draft_id for d in intake.open_drafts()] == [draft.draft_id]
    details = RejectionDetails(competent_authority="三门峡市市场监督管理局", review_body="三门峡市人民政府")
    result = intake.decide(draft, Outcome.REJECT, reason="申请事项依法不属于本行政机关职权范围", rejection=details)
    (notice,) = result.notices
    assert isinstance(notice, RejectionNotice)
    assert notice.department == intake.catalog.item("SCJG-01-001").department.name
    assert (notice.competent_authority, notice.review_body) == ("三门峡市市场监督管理局", "三门峡市人民政府")
    assert "向三门峡市人民政府申请行政复议" in notice.rights
    plain = intake.new_draft(["SCJG-01-001"])
    plain.applicant = applicant()
    (default,) = intake.decide(plain, Outcome.REJECT, reason="申请人不具备申请资格").notices
    assert isinstance(default, RejectionNotice) and default.review_body == "渑池县人民政府"


def test_instant_item_completes_on_the_spot(intake: IntakeService) -> None:
    draft = intake.new_draft(["RSJ-20-004"])  # 就业创业证申领, 即办件
    draft.applicant = applicant()
    receive_all(intake, draft)
    preview = intake.preview(draft)
    assert Outcome.COMPLETE in preview.outcomes and Outcome.ACCEPT not in preview.outcomes
    assert intake.decide(draft, Outcome.COMPLETE).case.state is CaseState.COMPLETED


def test_a_bundle_asks_a_shared_material_once(intake: IntakeService) -> None:
    draft = intake.new_draft(bundle_code="BUNDLE-RESTAURANT")
    assert len(draft.item_codes) == 3
    codes = [m.code for m in intake.preview(draft).assessment.applicable]
    assert codes.count("id_card") == 1


def test_drafts_survive_closing_the_program(
    tmp_path_factory: pytest.TempPathFactory,
    catalog: Catalog,
    calendar: WorkCalendar,
    clock: FixedClock,
    window: WindowContext,
) -> None:
    path = tmp_path_factory.mktemp("restart") / "govdesk.sqlite"
    first = open_store(path)
    service = IntakeService(first, catalog, calendar, clock, window)
    draft = service.new_draft(["MZJ-05-003"])
    draft.applicant = applicant()
    draft.set_material("id_card", "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1)
    service.save_draft(draft)
    first.close()  # the program closes mid-intake

    second = open_store(path)
    try:
        (back,) = IntakeService(second, catalog, calendar, clock, window).open_drafts()
        assert back.applicant.name == "张三" and back.applicant.id_number == VALID_ID
        assert back.materials["id_card"].status is MaterialStatus.RECEIVED
        assert back.item_codes == ["MZJ-05-003"]
    finally:
        second.close()


def test_complex_question_defers_the_notice_two_working_days(intake: IntakeService) -> None:
    draft = intake.new_draft(["BDC-07-001"])
    draft.applicant = applicant()
    case = intake.defer_notice(draft, "房屋性质需向不动产登记中心核实")
    assert case.state is CaseState.DRAFT
    assert case.notice_due == date(2026, 11, 24)  # Friday 20th + 2 working days
    assert intake.store.load_case(case.case_id) is not None
    assert intake.open_drafts() == []


def test_search_puts_the_station_s_frequent_items_first(intake: IntakeService) -> None:
    before = [h.item.code for h in intake.search_items("")]
    draft = intake.new_draft(["YBJ-07-002"])
    draft.applicant = applicant()
    intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格")
    after = [h.item.code for h in intake.search_items("")]
    assert after[0] == "YBJ-07-002" and before[0] != "YBJ-07-002"
    assert intake.search_items("gtgsh")[0].item.name.startswith("个体工商户")


def test_transfer_submits_accepted_cases_with_a_sheet_of_their_paper(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    case = intake.decide(draft, Outcome.ACCEPT).case
    assert [s.case_id for s in intake.awaiting_transfer()] == [case.case_id]

    (sheet,) = intake.transfer([case.case_id], to_department="市场监督管理局")
    assert sheet.case_no == case.case_no and sheet.to_department == "市场监督管理局"
    assert len(sheet.lines) == len([m for m in case.materials.values() if m.status is MaterialStatus.RECEIVED])
    assert intake.store.load_case(case.case_id).state is CaseState.SUBMITTED  # type: ignore[union-attr]
    assert intake.awaiting_transfer() == []
    with pytest.raises(IntakeError, match="已流转后台"):
        intake.transfer([case.case_id])


def test_needs_agent_follows_the_situation_answers(intake: IntakeService) -> None:
    assert intake.needs_agent(intake.new_draft()) is False  # no item yet
    draft = intake.new_draft(["SCJG-01-001"])  # 个体工商户设立登记: 本人 by default
    assert intake.needs_agent(draft) is False
    draft.answers["applicant_type"] = "agent"  # 委托代办: the agent's ID card and authorization apply
    assert intake.needs_agent(draft) is True
    draft.answers["applicant_type"] = "self"
    assert intake.needs_agent(draft) is False

    card = intake.new_draft(["RSJ-20-001"])  # 社会保障卡申领: a guardian brings their own ID card
    card.answers["applicant_type"] = "guardian"
    assert intake.needs_agent(card) is True
    assert intake.needs_agent(intake.new_draft(["SWJ-20-001"])) is True  # 发票领用: 办税人员 always


def test_why_not_words_every_closed_outcome(intake: IntakeService) -> None:
    promised = intake.new_draft(["SCJG-01-001"])
    promised.applicant = applicant()
    receive_all(intake, promised)
    preview = intake.preview(promised)
    assert intake.why_not(Outcome.COMPLETE, preview) == "承诺件不能当场办结，应予受理"
    assert intake.why_not(Outcome.NOTIFY, preview) == "材料齐全，无需一次性告知"
    assert intake.why_not(Outcome.CONDITIONAL, preview) == "材料齐全，无需容缺受理"
    instant = intake.new_draft(["RSJ-20-004"])
    instant.applicant = applicant()
    receive_all(intake, instant)
    assert "即办" in intake.why_not(Outcome.ACCEPT, intake.preview(instant))
    promised.materials.pop("premises_proof")
    missing = intake.preview(promised)
    assert intake.why_not(Outcome.ACCEPT, missing).startswith("材料不齐，不能受理：")
    assert intake.why_not(Outcome.COMPLETE, missing) == "承诺件不能当场办结，应予受理"  # whatever is missing


def test_the_receiving_department_is_the_items_own_when_they_share_one(intake: IntakeService) -> None:
    cases = []
    for code in ("SCJG-01-001", "SCJG-01-001", "RSJ-05-002"):
        draft = intake.new_draft([code])
        draft.applicant = applicant()
        receive_all(intake, draft)
        cases.append(intake.decide(draft, Outcome.ACCEPT).case)
    waiting = intake.awaiting_transfer()
    assert [s.case_id for s in waiting] == [c.case_id for c in cases]
    assert intake.receiving_department(waiting[:2]) == "市场监督管理局"
    assert intake.receiving_department(waiting) == ""  # two departments: each case goes to its own

    sheets = intake.transfer([c.case_id for c in cases])
    assert [s.to_department for s in sheets] == ["市场监督管理局", "市场监督管理局", "人力资源和社会保障局"]


def test_a_conditional_case_is_transferred_too(intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = applicant()
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    case = intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True).case
    assert [s.case_id for s in intake.awaiting_transfer()] == [case.case_id]
    intake.transfer([case.case_id])
    assert intake.store.load_case(case.case_id).state is CaseState.SUBMITTED  # type: ignore[union-attr]


def test_each_clerk_sees_only_their_own_drafts(intake: IntakeService, window: WindowContext) -> None:
    wangli = intake.new_draft(["SCJG-01-001"])
    intake.save_draft(wangli)
    backup = replace(window.actor, clerk_id="c008", clerk_name="赵强", role=Role.INTAKE)
    intake.window = replace(window, actor=backup, login_role=Role.INTAKE)
    assert intake.open_drafts() == []
    zhao = intake.new_draft(["SCJG-01-001"])
    intake.save_draft(zhao)
    assert [d.draft_id for d in intake.open_drafts()] == [zhao.draft_id]
    intake.window = window
    assert [d.draft_id for d in intake.open_drafts()] == [wangli.draft_id]
