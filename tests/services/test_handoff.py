"""HandoffService on a real SQLite store: each hand-over method, the proxy path and its refusals, the 容缺 block,
SMS notices with a masked phone, look-ups by scan / case number / ID number, and the printed receipt's content."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Agent, Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.catalog import OverdueRule
from govdesk.domain.clock import FixedClock
from govdesk.domain.commitment import Commitment
from govdesk.domain.delivery import MailAddress
from govdesk.domain.events import Actor, Role, new_id
from govdesk.domain.identity.resident import mod11_2
from govdesk.domain.numbering import CaseNumber
from govdesk.services.delivery import DeliveryService
from govdesk.services.handoff import HandoffError, HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store import handoffs as tables
from govdesk.store.store import Store

APPLICANT_ID = "110101199003077578"
_seq = itertools.count(1)
PNG = b"\x89PNG\r\n\x1a\n" + b"signature" * 10


def person_id(body: str) -> str:
    return body + mod11_2(body)


PROXY_ID = person_id("41122119851203452")


def make_case(
    store: Store,
    clock: FixedClock,
    *,
    item: str = "SCJG-01-004",
    phone: str = "13812345678",
    state: CaseState = CaseState.RESULT_READY,
    commitment: dict[str, str] | None = None,
    due: date | None = None,
    rule: OverdueRule = OverdueRule.WITHHOLD,
    center: str = "41122101",
    station: str = "S03",
) -> Case:
    """A case taken in (容缺 when ``commitment`` maps material codes to names) and moved on to ``state``."""
    actor = Actor("c007", "王丽", Role.INTAKE, center, station, "3号窗口")
    back = Actor("b1", "后台审批", Role.BACK_OFFICE, center, station)
    today = clock.now().date()
    case = Case.new(
        actor=actor,
        clock=clock,
        case_no=CaseNumber.make(center, station, today, next(_seq)),
        item_codes=[item],
        catalog_version="test",
        applicant=Applicant(ApplicantKind.PERSON, "李建国", "111", APPLICANT_ID, phone=phone, address="渑池县"),
    )
    promised, statutory = today + timedelta(days=14), today + timedelta(days=30)
    if commitment:
        c = Commitment(
            commitment_id=new_id(),
            case_id=case.case_id,
            material_codes=tuple(commitment),
            due_date=due or today + timedelta(days=7),
            signed_at=clock.now(),
            signed_by="李建国",
            names=dict(commitment),
            overdue_rule=rule,
        )
        case.accept_conditional(actor, clock, c, promised, statutory)
    else:
        case.accept(actor, clock, promised, statutory)
    steps = [
        (CaseState.SUBMITTED, lambda: case.submit(actor, clock)),
        (CaseState.IN_REVIEW, lambda: case.start_review(back, clock)),
        (CaseState.APPROVED, lambda: case.approve(back, clock, "营业执照")),
        (CaseState.RESULT_READY, lambda: case.mark_result_ready(back, clock)),
    ]
    for target, step in steps:
        if case.state is state:
            break
        step()
        assert case.state is target
    with store.transaction() as tx:
        store.save_case(tx, case)
    return case


def outbox_kinds(store: Store, case_id: str) -> list[str]:
    with store.reading() as db:
        rows = db.exec_driver_sql("SELECT event_json FROM outbox ORDER BY seq").all()
    return [json.loads(r[0])["kind"] for r in rows if json.loads(r[0])["case_id"] == case_id]


@pytest.fixture
def sms(store: Store, clock: FixedClock) -> SmsService:
    return SmsService(store, clock)


@pytest.fixture
def handoff(store, catalog, clock, window: WindowContext, sms: SmsService, tmp_path: Path) -> HandoffService:
    return HandoffService(store, catalog, clock, window, sms, tmp_path / "data")


@pytest.fixture
def delivery(handoff: HandoffService) -> DeliveryService:
    return DeliveryService(handoff)


def test_window_pickup_by_the_applicant(handoff: HandoffService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    done = handoff.hand_over_window(case.case_id, APPLICANT_ID.lower().replace("8", "8"), signature_png=PNG)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.HANDED_OFF
    assert stored.handoff_method == "window"
    assert stored.handoff_details["collector_id"] == "110101********7578"
    assert stored.events[-1].actor.role is Role.ISSUING
    assert outbox_kinds(store, case.case_id)[-1] == "case.handed_off"  # 送达结果反馈 goes to the center
    assert done.signature_path is not None and done.signature_path.read_bytes() == PNG
    with store.reading() as db:
        atts = tables.attachments_of(db, case.case_id)
        rows = db.exec_driver_sql("SELECT method, by FROM handoffs WHERE case_id = ?", (case.case_id,)).all()
    assert [a["kind"] for a in atts] == ["signature"] and atts[0]["path"] == stored.handoff_details["signature"]
    assert rows == [("window", "c007")]
    receipt = done.receipt
    assert receipt is not None
    assert receipt.case_no == case.case_no and receipt.method_label == "窗口领取"
    assert receipt.collector.name == "李建国" and receipt.collector.id_masked == "110101********7578"
    assert receipt.result_name == "营业执照"
    # a second hand-over of the same result is refused at once, in words
    with pytest.raises(HandoffError, match="已出件（窗口领取），不能重复出件"):
        handoff.hand_over_window(case.case_id, APPLICANT_ID)


def test_window_pickup_with_another_id_is_refused(handoff: HandoffService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    with pytest.raises(HandoffError, match=r"与申请人 李建国 的证件号码 110101\*+7578 不符.*他人代领"):
        handoff.hand_over_window(case.case_id, PROXY_ID)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.RESULT_READY
    assert outbox_kinds(store, case.case_id)[-1] == "case.result_ready"


def test_proxy_with_authorization_is_checked_and_recorded(
    handoff: HandoffService, store: Store, clock: FixedClock
) -> None:
    case = make_case(store, clock)
    proxy = Agent("赵小红", "111", PROXY_ID, "13900001111", authorization="授权委托书（2026-11-18）")
    done = handoff.hand_over_proxy(case.case_id, proxy, signature_png=PNG)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.HANDED_OFF and stored.handoff_method == "proxy"
    event = stored.events[-1]
    assert event.payload["details"]["collector_name"] == "赵小红"
    assert event.payload["details"]["collector_id"] == PROXY_ID[:6] + "********" + PROXY_ID[-4:]
    assert PROXY_ID not in json.dumps(event.to_json())  # the full number stays on this PC
    with store.reading() as db:
        details = json.loads(db.exec_driver_sql("SELECT details FROM handoffs").scalar_one())
    assert details["collector_id_number"] == PROXY_ID and details["authorization"] == "授权委托书（2026-11-18）"
    assert done.receipt is not None and done.receipt.method_label == "委托他人代领"
    assert done.receipt.collector.name == "赵小红"


@pytest.mark.parametrize(
    ("proxy", "why"),
    [
        (Agent("赵小红", "111", PROXY_ID[:-1] + ("0" if PROXY_ID[-1] != "0" else "1"), authorization="委托书"),
         "代领人证件号码有误：.*校验"),
        (Agent("赵小红", "111", PROXY_ID), "须出示申请人的授权委托书"),
        (Agent("", "111", PROXY_ID, authorization="委托书"), "请填写代领人姓名"),
        (Agent("李建国", "111", APPLICANT_ID, authorization="委托书"), "与申请人相同"),
    ],
)  # fmt: skip
def test_refused_proxy(handoff: HandoffService, store: Store, clock: FixedClock, proxy: Agent, why: str) -> None:
    case = make_case(store, clock)
    with pytest.raises(HandoffError, match="不能由他人代领：.*" + why):
        handoff.hand_over_proxy(case.case_id, proxy)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.RESULT_READY


ADDRESS = MailAddress("李建国", "13812345678", "河南省", "三门峡市", "渑池县", "韶州大道88号3单元201室", "472400")


def test_ems_mail_checks_the_address_and_tracking_number(
    delivery: DeliveryService, store: Store, clock: FixedClock, sms: SmsService
) -> None:
    case = make_case(store, clock)
    with pytest.raises(HandoffError, match="请填写区（县、旗）；请填写街道及门牌号；请填写收件人电话"):
        delivery.mail(case.case_id, MailAddress("李建国", "", "河南省", "三门峡市", "", ""), "EA123456785CN")
    with pytest.raises(HandoffError, match="校验位不符（第11位应为5）"):
        delivery.mail(case.case_id, ADDRESS, "EA123456784CN")
    with pytest.raises(HandoffError, match="应为13位"):
        delivery.mail(case.case_id, ADDRESS, "EA12345678CN")
    done = delivery.mail(case.case_id, ADDRESS, "ea 123456785 cn")
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.HANDED_OFF and stored.handoff_method == "ems"
    assert stored.handoff_details["tracking_no"] == "EA123456785CN"
    assert done.receipt is not None and done.receipt.details == "邮件单号 EA123456785CN"
    history = sms.history(case.case_id)
    assert [h.purpose_label for h in history] == ["邮寄通知"]
    assert "EA123456785CN" in history[0].text and history[0].phone_masked == "138****5678"
    rows = delivery.mailing_list(clock.now().date())
    assert [(r.case_no, r.tracking_no, r.address) for r in rows] == [
        (case.case_no, "EA123456785CN", "河南省三门峡市渑池县韶州大道88号3单元201室")
    ]
    mailed_on = clock.now().date()
    with pytest.raises(HandoffError, match="晚于今天"):  # the receipt comes back later: not dated ahead
        delivery.confirm_delivery(case.case_id, mailed_on + timedelta(days=2))
    with pytest.raises(HandoffError, match="早于寄出日期"):
        delivery.confirm_delivery(case.case_id, mailed_on - timedelta(days=1))
    clock.advance(timedelta(days=2))
    delivery.confirm_delivery(case.case_id, clock.now().date())
    assert outbox_kinds(store, case.case_id)[-2:] == ["case.handed_off", "case.delivery_confirmed"]
    assert delivery.mailing_list(mailed_on)[0].delivered_on == "2026-11-22"
    with pytest.raises(HandoffError, match="已确认送达"):
        delivery.confirm_delivery(case.case_id, clock.now().date())


def test_locker_sends_the_pickup_code(
    delivery: DeliveryService, store: Store, clock: FixedClock, sms: SmsService
) -> None:
    case = make_case(store, clock)
    done = delivery.put_in_locker(case.case_id, "a12")
    assert len(done.pickup_code) == 6 and done.pickup_code.isdigit()
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.handoff_method == "locker" and stored.handoff_details["cell"] == "A12"
    assert done.pickup_code not in json.dumps(stored.events[-1].to_json())  # the code goes only to the applicant
    text = sms.history(case.case_id)[0].text
    assert "A12号柜格" in text and done.pickup_code in text
    delivery.record_locker_pickup(case.case_id)
    assert outbox_kinds(store, case.case_id)[-1] == "case.locker_collected"
    with pytest.raises(HandoffError, match="已登记过取件"):
        delivery.record_locker_pickup(case.case_id)
    no_phone = make_case(store, clock, phone="")
    with pytest.raises(HandoffError, match="没有登记手机号码"):
        delivery.put_in_locker(no_phone.case_id, "A13")


def test_conditional_case_is_blocked_while_its_promise_is_open(
    handoff: HandoffService, store: Store, clock: FixedClock
) -> None:
    case = make_case(store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"})
    reason = handoff.blocked_reason(handoff.load(case.case_id))
    assert reason.startswith("容缺受理：自 2026-11-20 起尚缺 亲属关系证明（承诺 2026-11-27 前补齐）")
    with pytest.raises(HandoffError, match=r"尚缺 亲属关系证明.*不能出件"):
        handoff.hand_over_window(case.case_id, APPLICANT_ID)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.RESULT_READY
    assert "case.handed_off" not in outbox_kinds(store, case.case_id)


def test_ready_list_scan_and_sms(handoff: HandoffService, store: Store, clock: FixedClock, sms: SmsService) -> None:
    first = make_case(store, clock)
    clock.advance(timedelta(hours=2))
    second = make_case(store, clock, phone="13700001234")
    make_case(store, clock, state=CaseState.IN_REVIEW)
    rows = handoff.ready()
    assert [r.case_no for r in rows] == [first.case_no, second.case_no]  # waiting longest first
    assert rows[1].phone_masked == "137****1234"
    assert handoff.open(second.case_no).case_id == second.case_id  # a scanned barcode is the case number
    assert handoff.open(f"  {second.case_no.lower()} ").case_id == second.case_id
    with pytest.raises(HandoffError, match="对应 3 个办件"):
        handoff.open(APPLICANT_ID)  # same applicant: two ready results
    with pytest.raises(HandoffError, match="找不到办件"):
        handoff.open("411221-S09-20261120-0001X")
    sms_id = handoff.notify_ready(first.case_id)
    again = sms.resend(sms_id, "c007")
    history = sms.history(first.case_id)
    assert [h.sms_id for h in history] == [sms_id, again]
    assert {h.status_label for h in history} == {"待发送"}
    assert history[0].phone_masked == "138****5678" and "营业执照可到综合窗口领取" in history[0].text
    assert sms.queued_count() == 2


def test_open_by_id_number_picks_the_one_ready_result(
    handoff: HandoffService, store: Store, clock: FixedClock, calendar: WorkCalendar
) -> None:
    ready = make_case(store, clock)
    make_case(store, clock, state=CaseState.SUBMITTED)
    assert handoff.open(APPLICANT_ID).case_id == ready.case_id
