"""The operations gateway (``ui/operations.py``): off the GUI thread, one error path, one broadcast, progress.

Real services on a real SQLite store (the intake fixtures of ``tests/ui/conftest.py``); plain callables only where
the gateway's own behaviour is the subject (order of the store lane, a bug's notice, a slow call's progress).
"""

from __future__ import annotations

import gc
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.changes import NOTHING, ChangeKind, Changes
from govdesk.services.errors import ServiceError
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.ui.operations import (
    PROGRESS_AFTER_MS,
    Lane,
    Operations,
    State,
    operations,
    operations_for,
    reset_operations,
)

# The offscreen platform says so of every dialog shown (message boxes, the busy dialog): not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _wait(qtbot: QtBot, op: object) -> None:
    qtbot.waitUntil(op.done, timeout=5000)  # type: ignore[attr-defined]


def test_a_real_save_runs_off_the_gui_thread_and_its_callback_on_it(
    qtbot: QtBot, host: QWidget, intake: IntakeService
) -> None:
    gui = threading.get_ident()
    ran_on: list[int] = []
    got: list[str] = []

    def save() -> str:
        ran_on.append(threading.get_ident())
        draft = intake.new_draft()
        intake.save_draft(draft)
        return draft.draft_id

    op = operations_for(host).run(host, save, success=lambda draft_id: got.append(draft_id), label="保存草稿")
    assert op.state is State.RUNNING
    _wait(qtbot, op)
    assert op.succeeded()
    assert ran_on and ran_on[0] != gui
    assert got == [op.result]
    assert [d.draft_id for d in intake.open_drafts()] == got  # it really was saved


def test_a_service_refusal_goes_to_the_pages_failure_callback_in_words(
    qtbot: QtBot, host: QWidget, intake: IntakeService
) -> None:
    told: list[ServiceError] = []
    shown: list[str] = []
    ops = operations()
    ops.failed.connect(shown.append)
    op = ops.run(host, lambda: intake.resume("41122101-S03-20261120-9999"), failure=told.append)
    _wait(qtbot, op)
    assert op.state is State.FAILED
    assert len(told) == 1 and isinstance(told[0], IntakeError)
    assert "找不到办件 41122101-S03-20261120-9999" in op.message
    assert shown == [op.message]
    assert host.findChild(QMessageBox, "operation_error") is None  # the page said it itself


def test_without_a_failure_callback_the_refusal_is_shown_over_the_page(
    qtbot: QtBot, host: QWidget, intake: IntakeService
) -> None:
    op = operations().run(host, lambda: intake.resume("没有这个编号"))
    _wait(qtbot, op)
    box = host.findChild(QMessageBox, "operation_error")
    assert box is not None and box.isVisible()
    assert "找不到办件 没有这个编号" in box.text()
    assert box.windowTitle() == "未能完成"


