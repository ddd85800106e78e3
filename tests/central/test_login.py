"""Logins attacked over HTTP: repeated failures lock the account and the address (audited), and a flood of logins
does not stall the windows' sync (argon2 off the event loop and the shared thread pool, bounded) — issue 12."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete, select

from govdesk.central.db import LoginAttempt
from tests.central.conftest import (
    PASSWORD,
    Center,
    RunningServer,
    make_center,
    register_window,
    start_server,
    stop_server,
)


@pytest.fixture
def own(tmp_path: Path) -> Iterator[RunningServer]:
    """A server of its own: the lock-out counts every failure from 127.0.0.1."""
    running = start_server(tmp_path / "central.db", tmp_path)
    yield running
    with running.central.tx() as session:  # on a shared PostgreSQL test database, the next tests' address is clean
        session.execute(delete(LoginAttempt))
    stop_server(running)


def _login(server: RunningServer, username: str, password: str) -> httpx.Response:
    return server.client().post("/api/v1/auth/login", json={"username": username, "password": password})


def _outcomes(server: RunningServer, username: str) -> list[str]:
    with server.central.tx() as session:
        return list(
            session.scalars(
                select(LoginAttempt.outcome).where(LoginAttempt.username == username).order_by(LoginAttempt.id)
            )
        )


def test_an_account_is_locked_after_repeated_failures(own: RunningServer) -> None:
    center = make_center(own)
    name = center.users["intake"]
    assert [_login(own, name, f"guess-{i}").status_code for i in range(5)] == [401] * 5
    locked = _login(own, name, PASSWORD)  # even the right password: guessing must not go on
    assert locked.status_code == 429 and locked.json()["code"] == "account_locked", locked.text
    assert "锁定" in locked.json()["message_zh"] and int(locked.headers["Retry-After"]) > 0
    assert _login(own, center.users["issuing"], PASSWORD).status_code == 200  # another account of the address
    assert _outcomes(own, name) == ["bad_password"] * 5 + ["locked"]  # audited
    own.clock.offset = timedelta(minutes=16)
    assert _login(own, name, PASSWORD).status_code == 200  # the window has passed
    assert _outcomes(own, name)[-1] == "ok"


def test_an_address_is_throttled_after_failures_on_many_accounts(own: RunningServer) -> None:
    center = make_center(own)
    names = [center.add_user("intake", f"-{i}") for i in range(6)]
    answers = [_login(own, name, f"guess-{i}").status_code for name in names for i in range(5)]
    assert answers == [401] * 30  # five guesses on each of six accounts: none of them locked yet
    reply = _login(own, center.users["intake"], PASSWORD)
    assert reply.status_code == 429 and reply.json()["code"] == "address_locked", reply.text


def test_a_login_flood_does_not_stall_sync(own: RunningServer) -> None:
    center: Center = make_center(own)
    window = register_window(center)
    case_id = window.new_case(("case.drafted",))
    stop = threading.Event()
    flood_codes: list[int] = []

    def flood() -> None:  # unknown names: each costs a full argon2 verification at the default cost
        with httpx.Client(base_url=own.url, timeout=60) as client:
            while not stop.is_set():
                body = {"username": f"x-{uuid.uuid4().hex[:12]}", "password": "password1"}
                flood_codes.append(client.post("/api/v1/auth/login", json=body).status_code)

    threads = [threading.Thread(target=flood) for _ in range(32)]
    for t in threads:
        t.start()
    try:
        time.sleep(1.0)  # the flood is on
        latencies = []
        for _ in range(5):
            started = time.perf_counter()
            results = window.push_events([window.event(case_id, "case.material_recorded")])
            latencies.append(time.perf_counter() - started)
            assert results[0]["status"] == "applied"
    finally:
        stop.set()
        for t in threads:
            t.join(60)
    assert max(latencies) < 1.5, latencies
    assert flood_codes and set(flood_codes) <= {401, 429, 503}, set(flood_codes)
