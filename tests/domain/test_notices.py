"""What each notice says: built from the domain types, masked IDs, law notes, and a stable digest."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from govdesk.domain.case import Deficiency, MaterialStatus
from govdesk.domain.catalog import MaterialForm, OverdueRule
from govdesk.domain.identity.masking import mask_id
from govdesk.domain.notice_builders import (
    commitment_letter,
    deficiency_lines,
    deficiency_notice,
    delay_notice,
    lines_from_deficiencies,
    rejection_notice,
    transfer_sheet,
)
from govdesk.domain.notices import (
    DEFICIENCY_LAW_NOTE,
    OVERDUE_CONSEQUENCES,
    CenterProfile,
    NoticeLine,
    canonical_text,
    content_digest,
)
from govdesk.printing.sample import SAMPLE_CENTER, SAMPLE_DAY, SAMPLE_ITEM, sample_case


def test_mask_keeps_the_first_six_and_last_four() -> None:
    """Printed as on screen: one masking rule (``domain.identity.masking``) for the notice and the window."""
    assert mask_id("410102198507153216") == "410102********3216"
    assert mask_id("91410100MA9G7X1234") == "914101********1234"
    assert mask_id("E1234567") == "E*****67"  # a passport keeps its first and last two, as the window shows it
    assert mask_id("123") == "***"


def test_deficiency_notice_lists_every_missing_and_defective_material_with_its_remedy() -> None:
    case = sample_case()
    lines = deficiency_lines(list(case.materials.values()), [SAMPLE_ITEM])
    assert [line.name for line in lines] == ["法定代表人身份证明", "经营场所使用证明", "食品安全管理制度"]
    defective, missing = lines[0], lines[1]
    assert defective.reason == "复印件不清晰，缺反面"
    assert defective.remedy == SAMPLE_ITEM.material("M02").requirements  # the catalog's requirements
    assert missing.reason == "未提交" and missing.remedy == SAMPLE_ITEM.material("M03").requirements
    notice = deficiency_notice(case, [SAMPLE_ITEM], lines, SAMPLE_CENTER, SAMPLE_DAY)
    assert notice.applicant.name == "王建国" and notice.applicant.id_masked == "410102********3216"
    assert notice.case_no == case.case_no and notice.clerk == "李晓梅"
    assert notice.law_note == ""  # told on the day of receipt
    later = deficiency_notice(case, [SAMPLE_ITEM], lines, SAMPLE_CENTER, date(2026, 11, 24))
    assert later.law_note == DEFICIENCY_LAW_NOTE and "第三十二条" in later.law_note and "2个工作日" in later.law_note
    with pytest.raises(ValueError):
        deficiency_notice(case, [SAMPLE_ITEM], [], SAMPLE_CENTER, SAMPLE_DAY)


def test_assessment_deficiencies_map_to_lines() -> None:
    d = Deficiency("M03", "经营场所使用证明", "未提交", "租期不少于一年", forms=(MaterialForm.COPY,), copies=2)
    assert lines_from_deficiencies([d]) == (NoticeLine("经营场所使用证明", "未提交", "租期不少于一年", 2, "复印件"),)


def test_rejection_needs_a_reason_and_states_the_rights() -> None:
    case = sample_case()
    with pytest.raises(ValueError):
        rejection_notice(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, "  ")
    notice = rejection_notice(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, "申请人不具备申请资格")
    assert "六十日" in notice.rights and "《中华人民共和国行政复议法》" in notice.rights
    assert "六个月" in notice.rights and "《中华人民共和国行政诉讼法》" in notice.rights
    assert notice.legal_basis == SAMPLE_ITEM.legal_basis


def test_commitment_takes_the_strictest_overdue_rule() -> None:
    case = sample_case()
    waived = [NoticeLine("经营场所使用证明")]
    kept = commitment_letter(case, [SAMPLE_ITEM], waived, SAMPLE_CENTER, SAMPLE_DAY, date(2026, 12, 4))
    assert kept.overdue_rule is OverdueRule.WITHHOLD and kept.consequence == OVERDUE_CONSEQUENCES[OverdueRule.WITHHOLD]
    strict = dataclasses.replace(SAMPLE_ITEM, code="X", overdue_rule=OverdueRule.REVOKE)
    revoked = commitment_letter(case, [SAMPLE_ITEM, strict], waived, SAMPLE_CENTER, SAMPLE_DAY, date(2026, 12, 4))
    assert revoked.overdue_rule is OverdueRule.REVOKE and "撤销" in revoked.consequence
    with pytest.raises(ValueError):
        commitment_letter(case, [SAMPLE_ITEM], waived, SAMPLE_CENTER, SAMPLE_DAY, date(2026, 11, 21))


def test_transfer_lists_the_paper_materials_held() -> None:
    case = sample_case()
    case.materials["M02"].status = MaterialStatus.RECEIVED
    sheet = transfer_sheet(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, "3号窗口")
    assert [(line.name, line.copies) for line in sheet.lines] == [
        ("营业执照申请书", 1),
        ("法定代表人身份证明", 1),
        ("公司章程", 2),
    ]
    assert sheet.to_department == "示例县市场监督管理局"


def test_delay_must_move_the_date_forward_with_a_reason() -> None:
    case = sample_case()
    law = {"approved_by": "局长张志远", "legal_basis": SAMPLE_ITEM.extension_law}
    with pytest.raises(ValueError):
        delay_notice(
            case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, date(2026, 11, 27), date(2026, 11, 27), "核查", **law
        )
    with pytest.raises(ValueError):
        delay_notice(case, [SAMPLE_ITEM], SAMPLE_CENTER, SAMPLE_DAY, date(2026, 11, 27), date(2026, 12, 8), "", **law)


def test_the_digest_covers_the_content_not_the_seal_picture() -> None:
    case = sample_case()
    lines = deficiency_lines(list(case.materials.values()), [SAMPLE_ITEM])
    notice = deficiency_notice(case, [SAMPLE_ITEM], lines, SAMPLE_CENTER, SAMPLE_DAY)
    same = deficiency_notice(case, [SAMPLE_ITEM], lines, SAMPLE_CENTER, SAMPLE_DAY)
    assert content_digest(notice) == content_digest(same) and len(content_digest(notice)) == 64
    sealed = dataclasses.replace(notice, center=dataclasses.replace(SAMPLE_CENTER, seal_image="/x/seal.png"))
    assert content_digest(sealed) == content_digest(notice)
    changed = dataclasses.replace(notice, lines=notice.lines[:-1])
    assert content_digest(changed) != content_digest(notice)
    moved = dataclasses.replace(notice, center=CenterProfile("别的中心", SAMPLE_CENTER.address, SAMPLE_CENTER.phone))
    assert content_digest(moved) != content_digest(notice)
    assert "王建国" in canonical_text(notice)  # Chinese kept as characters
