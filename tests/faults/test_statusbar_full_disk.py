"""What the clerk sees while the disk is full (G6), with pytest-qt: the real main window, the sync controller running
the real engine loop on the qasync loop, the database on a small tmpfs filled to the last block, the real central
server on loopback. The status bar says the disk is full and never "syncing" between rounds, the 立即同步 button
works, a sync loop that dies is noticed and started again, and after space is freed the queue drains by itself."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.services.runtime import Runtime
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.statusbar import StatusBar
from govdesk.ui.sync_controller import LOOP_RESTARTED, SyncController
from tests.central.conftest import PASSWORD, RunningServer
from tests.faults.smalldisk import Filler, mounted_tmpfs, truncate_wal
from tests.helpers.sync_window import sync_window
from tests.ui.test_sync_controller import CENTER, server  # noqa: F401  (fixtures)

SYNCING = "正在同步"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "disk") as where:
        yield where


@pytest.fixture
def setup(
    disk: Path,
    server: RunningServer,  # noqa: F811
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
) -> Iterator[tuple[SyncController, Runtime, MainWindow]]:
    pc = sync_window(qtbot, disk / "pc", server.url, CENTER, poll_interval=600)
    controller, runtime = pc.controller, pc.runtime
    yield controller, runtime, pc.window
    loop.run_until_complete(controller.stop())
    runtime.close()


def take_intakes(runtime: Runtime, n: int) -> None:
    intake = runtime.intake
    for _ in range(n):
        draft = intake.new_draft(["SCJG-01-001"])
        draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X")
        for m in intake.preview(draft).assessment.applicable:
            if m.required and not m.shared:
                draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
        intake.decide(draft, Outcome.ACCEPT)


async def until(done: Callable[[], bool], timeout: float, what: str, bar: StatusBar) -> None:
    """Let the loop run until ``done()``; the status bar's texts are in the failure message."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            shown = [bar.online_label.text(), bar.queue_label.text(), bar.error_label.text()]
            raise AssertionError(f"no {what} in {timeout}s; the status bar shows {shown}")
        await asyncio.sleep(0.05)


def test_the_status_bar_tells_a_full_disk_and_a_dead_loop_is_restarted(
    setup: tuple[SyncController, Runtime, MainWindow],
    loop: asyncio.AbstractEventLoop,
    disk: Path,
) -> None:
    """The whole scenario runs in one run of the qasync loop, as the program's loop runs for good: stopping and
    starting the loop between steps let qasync (or pytest-qt's event processing) step a task outside it."""
    controller, runtime, window = setup
    bar = window.status_bar
    shown: list[str] = []
    controller.status_changed.connect(lambda status: shown.append(status.last_error or ""))

    async def scenario() -> None:
        assert await controller.login("wangli", PASSWORD)
        take_intakes(runtime, 1)
        controller.start()
        await until(
            lambda: bar.queue_label.text() == "待上传 0 条" and not bar.error_label.text(), 30, "a first sync", bar
        )

        take_intakes(runtime, 5)
        pending = runtime.store.outbox_depth()
        assert pending > 0
        truncate_wal(runtime.store.path)
        filler = Filler(disk)
        filler.fill()
        bar.sync_button.click()  # 立即同步

        def told_full() -> bool:
            return "磁盘已满" in bar.error_label.text() and SYNCING not in bar.online_label.text()

        await until(told_full, 30, "a full disk in the status bar", bar)
        assert bar.error_label.text().startswith("同步失败："), bar.error_label.text()
        assert bar.queue_label.text() == f"待上传 {pending} 条"
        assert bar.sync_button.isEnabled()
        assert controller.running

        # The loop task dies (cancelled from elsewhere): noticed, said in words, started again.
        dead = controller._task
        assert dead is not None
        dead.cancel()
        await until(lambda: LOOP_RESTARTED in shown, 10, "the restart said", bar)
        assert SYNCING not in bar.online_label.text()
        await until(lambda: controller.running and controller._task is not dead, 10, "a restarted loop", bar)

        filler.free()
        bar.sync_button.click()
        await until(lambda: bar.queue_label.text() == "待上传 0 条", 30, "the queue drained", bar)
        await until(lambda: not bar.error_label.isVisible() and SYNCING not in bar.online_label.text(), 10, "calm", bar)
        assert bar.online_label.text() == "● 在线"
        assert runtime.store.outbox_depth() == 0

    loop.run_until_complete(scenario())