def test_a_bug_is_said_as_one_logged_and_the_window_lives(
    qtbot: QtBot, host: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    told: list[ServiceError] = []

    def broken() -> None:
        raise KeyError("no such column")

    op = operations().run(host, broken, failure=told.append, label="保存")
    _wait(qtbot, op)
    assert told == []  # a bug is not the page's to explain
    box = host.findChild(QMessageBox, "operation_error")
    assert box is not None and "程序内部出错（KeyError）" in box.text()
    assert "已录入的内容仍在窗口中" in box.text()
    bug = [r for r in caplog.records if getattr(r, "event", "") == "operation_bug"]
    assert bug and bug[0].exc_info is not None


def test_the_result_changes_are_broadcast_once_with_the_page_that_asked(qtbot: QtBot, host: QWidget) -> None:
    heard: list[tuple[Changes, object]] = []
    ops = operations()
    ops.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    made = Changes.of(ChangeKind.CASES, ChangeKind.NOTICES, cases=["c1"], notices=["n1"])
    op = ops.run(host, lambda: made)
    _wait(qtbot, op)
    nothing = ops.run(host, lambda: NOTHING)
    _wait(qtbot, nothing)
    assert heard == [(made, host)]
    assert op.changes == made


def test_the_store_lane_keeps_the_order_asked_and_runs_one_at_a_time(qtbot: QtBot, host: QWidget) -> None:
    seen: list[int] = []
    inside = threading.Semaphore(1)

    def step(n: int) -> int:
        assert inside.acquire(blocking=False), "two store calls at once"
        try:
            time.sleep(0.01)
            seen.append(n)
        finally:
            inside.release()
        return n

    ops = operations()
    last = [ops.run(host, lambda n=n: step(n)) for n in range(8)][-1]
    _wait(qtbot, last)
    assert seen == list(range(8))


def test_the_network_lane_never_waits_behind_a_slow_save(qtbot: QtBot, host: QWidget) -> None:
    release = threading.Event()
    ops = operations()
    slow = ops.run(host, lambda: release.wait(5))
    quick = ops.run(host, lambda: "pong", lane=Lane.NETWORK)
    _wait(qtbot, quick)
    assert not slow.done()
    release.set()
    _wait(qtbot, slow)


def test_a_slow_call_shows_progress_and_it_goes_away(qtbot: QtBot, host: QWidget) -> None:
    release = threading.Event()
    ops = operations()
    busy: list[bool] = []
    ops.busy_changed.connect(busy.append)
    op = ops.run(host, lambda: release.wait(5), label="正在生成通知书…")
    qtbot.waitUntil(lambda: host.findChild(QProgressDialog, "operation_progress") is not None, timeout=3000)
    dialog = host.findChild(QProgressDialog, "operation_progress")
    assert dialog is not None and dialog.isVisible() and dialog.labelText() == "正在生成通知书…"
    release.set()
    _wait(qtbot, op)
    qtbot.waitUntil(lambda: host.findChild(QProgressDialog, "operation_progress") is None, timeout=3000)
    assert busy == [True, False]


def test_a_page_closed_before_the_answer_is_not_called_but_the_change_is_broadcast(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    release = threading.Event()
    called: list[object] = []
    heard: list[Changes] = []
    ops = operations()
    ops.changed.connect(lambda changes, _initiator: heard.append(changes))
    made = Changes.of(ChangeKind.HANDOFFS, cases=["c9"])

    def work() -> Changes:
        release.wait(5)
        return made

    op = ops.run(page, work, success=called.append)
    page.deleteLater()
    qtbot.wait(20)  # the page is gone
    release.set()
    _wait(qtbot, op)
    assert called == []
    assert heard == [made]


def test_query_runs_inline_and_says_errors_the_same_way(host: QWidget, intake: IntakeService) -> None:
    ops = operations()
    assert ops.query(host, lambda: intake.today().isoformat()) == "2026-11-20"
    told: list[ServiceError] = []
    assert ops.query(host, lambda: intake.resume("X-1"), failure=told.append) is None
    assert "找不到办件 X-1" in str(told[0])


def test_reset_stops_the_worker_threads(qtbot: QtBot, host: QWidget) -> None:
    ops = operations()
    op = ops.run(host, lambda: 1)
    _wait(qtbot, op)
    assert any(t.name.startswith("govdesk-store") for t in threading.enumerate())
    reset_operations()
    assert not any(t.name.startswith("govdesk-store") for t in threading.enumerate())
    assert isinstance(operations(), Operations) and operations() is not ops


@pytest.mark.parametrize("fails", [False, True])
def test_the_last_reference_to_what_a_call_held_is_dropped_on_the_gui_thread(
    qtbot: QtBot, host: QWidget, fails: bool
) -> None:
    """The call's closure (a page, a dialog) is let go of on the GUI thread, never on the worker: a QObject
    destroyed on a worker stops its timers from the wrong thread ("Timers cannot be stopped from another thread")
    and can crash the program. Whether the call succeeded or raised (the error's traceback holds the frames)."""
    freed_on: list[str] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_call() -> object:
        held = Held()

        def call() -> str:
            time.sleep(0.05)  # the worker is still inside the call when the test lets go of its own references
            if fails:
                raise ServiceError("拒绝办理")
            return type(held).__name__

        return call

    call = make_call()
    op = operations_for(host).run(host, call, failure=lambda _e: None)  # type: ignore[arg-type]
    del call
    _wait(qtbot, op)
    assert op.succeeded() is not fails
    del op  # a failed operation keeps its error, whose traceback holds the call's frame
    gc.collect()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    """The program's collector (``ui/collector.py``): the automatic collector is off while a Qt application runs,
    and the GUI thread's timer collects a cycle once the counts pass the threshold."""
    from PySide6.QtWidgets import QApplication

    from govdesk.ui.collector import install

    collector = install(QApplication.instance())  # type: ignore[arg-type]
    assert install(QApplication.instance()) is collector  # type: ignore[arg-type]
    assert not gc.isenabled() and collector.timer.isActive()
    freed_on: list[str] = []

    class Node:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    Node()
    kept: list[list[object]] = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(5_000)), name="allocating-worker")
    worker.start()  # allocates far past the threshold: the automatic collector would have run on this thread
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_done_is_called_after_success_refusal_or_bug(qtbot: QtBot, host: QWidget, intake: IntakeService) -> None:
    ended: list[tuple[State, str]] = []
    ops = operations()

    def done(op: object) -> None:
        ended.append((op.state, op.message))  # type: ignore[attr-defined]

    ok = ops.run(host, lambda: "fine", done=done)
    _wait(qtbot, ok)
    refused = ops.run(host, lambda: intake.resume("没有这个编号"), failure=lambda _e: None, done=done)
    _wait(qtbot, refused)

    def broken() -> None:
        raise KeyError("no such column")

    bug = ops.run(host, broken, done=done)
    _wait(qtbot, bug)
    assert [state for state, _ in ended] == [State.SUCCEEDED, State.FAILED, State.FAILED]
    assert ended[1][1] and "程序内部出错（KeyError）" in ended[2][1]


def test_a_background_call_lets_the_window_work_and_is_awaited_from_a_coroutine(
    qtbot: QtBot, host: QWidget, loop: object
) -> None:
    """The queue panel's kind of call: no busy dialog, not counted as the window being busy, and awaitable from the
    qasync loop (the sync controller's login)."""
    import asyncio

    assert isinstance(loop, asyncio.AbstractEventLoop)
    release = threading.Event()
    ops = operations()
    busy: list[bool] = []
    ops.busy_changed.connect(busy.append)
    op = ops.run(host, lambda: release.wait(5) and "answered", label="正在叫号…", lane=Lane.NETWORK, background=True)
    assert ops.running() == 0 and busy == []  # the window is not busy: the clerk works on
    qtbot.wait(PROGRESS_AFTER_MS + 200)
    assert host.findChild(QProgressDialog, "operation_progress") is None  # and no busy dialog covers it
    waited = ops.wait(op)
    assert ops.wait(op) is waited and not waited.done()  # one future per operation
    loop.call_later(0.05, release.set)
    finished = loop.run_until_complete(asyncio.wait_for(waited, 5))
    assert finished is op and op.succeeded() and op.result == "answered"
    assert ops.wait(op).done()  # an operation already done gives a done future
    assert busy == []
