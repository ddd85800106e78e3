"""Faults between the window and the server, through a loopback proxy: each ends exactly-once at the server and with
a clean local database (``db verify``)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from govdesk.central.db import StoredEvent
from govdesk.domain.events import DomainEvent
from govdesk.store import OutboxStatus
from govdesk.sync.errors import BadResponse, NetworkError, ServerError
from govdesk.sync.status import SyncState
from tests.central.conftest import Center, RunningServer
from tests.sync.conftest import Windows, assert_exactly_once
from tests.sync.proxy import FaultProxy

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("drop_reply", NetworkError),  # the reply lost after the server committed
        ("500_before", ServerError),  # the server never saw it
        ("500_after", ServerError),  # the server committed, then 500
        ("delay", NetworkError),  # a server slower than the timeout (it commits meanwhile)
        ("garbage", BadResponse),  # an answer that is not JSON
    ],
)
def test_push_fault_then_exactly_once(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows, fault: str, error: type
) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    window.intake(3)
    proxy.inject(fault, PUSH)
    report = window.sync()
    assert not report.ok and isinstance(report.error, error)
    status = window.engine.status
    assert status.last_error and status.queue_depth == 9  # nothing marked sent without an answer
    assert status.state is (SyncState.OFFLINE if error is NetworkError else SyncState.ONLINE)
    assert window.engine.retry_state.failures == 1
    report = window.sync()
    assert report.ok, report.error
    assert window.engine.status.queue_depth == 0 and window.engine.status.last_error is None
    assert set(window.outbox_statuses().values()) == {OutboxStatus.SENT.value}
    assert_exactly_once(server, window)


def test_same_batch_sent_twice(server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    window.intake(2)
    proxy.inject("twice", PUSH)
    report = window.sync()
    assert report.ok and report.applied == 0 and report.pushed == 6  # the answer seen is all duplicates
    assert set(window.outbox_statuses().values()) == {OutboxStatus.SENT.value}
    assert_exactly_once(server, window)


def test_killed_between_server_commit_and_local_ack(server: RunningServer, center: Center, windows: Windows) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.intake(2)
    assert window.sync().ok
    with window.store.transaction() as tx:  # the local ack never happened
        tx.connection().exec_driver_sql("UPDATE outbox SET status = 'pending', server_answer = NULL")
    report = window.sync()
    assert report.ok and report.pushed == 6 and report.applied == 0
    assert window.store.outbox_depth() == 0
    assert_exactly_once(server, window)


def test_5xx_is_retried_with_nothing_new_written(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows
) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    window.intake(1)
    proxy.inject("500_before", PUSH, times=3)

    async def drain() -> None:
        task = asyncio.ensure_future(window.engine.run())
        try:
            for _ in range(400):
                if window.engine.status.queue_depth == 0 and window.engine.status.last_success is not None:
                    return
                await asyncio.sleep(0.01)
            raise AssertionError(f"not drained: {window.engine.status}")
        finally:
            window.engine.stop()
            await task

    window.run(drain())
    assert proxy.statuses(PUSH)[:4] == ["500_before"] * 3 + ["200"]
    assert window.engine.retry_state.failures == 0
    assert_exactly_once(server, window)


def test_line_cut_in_the_middle_of_a_pull_page(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows
) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    cases = window.intake(3)
    assert window.sync().ok
    office, _ = center.login("back_office")
    for case in cases:
        reply = office.post(
            f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "deny", "reason": "不符"}
        )
        assert reply.status_code == 200
    proxy.inject("cut_body", PULL)
    report = window.sync()
    assert not report.ok and isinstance(report.error, NetworkError | BadResponse)
    assert all(window.store.load_case(c.case_id).state.value == "submitted" for c in cases)  # type: ignore[union-attr]
    assert window.sync().ok
    for case in cases:
        local = window.store.load_case(case.case_id)
        assert local is not None and local.state.value == "denied"
        ids = [e.event_id for e in local.events]
        assert len(ids) == len(set(ids)) == 5  # drafted, accepted, submitted, review_started, denied: each once
    assert_exactly_once(server, window)


def test_refused_event_among_good_ones(server: RunningServer, center: Center, windows: Windows) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    (first,) = window.intake(1)
    # A bug pushes a back-office kind: the server refuses it, the events around it go through.
    bad = DomainEvent(first.case_id, "case.approved", first.first_clerk, first.received_at, {"result_name": "x"})
    first.events.append(bad)
    with window.store.transaction() as tx:
        window.store.save_case(tx, first)
    window.intake(1)
    report = window.sync()
    assert report.ok and report.applied == 6 and report.pushed == 7
    attention = window.store.needs_attention()
    assert [item.event_id for item in attention] == [bad.event_id]
    assert attention[0].status is OutboxStatus.REFUSED and "后台" in attention[0].last_error
    assert window.engine.status.needs_attention == 1 and window.engine.status.queue_depth == 0
    again = window.sync()
    assert again.ok and again.pushed == 0  # never resent, never blocking
    assert_exactly_once(server, window)


def test_sequence_gap_is_resent_from_the_expected_number(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.intake(2)
    with window.store.transaction() as tx:  # e.g. the server restored from a backup lost the first events
        tx.connection().exec_driver_sql("UPDATE outbox SET status = 'sent' WHERE seq <= 2")
    report = window.sync()
    assert report.ok, report.error
    assert report.applied == 6
    assert_exactly_once(server, window)


def _server_order(server: RunningServer, device_id: str) -> list[int]:
    """The device's sequence numbers in the order the server stored them."""
    with server.central.tx() as session:
        rows = session.execute(
            select(StoredEvent.device_seq).where(StoredEvent.device_id == device_id).order_by(StoredEvent.server_seq)
        ).all()
    return [int(row[0]) for row in rows]


