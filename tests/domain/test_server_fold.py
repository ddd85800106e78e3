"""``Case.apply_server_event`` and ``Case.apply_snapshot``: the domain folds what the central server says (back-office
fields are the server's; DESIGN.md "Sync"), and ``Case.confirm_delivery`` / ``record_locker_pickup`` record what
happened to a result after it left the window."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta

import pytest

from govdesk.domain.backoffice import CorrectionItem, correction_payload
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState, DomainError
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.server_fold import ServerChange

CLERK = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")
BACK = Actor("b1", "后台审批", Role.BACK_OFFICE, "41122101", "")
OTHER_WINDOW = Actor("c011", "孙强", Role.ISSUING, "41122101", "S05", "5号窗口")
#: Spring Festival eve 2027 (a working Saturday before it is not the point here: the time is only carried along)
AT = datetime(2027, 2, 5, 17, 59, tzinfo=CST)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(AT)


def submitted(clock: FixedClock) -> Case:
    case = Case.new(
        actor=CLERK,
        clock=clock,
        case_no="41122101-S03-20270205-0007-R",  # the longest number the numbering issues
        item_codes=["SCJG-01-004"],
        catalog_version="2027.1",
        applicant=Applicant(ApplicantKind.PERSON, "欧阳建国", "111", "110101199003077578", phone="13812345678"),
    )
    case.accept(CLERK, clock, date(2027, 2, 26), date(2027, 3, 19))
    case.submit(CLERK, clock)
    return case


def server_event(case: Case, kind: EventKind, payload: dict[str, object], actor: Actor = BACK) -> DomainEvent:
    return DomainEvent(case_id=case.case_id, kind=kind.value, actor=actor, occurred_at=AT, payload=dict(payload))


def test_an_approval_sets_the_result_name_and_the_servers_state(clock: FixedClock) -> None:
    case = submitted(clock)
    event = server_event(case, EventKind.APPROVED, {"from": "in_review", "to": "approved", "result_name": "营业执照"})
    assert case.apply_server_event(event, "approved") is True
    assert case.result_name == "营业执照"
    assert case.state is CaseState.APPROVED
    assert case.events[-1] is event  # appended as it came, with its own id


def test_a_denial_sets_the_reason(clock: FixedClock) -> None:
    case = submitted(clock)
    case.apply_server_event(server_event(case, EventKind.DENIED, {"reason": "不符合法定条件"}), "denied")
    assert case.decision_reason == "不符合法定条件"
    assert case.state is CaseState.DENIED


def test_another_windows_hand_over_sets_the_method_and_details(clock: FixedClock) -> None:
    case = submitted(clock)
    details = {"tracking_no": "EA123456785CN", "recipient": "欧阳建国", "copies": 2}
    event = server_event(case, EventKind.HANDED_OFF, {"method": "ems", "details": details}, OTHER_WINDOW)
    case.apply_server_event(event, "handed_off")
    assert case.handoff_method == "ems"
    assert case.handoff_details == {"tracking_no": "EA123456785CN", "recipient": "欧阳建国", "copies": "2"}
    assert case.state is CaseState.HANDED_OFF


def test_without_the_servers_state_the_local_state_stays(clock: FixedClock) -> None:
    """A case with unsent local events keeps its state: the sync passes no state then."""
    case = submitted(clock)
    case.apply_server_event(server_event(case, EventKind.APPROVED, {"result_name": "营业执照"}))
    assert case.state is CaseState.SUBMITTED
    assert case.result_name == "营业执照"  # the back-office field is the server's all the same


def test_a_state_this_window_does_not_know_is_not_taken(clock: FixedClock) -> None:
    case = submitted(clock)
    case.apply_server_event(server_event(case, EventKind.IN_REVIEW, {}), "archived_elsewhere")
    assert case.state is CaseState.SUBMITTED
    assert case.events[-1].kind == EventKind.IN_REVIEW


def test_an_event_already_folded_is_not_applied_twice(clock: FixedClock) -> None:
    case = submitted(clock)
    event = server_event(case, EventKind.APPROVED, {"result_name": "营业执照"})
    assert case.apply_server_event(event, "approved")
    count = len(case.events)
    assert case.apply_server_event(event, "approved") is False
    assert len(case.events) == count


def test_an_event_of_another_case_changes_nothing(clock: FixedClock) -> None:
    case, other = submitted(clock), submitted(clock)
    before = copy.deepcopy(case)
    with pytest.raises(ValueError, match="cannot be applied"):
        case.apply_server_event(server_event(other, EventKind.APPROVED, {"result_name": "x"}), "approved")
    assert case == before


def test_a_snapshot_gives_the_state(clock: FixedClock) -> None:
    case = submitted(clock)
    assert case.apply_snapshot("result_ready") is True
    assert case.state is CaseState.RESULT_READY
    assert case.apply_snapshot("result_ready") is False  # the same: nothing to save
    assert case.apply_snapshot("no_such_state") is False
    assert case.state is CaseState.RESULT_READY
    assert len(case.events) == 3  # a snapshot adds no event


def test_a_correction_stops_the_clock_and_another_windows_resume_ends_it(clock: FixedClock) -> None:
    """补正 from the back office (regulation 000 Art. 25): the clock stops here as at the center, on the day asked;
    the resume another window sent ends it on its own day, and the result attached names the result."""
    case = submitted(clock)
    case.start_review(BACK, clock)
    asked = correction_payload([CorrectionItem("营业执照副本", "复印件不清晰", "提交清晰复印件")], "", date(2027, 2, 5))
    assert case.apply_server_event(server_event(case, EventKind.CORRECTION_REQUESTED, asked), "in_review")
    assert case.suspended and case.suspensions[-1].start == date(2027, 2, 5)
    assert case.suspensions[-1].kind is SuspensionKind.CORRECTION
    resumed = server_event(case, EventKind.RESUMED, {"end": "2027-02-18"}, OTHER_WINDOW)  # after the holiday
    assert case.apply_server_event(resumed, "in_review")
    assert not case.suspended and case.suspensions[-1].end == date(2027, 2, 18)
    attached = server_event(case, EventKind.RESULT_ATTACHED, {"result_name": "  食品经营许可证（正本、副本）  "})
    case.apply_server_event(attached, "in_review")
    assert case.result_name == "食品经营许可证（正本、副本）"
    assert case.state is CaseState.IN_REVIEW


def test_a_remote_case_takes_the_summary_and_forgets_the_id_once_handed_off(clock: FixedClock) -> None:
    case = submitted(clock)
    party = Applicant(
        ApplicantKind.ENTERPRISE, "河南省某某农业发展有限公司（分公司）", "049", "91411221MA9XXXXX7Q", "0398-1234567"
    )
    case.apply_server_change(ServerChange(state="result_ready", applicant=party, remote=True, result_name="许可证"))
    assert (case.state, case.applicant, case.result_name) == (CaseState.RESULT_READY, party, "许可证")
    case.apply_server_change(ServerChange(state="handed_off", remote=True))
    assert case.state is CaseState.HANDED_OFF
    assert (case.applicant.name, case.applicant.id_number, case.applicant.phone) == (party.name, "", "")
    assert case.events[-1].kind == EventKind.SUBMITTED  # a summary adds no event


def handed(clock: FixedClock, method: str, details: dict[str, str]) -> Case:
    case = submitted(clock)
    case.start_review(BACK, clock)
    case.approve(BACK, clock, "营业执照")
    case.mark_result_ready(BACK, clock)
    case.hand_off(CLERK, clock, method, details)
    return case


def test_an_ems_delivery_is_confirmed_once(clock: FixedClock) -> None:
    case = handed(clock, "ems", {"tracking_no": "EA123456785CN", "recipient": "欧阳建国"})
    with pytest.raises(DomainError, match="晚于今天"):  # 2027-02-05 at the window: a receipt is not dated ahead
        case.confirm_delivery(CLERK, clock, date(2027, 2, 8))
    with pytest.raises(DomainError, match="早于寄出日期"):
        case.confirm_delivery(CLERK, clock, date(2027, 2, 4))
    clock.advance(timedelta(days=3))
    event = case.confirm_delivery(CLERK, clock, date(2027, 2, 8), "  本人签收 ")
    assert event.kind == EventKind.DELIVERY_CONFIRMED
    assert event.payload == {"tracking_no": "EA123456785CN", "delivered_on": "2027-02-08", "note": "本人签收"}
    assert case.handoff_details["delivered_on"] == "2027-02-08"
    with pytest.raises(DomainError, match="已确认送达"):
        case.confirm_delivery(CLERK, clock, date(2027, 2, 9))
    assert case.state is CaseState.HANDED_OFF


def test_a_locker_pickup_is_recorded_once_and_only_for_a_locker(clock: FixedClock) -> None:
    mailed = handed(clock, "ems", {"tracking_no": "EA123456785CN"})
    with pytest.raises(DomainError, match="不是存入智能柜"):
        mailed.record_locker_pickup(CLERK, clock)
    case = handed(clock, "locker", {"cell": "A12"})
    with pytest.raises(DomainError, match="不是邮寄出件"):
        case.confirm_delivery(CLERK, clock, date(2027, 2, 8))
    event = case.record_locker_pickup(CLERK, clock)
    assert event.kind == EventKind.LOCKER_COLLECTED and event.payload == {"cell": "A12"}
    assert case.handoff_details["collected_at"] == AT.isoformat()
    with pytest.raises(DomainError, match="已登记过取件"):
        case.record_locker_pickup(CLERK, clock)
