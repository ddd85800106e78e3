"""The case's events in detail: reasons, hand-off methods, 容缺 commitments, suspensions, 延期, deferred notice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from govdesk.domain.case import CaseState, MaterialStatus
from govdesk.domain.catalog import MaterialForm, OverdueRule
from govdesk.domain.clock import CST
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.deadlines import SuspensionKind, notice_deadlines
from govdesk.domain.transitions import CommitmentOpen, DomainError, IllegalTransition
from tests.domain.test_case_builders import (
    BACK,
    INTAKE,
    ISSUING,
    T0,
    calendar,
    case_in,
    deficiency,
    do,
    fulfil,
)

S = CaseState


def test_reject_needs_a_reason() -> None:
    case, clk = case_in(S.DRAFT)
    with pytest.raises(IllegalTransition, match="必须写明理由"):
        case.reject(INTAKE, clk, "  ")
    assert case.state is S.DRAFT and len(case.events) == 1
    event = case.reject(INTAKE, clk, " 不属于本中心受理范围 ")
    assert case.decision_reason == "不属于本中心受理范围" == event.payload["reason"]


def test_deny_and_revoke_need_a_reason() -> None:
    case, clk = case_in(S.IN_REVIEW)
    with pytest.raises(IllegalTransition, match="必须写明理由"):
        case.deny(BACK, clk, "")
    with pytest.raises(IllegalTransition, match="必须写明理由"):
        case.revoke(INTAKE, clk, "")


def test_notify_records_every_deficiency() -> None:
    case, clk = case_in(S.DRAFT)
    with pytest.raises(IllegalTransition, match="没有任何"):
        case.notify(INTAKE, clk, [])
    event = case.notify(INTAKE, clk, [deficiency()])
    assert case.notified_codes == ("M03",)
    assert case.materials["M03"].status is MaterialStatus.MISSING
    assert case.materials["M03"].remedy == "租赁合同复印件"
    assert event.payload["deficiencies"][0]["name"] == "经营场所证明"


def test_record_material_only_at_intake() -> None:
    case, clk = case_in(S.DRAFT)
    case.record_material(INTAKE, clk, "M01", "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1)
    assert case.materials["M01"].status is MaterialStatus.RECEIVED
    assert case.events[-1].kind == "case.material_recorded"
    with pytest.raises(DomainError, match="须写明原因"):
        case.record_material(INTAKE, clk, "M02", "申请书", MaterialStatus.DEFECTIVE)
    case, clk = case_in(S.ACCEPTED)
    with pytest.raises(IllegalTransition, match="只有收件中的办件才能登记材料"):
        case.record_material(INTAKE, clk, "M01", "居民身份证", MaterialStatus.RECEIVED)


def test_accept_stores_deadlines_with_calendar_version() -> None:
    case, _ = case_in(S.ACCEPTED)
    assert case.promised_date == date(2026, 11, 27) and case.statutory_date == date(2026, 12, 11)
    assert case.promised_deadline is not None and case.promised_deadline.calendar_version == calendar().version
    assert case.events[-1].payload["calendar_version"] == calendar().version


def test_accept_refuses_a_promise_beyond_the_statutory_date() -> None:
    case, clk = case_in(S.DRAFT)
    with pytest.raises(IllegalTransition, match="晚于法定办结日期"):
        case.accept(INTAKE, clk, date(2026, 12, 31), date(2026, 12, 11))
    assert case.state is S.DRAFT and case.promised_date is None


def test_conditional_case_cannot_be_handed_off_while_the_commitment_is_open() -> None:
    case, clk = case_in(S.APPROVED)
    assert case.materials["M03"].status is MaterialStatus.WAIVED
    do(case, "mark_result_ready", clk)
    with pytest.raises(CommitmentOpen) as info:
        case.hand_off(ISSUING, clk, "window")
    assert "尚缺经营场所证明" in str(info.value) and "自 2026-11-20 起" in str(info.value)
    assert case.state is S.RESULT_READY
    case.supplement_material(INTAKE, clk, "M03", MaterialForm.COPY, 2)
    with pytest.raises(CommitmentOpen, match="承诺尚未办结"):
        case.hand_off(ISSUING, clk, "window")
    case.close_commitment(INTAKE, clk)
    assert case.commitment is not None and case.commitment.status is CommitmentStatus.FULFILLED
    assert case.materials["M03"].status is MaterialStatus.SUPPLEMENTED
    case.hand_off(ISSUING, clk, "window")
    assert case.state is S.HANDED_OFF
    assert [e.kind for e in case.events[-3:]] == [
        "case.material_supplemented",
        "case.commitment_closed",
        "case.handed_off",
    ]


def test_commitment_events_are_checked() -> None:
    case, clk = case_in(S.ACCEPTED)
    with pytest.raises(IllegalTransition, match="不是容缺受理"):
        case.supplement_material(INTAKE, clk, "M03")
    case, clk = case_in(S.SUBMITTED)
    with pytest.raises(IllegalTransition, match="尚缺经营场所证明"):
        case.close_commitment(INTAKE, clk)
    with pytest.raises(DomainError, match="不在容缺承诺书中"):
        case.supplement_material(INTAKE, clk, "M01")
    fulfil(case, clk)
    with pytest.raises(IllegalTransition, match="已办结或已撤销"):
        case.supplement_material(INTAKE, clk, "M03")
    with pytest.raises(IllegalTransition, match="承诺已履行"):
        case.revoke(INTAKE, clk, "逾期")


def test_overdue_commitment_then_revoke() -> None:
    case, clk = case_in(S.SUBMITTED)
    assert case.commitment is not None and case.commitment.due_date == date(2026, 12, 4)  # 10 working days
    with pytest.raises(IllegalTransition, match="尚未届满"):
        case.mark_commitment_overdue(INTAKE, clk, calendar())
    clk.set(T0.replace(day=7, month=12))
    with pytest.raises(IllegalTransition, match="尚未逾期"):
        case.revoke(INTAKE, clk, "逾期未补齐容缺材料")
    case.mark_commitment_overdue(INTAKE, clk, calendar())
    assert case.commitment.status is CommitmentStatus.OVERDUE
    event = case.revoke(INTAKE, clk, "逾期未补齐容缺材料")
    assert case.state is S.REVOKED and event.payload["missing"] == ["M03"]


def test_revoke_only_where_the_overdue_rule_says_so() -> None:
    case, clk = case_in(S.ACCEPTED_CONDITIONAL)
    assert case.commitment is not None
    case.commitment.overdue_rule = OverdueRule.WITHHOLD
    do(case, "overdue", clk)
    with pytest.raises(IllegalTransition, match="暂缓发放结果"):
        case.revoke(INTAKE, clk, "逾期未补齐容缺材料")


def test_revoke_only_conditional_cases() -> None:
    case, clk = case_in(S.ACCEPTED)
    do(case, "submit", clk)
    with pytest.raises(IllegalTransition, match="不是容缺受理"):
        case.revoke(INTAKE, clk, "逾期")


@pytest.mark.parametrize(
    ("method", "details", "error"),
    [
        ("ems", {}, "EMS邮寄须填写邮件单号"),
        ("locker", {"cell": " "}, "智能柜领取须填写柜格号"),
        ("proxy", {}, "他人代领须填写代领人姓名"),
        ("pigeon", {}, "未知的出件方式"),
    ],
)
def test_hand_off_details_are_required(method: str, details: dict[str, str], error: str) -> None:
    case, clk = case_in(S.RESULT_READY)
    with pytest.raises(IllegalTransition, match=error):
        case.hand_off(ISSUING, clk, method, details)
    assert case.state is S.RESULT_READY


@pytest.mark.parametrize("method", ["window", "proxy", "ems", "locker", "electronic"])
def test_hand_off_methods(method: str) -> None:
    case, clk = case_in(S.RESULT_READY)
    details = {"collector_name": "李四", "tracking_no": "EA1", "cell": "B12"}
    event = case.hand_off(ISSUING, clk, method, details)
    assert case.handoff_method == method == event.payload["method"]


def test_suspend_and_resume_push_both_dates() -> None:
    case, clk = case_in(S.IN_REVIEW)
    clk.set(T0.replace(day=23))  # Monday
    case.suspend(BACK, clk, SuspensionKind.SITE_SURVEY, "经营场所现场勘验")
    assert case.suspended
    with pytest.raises(IllegalTransition, match="尚未恢复"):
        case.suspend(BACK, clk, SuspensionKind.HEARING, "听证")
    clk.set(T0.replace(day=26))
    event = case.resume(BACK, clk, calendar())
    assert not case.suspended and event.payload["workdays"] == 3
    assert case.promised_date == date(2026, 12, 2) and case.statutory_date == date(2026, 12, 16)
    assert case.promised_deadline is not None and case.promised_deadline.due == case.promised_date
    assert case.statutory_deadline is not None and case.statutory_deadline.due == case.statutory_date
    assert "因现场勘验中止 3 个工作日，应于 2026-12-16 前依法办结" in case.statutory_deadline.explain()
    with pytest.raises(IllegalTransition, match="计时没有中止"):
        case.resume(BACK, clk, calendar())


def test_suspend_needs_a_running_case_and_a_reason() -> None:
    case, clk = case_in(S.DRAFT)
    with pytest.raises(IllegalTransition, match="才能中止计时"):
        case.suspend(INTAKE, clk, SuspensionKind.CORRECTION, "补正")
    case, clk = case_in(S.ACCEPTED)
    with pytest.raises(IllegalTransition, match="必须写明理由"):
        case.suspend(INTAKE, clk, SuspensionKind.CORRECTION, "")


def test_delay() -> None:
    case, clk = case_in(S.IN_REVIEW)
    old = case.promised_date
    assert old is not None
    with pytest.raises(IllegalTransition, match="不晚于原承诺日期"):
        case.delay(BACK, clk, old, "需补充调查")
    with pytest.raises(IllegalTransition, match="必须写明理由"):
        case.delay(BACK, clk, old + timedelta(days=5), " ")
    event = case.delay(BACK, clk, old + timedelta(days=5), "需补充调查")
    assert case.promised_date == old + timedelta(days=5) and case.delay_reason == "需补充调查"
    assert event.payload == {
        "old_date": old.isoformat(),
        "new_date": case.promised_date.isoformat(),
        "reason": "需补充调查",
    }
    case, clk = case_in(S.APPROVED)
    with pytest.raises(IllegalTransition, match="才能延期"):
        case.delay(BACK, clk, date(2027, 1, 1), "x")


def test_defer_notice() -> None:
    case, clk = case_in(S.DRAFT)
    deadlines = notice_deadlines(clk.now().astimezone(CST).date(), calendar())
    assert deadlines.due.due == date(2026, 11, 24) and deadlines.deemed_accepted_after.due == date(2026, 11, 27)
    event = case.defer_notice(INTAKE, clk, deadlines.due.due, "经营范围是否需前置审批")
    assert case.notice_due == date(2026, 11, 24) and event.kind == "case.notice_deferred"
    with pytest.raises(IllegalTransition, match="已经过去"):
        case.defer_notice(INTAKE, clk, date(2026, 11, 1))
    case, clk = case_in(S.ACCEPTED)
    with pytest.raises(IllegalTransition, match="只有收件中的办件"):
        case.defer_notice(INTAKE, clk, date(2026, 11, 24))


def test_renumber_records_the_old_and_new_number() -> None:
    """Issue 17: a number the center refused as another case's is replaced, the event names both."""
    case, clk = case_in(S.SUBMITTED)
    old = case.case_no
    new = "41122101-S09-20261231-0017-K"
    event = case.renumber(INTAKE, clk, new, "原编号与本中心另一办件重复")
    assert case.case_no == new and case.state is S.SUBMITTED
    assert event.kind == "case.renumbered" and event.payload == {
        "case_no": new,
        "previous": old,
        "reason": "原编号与本中心另一办件重复",
    }
    count = len(case.events)
    for bad in ("", "  ", new):
        with pytest.raises(DomainError, match="新的办件编号"):
            case.renumber(INTAKE, clk, bad, "x")
    assert case.case_no == new and len(case.events) == count
