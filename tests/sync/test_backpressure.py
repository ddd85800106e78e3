"""Issue 17, back-pressure, with the real central server on loopback (SQLite file) and real sockets:

- a full server answers 503 with ``Retry-After`` and a Chinese ``ErrorBody`` (the one slot held by a push that waits
  on a database locked from outside, as a slow database holds it), and answers again once there is room;
- a real window (store file, client, engine) told 503 waits at least the ``Retry-After`` (its own back-off is
  0.01–0.05 s here, so without it the window would come back dozens of times), says so in the status in words, and
  then pushes its queue exactly once;
- 20 clients sending a body at 1 byte a second are cut off (408 in words, connection closed) after the grace, while
  another request is answered at once: a slow body holds no working slot.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from govdesk.central.backpressure import HEAVY_BODY, BackpressureSettings
from govdesk.protocol import PROTOCOL_HEADER
from govdesk.sync.errors import ServerBusy
from tests.central.conftest import (
    _close_clients,  # noqa: F401  (autouse: closes the httpx clients Center.login opens)
    make_center,
    register_window,
    stop_server,
)
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    PASSWORD,
    RunningServer,
    Windows,
    assert_exactly_once,
    start_central,
    windows,
)

PUSH = "/api/v1/sync/push"


def metric(server: RunningServer, name: str, **labels: str) -> float:
    """One sample of the server's /metrics, parsed with prometheus_client's own parser (0 when absent)."""
    text = httpx.get(server.url + "/metrics", timeout=10).text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


def wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


class DatabaseLock:
    """The central's SQLite file write-locked from outside (another program, a backup): pushes wait on it."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


@pytest.fixture
def busy_server(tmp_path: Path) -> Iterator[RunningServer]:
    """One working slot, a short wait for it, Retry-After 3 s."""
    settings = BackpressureSettings(max_concurrent=1, queue_wait=0.2, retry_after=3)
    running = start_central(tmp_path / "central.db", tmp_path, backpressure=settings)
    yield running
    stop_server(running)


def hold_the_slot(server: RunningServer) -> tuple[DatabaseLock, threading.Thread, list[int]]:
    """A push (of another window) that waits on the locked database and so holds the only slot."""
    center = make_center(server)
    other = register_window(center)
    event_case = other.event("case-held", "case.drafted", {"case_no": f"{center.code}-held"})
    lock = DatabaseLock(server.db_path)
    statuses: list[int] = []
    thread = threading.Thread(target=lambda: statuses.append(other.push([other.wrap(event_case)]).status_code))
    thread.start()
    wait_until(lambda: metric(server, "govdesk_requests_in_progress") == 1)
    return lock, thread, statuses


def test_a_full_server_answers_503_with_retry_after_in_words(busy_server: RunningServer) -> None:
    center = make_center(busy_server)
    office, _ = center.login("back_office")
    lock, thread, statuses = hold_the_slot(busy_server)
    try:
        busy = office.get("/api/v1/backoffice/queue")
    finally:
        lock.release()
    thread.join(30)
    assert busy.status_code == 503, busy.text
    assert busy.headers["Retry-After"] == "3"
    assert busy.headers[PROTOCOL_HEADER]  # the version check's header is on a 503 too
    body = busy.json()
    assert body["code"] == "server_busy"
    assert "繁忙" in body["message_zh"] and "3 秒后重试" in body["message_zh"]
    assert statuses == [200]  # the push that held the slot went through once the database was free
    assert office.get("/api/v1/backoffice/queue").status_code == 200
    assert metric(busy_server, "govdesk_http_requests_total", route="/api/v1/backoffice/queue", status="503") == 1


def test_a_window_waits_out_retry_after_says_so_and_then_pushes_once(
    busy_server: RunningServer,
    windows: Windows,  # noqa: F811
) -> None:
    center = make_center(busy_server)
    window = windows(busy_server.url, center.code)  # its own back-off: 0.01–0.05 s
    window.login(center.users["intake"])
    assert window.sync().ok  # registered, nothing queued
    window.intake(3)
    lock, thread, _ = hold_the_slot(busy_server)
    try:
        before = datetime.now(UTC)
        report = window.sync()
        assert isinstance(report.error, ServerBusy), report.error
        assert report.error.retry_after == 3
        retry = window.engine.retry_state
        assert retry.next_attempt is not None
        assert (retry.next_attempt - before).total_seconds() >= 3.0
        said = window.engine.status.last_error or ""
        assert said.startswith("中心服务器繁忙，约 ") and "秒后重试" in said, said
        assert "办件不受影响" in said

        refused = metric(busy_server, "govdesk_http_requests_total", route=PUSH, status="503")

        async def run_for(seconds: float) -> None:
            task = asyncio.create_task(window.engine.run())
            await asyncio.sleep(seconds)
            window.engine.stop()
            await task

        # until just before the earliest the window may come back (however long the busy round took on a busy
        # machine): it does not come back inside the Retry-After, where its own back-off (0.05 s) would have
        remaining = (retry.next_attempt - datetime.now(UTC)).total_seconds() - 0.3
        assert remaining > 0.5, remaining
        window.run(run_for(remaining))
        assert metric(busy_server, "govdesk_http_requests_total", route=PUSH, status="503") == refused
    finally:
        lock.release()
    thread.join(30)

    async def run_until_drained() -> None:
        task = asyncio.create_task(window.engine.run())
        deadline = time.monotonic() + 20
        while (
            window.engine.status.queue_depth
            or window.engine.status.last_success is None
            or (window.engine.status.last_error)
        ):
            assert time.monotonic() < deadline, window.engine.status
            await asyncio.sleep(0.1)
        window.engine.stop()
        await task

    window.run(run_until_drained())
    assert window.store.outbox_depth() == 0
    assert_exactly_once(busy_server, window)


