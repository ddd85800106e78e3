"""Notices that say what the law requires (issue 11): 容缺 acceptance in its own words, the labelled acceptance
date, the rejection's department, competent authority and review body (《行政许可法》 art. 32; 《行政复议法》 art. 20),
the delay's basis and approver (art. 42), and the sample notices consistent with their catalog item."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from govdesk.domain.case import MaterialStatus
from govdesk.domain.catalog import Department
from govdesk.domain.notice_builders import acceptance_notice, delay_notice, rejection_notice
from govdesk.domain.notices import (
    ACCEPTED_COMPLETE,
    ACCEPTED_CONDITIONAL,
    AcceptanceNotice,
    CommitmentLetter,
    DelayNotice,
    NoticeKind,
    RejectionNotice,
)
from govdesk.printing.sample import (
    SAMPLE_CENTER,
    SAMPLE_COMMITMENT_DUE,
    SAMPLE_DAY,
    SAMPLE_ITEM,
    sample_case,
    sample_notice,
)


def test_a_conditional_acceptance_says_so_with_the_promised_materials_and_their_due_date() -> None:
    notice = sample_notice(NoticeKind.ACCEPTANCE)
    assert isinstance(notice, AcceptanceNotice)
    assert notice.conditional and notice.statement == ACCEPTED_CONDITIONAL
    assert "齐全、符合法定形式" not in notice.statement and "容缺受理" in notice.statement
    assert [w.name for w in notice.waived] == ["经营场所使用证明", "食品安全管理制度"]
    assert notice.waived[0].remedy == SAMPLE_ITEM.material("M03").requirements
    assert notice.waived_due == SAMPLE_COMMITMENT_DUE
    assert notice.accepted_on == SAMPLE_DAY
    # the materials received are those held, never the waived ones
    assert [line.name for line in notice.lines] == ["营业执照申请书", "法定代表人身份证明", "公司章程"]


def test_a_complete_acceptance_says_complete_and_lists_only_its_items_materials() -> None:
    notice = sample_notice(NoticeKind.ACCEPTANCE, conditional=False)
    assert isinstance(notice, AcceptanceNotice)
    assert not notice.conditional and notice.statement == ACCEPTED_COMPLETE and notice.waived_due is None
    assert [line.name for line in notice.lines] == [m.name for m in SAMPLE_ITEM.materials]
    case = sample_case()
    for record in case.materials.values():
        record.status = MaterialStatus.RECEIVED
    case.materials["OTHER"] = dataclasses.replace(case.materials["M01"], code="OTHER", name="别的事项的材料")
    listed = acceptance_notice(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, date(2026, 11, 27), "window")
    assert "别的事项的材料" not in [line.name for line in listed.lines]


def test_rejection_names_the_department_and_review_body_and_out_of_competence_needs_the_competent_authority() -> None:
    case = sample_case()
    other = dataclasses.replace(SAMPLE_ITEM, code="X", department=Department("WJW", "示例县卫生健康委员会"))
    plain = rejection_notice(case, [SAMPLE_ITEM, other], SAMPLE_CENTER, SAMPLE_DAY, "申请人不具备申请资格")
    assert plain.department == "示例县市场监督管理局、示例县卫生健康委员会"
    assert plain.review_body == "示例县人民政府" and "向示例县人民政府申请行政复议" in plain.rights
    assert plain.competent_authority == ""
    for reason in ("申请事项依法不属于本行政机关职权范围", "不属于本中心受理范围"):
        with pytest.raises(ValueError, match="有权机关"):
            rejection_notice(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, reason)
    told = rejection_notice(
        case,
        [SAMPLE_ITEM],
        SAMPLE_CENTER,
        SAMPLE_DAY,
        "不属于本中心受理范围",
        competent_authority=" 示例市市场监督管理局 ",
        review_body="示例市市场监督管理局",
    )
    assert told.competent_authority == "示例市市场监督管理局" and "向示例市市场监督管理局申请行政复议" in told.rights
    nobody = dataclasses.replace(SAMPLE_CENTER, review_body="")
    with pytest.raises(ValueError, match="行政复议机关"):
        rejection_notice(case, [SAMPLE_ITEM], nobody, SAMPLE_DAY, "申请人不具备申请资格")


def test_delay_states_its_basis_and_who_approved_it() -> None:
    case = sample_case()
    args = (case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, date(2026, 11, 27), date(2026, 12, 8), "现场核查")
    with pytest.raises(ValueError, match="批准人"):
        delay_notice(*args, approved_by=" ", legal_basis=SAMPLE_ITEM.extension_law)
    notice = delay_notice(*args, approved_by="局长张志远", legal_basis=SAMPLE_ITEM.extension_law)
    assert (notice.approved_by, notice.legal_basis) == ("局长张志远", "《中华人民共和国行政许可法》第四十二条")


def test_samples_are_consistent_with_their_catalog_item() -> None:
    """Only the item's waivable materials are waived; the materials listed are the item's; a rejection for want of
    competence names the competent authority; a delay stays within what the item allows."""
    waivable = [m.name for m in SAMPLE_ITEM.materials if m.waivable]
    names = {m.name for m in SAMPLE_ITEM.materials}
    letter = sample_notice(NoticeKind.COMMITMENT)
    acceptance = sample_notice(NoticeKind.ACCEPTANCE)
    assert isinstance(letter, CommitmentLetter) and isinstance(acceptance, AcceptanceNotice)
    assert [line.name for line in letter.lines] == waivable == [w.name for w in acceptance.waived]
    assert letter.due_date == acceptance.waived_due
    forms = {m.name: m.forms[0] for m in SAMPLE_ITEM.materials}
    assert [line.form for line in letter.lines] == [{"copy": "复印件", "original": "原件"}[forms[n]] for n in waivable]
    for kind in NoticeKind:
        for line in getattr(sample_notice(kind), "lines", ()):
            assert line.name in names, (kind, line.name)
    rejection = sample_notice(NoticeKind.REJECTION)
    assert isinstance(rejection, RejectionNotice) and rejection.competent_authority
    delay = sample_notice(NoticeKind.DELAY)
    assert isinstance(delay, DelayNotice) and delay.approved_by and delay.legal_basis == SAMPLE_ITEM.extension_law
