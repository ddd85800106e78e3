"""Builders shared by the case, assessment and serialize tests (no tests here): real domain types, real calendar."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import cache

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState, Deficiency
from govdesk.domain.catalog import (
    Department,
    ItemKind,
    Material,
    MaterialForm,
    OverdueRule,
    ServiceItem,
    SituationOption,
    SituationQuestion,
    TimeLimit,
)
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.commitment import Commitment, open_commitment
from govdesk.domain.deadlines import DeadlineKind, compute_deadline
from govdesk.domain.events import Actor, Role
from govdesk.shipped import default_calendar

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=CST)  # a Friday
DEPT = Department("SCJG", "市场监督管理局")

INTAKE = Actor("c001", "王小明", Role.INTAKE, "41112201", "S03", "A05")
BACK = Actor("b001", "李审批", Role.BACK_OFFICE, "41112201", "CENTRAL")
ISSUING = Actor("c002", "赵出件", Role.ISSUING, "41112201", "S01", "C01")


@cache
def calendar() -> WorkCalendar:
    return default_calendar()


def clock(at: datetime = T0) -> FixedClock:
    return FixedClock(at)


def applicant() -> Applicant:
    return Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X", "13800138000", "北京市朝阳区")


ID_CARD = Material("M01", "居民身份证", forms=(MaterialForm.ORIGINAL,), requirements="有效期内的居民身份证原件")
APP_FORM = Material("M02", "申请书", requirements="申请人签字的申请书")
LEASE = Material(
    "M03", "经营场所证明", waivable=True, forms=(MaterialForm.COPY,), copies=2, requirements="租赁合同复印件"
)
PHOTO = Material("M04", "照片", required=False)
HUKOU = Material("M05", "户口簿", shared=True, shared_source="公安人口库")
AUTH = Material("M06", "授权委托书", applies_when={"who": ("agent",)}, requirements="载明委托事项的授权委托书")
FIRE = Material("M07", "消防安全承诺书", waivable=True)

WHO = SituationQuestion(
    "who", "申请人是本人还是代办人?", (SituationOption("self", "本人"), SituationOption("agent", "代办人")), "self"
)

SHOP = ServiceItem(
    code="11410000005184716L4000117002001",
    name="个体工商户设立登记",
    department=DEPT,
    item_type="01",
    kind=ItemKind.PROMISED,
    statutory_limit=TimeLimit(15),
    promised_limit=TimeLimit(5),
    questions=(WHO,),
    materials=(ID_CARD, APP_FORM, LEASE, PHOTO, HUKOU, AUTH),
    result_name="营业执照",
    commitment_days=10,
    overdue_rule=OverdueRule.REVOKE,
)
FOOD = ServiceItem(
    code="11410000005184716L4000117003001",
    name="食品经营许可",
    department=DEPT,
    item_type="01",
    kind=ItemKind.PROMISED,
    statutory_limit=TimeLimit(20),
    promised_limit=TimeLimit(10),
    materials=(ID_CARD, LEASE, FIRE),
    result_name="食品经营许可证",
    commitment_days=5,
)
PROOF = ServiceItem(
    code="11410000005184716L4000117009001",
    name="户籍证明开具",
    department=DEPT,
    item_type="20",
    kind=ItemKind.INSTANT,
    statutory_limit=TimeLimit(0),
    promised_limit=TimeLimit(0),
    materials=(ID_CARD,),
)


def new_case(clk: FixedClock | None = None, case_no: str = "41112201-S03-20261120-0001-O") -> Case:
    return Case.new(
        actor=INTAKE,
        clock=clk or clock(),
        case_no=case_no,
        item_codes=(SHOP.code,),
        catalog_version="demo-1",
        applicant=applicant(),
    )


def deficiency() -> Deficiency:
    return Deficiency("M03", "经营场所证明", "未提交", "租赁合同复印件", waivable=True, copies=2)


def commitment_for(case: Case) -> Commitment:
    return open_commitment(
        case_id=case.case_id,
        materials=(LEASE,),
        items=(SHOP,),
        accepted_on=T0.date(),
        calendar=calendar(),
        signed_at=T0,
        signed_by="张三",
    )


def accept(case: Case, clk: FixedClock) -> None:
    cal = calendar()
    case.accept(
        INTAKE,
        clk,
        compute_deadline(DeadlineKind.PROMISED, T0.date(), SHOP.promised_limit, cal),
        compute_deadline(DeadlineKind.STATUTORY, T0.date(), SHOP.statutory_limit, cal),
    )


def accept_conditional(case: Case, clk: FixedClock) -> None:
    cal = calendar()
    case.accept_conditional(
        INTAKE,
        clk,
        commitment_for(case),
        compute_deadline(DeadlineKind.PROMISED, T0.date(), SHOP.promised_limit, cal),
        compute_deadline(DeadlineKind.STATUTORY, T0.date(), SHOP.statutory_limit, cal),
    )


def fulfil(case: Case, clk: FixedClock) -> None:
    case.supplement_material(INTAKE, clk, "M03", MaterialForm.COPY, 2)
    case.close_commitment(INTAKE, clk)


#: How to reach each state from a fresh draft (conditional paths, so that revoke is possible where the table allows).
PATHS: dict[CaseState, tuple[str, ...]] = {
    CaseState.DRAFT: (),
    CaseState.NOTIFIED: ("notify",),
    CaseState.REJECTED: ("reject",),
    CaseState.COMPLETED: ("complete",),
    CaseState.ACCEPTED: ("accept",),
    CaseState.ACCEPTED_CONDITIONAL: ("accept_conditional",),
    CaseState.SUBMITTED: ("accept_conditional", "submit"),
    CaseState.IN_REVIEW: ("accept_conditional", "submit", "start_review"),
    CaseState.APPROVED: ("accept_conditional", "submit", "start_review", "approve"),
    CaseState.DENIED: ("accept_conditional", "submit", "start_review", "deny"),
    CaseState.RESULT_READY: ("accept", "submit", "start_review", "approve", "mark_result_ready"),
    CaseState.HANDED_OFF: ("accept", "submit", "start_review", "approve", "mark_result_ready", "hand_off"),
    CaseState.CLOSED: ("accept", "submit", "start_review", "approve", "mark_result_ready", "hand_off", "close"),
    CaseState.REVOKED: ("accept_conditional", "overdue", "revoke"),
}


def do(case: Case, action: str, clk: FixedClock) -> None:
    """Perform ``action`` with valid data (advancing the clock a minute first)."""
    clk.advance(timedelta(minutes=1))
    match action:
        case "notify":
            case.notify(INTAKE, clk, [deficiency()])
        case "reject":
            case.reject(INTAKE, clk, "申请事项不属于本中心受理范围")
        case "complete":
            case.complete(INTAKE, clk)
        case "accept":
            accept(case, clk)
        case "accept_conditional":
            accept_conditional(case, clk)
        case "submit":
            case.submit(INTAKE, clk)
        case "start_review":
            case.start_review(BACK, clk)
        case "approve":
            case.approve(BACK, clk, "营业执照")
        case "deny":
            case.deny(BACK, clk, "经营场所不符合规划用途")
        case "mark_result_ready":
            case.mark_result_ready(BACK, clk)
        case "hand_off":
            case.hand_off(ISSUING, clk, "window")
        case "close":
            case.close(ISSUING, clk)
        case "revoke":
            case.revoke(INTAKE, clk, "逾期未补齐容缺材料")
        case "overdue":  # not a state change: the promise's due date passes, the commitment is marked overdue
            assert case.commitment is not None
            after_due = datetime.combine(case.commitment.due_date + timedelta(days=3), time(10), CST)
            clk.set(max(after_due, clk.now()))
            case.mark_commitment_overdue(INTAKE, clk, calendar())
        case _:
            raise AssertionError(action)


def case_in(state: CaseState) -> tuple[Case, FixedClock]:
    clk = clock()
    case = new_case(clk)
    for action in PATHS[state]:
        do(case, action, clk)
    assert case.state is state
    return case, clk
