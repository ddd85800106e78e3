"""The supervisor's records in the domain: the hall checklist (GB/T 36112), the file-review sample (卷宗评查), and the
follow-up of a bad rating (回访核实 → 整改/解释说明 → 反馈) with its limits in working days."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, Role
from govdesk.domain.file_review import (
    FileReview,
    FileReviewError,
    ReviewFinding,
    Verdict,
    draw_sample,
)
from govdesk.domain.inspection import (
    MAX_PHOTO_BYTES,
    STANDARD_ITEMS,
    Checklist,
    ChecklistItem,
    Finding,
    Inspection,
    InspectionError,
    InspectionState,
)
from govdesk.domain.rating_followup import BadRatingFollowUp, FollowUpError, FollowUpLimits, Stage, Step
from govdesk.shipped import default_calendar

SUPERVISOR = Actor("s001", "李督查", Role.SUPERVISOR, center_code="41122101", station_code="S00")
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=CST)


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return default_calendar()


# ------------------------------------------------------------------ 现场巡查


def _all_pass(inspection: Inspection) -> None:
    for item in inspection.checklist.items:
        inspection.answer(Finding(item.code, True))


def test_the_standard_checklist_covers_the_areas_of_gb_t_36112() -> None:
    areas = Checklist().areas()
    assert areas == ("人员", "窗口", "导服", "等候", "公开", "设备", "环境", "安全")
    assert len({i.code for i in STANDARD_ITEMS}) == len(STANDARD_ITEMS)


def test_a_centers_own_items_follow_the_standards_and_cannot_take_their_codes() -> None:
    own = Checklist.with_center_items([ChecklistItem("own-mask", "人员", "窗口人员佩戴口罩", "本中心规定")])
    assert own.items[-1].code == "own-mask" and own.items[: len(STANDARD_ITEMS)] == STANDARD_ITEMS
    with pytest.raises(InspectionError, match="own-"):
        Checklist.with_center_items([ChecklistItem("std-staff-uniform", "人员", "x")])
    with pytest.raises(InspectionError, match="重复"):
        Checklist.with_center_items([ChecklistItem("own-a", "人员", "x"), ChecklistItem("own-a", "人员", "y")])


def test_a_failed_item_needs_what_was_seen_and_signing_needs_every_item() -> None:
    inspection = Inspection("i1", SUPERVISOR, T0)
    with pytest.raises(InspectionError, match="请写明看到的问题"):
        inspection.answer(Finding("std-guide-desk", False, "  "))
    inspection.answer(Finding("std-guide-desk", False, "9:40 导服台无人", ("ab" * 32,)))
    with pytest.raises(InspectionError, match="还有 14 项未检查"):
        inspection.sign(T0.replace(hour=10), "sig")
    for item in inspection.unanswered():
        inspection.answer(Finding(item.code, True))
    inspection.sign(T0.replace(hour=10), "sig")
    assert inspection.state is InspectionState.SIGNED
    assert inspection.summary() == (14, 1)
    assert [i.code for i, _f in inspection.failed()] == ["std-guide-desk"]
    with pytest.raises(InspectionError, match="已签名"):
        inspection.answer(Finding("std-env-clean", False, "地面有水"))


def test_an_inspection_survives_its_json_whole() -> None:
    inspection = Inspection("i2", SUPERVISOR, T0, Checklist.with_center_items([ChecklistItem("own-x", "环境", "绿植")]))
    _all_pass(inspection)
    inspection.answer(Finding("own-x", False, "绿植枯萎"))
    inspection.sign(T0.replace(hour=11), "paper")
    again = Inspection.from_json(inspection.to_json())
    assert again.to_json() == inspection.to_json()
    assert again.checklist.item("own-x") == ChecklistItem("own-x", "环境", "绿植")
    assert again.findings["own-x"] == Finding("own-x", False, "绿植枯萎")


def test_an_inspection_names_its_photos_by_what_they_are_and_keeps_them_through_json() -> None:
    inspection = Inspection("i3", SUPERVISOR, T0)
    jpeg = inspection.keep_file("a" * 64, b"\xff\xd8\xff\xe0" + b"0" * 12, 250_000)
    assert (jpeg.content_type, jpeg.size) == ("image/jpeg", 250_000)
    png = inspection.keep_file("b" * 64, b"\x89PNG\r\n\x1a\n" + b"0" * 8, 3_000)
    assert png.content_type == "image/png"
    with pytest.raises(InspectionError, match="只接受 JPEG 或 PNG"):
        inspection.keep_file("c" * 64, b"%PDF-1.7" + b"0" * 8, 3_000)  # a PDF named a photo
    with pytest.raises(InspectionError, match="超过 10 MB"):
        inspection.keep_file("d" * 64, b"\xff\xd8\xff\xe0" + b"0" * 12, MAX_PHOTO_BYTES + 1)
    again = Inspection.from_json(inspection.to_json())
    assert again.files == inspection.files and set(again.files) == {"a" * 64, "b" * 64}
    hostile = {**inspection.to_json(), "files": [{"sha256": "not-a-hash", "size": 1, "content_type": "image/png"}]}
    assert Inspection.from_json(hostile).files == {}  # unreadable entries left out, the record still readable
    _all_pass(inspection)
    inspection.sign(T0.replace(hour=10), "paper")
    with pytest.raises(InspectionError, match="已签名"):
        inspection.keep_file("e" * 64, b"\xff\xd8\xff\xe0" + b"0" * 12, 10)


def test_an_unknown_item_is_refused() -> None:
    with pytest.raises(InspectionError, match="检查表中没有此项"):
        Inspection("i3", SUPERVISOR, T0).answer(Finding("std-nothing", True))


# ------------------------------------------------------------------ 卷宗评查


@given(st.lists(st.uuids().map(str), min_size=1, max_size=60, unique=True), st.integers(1, 80), st.text(min_size=1))
def test_two_reviewers_with_one_seed_draw_the_same_files_whatever_the_order(
    ids: list[str], size: int, seed: str
) -> None:
    if not seed.strip():
        return
    shuffled = ids[:]
    random.Random(7).shuffle(shuffled)
    first = draw_sample(ids, size, seed)
    assert first == draw_sample(shuffled, size, seed)
    assert len(first) == min(size, len(ids)) and set(first) <= set(ids)


def test_another_seed_draws_another_sample_and_no_seed_is_refused() -> None:
    ids = [f"case-{n:04d}" for n in range(500)]
    assert draw_sample(ids, 20, "2026-11 第一组") != draw_sample(ids, 20, "2026-11 第二组")
    with pytest.raises(FileReviewError, match="抽样种子"):
        draw_sample(ids, 20, "  ")
    with pytest.raises(FileReviewError, match="大于 0"):
        draw_sample(ids, 0, "x")


def test_a_review_records_findings_only_for_its_sample_and_tallies_them() -> None:
    sample = draw_sample([f"c{n}" for n in range(30)], 3, "seed")
    review = FileReview("r1", SUPERVISOR, "seed", date(2026, 11, 1), date(2026, 11, 30), sample, T0)
    review.record(ReviewFinding(sample[0], Verdict.GOOD))
    with pytest.raises(FileReviewError, match="请勾选问题或写明情况"):
        review.record(ReviewFinding(sample[1], Verdict.POOR))
    review.record(ReviewFinding(sample[1], Verdict.POOR, ("超过承诺时限办结",)))
    with pytest.raises(FileReviewError, match="不在本次抽样中"):
        review.record(ReviewFinding("elsewhere", Verdict.GOOD))
    assert review.remaining() == (sample[2],)
    assert review.tally() == {Verdict.GOOD: 1, Verdict.FAIR: 0, Verdict.POOR: 1}
    assert FileReview.from_json(review.to_json()).to_json() == review.to_json()


# ------------------------------------------------------------------ 差评 follow-up


def _bad(rated_on: date = date(2026, 11, 20)) -> BadRatingFollowUp:
    return BadRatingFollowUp("c1", "41122101-S03-20261120-0001-G", rated_on, 5, ("等候时间过长",), "", "c007")


def test_a_bad_rating_goes_verify_then_rectify_or_explain_then_answer(calendar: WorkCalendar) -> None:
    f = _bad()
    limits = FollowUpLimits()
    assert f.stage is Stage.TO_VERIFY and f.allowed() == (Step.VERIFY,)
    assert f.due(calendar, limits) == date(2026, 11, 23)  # Friday's rating: called back by Monday
    with pytest.raises(FollowUpError, match="现在应回访核实，不能先整改"):
        f.record(Step.RECTIFY, T0, SUPERVISOR, "调整窗口")
    f.record(Step.VERIFY, T0.replace(day=23), SUPERVISOR, "电话回访，情况属实：取号后等候 70 分钟")
    assert f.allowed() == (Step.RECTIFY, Step.EXPLAIN)
    assert f.due(calendar, limits) == date(2026, 12, 11)  # 15 working days from the rating
    f.record(Step.RECTIFY, T0.replace(day=25), SUPERVISOR, "高峰时段增开 2 个综合窗口")
    f.record(Step.FEEDBACK, T0.replace(day=26), SUPERVISOR, "已电话告知申请人整改情况，申请人表示认可")
    assert f.stage is Stage.CLOSED and f.due(calendar, limits) is None
    with pytest.raises(FollowUpError, match="已处理完毕"):
        f.record(Step.FEEDBACK, T0.replace(day=27), SUPERVISOR, "again")
    assert f.late_steps(calendar, limits) == ()


def test_an_overdue_follow_up_and_late_steps_are_known(calendar: WorkCalendar) -> None:
    f = _bad()
    limits = FollowUpLimits(verify_days=1, rectify_days=5)
    assert not f.overdue(date(2026, 11, 23), calendar, limits)
    assert f.overdue(date(2026, 11, 24), calendar, limits)
    f.record(Step.VERIFY, T0.replace(day=25), SUPERVISOR, "回访：申请人对解释不满意")
    assert f.late_steps(calendar, limits) == (Step.VERIFY,)
    with pytest.raises(FollowUpError, match="请写明解释说明的情况"):
        f.record(Step.EXPLAIN, T0.replace(day=26), SUPERVISOR, " ")


def test_limits_that_make_no_sense_are_refused() -> None:
    with pytest.raises(FollowUpError):
        FollowUpLimits(verify_days=0)
    with pytest.raises(FollowUpError):
        FollowUpLimits(verify_days=10, rectify_days=5)
