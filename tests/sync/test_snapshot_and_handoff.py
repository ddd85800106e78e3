"""410 -> snapshot keeping the unsent outbox; two windows handing off one result (the second is told who and when);
G4 count-and-hash check; messages and catalog versions pulled for the UI and services."""

from __future__ import annotations

from govdesk.domain.case import CaseState
from govdesk.store import OutboxStatus
from govdesk.store.inbound import CURSOR_KEY, cursor, messages
from tests.central.conftest import Center, RunningServer
from tests.sync.conftest import Windows, assert_exactly_once


def test_cursor_gone_takes_a_snapshot_and_keeps_the_unsent_outbox(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    sent = window.intake(2)
    assert window.sync().ok
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{sent[0].case_id}/claim").status_code == 200
    # The local cursor is one the server does not have (e.g. the server was restored from a backup): 410.
    with window.store.transaction() as tx:
        window.store.set_meta(tx, CURSOR_KEY, "999999999")
    (unsent,) = window.intake(1, submit=False)
    # Apply the snapshot with events still unsent: they stay in the outbox, the case keeps its local state.
    snapshot = window.client.snapshot()
    window.engine.queue.apply_snapshot(snapshot)
    assert window.store.outbox_depth() == 2
    local = window.store.load_case(sent[0].case_id)
    assert local is not None and local.state is CaseState.IN_REVIEW  # the server's state, taken from the snapshot
    with window.store.transaction() as tx:
        window.store.set_meta(tx, CURSOR_KEY, "999999999")
    report = window.sync()
    assert report.ok and report.snapshot and report.applied == 2
    with window.store.reading() as db:
        assert int(cursor(db)) <= int(snapshot.cursor) + 10
    assert window.store.load_case(unsent.case_id).state is CaseState.ACCEPTED  # type: ignore[union-attr]
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync


def test_two_windows_hand_off_one_result(server: RunningServer, center: Center, windows: Windows) -> None:
    a = windows(server.url, center.code, name="a")
    b = windows(server.url, center.code, name="b")
    a.login(center.users["intake"])
    b.login(center.users["issuing"])
    (case,) = a.intake(1, clerk="王五")
    assert a.sync().ok
    office, _ = center.login("back_office")
    reply = office.post(
        f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "approve", "result_name": "许可证"}
    )
    assert reply.status_code == 200
    assert office.post(f"/api/v1/backoffice/cases/{case.case_id}/result-ready").status_code == 200
    office.post("/api/v1/messages", json={"text": "今天16点停电检修", "case_id": None})
    assert a.sync().ok and b.sync().ok
    # Window B never took this case in: it knows it from the server, ready to hand off.
    at_a, at_b = a.store.load_case(case.case_id), b.store.load_case(case.case_id)
    assert at_a is not None and at_b is not None
    assert at_a.state is at_b.state is CaseState.RESULT_READY
    assert at_b.case_no == case.case_no and at_b.result_name == "许可证"
    assert [m["text"] for m in b.engine.queue.messages()] == ["今天16点停电检修"]  # type: ignore[attr-defined]
    with b.store.reading() as db:
        assert messages(db)[0]["from"]

    for window, clerk in ((a, "王五"), (b, "赵六")):
        local = window.store.load_case(case.case_id)
        assert local is not None
        actor = local.first_clerk.__class__(
            "u-" + clerk, clerk, local.first_clerk.role, center.code, "S0X", "5号窗口" if clerk == "王五" else "6号窗口"
        )
        local.hand_off(actor, window.store.clock, "window")
        with window.store.transaction() as tx:
            window.store.save_case(tx, local)
    assert a.sync().ok
    assert b.sync().ok
    attention = b.store.needs_attention()
    assert len(attention) == 1 and attention[0].status is OutboxStatus.CONFLICT
    assert "王五" in attention[0].last_error and "5号窗口" in attention[0].last_error
    assert b.engine.status.needs_attention == 1
    assert_exactly_once(server, a)
    # G4: both windows hold what the server holds for the center, by count and hash.
    assert a.run(a.engine.verify_in_sync()).in_sync
    report = b.run(b.engine.verify_in_sync())
    assert report.in_sync, report
