"""End to end: intake while the server is down, start it, sync, decide in the back office, pull, result ready."""

from __future__ import annotations

from pathlib import Path

from govdesk.domain.case import CaseState
from govdesk.store import OutboxStatus
from govdesk.store.inbound import cursor
from govdesk.sync.status import SyncState
from tests.central.conftest import free_port, make_center, stop_server
from tests.sync.conftest import Windows, assert_exactly_once, start_central


def test_intake_offline_then_sync_decide_pull(tmp_path: Path, windows: Windows) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_tmp = tmp_path / "central"
    server_tmp.mkdir()
    db = server_tmp / "central.db"
    # Yesterday the clerk logged in (the refresh token went to the keyring); then the line went down.
    server = start_central(db, server_tmp, port=port)
    center = make_center(server)
    window = windows(url, center.code)
    window.login(center.users["intake"])
    stop_server(server)
    window.client._access = None  # a restart of the program: the access token lived in memory only

    # Down: connection refused. Local work goes on, the engine says offline and keeps the queue.
    cases = window.intake(2)
    report = window.sync()
    assert not report.ok
    assert window.engine.status.state is SyncState.OFFLINE
    assert window.engine.status.queue_depth == 6
    assert "无法连接中心服务器" in (window.engine.status.last_error or "")
    assert window.engine.retry_state.failures == 1

    server = start_central(db, server_tmp, port=port)
    try:
        report = window.sync()
        assert report.ok, report.error
        assert report.applied == 6
        status = window.engine.status
        assert status.state is SyncState.ONLINE and status.last_error is None and status.last_success is not None
        assert status.queue_depth == 0 and status.needs_attention == 0
        assert window.engine.retry_state.failures == 0
        assert all(s == OutboxStatus.SENT.value for s in window.outbox_statuses().values())

        # The back office decides one case and marks it ready; denies the other.
        office, _ = center.login("back_office")
        first, second = cases
        reply = office.post(
            f"/api/v1/backoffice/cases/{first.case_id}/decide",
            json={"decision": "approve", "result_name": "营业执照"},
        )
        assert reply.status_code == 200, reply.text
        approve_event = reply.json()["event_id"]
        assert office.post(f"/api/v1/backoffice/cases/{first.case_id}/result-ready").status_code == 200
        reply = office.post(
            f"/api/v1/backoffice/cases/{second.case_id}/decide", json={"decision": "deny", "reason": "材料不实"}
        )
        assert reply.status_code == 200

        report = window.sync()
        assert report.ok and report.pulled >= 4
        local = window.store.load_case(first.case_id)
        assert local is not None
        assert local.state is CaseState.RESULT_READY
        assert local.result_name == "营业执照"
        kinds = [e.kind for e in local.events]
        assert len(kinds) == 6 and kinds[-2:] == ["case.approved", "case.result_ready"]  # after review started
        assert approve_event in {e.event_id for e in local.events}  # the server's event, unchanged
        denied = window.store.load_case(second.case_id)
        assert denied is not None and denied.state is CaseState.DENIED and denied.decision_reason == "材料不实"
        # Pulled events are in the log, never in the outbox.
        assert approve_event not in window.outbox_ids()
        assert window.store.outbox_depth() == 0
        with window.store.reading() as db:
            assert cursor(db) != ""

        # Quiet: nothing more to pull, and a second round changes nothing.
        again = window.sync()
        assert again.ok and again.pulled == 0 and again.pushed == 0
        assert_exactly_once(server, window)
    finally:
        stop_server(server)
