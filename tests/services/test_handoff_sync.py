"""Hand-overs reach the center (送达结果反馈) through the real sync engine and a real central server on loopback:
the first window's hand-over and 好差评 are stored there, the SMS goes out through the center's gateway, and a second
window handing off the same result is told, in words, who did it and when (the center answers ``conflict``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from govdesk.central.db import CaseRow, StoredEvent
from govdesk.domain.case import CaseState
from govdesk.domain.catalog import Catalog
from govdesk.domain.delivery import MailAddress
from govdesk.domain.events import Actor, Role
from govdesk.services.delivery import DeliveryService
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store import OutboxStatus
from govdesk.store.store import SystemClock
from tests.central.conftest import RunningServer
from tests.services.conftest import CENTER
from tests.sync.conftest import Center, Window, Windows


def _service(w: Window, clerk: str, name: str, catalog: Catalog, data: Path) -> tuple[HandoffService, SmsService]:
    actor = Actor(clerk, name, Role.ISSUING, w.center_code, "S01", "9号出件窗口")
    clock = SystemClock()
    sms = SmsService(w.store, clock)
    return HandoffService(w.store, catalog, clock, WindowContext(actor, CENTER), sms, data), sms


def test_handoff_rating_and_sms_reach_the_center_and_a_second_window_is_told(
    server: RunningServer,
    center: Center,
    windows: Windows,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    a = windows(server.url, center.code, name="a")
    b = windows(server.url, center.code, name="b")
    a.login(center.add_user("intake", "-lina", display_name="李娜"))  # the center records who is logged in
    b.login(center.users["issuing"])
    (case,) = a.intake(1, phone="13812345678")  # the center texts only the phone given at intake
    assert a.sync().ok
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "approve",
                       "result_name": "营业执照"}).status_code == 200  # fmt: skip
    assert office.post(f"/api/v1/backoffice/cases/{case.case_id}/result-ready").status_code == 200
    assert a.sync().ok and b.sync().ok
    first, sms_a = _service(a, "u-lina", "李娜", catalog, tmp_path / "a")
    second, _ = _service(b, "u-zhao", "赵六", catalog, tmp_path / "b")
    assert [r.case_id for r in first.ready()] == [case.case_id]
    assert [r.case_id for r in second.ready()] == [case.case_id]  # known to B only from the center

    # SMS through the center's gateway, to the phone given at intake
    sms_id = first.notify_ready(case.case_id)
    report = sms_a.send_queued(a.client.sms)
    assert (report.sent, report.failed, report.left) == (1, 0, 0)
    assert [h.status_label for h in sms_a.history(case.case_id)] == ["已发送"]
    assert any(phone == "13812345678" and case.case_no in text for _, phone, text in server.sms.sent)
    assert sms_a.send_queued(a.client.sms).sent == 0  # nothing sent twice

    # A hands over at the window and the applicant rates; both reach the center
    first.hand_over_window(case.case_id, "110101199003071234", signed_on_paper=True)
    EvaluationService(a.store, SystemClock(), first.window).rate(case.case_id, 4, "", ["等候时间过长"])
    assert a.sync().ok
    with server.central.tx() as session:
        row = session.scalars(select(CaseRow).where(CaseRow.case_id == case.case_id)).one()
        kinds = set(session.scalars(select(StoredEvent.kind).where(StoredEvent.case_id == case.case_id)))
    assert row.state == CaseState.HANDED_OFF.value and row.handoff["clerk_name"] == "李娜"
    assert {"case.handed_off", "case.evaluated"} <= kinds

    # B, not yet told, mails the same result: locally it cannot know; the center answers conflict
    address = MailAddress("李四", "13812345678", "河南省", "三门峡市", "渑池县", "韶州大道88号")
    DeliveryService(second).mail(case.case_id, address, "EA473124829CN")
    assert sms_id  # (A's message id, kept for the history)
    b.sync()
    statuses = b.outbox_statuses()
    assert OutboxStatus.CONFLICT.value in statuses.values()
    (conflict,) = second.conflicts()
    assert conflict.case_id == case.case_id
    assert "由 李娜（工位 S01，9号出件窗口）以“窗口领取”方式出件" in conflict.words
    assert "本窗口的出件未被中心采纳" in conflict.words
