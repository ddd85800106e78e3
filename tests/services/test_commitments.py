"""CommitmentService on a real store: the follow-up list (commitments and deferred notices), supplementing with an
attachment, closing, reminders before and on the due day (once each), overdue with each rule, revoke, delay."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.catalog import Catalog, OverdueRule
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.commitment import CommitmentStatus
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import DelayNotice, RejectionNotice
from govdesk.services.commitments import CommitmentError, CommitmentService, FollowUpKind, Urgency
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.attachments import FileStore
from govdesk.store.store import Store
from tests.services.test_handoff import APPLICANT_ID, make_case, outbox_kinds

TWO = {"kinship_proof": "亲属关系证明", "labor_contract": "劳动合同"}


@pytest.fixture
def sms(store: Store, clock: FixedClock) -> SmsService:
    return SmsService(store, clock)


@pytest.fixture
def service(store, catalog, calendar, clock, window: WindowContext, sms, tmp_path: Path) -> CommitmentService:
    return CommitmentService(store, catalog, calendar, clock, window, sms, tmp_path / "data")


@pytest.fixture
def handoff(store, catalog, clock, window, sms, tmp_path: Path) -> HandoffService:
    return HandoffService(store, catalog, clock, window, sms, tmp_path / "data")


def test_follow_ups_list_commitments_and_deferred_notices(
    service: CommitmentService, store: Store, clock: FixedClock
) -> None:
    # Friday 2026-11-20. Due Monday 11-23: 1 working day left -> due soon; due 12-04: 10 left -> ok.
    soon = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 23), state=CaseState.SUBMITTED)
    later = make_case(store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"},
                      due=date(2026, 12, 4), state=CaseState.IN_REVIEW)  # fmt: skip
    make_case(store, clock)  # not 容缺: not listed
    actor = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")
    applicant = Applicant(ApplicantKind.PERSON, "周敏", "111", APPLICANT_ID)
    draft = Case.new(actor=actor, clock=clock, case_no="41122101-S03-20261120-9999", item_codes=["GAJ-01-001"],
                     catalog_version="t", applicant=applicant)  # fmt: skip
    draft.defer_notice(actor, clock, date(2026, 11, 24), "户籍迁入条件需与派出所核实")
    with store.transaction() as tx:
        store.save_case(tx, draft)
    rows = service.follow_ups()
    assert [(r.case_no, r.kind, r.days_left, r.urgency) for r in rows] == [
        (soon.case_no, FollowUpKind.COMMITMENT, 1, Urgency.DUE_SOON),
        (draft.case_no, FollowUpKind.NOTICE, 2, Urgency.DUE_SOON),
        (later.case_no, FollowUpKind.COMMITMENT, 10, Urgency.OK),
    ]
    assert rows[0].what == "容缺待补：亲属关系证明、劳动合同" and rows[0].days_text == "剩1个工作日"
    assert rows[0].phone_masked == "138****5678" and rows[0].since == date(2026, 11, 20)
    assert rows[1].what == "延后告知：户籍迁入条件需与派出所核实"


def test_supplement_with_a_scan_then_close_then_hand_off(
    service: CommitmentService, handoff: HandoffService, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO)
    scan = tmp_path / "扫描件.JPG"
    scan.write_bytes(b"\xff\xd8\xff scan")
    service.supplement(case.case_id, "kinship_proof", scan)
    with pytest.raises(CommitmentError, match="尚缺劳动合同"):
        service.close(case.case_id)
    with pytest.raises(CommitmentError, match="已于 2026-11-20 补交"):
        service.supplement(case.case_id, "kinship_proof")
    (row,) = service.follow_ups()
    assert row.missing == (("labor_contract", "劳动合同"),) and row.supplemented[0][:2] == (
        "kinship_proof",
        "亲属关系证明",
    )
    atts = service.attachments(case.case_id)
    assert len(atts) == 1 and atts[0]["material_code"] == "kinship_proof"
    with FileStore.for_store(store).open(atts[0]["sha256"]) as kept:  # kept as an intake scan is (by its hash)
        assert kept.read() == scan.read_bytes()
    supplemented = [e for e in store.load_case(case.case_id).events if e.kind == "case.material_supplemented"]
    assert supplemented[0].payload["pages"][0]["sha256"] == atts[0]["sha256"]  # in the chain, for the center
    service.supplement(case.case_id, "labor_contract")
    service.close(case.case_id)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.commitment is not None
    assert stored.commitment.status is CommitmentStatus.FULFILLED
    assert outbox_kinds(store, case.case_id)[-3:] == [
        "case.material_supplemented", "case.material_supplemented", "case.commitment_closed"
    ]  # fmt: skip
    with store.reading() as db:
        assert db.exec_driver_sql("SELECT status, materials FROM commitments").one() == ("fulfilled", "[]")
    assert service.follow_ups() == []
    handoff.hand_over_window(case.case_id, APPLICANT_ID, signed_on_paper=True)  # the result may go now
    assert store.load_case(case.case_id).state is CaseState.HANDED_OFF  # type: ignore[union-attr]


def test_reminders_before_and_on_the_due_day_once_each(
    service: CommitmentService, store: Store, clock: FixedClock, sms: SmsService
) -> None:
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 24), state=CaseState.SUBMITTED)
    assert service.send_reminders() == []  # Friday: 2 working days left
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=CST))
    assert len(service.send_reminders()) == 1
    assert service.send_reminders() == []  # not twice
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CST))
    assert len(service.send_reminders()) == 1
    history = sms.history(case.case_id)
    assert [h.purpose_label for h in history] == ["补交提醒（到期前）", "补交提醒（到期当日）"]
    assert "今天是承诺补交期限2026年11月24日" in history[1].text and "亲属关系证明、劳动合同" in history[1].text


def test_overdue_withhold_keeps_the_result_back(
    service: CommitmentService, handoff: HandoffService, store: Store, clock: FixedClock
) -> None:
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 23))
    assert service.process_overdue().marked == ()
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CST))
    report = service.process_overdue()
    assert report.marked == (case.case_no,) and report.to_revoke == () and len(report.sms_ids) == 1
    assert service.process_overdue().marked == ()  # once
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.commitment is not None
    assert stored.commitment.status is CommitmentStatus.OVERDUE
    assert outbox_kinds(store, case.case_id)[-1] == "case.commitment_overdue"  # for the supervisor, at the center
    (row,) = service.follow_ups()
    assert row.urgency is Urgency.OVERDUE and row.days_text == "已逾期"
    assert "已逾期" in handoff.blocked_reason(stored)


def test_overdue_revoke_rule_revokes_with_a_notice(
    service: CommitmentService, store: Store, clock: FixedClock, sms: SmsService
) -> None:
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 23),
                     rule=OverdueRule.REVOKE, state=CaseState.IN_REVIEW)  # fmt: skip
    with pytest.raises(CommitmentError, match="尚未逾期"):
        service.revoke(case.case_id)
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=CST))
    report = service.process_overdue()
    assert report.to_revoke == (case.case_id,)
    revoked, notice = service.revoke(case.case_id)
    assert revoked.state is CaseState.REVOKED
    assert isinstance(notice, RejectionNotice)
    assert "未在承诺期限2026-11-23前补齐亲属关系证明、劳动合同" in notice.reason
    assert outbox_kinds(store, case.case_id)[-1] == "case.revoked"
    assert [h.purpose_label for h in sms.history(case.case_id)] == ["逾期告知", "撤销受理告知"]
    assert service.follow_ups() == []


def test_revoking_without_a_review_body_is_refused_before_anything_changes(
    store: Store, catalog, calendar, clock: FixedClock, window: WindowContext, sms: SmsService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """《行政复议法》 art. 20: the written notice names the review body; a center without one cannot give it."""
    center = dataclasses.replace(window.center, review_body="")
    service = CommitmentService(
        store, catalog, calendar, clock, dataclasses.replace(window, center=center), sms, tmp_path / "data"
    )
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 23),
                     rule=OverdueRule.REVOKE, state=CaseState.IN_REVIEW)  # fmt: skip
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=CST))
    service.process_overdue()
    with pytest.raises(CommitmentError, match="行政复议机关"):
        service.revoke(case.case_id)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.IN_REVIEW
    assert outbox_kinds(store, case.case_id)[-1] == "case.commitment_overdue"


HEAD = "县市场监管局局长张志远"


def test_delay_prints_a_notice_and_sends_an_sms(
    service: CommitmentService, store: Store, clock: FixedClock, sms: SmsService, calendar: WorkCalendar
) -> None:
    case = make_case(store, clock, state=CaseState.IN_REVIEW)
    old = case.promised_date
    assert old is not None
    with pytest.raises(CommitmentError, match="不晚于原承诺日期"):
        service.delay(case.case_id, old, "需要现场核查", HEAD)
    with pytest.raises(CommitmentError, match="必须写明理由"):
        service.delay(case.case_id, date(2026, 12, 14), " ", HEAD)
    with pytest.raises(CommitmentError, match="不是工作日"):
        service.delay(case.case_id, date(2026, 12, 13), "需要现场核查", HEAD)
    delayed, notice, sms_id = service.delay(case.case_id, date(2026, 12, 14), "需要现场核查经营场所", HEAD)
    assert delayed.promised_date == date(2026, 12, 14)
    assert isinstance(notice, DelayNotice)
    assert (notice.original_date, notice.new_date, notice.reason) == (old, date(2026, 12, 14), "需要现场核查经营场所")
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.promised_date == date(2026, 12, 14)
    assert json.loads(json.dumps(stored.events[-1].payload))["reason"] == "需要现场核查经营场所"
    assert outbox_kinds(store, case.case_id)[-1] == "case.delayed"
    (msg,) = sms.history(case.case_id)
    assert msg.sms_id == sms_id and "办结日期延至2026年12月14日" in msg.text


def test_delay_stays_within_what_the_item_allows_and_names_who_approved_it(
    service: CommitmentService, store: Store, clock: FixedClock, calendar: WorkCalendar, catalog, window, sms, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """《行政许可法》 art. 42: 10 working days (the catalog's default), with the head's approval, counted from the
    promised date before any delay, so two delays together cannot pass it."""
    case = make_case(store, clock, state=CaseState.IN_REVIEW)
    assert case.promised_date == date(2026, 12, 4)
    limit = service.extension_limit(case.case_id)
    assert limit is not None
    assert (limit.base, limit.days, limit.latest) == (date(2026, 12, 4), 10, date(2026, 12, 18))
    assert limit.latest == calendar.add_workdays(date(2026, 12, 4), 10)
    with pytest.raises(CommitmentError, match="批准人"):
        service.delay(case.case_id, date(2026, 12, 11), "需要现场核查", "  ")
    with pytest.raises(CommitmentError) as refused:
        service.delay(case.case_id, date(2026, 12, 21), "需要现场核查", HEAD)
    assert str(refused.value) == (
        "新的办结日期 2026-12-21 超出本事项允许的延期：依《中华人民共和国行政许可法》第四十二条，"
        "自原承诺日期 2026-12-04 起最多延长 10 个工作日，即最晚至 2026-12-18"
    )
    _delayed, notice, _sms = service.delay(case.case_id, date(2026, 12, 11), "需要现场核查", HEAD)
    assert isinstance(notice, DelayNotice)
    assert (notice.approved_by, notice.legal_basis) == (HEAD, "《中华人民共和国行政许可法》第四十二条")
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.events[-1].payload["approved_by"] == HEAD
    # a second delay is counted from 12-04 too: 12-21 is still refused, 12-18 is the last day allowed
    with pytest.raises(CommitmentError, match="最晚至 2026-12-18"):
        service.delay(case.case_id, date(2026, 12, 21), "专家评审", HEAD)
    again, _, _ = service.delay(case.case_id, date(2026, 12, 18), "专家评审", HEAD)
    assert again.promised_date == date(2026, 12, 18)

    # once the promised date has passed, no delay: it would tell the applicant of a new date already gone by (the
    # demo offered 2026-11-20 on 12-07 and printed the notice)
    late = make_case(store, clock, state=CaseState.IN_REVIEW)
    assert late.promised_date is not None
    clock.advance(timedelta(days=(late.promised_date - clock.now().date()).days + 1))
    with pytest.raises(CommitmentError, match=r"承诺办结日期 .* 已过，不能再延期") as passed:
        service.delay(late.case_id, limit.latest, "需要现场核查", HEAD)
    assert "第四十二条" in str(passed.value)
    stored = store.load_case(late.case_id)
    assert stored is not None and stored.promised_date == late.promised_date  # nothing written

    # an item that allows no extension refuses every delay in words
    fixed = dataclasses.replace(catalog.item("SCJG-01-004"), extension_days=0)
    strict = CommitmentService(store, Catalog("t-strict", (fixed,)), calendar, clock, window, sms, tmp_path / "strict")
    other = make_case(store, clock, state=CaseState.IN_REVIEW)
    with pytest.raises(CommitmentError, match="本事项不允许延期办理"):
        strict.delay(other.case_id, date(2026, 12, 7), "需要现场核查", HEAD)