SLOW_CLIENTS = 20


def slow_post(port: int, path: str, declared: int, answers: list[bytes], cut_after: list[float]) -> None:
    """Send a request head, then its body at 1 byte a second until the server answers (or 30 s)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {declared}\r\n\r\n"
        )
        sock.sendall(head.encode())
        sock.settimeout(1.0)
        received = b""
        while time.monotonic() - started < 30:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                try:
                    sock.sendall(b" ")
                except OSError:
                    break
                continue
            except OSError:
                break
            if not chunk:  # closed by the server
                break
            received += chunk
        answers.append(received)
        cut_after.append(time.monotonic() - started)


def test_slow_bodies_are_cut_off_and_hold_no_slot(tmp_path: Path) -> None:
    settings = BackpressureSettings(max_concurrent=2, body_grace=2.0, min_body_rate=64.0)
    server = start_central(tmp_path / "central.db", tmp_path, backpressure=settings)
    try:
        center = make_center(server)
        office, _ = center.login("back_office")
        port = int(server.url.rsplit(":", 1)[1])
        answers: list[bytes] = []
        cut_after: list[float] = []
        slow = [
            threading.Thread(target=slow_post, args=(port, PUSH, 10_000, answers, cut_after))
            for _ in range(SLOW_CLIENTS)
        ]
        for thread in slow:
            thread.start()
        time.sleep(1.0)  # every slow client is sending now, more of them than working slots
        started = time.monotonic()
        reply = office.get("/api/v1/backoffice/queue")
        answered_in = time.monotonic() - started
        for thread in slow:
            thread.join(40)
        assert reply.status_code == 200
        assert answered_in < 1.0, answered_in  # not queued behind the slow bodies
        assert len(answers) == SLOW_CLIENTS
        for answer in answers:
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 408"), answer[:300]
            assert b"connection: close" in head.lower()
            assert "请求内容传送过慢".encode() in body and b"body_too_slow" in body
        # cut off after the grace (2 s) and a few bytes' allowance, well before the 10,000 bytes would have come
        assert max(cut_after) < 8.0, cut_after
        assert min(cut_after) >= 1.9, cut_after
        assert metric(server, "govdesk_http_requests_total", route=PUSH, status="408") == SLOW_CLIENTS
    finally:
        stop_server(server)


def test_heavy_work_has_its_own_lane_and_a_small_push_gets_past_it(tmp_path: Path) -> None:
    """Lane 1 wide: a township's large push held by the locked database fills it; a pull page is answered 503
    although working slots are free, while a push of one case takes a slot and is stored once the database is free.
    (A pull only reads, so the lock does not hold it: it needs the lane, not the write lock.)"""
    settings = BackpressureSettings(max_concurrent=4, queue_wait=0.3, max_heavy=1, heavy_wait=0.3, retry_after=2)
    server = start_central(tmp_path / "central.db", tmp_path, backpressure=settings)
    try:
        center = make_center(server)
        township = register_window(center)
        writer = register_window(center)
        other = register_window(center)
        backlog = [
            township.wrap(township.event(f"case-{n}", "case.drafted", {"case_no": f"{center.code}-T{n}"}))
            for n in range(200)
        ]
        assert len(json.dumps({"events": backlog})) > HEAVY_BODY  # heavy by its size
        lock = DatabaseLock(server.db_path)
        held: list[int] = []
        light: list[int] = []
        heavy = threading.Thread(target=lambda: held.append(township.push(backlog).status_code))
        try:
            heavy.start()
            wait_until(lambda: metric(server, "govdesk_requests_heavy_in_progress") == 1)
            case = writer.event("case-light", "case.drafted", {"case_no": f"{center.code}-light"})
            push = threading.Thread(target=lambda: light.append(writer.push([writer.wrap(case)]).status_code))
            push.start()
            wait_until(lambda: metric(server, "govdesk_requests_in_progress") == 2)  # the push got a slot
            refused = other.client.get("/api/v1/sync/pull", params={"cursor": ""})
            assert refused.status_code == 503 and refused.headers["Retry-After"] == "2"
            assert metric(server, "govdesk_requests_in_progress") == 2  # slots were free: the lane said no
        finally:
            lock.release()
        heavy.join(30)
        push.join(30)
        assert held == [200] and light == [200]
        assert other.client.get("/api/v1/sync/pull", params={"cursor": ""}).status_code == 200  # the lane is free
    finally:
        stop_server(server)


def test_large_pushes_have_a_narrower_lane_than_pulls(tmp_path: Path) -> None:
    """``max_heavy_pushes`` 1 (PostgreSQL's default): while one township's large push is at work (held by the locked
    database), a second township's is answered 503 in words, and a pull page, heavy too, still gets the heavy lane."""
    settings = BackpressureSettings(
        max_concurrent=6, queue_wait=0.3, max_heavy=3, max_heavy_pushes=1, heavy_wait=0.3, retry_after=2
    )
    server = start_central(tmp_path / "central.db", tmp_path, backpressure=settings)
    try:
        center = make_center(server)
        first, second, other = register_window(center), register_window(center), register_window(center)

        def backlog(window: Any, tag: str) -> list[dict[str, Any]]:
            return [
                window.wrap(window.event(f"{tag}-{n}", "case.drafted", {"case_no": f"{center.code}-{tag}{n}"}))
                for n in range(200)
            ]

        lock = DatabaseLock(server.db_path)
        held: list[int] = []
        heavy = threading.Thread(target=lambda: held.append(first.push(backlog(first, "A")).status_code))
        try:
            heavy.start()
            wait_until(lambda: metric(server, "govdesk_requests_heavy_in_progress") == 1)
            refused = second.push(backlog(second, "B"))
            assert refused.status_code == 503 and refused.headers["Retry-After"] == "2"
            assert "繁忙" in refused.json()["message_zh"]
            assert other.client.get("/api/v1/sync/pull", params={"cursor": ""}).status_code == 200
        finally:
            lock.release()
        heavy.join(30)
        assert held == [200]
        assert second.push(backlog(second, "B")).status_code == 200  # the lane is free again
    finally:
        stop_server(server)


def test_the_large_pushes_lane_is_decided_for_the_database() -> None:
    assert BackpressureSettings().for_database("postgresql+psycopg://u@h/db").max_heavy_pushes == 1
    sqlite = BackpressureSettings().for_database("sqlite:///x.db")
    assert sqlite.max_heavy_pushes == sqlite.max_heavy == 2  # SQLite's writers are ordered by the write gate
    assert BackpressureSettings(max_heavy_pushes=3).for_database("postgresql+psycopg://u@h/db").max_heavy_pushes == 3


def test_a_login_takes_no_slot(busy_server: RunningServer) -> None:
    """The login has its own gate (login.py): with the only slot held, a login is not answered busy."""
    center = make_center(busy_server)
    lock, thread, _ = hold_the_slot(busy_server)
    answers: list[int] = []
    login = threading.Thread(
        target=lambda: answers.append(
            httpx.post(
                busy_server.url + "/api/v1/auth/login",
                json={"username": center.users["intake"], "password": PASSWORD},
                timeout=30,
            ).status_code
        )
    )
    try:
        login.start()
        time.sleep(0.6)  # three times the slot's wait: a login in the slots would have been answered 503 by now
        assert answers == []  # waiting for the database like the push, not turned away
    finally:
        lock.release()
    login.join(30)
    thread.join(30)
    assert answers == [200]


def _held_post(port: int, declared: int, sent: int, go_on: threading.Event, answers: list[bytes]) -> None:
    """A push whose first ``sent`` bytes arrive at once; the rest only once ``go_on`` is set (or the server answers)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = (
            f"POST {PUSH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {declared}\r\n\r\n"
        )
        sock.sendall(head.encode() + b" " * sent)
        go_on.wait(10)
        with contextlib.suppress(OSError):
            sock.sendall(b" " * (declared - sent))
        sock.settimeout(10)
        received = b""
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                received += chunk
                if b"\r\n\r\n" in received:
                    break
        answers.append(received)


def test_bodies_past_the_byte_budget_are_answered_503_and_the_budget_comes_back(tmp_path: Path) -> None:
    """The bodies a process holds at once are bounded (``max_buffered_bytes``): one more body that would pass the
    budget is answered 503 with Retry-After in words while the first is still arriving; once the first is done,
    the same body is taken."""
    settings = BackpressureSettings(max_buffered_bytes=500_000)
    server = start_central(tmp_path / "central.db", tmp_path, backpressure=settings)
    try:
        port = int(server.url.rsplit(":", 1)[1])
        go_on = threading.Event()
        first: list[bytes] = []
        holder = threading.Thread(target=_held_post, args=(port, 400_000, 250_000, go_on, first))
        holder.start()
        time.sleep(0.5)  # its 250,000 bytes are held by the server now
        refused = httpx.post(server.url + PUSH, content=b" " * 300_000, timeout=10)
        assert refused.status_code == 503, refused.text
        assert refused.headers["Retry-After"] == str(settings.retry_after)
        assert refused.json()["code"] == "server_busy" and "大量数据" in refused.json()["message_zh"]
        go_on.set()
        holder.join(20)
        assert first and not first[0].startswith(b"HTTP/1.1 503"), first  # refused for its content, not held
        again = httpx.post(server.url + PUSH, content=b" " * 300_000, timeout=10)
        assert again.status_code != 503, again.text  # the budget was given back
    finally:
        stop_server(server)