def test_sequence_gap_in_pipelined_batches(server: RunningServer, center: Center, windows: Windows) -> None:
    """Batches of 4 with the next one read ahead: the gap's answer drops the batch read ahead, the resend starts at
    the expected number, and the server ends with every event once, in the device's order."""
    window = windows(server.url, center.code)
    window.engine.batch_size = 4
    window.login(center.users["intake"])
    window.intake(4)  # 12 events
    with window.store.transaction() as tx:
        tx.connection().exec_driver_sql("UPDATE outbox SET status = 'sent' WHERE seq <= 2")
    report = window.sync()
    assert report.ok, report.error
    assert report.applied == 12
    assert _server_order(server, window.store.device_id()) == list(range(1, 13))
    assert window.engine.status.queue_depth == 0
    assert_exactly_once(server, window)


@pytest.mark.parametrize("fault", ["500_before", "drop_reply"])
def test_a_fault_in_a_later_batch_keeps_the_answers_before_it(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows, fault: str
) -> None:
    """While batch 2 is at the server the store records batch 1's answers; batch 2 failing loses none of them,
    and the next round sends only what is left."""
    window = windows(proxy.url, center.code)
    window.engine.batch_size = 3
    window.login(center.users["intake"])
    window.intake(3)  # 9 events, 3 batches
    proxy.inject("pass", PUSH)
    proxy.inject(fault, PUSH)
    report = window.sync()
    assert not report.ok
    statuses = window.outbox_statuses()
    sent = [event_id for event_id in window.outbox_ids() if statuses[event_id] == OutboxStatus.SENT.value]
    assert sent == window.outbox_ids()[:3]  # batch 1 recorded, nothing after it marked without an answer
    assert window.engine.status.queue_depth == 6
    report = window.sync()
    assert report.ok, report.error
    assert report.pushed == 6
    assert set(window.outbox_statuses().values()) == {OutboxStatus.SENT.value}
    assert _server_order(server, window.store.device_id()) == list(range(1, 10))
    assert_exactly_once(server, window)
