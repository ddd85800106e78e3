"""G6, the sync loop never dies: a window whose database lives on a really full filesystem (a small tmpfs the test
mounts, filled to the last block) runs the real ``engine.run()`` against the real central server on loopback. Every
failed round is said in words, the status never claims a sync that is not running, the loop stays alive, and once
space is freed the pending events go out by themselves, exactly once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from govdesk.store.verify import verify_database
from tests.central.conftest import (
    Center,
    RunningServer,
    _close_clients,  # noqa: F401  (autouse: closes the back office's httpx clients)
)
from tests.faults.smalldisk import Filler, mounted_tmpfs, truncate_wal
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    Window,
    Windows,
    assert_exactly_once,
    center,
    server,
)

FULL = "磁盘已满"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "disk") as where:
        yield where


@pytest.fixture
def window(disk: Path, server: RunningServer, center: Center) -> Iterator[Window]:  # noqa: F811
    made = Windows(disk)
    window = made(server.url, center.code)
    window.login(center.users["intake"])
    yield window
    made.close()


def run_until(window: Window, task: asyncio.Task[None], done: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if task.done():
            error = None if task.cancelled() else task.exception()
            raise AssertionError(f"engine.run() ended while waiting for {what}: {error!r}; {window.engine.status}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} in {timeout}s; statuses {window.statuses[-6:]}")
        window.run(asyncio.sleep(0.05))


def test_the_loop_survives_a_full_disk_and_drains_once_space_is_freed(
    server: RunningServer,  # noqa: F811
    window: Window,
    disk: Path,
) -> None:
    window.intake(3)
    assert window.sync().ok  # registered, a station code kept
    window.intake(40)  # 120 events: recording the server's answers needs new blocks on the disk
    truncate_wal(window.store.path)
    filler = Filler(disk)
    filler.fill()

    task = window.loop.create_task(window.engine.run())
    window.engine.sync_now()  # the clerk's button: at once, not after the poll interval
    try:
        # Several failed rounds: each said in words, the loop alive, never "syncing" between rounds.
        run_until(window, task, lambda: window.engine.retry_state.failures >= 3, 30, "three failed rounds")
        run_until(window, task, lambda: not window.engine.status.syncing, 10, "the end of a round")
        status = window.engine.status
        assert FULL in (status.last_error or ""), status
        assert "内部错误" not in (status.last_error or ""), status
        assert window.store.outbox_depth() == 120
        assert not task.done()

        filler.free()  # space again: no restart, no button; the loop's own retry drains the queue

        # a round that succeeds clears the error as it starts: wait for it to end (the status is counted afresh then)
        def succeeded() -> bool:
            status = window.engine.status
            return status.last_error is None and not status.syncing

        run_until(window, task, succeeded, 30, "the end of a successful round")
        assert window.store.outbox_depth() == 0
        assert window.engine.status.queue_depth == 0 and not window.engine.status.syncing
    finally:
        window.engine.stop()
        window.run(asyncio.wait([task], timeout=30))  # never masks the failure above
    assert task.done() and task.exception() is None
    assert verify_database(window.store.path).ok
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync
