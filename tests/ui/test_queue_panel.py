"""The hall's queue at the window, by keyboard, against the simulated queue server on loopback (real HTTP, calls in
an executor on the qasync loop): 叫号 F7, 重呼 F8, 转窗 F9, 过号 F10 in the intake and result-window workspaces; a
called ticket reaches the stored case with its waiting time; a queue system that is down or answers garbage is said
in words and intake goes on without a ticket."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from govdesk.devices.queue_server import SimulatedQueueServer
from govdesk.domain.clock import CST
from govdesk.domain.queue import QueueTicket
from govdesk.services.hall_queue import HttpHallQueue, QueueDesk
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui.handoff.workspace import HandoffWorkspace
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.intake.workspace import IntakeWorkspace
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.operations import Lane, Operation, State, operations
from govdesk.ui.queue_panel import QueuePanel
from tests.helpers.queue import BrokenAdapter
from tests.ui.test_intake_flows import close_preview, decide, fill_applicant, receive, take_item
from tests.ui.test_intake_models import shot
from tests.ui.test_mainwindow import make_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ISSUED = datetime(2026, 11, 20, 9, 2, 40, tzinfo=CST)


class HallClock:
    """The queue server's clock: tickets are issued and called when the test says."""

    def __init__(self) -> None:
        self.at = ISSUED

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def hall() -> HallClock:
    return HallClock()


@pytest.fixture
def server(hall: HallClock) -> Iterator[SimulatedQueueServer]:
    with SimulatedQueueServer(now=hall.now) as running:
        yield running


def open_window(
    qtbot: QtBot, tmp_path: Path, workspaces: list[object], queue_url: str
) -> tuple[MainWindow, list[object]]:
    context = make_context(tmp_path)
    context.settings.queue_server_url = queue_url
    context.settings.window_number = "3"
    made = [factory(context) for factory in workspaces]  # type: ignore[operator]
    win = MainWindow(context, made)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # waitActive() is a context manager: called bare it waits for nothing
    return win, made


@pytest.fixture
def intake_window(
    qtbot: QtBot,
    tmp_path: Path,
    intake: IntakeService,
    notices: NoticeService,
    server: SimulatedQueueServer,
    loop: asyncio.AbstractEventLoop,
) -> tuple[MainWindow, IntakeWorkspace]:
    def factory(context: object) -> IntakeWorkspace:
        return IntakeWorkspace(context, intake=intake, notices=notices, reader=SimulatedIdCardReader(demo=True))  # type: ignore[arg-type]

    win, (workspace,) = open_window(qtbot, tmp_path, [factory], server.url)
    assert isinstance(workspace, IntakeWorkspace)
    win.show_workspace("intake")
    return win, workspace


def key(win: MainWindow, loop: asyncio.AbstractEventLoop, panel: QueuePanel, k: Qt.Key) -> None:
    """Press ``k`` in the window while the event loop runs (as in the program) and wait for the call it started."""
    handle = win.windowHandle()
    assert handle is not None

    pressed = loop.create_future()

    def press() -> None:
        QTest.keyClick(handle, k)
        pressed.set_result(None)

    loop.call_soon(press)
    loop.run_until_complete(pressed)
    loop.run_until_complete(asyncio.wait_for(panel.pending(), 10))


def test_call_recall_transfer_and_no_show_by_keyboard(
    intake_window: tuple[MainWindow, IntakeWorkspace],
    server: SimulatedQueueServer,
    hall: HallClock,
    loop: asyncio.AbstractEventLoop,
) -> None:
    win, workspace = intake_window
    page, panel = workspace.page, workspace.queue_panel
    assert page is not None and panel is not None and panel.isVisible()
    assert panel.ticket_label.text() == "无号票"
    server.issue("A", 3)
    hall.at += timedelta(minutes=12, seconds=5)

    key(win, loop, panel, Qt.Key.Key_F7)  # 叫号
    assert panel.ticket_label.text() == "A001"
    assert "已等候 12 分 5 秒" in panel.info_label.text() and "还有 2 人等候" in panel.info_label.text()
    assert "已呼叫 A001" in panel.message()
    assert page.draft.ticket is not None and page.draft.ticket.number == "A001"
    assert "号票 A001" in page.ui.titleLabel.text()
    shot(win, "queue-1366x768-called")

    key(win, loop, panel, Qt.Key.Key_F8)  # 重呼
    assert server.requests[-1] == ("/api/v1/recall", {"window": "3", "number": "A001"})
    assert "已重呼 A001" in panel.message()

    QTest.keyClick(win.windowHandle(), Qt.Key.Key_F9)  # 转窗: the window number, then Enter
    assert panel.transfer_edit.isVisible() and QApplication.focusWidget() is panel.transfer_edit
    QTest.keyClicks(panel.transfer_edit, "5")
    key(win, loop, panel, Qt.Key.Key_Return)
    assert server.requests[-1] == ("/api/v1/transfer", {"window": "3", "number": "A001", "to_window": "5"})
    assert "A001 已转到 5 号窗口" in panel.message() and not panel.transfer_edit.isVisible()
    assert page.draft.ticket is None and panel.ticket_label.text() == "无号票"
    assert "号票" not in page.ui.titleLabel.text()

    key(win, loop, panel, Qt.Key.Key_F7)
    assert panel.ticket_label.text() == "A002" and page.draft.ticket is not None
    key(win, loop, panel, Qt.Key.Key_F10)  # 过号
    assert server.requests[-1] == ("/api/v1/no-show", {"window": "3", "number": "A002"})
    assert "A002 已过号" in panel.message() and page.draft.ticket is None

    # F9 then Esc: nothing is sent
    key(win, loop, panel, Qt.Key.Key_F7)
    sent = len(server.requests)
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_F9)
    QTest.keyClick(panel.transfer_edit, Qt.Key.Key_Escape)
    assert not panel.transfer_edit.isVisible() and len(server.requests) == sent and "已取消转窗" in panel.message()

    # the keys are in the F1 help
    help_rows = {keys: what for keys, what, _where in win.actions_registry.shortcut_table()}
    for shortcut, word in (("F7", "叫号"), ("F8", "重呼"), ("F9", "转窗"), ("F10", "过号")):
        assert word in help_rows[shortcut]


def test_a_called_ticket_reaches_the_stored_case_with_its_waiting_time(
    qtbot: QtBot,
    intake_window: tuple[MainWindow, IntakeWorkspace],
    intake: IntakeService,
    server: SimulatedQueueServer,
    hall: HallClock,
    loop: asyncio.AbstractEventLoop,
) -> None:
    win, workspace = intake_window
    page, panel = workspace.page, workspace.queue_panel
    assert page is not None and panel is not None
    server.issue("B")
    hall.at += timedelta(minutes=26, seconds=3)
    key(win, loop, panel, Qt.Key.Key_F7)
    take_item(page, "gtgsh")
    fill_applicant(page)
    receive(page, [0, 1, 2])
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    stored = intake.store.load_case(result.case.case_id)
    assert stored is not None and stored.ticket is not None
    assert stored.ticket.number == "B001" and stored.ticket.waiting_seconds == 26 * 60 + 3
    assert stored.ticket.window == "3"
    assert stored.events[0].payload["ticket"]["waiting_seconds"] == 1563
    assert page.draft.ticket is None  # the next intake waits for the next call
    close_preview(page, qtbot)


@pytest.mark.parametrize("fault", ["down", "garbage"])
def test_a_queue_system_down_or_talking_garbage_is_said_and_intake_goes_on(
    qtbot: QtBot,
    intake_window: tuple[MainWindow, IntakeWorkspace],
    intake: IntakeService,
    server: SimulatedQueueServer,
    loop: asyncio.AbstractEventLoop,
    fault: str,
) -> None:
    win, workspace = intake_window
    page, panel = workspace.page, workspace.queue_panel
    assert page is not None and panel is not None
    server.issue("A", 2)
    if fault == "down":
        server.stop()
    else:
        server.garbage = True
    key(win, loop, panel, Qt.Key.Key_F7)
    expected = "连接不上叫号系统" if fault == "down" else "回答无法识别"
    assert expected in panel.message() and "可以不取号继续受理" in panel.message()
    assert "b00020" in panel.message_label.styleSheet()  # said as a failure, not as a success
    assert panel.ticket_label.text() == "无号票" and page.draft.ticket is None
    assert panel.call_button.isEnabled()  # the clerk can try again
    shot(win, f"queue-1366x768-{fault}")

    take_item(page, "gtgsh")
    fill_applicant(page)
    receive(page, [0, 1, 2])
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    stored = intake.store.load_case(result.case.case_id)
    assert stored is not None and stored.ticket is None
    assert stored.events[0].payload["ticket"] is None  # marked: started without a ticket
    close_preview(page, qtbot)


def test_without_a_queue_system_the_panel_hides_and_f7_says_why(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService, loop: asyncio.AbstractEventLoop
) -> None:
    def factory(context: object) -> IntakeWorkspace:
        return IntakeWorkspace(context, intake=intake, notices=notices)  # type: ignore[arg-type]

    win, (workspace,) = open_window(qtbot, tmp_path, [factory], "")
    assert isinstance(workspace, IntakeWorkspace) and workspace.queue_panel is not None
    win.show_workspace("intake")
    assert workspace.queue_panel.isHidden()
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_F7)
    assert "叫号系统地址" in win.status_bar.currentMessage()


def test_the_result_window_calls_too(
    qtbot: QtBot,
    tmp_path: Path,
    server: SimulatedQueueServer,
    loop: asyncio.AbstractEventLoop,
    intake: IntakeService,
    notices: NoticeService,
) -> None:
    from govdesk.services.evaluation import EvaluationService
    from govdesk.services.handoff import HandoffService
    from govdesk.services.sms import SmsService

    store, clock, window = intake.store, intake.clock, intake.window
    handoff = HandoffService(store, intake.catalog, clock, window, SmsService(store, clock), tmp_path / "data")
    runtime = SimpleNamespace(handoff=handoff, evaluation=EvaluationService(store, clock, window), notices=notices)

    def factory(context: object) -> HandoffWorkspace:
        return HandoffWorkspace(context, runtime)  # type: ignore[arg-type]

    def intake_factory(context: object) -> IntakeWorkspace:
        return IntakeWorkspace(context, intake=intake, notices=notices)  # type: ignore[arg-type]

    win, (desk, counter) = open_window(qtbot, tmp_path, [intake_factory, factory], server.url)
    assert isinstance(counter, HandoffWorkspace) and isinstance(desk, IntakeWorkspace)
    win.show_workspace("handoff")
    panel = counter.queue_panel
    assert panel is not None and panel.isVisible() and counter.page is not None
    server.issue("C")
    key(win, loop, panel, Qt.Key.Key_F7)
    assert panel.ticket_label.text() == "C001"
    assert QApplication.focusWidget() is counter.page.ui.scanEdit  # the applicant comes up with a notice to scan
    assert desk.queue_panel is not None and desk.queue_panel.ticket_label.text() == "无号票"  # intake's is its own
    shot(win, "queue-1366x768-handoff")


def test_the_next_call_keeps_an_unfinished_intake_with_its_ticket_as_a_draft(
    qtbot: QtBot, page: IntakePage, intake: IntakeService
) -> None:
    first = QueueTicket("A001", ISSUED, ISSUED + timedelta(minutes=3), window="3")
    second = QueueTicket("A002", ISSUED, ISSUED + timedelta(minutes=9), window="3")
    page.take_ticket(first)
    take_item(page, "gtgsh")
    fill_applicant(page)  # the applicant went to fetch a document; the clerk calls the next one
    page.take_ticket(second)
    assert page.draft.ticket == second and page.draft.item_codes == []
    (kept,) = intake.open_drafts()
    assert kept.ticket == first and kept.applicant.name == "张三"
    page.release_ticket("A001")  # another number than this intake's: nothing changes
    assert page.draft.ticket == second


def test_a_silent_queue_system_never_blocks_the_window(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService, loop: asyncio.AbstractEventLoop
) -> None:
    def factory(context: object) -> IntakeWorkspace:
        return IntakeWorkspace(context, intake=intake, notices=notices)  # type: ignore[arg-type]

    with socket.socket() as listener:  # a queue system that accepts the connection and never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        win, (workspace,) = open_window(qtbot, tmp_path, [factory], url)
        assert isinstance(workspace, IntakeWorkspace)
        win.show_workspace("intake")
        page, panel, adapter = workspace.page, workspace.queue_panel, workspace.queue.queue
        assert page is not None and panel is not None and isinstance(adapter, HttpHallQueue)
        adapter.timeout = 1.5
        handle = win.windowHandle()
        loop.call_soon(QTest.keyClick, handle, Qt.Key.Key_F7)
        loop.run_until_complete(asyncio.sleep(0.2))
        call = panel.pending()
        assert not call.done() and panel.message() == "正在叫号…" and not panel.call_button.isEnabled()

        take_item(page, "gtgsh")  # the clerk works on while the queue system is silent
        assert page.draft.item_codes == ["SCJG-01-001"] and not call.done()
        QTest.keyClick(handle, Qt.Key.Key_F7)
        assert "请稍候" in panel.message() and panel.pending() is call  # one call at a time

        loop.run_until_complete(asyncio.wait_for(call, 10))
        assert "1.5 秒内没有回答" in panel.message() and panel.call_button.isEnabled()
        assert page.draft.item_codes == ["SCJG-01-001"] and page.draft.ticket is None


def test_a_queue_system_answering_500_is_said_in_words_through_the_gateway(
    qtbot: QtBot,
    intake_window: tuple[MainWindow, IntakeWorkspace],
    server: SimulatedQueueServer,
    loop: asyncio.AbstractEventLoop,
) -> None:
    win, workspace = intake_window
    page, panel = workspace.page, workspace.queue_panel
    assert page is not None and panel is not None
    server.issue("A", 2)
    server.failing = 500
    ended: list[Operation[object]] = []
    operations().finished.connect(ended.append)
    key(win, loop, panel, Qt.Key.Key_F7)
    operations().finished.disconnect(ended.append)
    assert "叫号系统" in panel.message() and "出错（HTTP 500）" in panel.message()
    assert "可以不取号继续受理" in panel.message() and "拒绝" not in panel.message()
    assert "b00020" in panel.message_label.styleSheet()  # said as a failure
    assert panel.ticket_label.text() == "无号票" and page.draft.ticket is None and panel.call_button.isEnabled()
    (op,) = ended  # the call went through the one gateway, in the background (the clerk worked on meanwhile)
    assert op.state is State.FAILED and op.background and op.message == panel.message()
    shot(win, "queue-1366x768-http500")

    server.failing = 0  # the queue system is back: the next F7 calls
    key(win, loop, panel, Qt.Key.Key_F7)
    assert panel.ticket_label.text() == "A001" and page.draft.ticket is not None


def test_an_adapters_bug_is_said_beside_the_buttons_and_intake_goes_on(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService, loop: asyncio.AbstractEventLoop
) -> None:
    desk = QueueDesk(BrokenAdapter(), "3")  # type: ignore[arg-type]  # a vendor's adapter with a bug

    def factory(context: object) -> IntakeWorkspace:
        return IntakeWorkspace(context, intake=intake, notices=notices, queue=desk)  # type: ignore[arg-type]

    win, (workspace,) = open_window(qtbot, tmp_path, [factory], "http://127.0.0.1:9")
    assert isinstance(workspace, IntakeWorkspace)
    win.show_workspace("intake")
    panel = workspace.queue_panel
    assert panel is not None and panel.isVisible()
    key(win, loop, panel, Qt.Key.Key_F7)
    assert panel.message() == "叫号出错：'ticket'。可以不取号继续受理。"
    assert "b00020" in panel.message_label.styleSheet() and panel.call_button.isEnabled()
    assert panel.pending().done() and panel.running() is None


def test_the_queue_call_runs_on_the_network_lane_off_the_gui_thread(
    intake_window: tuple[MainWindow, IntakeWorkspace],
    server: SimulatedQueueServer,
    loop: asyncio.AbstractEventLoop,
) -> None:
    import threading

    win, workspace = intake_window
    panel = workspace.queue_panel
    assert panel is not None
    server.issue("A")
    threads: list[str] = []
    original = panel.desk.call_next

    def call_next() -> object:
        threads.append(threading.current_thread().name)
        return original()

    panel.desk.call_next = call_next  # type: ignore[method-assign]  # records where the real call ran
    key(win, loop, panel, Qt.Key.Key_F7)
    assert threads and threads[0].startswith(f"govdesk-{Lane.NETWORK.value}")
    assert panel.ticket_label.text() == "A001"
