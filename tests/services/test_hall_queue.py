"""The hall queue adapter against the simulated queue server on loopback (real HTTP): call, recall, transfer,
no-show; the waiting time as the queue system says; a queue system that is down, silent, refusing or talking
garbage is told in words."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from govdesk.devices.queue_server import SimulatedQueueServer
from govdesk.domain.clock import CST
from govdesk.services.hall_queue import HttpHallQueue, QueueDesk, QueueError, open_queue_desk
from govdesk.services.settings import Settings
from tests.helpers.queue import BrokenAdapter


class Hall:
    """The queue server's clock: tickets are issued and called when the test says."""

    def __init__(self) -> None:
        self.at = datetime(2026, 12, 31, 8, 30, tzinfo=CST)

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def hall() -> Hall:
    return Hall()


@pytest.fixture
def server(hall: Hall) -> Iterator[SimulatedQueueServer]:
    with SimulatedQueueServer(now=hall.now) as running:
        yield running


def test_call_recall_transfer_and_no_show(server: SimulatedQueueServer, hall: Hall) -> None:
    server.issue("A", 3)
    hall.at += timedelta(minutes=17, seconds=5)
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    ticket = desk.call_next()
    assert ticket is not None and ticket.number == "A001" and ticket.window == "3"
    assert ticket.waiting_seconds == 17 * 60 + 5 and ticket.issued_at == datetime(2026, 12, 31, 8, 30, tzinfo=CST)
    assert desk.current == ticket and desk.waiting == 2

    assert desk.recall() == ticket
    assert desk.transfer("5") == ticket and desk.current is None
    assert desk.call_next() is not None and desk.current is not None and desk.current.number == "A002"
    assert desk.no_show().number == "A002" and desk.current is None
    assert [path.rsplit("/", 1)[1] for path, _ in server.requests] == [
        "call-next",
        "recall",
        "transfer",
        "call-next",
        "no-show",
    ]
    assert server.requests[2][1] == {"window": "3", "number": "A001", "to_window": "5"}

    # the transferred ticket is called first at window 5, with its first issue time
    five = QueueDesk(HttpHallQueue(server.url), "5")
    passed = five.call_next()
    assert passed is not None and passed.number == "A001" and passed.issued_at == ticket.issued_at


def test_nobody_waiting_is_not_an_error(server: SimulatedQueueServer) -> None:
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    assert desk.call_next() is None and desk.current is None and desk.waiting == 0


def test_recall_transfer_or_no_show_without_a_ticket_is_explained(server: SimulatedQueueServer) -> None:
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    for act in (desk.recall, lambda: desk.transfer("5"), desk.no_show):
        with pytest.raises(QueueError, match="当前没有正在办理的号票"):
            act()
    assert server.requests == []


def test_transfer_to_no_window_or_to_itself_is_refused_before_asking(server: SimulatedQueueServer) -> None:
    server.issue()
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    desk.call_next()
    for target, why in (("", "请填写"), (" 3 ", "就是本窗口")):
        with pytest.raises(QueueError, match=why):
            desk.transfer(target)
    assert desk.current is not None and len(server.requests) == 1


def test_a_refusal_gives_the_queue_systems_reason(server: SimulatedQueueServer) -> None:
    server.issue()
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    desk.call_next()
    server.handle("/api/v1/no-show", {"window": "3", "number": "A001"})  # another clerk passed it meanwhile
    with pytest.raises(QueueError, match="拒绝重呼 A001：号票 A001 不在 3 号窗口"):
        desk.recall()


def test_a_queue_system_that_is_down_is_told_in_words(server: SimulatedQueueServer) -> None:
    url = server.url
    server.stop()
    desk = QueueDesk(HttpHallQueue(url, timeout=1.0), "3")
    with pytest.raises(QueueError, match="连接不上叫号系统") as caught:
        desk.call_next()
    assert "可以不取号继续受理" in str(caught.value) and desk.current is None


