"""A full disk on the window (a real SQLITE_FULL: the file capped at its size with ``max_page_count`` on every new
connection) while pulling, while acknowledging a push and while taking an intake: a clear Chinese error, nothing
half-applied, ``PRAGMA integrity_check`` ok, and sync resumes once there is space again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govdesk.domain.case import CaseState
from govdesk.store.errors import StoreDiskFull
from govdesk.store.inbound import cursor
from govdesk.store.verify import verify_database
from tests.central.conftest import (
    Center,
    RunningServer,
    _close_clients,  # noqa: F401  (autouse: closes the back office's httpx clients)
)
from tests.helpers.disk import DiskCap
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    Window,
    Windows,
    assert_exactly_once,
    center,
    server,
    windows,
)

FULL = "磁盘已满"


@pytest.fixture
def window(server: RunningServer, center: Center, windows: Windows) -> Window:  # noqa: F811
    made = windows(server.url, center.code)
    made.login(center.users["intake"])
    return made


@pytest.fixture
def cap(window: Window) -> Iterator[DiskCap]:
    made = DiskCap(window.store)
    yield made
    made.free()


def assert_intact(window: Window) -> None:
    report = verify_database(window.store.path)
    assert report.ok, report.problems()  # PRAGMA integrity_check, foreign keys, the event chain


def test_disk_full_while_pulling(server: RunningServer, center: Center, window: Window, cap: DiskCap) -> None:  # noqa: F811
    cases = window.intake(20)
    assert window.sync().ok
    office, _ = center.login("back_office")
    for case in cases:  # long reasons: the pulled page needs new pages in the file
        reply = office.post(
            f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "deny", "reason": "材料不实。" * 190}
        )
        assert reply.status_code == 200, reply.text
    with window.store.reading() as db:
        before = cursor(db)
    cap.fill()
    report = window.sync()
    assert not report.ok and report.error is not None
    assert FULL in report.error.message, report.error.message  # the clerk is told the disk is full
    assert "办件不受影响" in report.error.message and "内部错误" not in report.error.message  # and that it is safe
    assert FULL in (window.engine.status.last_error or "")
    assert_intact(window)
    with window.store.reading() as db:
        assert cursor(db) == before  # the page and its cursor: both or neither
    for case in cases:
        local = window.store.load_case(case.case_id)
        assert local is not None and local.state is CaseState.SUBMITTED and len(local.events) == 3

    cap.free()
    report = window.sync()
    assert report.ok, report.error
    for case in cases:
        local = window.store.load_case(case.case_id)
        assert local is not None and local.state is CaseState.DENIED and local.decision_reason.startswith("材料不实")
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync


def test_disk_full_while_acknowledging_a_push(server: RunningServer, window: Window, cap: DiskCap) -> None:  # noqa: F811
    window.intake(60)  # 180 events: the answers kept with them need new pages
    cap.fill()
    report = window.sync()
    assert not report.ok and report.error is not None and FULL in report.error.message
    assert_intact(window)
    assert window.store.outbox_depth() == 180  # the server committed, the window could not record it: still pending
    cap.free()
    report = window.sync()
    assert report.ok and report.pushed == 180 and report.applied == 0, report  # answered as duplicates
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync


def test_disk_full_while_taking_an_intake(server: RunningServer, window: Window, cap: DiskCap) -> None:  # noqa: F811
    window.intake(2)
    assert window.sync().ok
    cap.fill()
    taken = 0
    with pytest.raises(StoreDiskFull) as caught:
        for _ in range(200):  # until the file is full
            window.intake(1)
            taken += 1
    assert str(caught.value) == "磁盘已满，办件未保存：请清理磁盘后重试，已录入的内容仍在窗口中"
    assert_intact(window)
    assert window.store.count_cases() == 2 + taken  # the failed intake left nothing behind
    assert window.store.outbox_depth() == 3 * taken
    cap.free()
    window.intake(1)
    report = window.sync()
    assert report.ok and report.applied == 3 * taken + 3, report
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync
