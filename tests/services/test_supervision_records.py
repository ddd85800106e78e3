"""The supervisor's records on a real SQLite file: an inspection walked and signed, a file review drawn and
recorded, a bad rating followed up to its answer, and a clerk refused all of it."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.domain.file_review import ReviewFinding, Verdict, draw_sample
from govdesk.domain.inspection import ChecklistItem, Finding
from govdesk.domain.rating_followup import FOLLOWED_UP_KIND, Stage, Step
from govdesk.services.evaluation import EvaluationService
from govdesk.services.intake import IntakeService
from govdesk.services.supervision_records import SupervisionError, SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.store import supervision_records as records
from govdesk.store.store import Store, open_store
from tests.helpers.supervision import rejected_cases
from tests.services.test_intake import applicant, receive_all


@pytest.fixture
def supervisor(window: WindowContext) -> WindowContext:
    actor = replace(window.actor, clerk_id="s001", clerk_name="李督查", role=Role.SUPERVISOR)
    return WindowContext(actor=actor, center=window.center)


@pytest.fixture
def service(store: Store, calendar: WorkCalendar, clock: FixedClock, supervisor: WindowContext) -> SupervisionRecords:
    return SupervisionRecords(store, calendar, clock, supervisor)


def _unsent_versions(store: Store) -> dict[str, int]:
    with store.transaction() as tx:
        return {r.record_id: r.version for r in records.unsent(tx)}


def test_an_inspection_is_kept_answer_by_answer_and_final_once_signed(
    service: SupervisionRecords, store: Store, clock: FixedClock
) -> None:
    inspection = service.start_inspection()
    service.answer(inspection.inspection_id, Finding("std-guide-desk", False, "导服台 9:40 无人"))
    kept = service.inspection(inspection.inspection_id)  # as after the laptop was closed mid-walk
    assert kept.findings["std-guide-desk"].note == "导服台 9:40 无人"
    with pytest.raises(SupervisionError, match="还有 14 项未检查"):
        service.sign_inspection(inspection.inspection_id, on_paper=True)
    for item in kept.unanswered():
        service.answer(inspection.inspection_id, Finding(item.code, True))
    clock.advance(timedelta(minutes=40))
    saved = service.sign_inspection(inspection.inspection_id, on_paper=True)
    assert saved.changes.kinds
    signed = service.inspection(inspection.inspection_id)
    assert signed.state.value == "signed" and signed.summary() == (14, 1)
    with pytest.raises(SupervisionError, match="已签名"):
        service.answer(inspection.inspection_id, Finding("std-env-clean", False, "地面有水"))
    assert _unsent_versions(store)[inspection.inspection_id] == 17  # start, 15 answers, the signature


def test_an_admin_adds_the_centers_own_items_and_a_supervisor_cannot(
    service: SupervisionRecords, store: Store, calendar: WorkCalendar, clock: FixedClock, supervisor: WindowContext
) -> None:
    own = [ChecklistItem("own-epidemic", "环境", "大厅按规定通风消毒", "本中心规定")]
    with pytest.raises(SupervisionError, match="只有管理员"):
        service.set_center_items(own)
    admin = WindowContext(actor=replace(supervisor.actor, role=Role.ADMIN), center=supervisor.center)
    SupervisionRecords(store, calendar, clock, admin).set_center_items(own)
    assert service.start_inspection().checklist.items[-1].code == "own-epidemic"


def test_a_clerk_is_refused_the_supervisors_work(
    store: Store, calendar: WorkCalendar, clock: FixedClock, window: WindowContext
) -> None:
    with pytest.raises(SupervisionError, match="只有现场监督人员或管理员"):
        SupervisionRecords(store, calendar, clock, window).start_inspection()


def test_a_file_review_draws_what_a_second_reviewer_draws_and_records_findings(
    service: SupervisionRecords, intake: IntakeService, store: Store
) -> None:
    closed = rejected_cases(intake, 6)
    day = datetime.fromisoformat(store.now_text()).astimezone(CST).date()  # the store stamps its own clock
    review = service.start_review("2026-11 第一组", day, day, 3)
    assert review.sample == draw_sample(closed, 3, "2026-11 第一组")
    again = service.start_review("2026-11 第一组", day, day, 3)  # the second reviewer
    assert again.sample == review.sample
    service.record_finding(review.review_id, ReviewFinding(review.sample[0], Verdict.GOOD))
    with pytest.raises(SupervisionError, match="请勾选问题或写明情况"):
        service.record_finding(review.review_id, ReviewFinding(review.sample[1], Verdict.POOR))
    service.record_finding(review.review_id, ReviewFinding(review.sample[1], Verdict.FAIR, ("签名、签章缺失",)))
    service.record_finding(review.review_id, ReviewFinding(review.sample[2], Verdict.GOOD))
    done = service.review(review.review_id)
    assert done.remaining() == () and done.tally()[Verdict.FAIR] == 1
    with pytest.raises(SupervisionError, match="不能再修改"):  # finished: final
        service.record_finding(review.review_id, ReviewFinding(review.sample[2], Verdict.POOR, ("其他",)))
    with pytest.raises(SupervisionError, match="没有已办结的办件"):
        service.start_review("x", date(2026, 1, 1), date(2026, 1, 2), 3)


def test_a_bad_rating_is_followed_up_to_its_answer_as_events_of_the_case(
    service: SupervisionRecords,
    store: Store,
    intake: IntakeService,
    clock: FixedClock,
    window: WindowContext,
    calendar: WorkCalendar,
) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    case = intake.decide(draft, Outcome.ACCEPT).case
    EvaluationService(store, clock, window).rate(case.case_id, 5, "等了一个多小时", ["等候时间过长"], "screen")
    EvaluationService(store, clock, window).rate(
        rejected_cases(intake, 1)[0], 1, "", [], "screen"
    )  # a good one: nothing to follow
    [follow] = service.follow_ups()
    assert (follow.case_no, follow.stage, follow.reasons) == (case.case_no, Stage.TO_VERIFY, ("等候时间过长",))
    assert follow.due(calendar, service.limits()) == date(2026, 11, 23)
    assert service.overdue_follow_ups(date(2026, 11, 24)) == [follow]
    with pytest.raises(SupervisionError, match="不能先整改"):
        service.record_step(case.case_id, Step.RECTIFY, "增开窗口")
    service.record_step(case.case_id, Step.VERIFY, "电话回访：情况属实")
    clock.advance(timedelta(days=1))
    service.record_step(case.case_id, Step.RECTIFY, "高峰时段增开 2 个窗口")
    service.record_step(case.case_id, Step.FEEDBACK, "已告知申请人整改情况")
    assert service.follow_ups(open_only=True) == []
    stored = store.load_case(case.case_id)
    assert stored is not None
    steps = [e for e in stored.events if e.kind == FOLLOWED_UP_KIND]
    assert [e.payload["step"] for e in steps] == ["verify", "rectify", "feedback"]
    assert all(e.actor.clerk_id == "s001" for e in steps)
    with store.reading() as db:  # each step queued for the center like every event
        queued = db.exec_driver_sql(
            "SELECT count(*) FROM outbox o JOIN events e USING (event_id) WHERE e.kind = ?", (FOLLOWED_UP_KIND,)
        ).scalar()
    assert queued == 3


def test_sending_marks_what_the_center_took_and_keeps_its_refusal(service: SupervisionRecords, store: Store) -> None:
    first = service.start_inspection()
    second = service.start_inspection()
    answers = {first.inspection_id: (True, ""), second.inspection_id: (False, "只能上传本人所做的巡查或评查记录")}
    report = service.send_unsent(lambda kind, rid, body: answers[rid])
    assert report.sent == 1 and report.refused == ((second.inspection_id, answers[second.inspection_id][1]),)
    assert _unsent_versions(store) == {}  # the refused one is not sent again
    service.answer(first.inspection_id, Finding("std-env-clean", True))
    assert _unsent_versions(store) == {first.inspection_id: 2}


def test_times_are_the_clocks(service: SupervisionRecords, clock: FixedClock) -> None:
    assert service.start_inspection().started_at == clock.now() == datetime(2026, 11, 20, 9, 30, tzinfo=CST)


def test_photos_and_the_pad_signature_are_kept_by_their_hash(service: SupervisionRecords, tmp_path: Path) -> None:
    inspection = service.start_inspection()
    photo = tmp_path / "IMG_0001.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the guide desk")
    with pytest.raises(SupervisionError, match="请先选择该项合格或不合格"):
        service.attach_photo(inspection.inspection_id, "std-guide-desk", photo)
    service.answer(inspection.inspection_id, Finding("std-guide-desk", False, "导服台无人"))
    service.attach_photo(inspection.inspection_id, "std-guide-desk", photo)
    [digest] = service.inspection(inspection.inspection_id).findings["std-guide-desk"].photos
    kept = service.file_path(digest)
    assert kept is not None and kept.read_bytes() == photo.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    with pytest.raises(SupervisionError, match="JPEG 或 PNG"):
        service.attach_photo(inspection.inspection_id, "std-guide-desk", text)
    for item in service.inspection(inspection.inspection_id).unanswered():
        service.answer(inspection.inspection_id, Finding(item.code, True))
    with pytest.raises(SupervisionError, match="请巡查人签名"):
        service.sign_inspection(inspection.inspection_id)
    service.sign_inspection(inspection.inspection_id, signature_png=b"\x89PNG\r\n\x1a\n strokes")
    signed = service.inspection(inspection.inspection_id)
    assert service.file_path(signed.signature) is not None


def test_the_printed_record_says_every_item_and_what_failed(
    qapp: object, service: SupervisionRecords, tmp_path: Path
) -> None:
    inspection = service.start_inspection()
    for item in inspection.checklist.items:
        note = "取号后等候 70 分钟" if item.code == "std-waiting-time" else ""
        service.answer(inspection.inspection_id, Finding(item.code, not note, note))
    from govdesk.devices.scanner import SimulatedScanner

    shot = SimulatedScanner(tmp_path / "camera", prefix="PHOTO").scan("queue display")  # a real JPEG, 1240x1754
    service.attach_photo(inspection.inspection_id, "std-waiting-time", shot)
    service.sign_inspection(inspection.inspection_id, on_paper=True)
    pdf = service.inspection_pdf(inspection.inspection_id, tmp_path / "inspection.pdf")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    [photo] = [line.split() for line in images.splitlines()[2:]]
    assert max(int(photo[3]), int(photo[4])) <= 300  # scaled down on the record
    assert pdf.stat().st_size < 200_000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "渑池县政务服务中心现场巡查记录" in text
    assert "检查 15 项，合格 14 项，不合格 1 项" in text
    assert "取号后等候 70 分钟" in text and "李督查" in text
    assert "（签字）" in text  # signed on paper: a line to sign
    assert "附：现场照片" in text and "等候·等候时间在公示的承诺之内" in text.replace("\n", "").replace(" ", "")
    for item in inspection.checklist.items:
        assert item.text[:8] in text.replace("\n", "").replace(" ", "")


def test_cases_finished_just_after_midnight_china_time_count_for_that_day(
    calendar: WorkCalendar, supervisor: WindowContext, intake: IntakeService, tmp_path: Path
) -> None:
    """The store keeps a case's last change as UTC text; 00:30 CST on 1 December is 16:30 UTC on 30 November. The
    review's days are China's: the case is finished on 1 December, not on 30 November."""
    night = FixedClock(datetime(2026, 12, 1, 0, 30, tzinfo=CST))
    store = open_store(tmp_path / "night.sqlite", night)
    try:
        night_intake = IntakeService(store, intake.catalog, calendar, night, intake.window)
        closed = rejected_cases(night_intake, 2)
        service = SupervisionRecords(store, calendar, night, supervisor)
        assert sorted(service.finished_cases(date(2026, 12, 1), date(2026, 12, 1))) == sorted(closed)
        assert service.finished_cases(date(2026, 11, 30), date(2026, 11, 30)) == []
    finally:
        store.close()
