"""The back office's rules: a 补正 names every material with a reason (一次告知), starts a CORRECTION suspension;
steps only in their states; the kinds are the back office's alone in the transition table."""

from __future__ import annotations

from datetime import date

import pytest

from govdesk.domain.backoffice import (
    CORRECTION_REQUESTED_KIND,
    MAX_CORRECTION_ITEMS,
    RESULT_ATTACHED_KIND,
    STEP_RECORDED_KIND,
    BackOfficeRefused,
    CorrectionItem,
    Step,
    check_step,
    correction_items,
    correction_payload,
    correction_suspension,
    result_words,
    step_words,
)
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.events import Role
from govdesk.domain.transitions import CaseState, EventRefused, event_target

ID = CorrectionItem("居民身份证", "复印件不清晰", "提供原件", "id_card")


def test_a_correction_holds_every_item_and_stops_the_clock() -> None:
    payload = correction_payload([ID, CorrectionItem(" 租赁合同 ", " 已过期 ")], " 请一次补齐 ", date(2026, 12, 31))
    assert correction_items(payload) == (ID, CorrectionItem("租赁合同", "已过期"))
    assert payload["note"] == "请一次补齐"
    stop = correction_suspension(payload)
    assert stop is not None and stop.kind is SuspensionKind.CORRECTION
    assert stop.start == date(2026, 12, 31) and stop.end is None  # New Year's Eve: the clock stops that day
    assert stop.reason == "补正：居民身份证、租赁合同"


@pytest.mark.parametrize(
    ("items", "words"),
    [
        ([], "至少一项"),
        ([CorrectionItem("", "缺")], "第 1 项补正材料没有写材料名称"),
        ([CorrectionItem("证", "  ")], "没有写明需补正的原因"),
        ([ID, ID], "列了两次"),
        ([CorrectionItem(f"材料{i}", "缺") for i in range(MAX_CORRECTION_ITEMS + 1)], "最多"),
    ],
)
def test_an_incomplete_correction_is_refused_in_words(items: list[CorrectionItem], words: str) -> None:
    with pytest.raises(BackOfficeRefused, match=words):
        correction_payload(items, "", date(2026, 12, 7))


def test_steps_only_in_their_states() -> None:
    check_step(Step.REVIEW, CaseState.IN_REVIEW)
    check_step(Step.PRODUCTION, CaseState.DENIED)
    with pytest.raises(BackOfficeRefused, match="不能记录“制证”环节，只有“审批通过”、“审批不予许可”的办件可以"):
        check_step(Step.PRODUCTION, CaseState.IN_REVIEW)
    with pytest.raises(BackOfficeRefused, match="审查"):
        check_step(Step.REVIEW, CaseState.SUBMITTED)
    assert step_words({"step": "decision", "note": "同意"}) == "决定环节：同意"
    assert result_words({"result_name": "营业执照", "licence_no": "92410000", "attachment_sha256": "ab"}) == (
        "制作营业执照，证照编号 92410000，附扫描件"
    )


@pytest.mark.parametrize("kind", [CORRECTION_REQUESTED_KIND, STEP_RECORDED_KIND, RESULT_ATTACHED_KIND])
def test_the_back_office_kinds_are_records_only_the_back_office_sends(kind: str) -> None:
    assert event_target(CaseState.IN_REVIEW, kind, Role.BACK_OFFICE) is CaseState.IN_REVIEW
    for role in (Role.INTAKE, Role.ISSUING, Role.SUPERVISOR, Role.ADMIN):
        with pytest.raises(EventRefused) as refused:
            event_target(CaseState.IN_REVIEW, kind, role)
        assert refused.value.code == "forbidden_role"
