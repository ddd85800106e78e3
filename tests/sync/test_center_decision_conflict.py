"""A decision at the center against a local edit (issue 17, G5), with the real engine and central on loopback: a
township window offline records 延期 on a case the back office denied meanwhile; the push answers a conflict, the
window keeps it in "needs attention" with both sides, and the pull brings the denial."""

from __future__ import annotations

from datetime import date, timedelta

from govdesk.domain.case import CaseState
from govdesk.domain.events import Actor, Role
from govdesk.services.attention import attention_items
from govdesk.sync.status import SyncState
from tests.sync.conftest import Center, RunningServer, Windows


def test_an_offline_delay_on_a_denied_case_is_shown_with_both_sides(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    (case,) = window.intake(1)
    assert window.sync().ok
    office, _ = center.login("back_office")
    reply = office.post(
        f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "deny", "reason": "材料不实"}
    )
    assert reply.status_code == 200, reply.text

    # Offline meanwhile (no pull yet): the clerk delays the case, as the window still believes it submitted.
    clerk = Actor("u-张三", "张三", Role.INTAKE, center.code, window.station, "3号窗口")
    local = window.store.load_case(case.case_id)
    assert local is not None and local.state is CaseState.SUBMITTED
    local.delay(
        clerk, window.store.clock, (local.promised_date or date(2026, 12, 1)) + timedelta(days=10), "需现场核查"
    )
    with window.store.transaction() as tx:
        window.store.save_case(tx, local)

    report = window.sync()
    assert report.ok, report.error
    assert window.engine.status.state is SyncState.ONLINE
    assert window.engine.status.needs_attention == 1
    (item,) = attention_items(window.store)
    assert (item.status, item.code, item.kind) == ("conflict", "decided_at_center", "case.delayed")
    assert item.window is not None and item.center is not None
    assert item.window.what == "延期办理"
    assert item.center.what and item.center.role == "后台审批" and item.center.by == "back_office员" and item.center.at
    assert "延期办理" in item.words and "back_office员" in item.words
    # The pull brought the center's decision: the window now shows the case denied.
    after = window.store.load_case(case.case_id)
    assert after is not None and after.state is CaseState.DENIED