def test_a_silent_queue_system_times_out_in_words() -> None:
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        desk = QueueDesk(HttpHallQueue(f"http://127.0.0.1:{port}", timeout=0.3), "3")
        with pytest.raises(QueueError, match=r"0\.3 秒内没有回答"):
            desk.call_next()


def test_garbage_is_told_in_words(server: SimulatedQueueServer) -> None:
    server.issue()
    server.garbage = True
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    with pytest.raises(QueueError, match="回答无法识别") as caught:
        desk.call_next()
    assert "不是 JSON" in str(caught.value) and desk.current is None


@pytest.mark.parametrize(
    "answer",
    [
        {"ticket": "A001"},
        {"ticket": {"number": "A001", "issued_at": "today", "called_at": "2026-12-31T08:40:00+08:00"}},
        {"ticket": {"number": 7, "issued_at": "2026-12-31T08:30:00", "called_at": "2026-12-31T08:40:00"}},
        {"ticket": {"number": "A001", "issued_at": "2026-12-31T08:50:00", "called_at": "2026-12-31T08:40:00"}},
        {"ticket": None, "waiting": -1},
    ],
    ids=["not-an-object", "bad-time", "number-not-text", "called-before-issued", "negative-waiting"],
)
def test_answers_outside_the_protocol_are_garbage(server: SimulatedQueueServer, answer: dict[str, object]) -> None:
    server.handle = lambda path, body: (200, answer)  # type: ignore[method-assign]  # a vendor gateway gone wrong
    with pytest.raises(QueueError, match="回答无法识别"):
        QueueDesk(HttpHallQueue(server.url), "3").call_next()


def test_times_without_a_zone_are_china_standard_time(server: SimulatedQueueServer) -> None:
    ticket = {"number": "B012", "issued_at": "2026-12-31T08:30:00", "called_at": "2026-12-31T08:42:30"}
    server.handle = lambda path, body: (200, {"ticket": ticket})  # type: ignore[method-assign]
    called = QueueDesk(HttpHallQueue(server.url), "3").call_next()
    assert called is not None and called.issued_at.utcoffset() == timedelta(hours=8) and called.waiting_seconds == 750


def test_settings_choose_the_desk() -> None:
    assert open_queue_desk(Settings()).available is False
    with pytest.raises(QueueError, match="未设置叫号系统"):
        open_queue_desk(Settings()).call_next()
    desk = open_queue_desk(Settings(queue_server_url="http://127.0.0.1:9", window_number="3", queue_window="A3"))
    assert desk.available and desk.window == "A3"
    with pytest.raises(QueueError, match="地址“ftp://x”无效"):
        open_queue_desk(Settings(queue_server_url="ftp://x", window_number="3")).call_next()
    with pytest.raises(QueueError, match="窗口号"):
        open_queue_desk(Settings(queue_server_url="http://127.0.0.1:9")).call_next()


def test_a_queue_system_that_fails_is_told_in_words_not_as_a_refusal(server: SimulatedQueueServer) -> None:
    server.issue()
    server.failing = 500
    desk = QueueDesk(HttpHallQueue(server.url), "3")
    with pytest.raises(QueueError) as caught:
        desk.call_next()
    said = str(caught.value)
    assert "出错（HTTP 500）" in said and "叫号未完成" in said and "可以不取号继续受理" in said
    assert "拒绝" not in said and desk.current is None
    server.failing = 0  # repaired: the next call works
    called = desk.call_next()
    assert called is not None and called.number == "A001"


def test_an_adapters_bug_is_said_in_words_and_the_window_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    desk = QueueDesk(BrokenAdapter(), "3")  # type: ignore[arg-type]
    with pytest.raises(QueueError, match="叫号出错：'ticket'。可以不取号继续受理。"):
        desk.call_next()
    assert desk.current is None
    assert any(r.exc_info for r in caplog.records if getattr(r, "event", "") == "queue_call_failed")  # traceback kept
