"""A real central server on loopback (uvicorn in a thread, real SQLite file) and helpers to talk to it."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher

from govdesk.central import admin
from govdesk.central.app import create_app
from govdesk.central.context import Central
from govdesk.central.sms import LogSmsGateway
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.protocol import DEVICE_KEY_HEADER

PASSWORD = "correct-horse-1"
# Cheap argon2 parameters for test users (the parameters travel inside the hash; the server verifies with them).
PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
_center_numbers = itertools.count(1)
_open_clients: list[httpx.Client] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    """Every HTTP client a test opened is closed after it (unclosed sockets are warnings, hence errors)."""
    yield
    while _open_clients:
        _open_clients.pop().close()


class ShiftClock:
    """Real time plus an offset the test can move forward (token expiry, auto-approval delays)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    url: str
    central: Central
    clock: ShiftClock
    sms: LogSmsGateway
    db_path: Path
    _thread: threading.Thread
    _server: uvicorn.Server

    def client(self, **headers: str) -> httpx.Client:
        client = httpx.Client(base_url=self.url, headers=headers, timeout=10)
        _open_clients.append(client)
        return client


def start_server(db_path: Path, tmp: Path, **kwargs: Any) -> RunningServer:
    clock = ShiftClock()
    sms = LogSmsGateway(tmp / "sms.log")
    # GOVDESK_TEST_CENTRAL_DB=postgresql+psycopg://... runs the same tests on PostgreSQL (tests use fresh centers).
    db_url = os.environ.get("GOVDESK_TEST_CENTRAL_DB") or f"sqlite:///{db_path}"
    if not db_url.startswith("sqlite"):  # PostgreSQL: the signing key comes from outside the database, one for all
        kwargs.setdefault("secret_file", db_path.parent / "central.secret")
    # Devices are approved at once here; approval by an admin is tested on servers that ask for it
    # (tests/central/test_device_approval.py).
    kwargs.setdefault("device_approval", "auto")
    app = create_app(db_url, clock=clock, sms_gateway=sms, **kwargs)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("central server did not start")
        time.sleep(0.02)
    return RunningServer(f"http://127.0.0.1:{port}", app.state.central, clock, sms, db_path, thread, server)


def stop_server(running: RunningServer) -> None:
    running._server.should_exit = True
    running._thread.join(10)
    assert not running._thread.is_alive()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central")
    running = start_server(tmp / "central.db", tmp)
    yield running
    stop_server(running)


@dataclass
class Center:
    """A fresh center with one user per role; ``login`` gives an authenticated client."""

    server: RunningServer
    code: str
    users: dict[str, str] = field(default_factory=dict)  # role -> username

    def login(self, role: str = "intake", username: str | None = None) -> tuple[httpx.Client, dict[str, Any]]:
        client = self.server.client()
        name = username or self.users[role]
        reply = client.post("/api/v1/auth/login", json={"username": name, "password": PASSWORD})
        assert reply.status_code == 200, reply.text
        tokens = reply.json()
        client.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        return client, tokens

    def add_user(self, role: str, suffix: str = "", display_name: str = "", department: str | None = None) -> str:
        """A user of ``role``; a back-office user reviews every department unless ``department`` names one."""
        username = f"{role}{suffix}-{self.code}".lower()
        if department is None:
            department = "*" if role == "back_office" else ""
        with self.server.central.tx() as session:
            admin.add_user(
                session,
                username,
                display_name or f"{role}员",
                role,
                self.code,
                PASSWORD,
                datetime.now(UTC),
                password_hash=PASSWORD_HASH,
                department=department,
            )
        return username


def make_center(server: RunningServer) -> Center:
    code = f"C{next(_center_numbers):03d}{uuid.uuid4().hex[:4]}"
    with server.central.tx() as session:
        admin.add_center(session, code, f"测试中心{code}", datetime.now(UTC))
    center = Center(server, code)
    for role in ("intake", "issuing", "back_office", "admin"):
        center.users[role] = center.add_user(role)
    return center


@pytest.fixture
def center(server: RunningServer) -> Center:
    return make_center(server)


@dataclass
class Window:
    """A registered device pushing events with its own gap-free sequence."""

    client: httpx.Client
    center_code: str
    device_id: str
    station_code: str
    seq: int = 0
    user: dict[str, str] = field(default_factory=dict)  # the logged-in user (username, display_name, role)

    def event(self, case_id: str, kind: str, payload: dict[str, Any] | None = None, **actor: str) -> dict[str, Any]:
        # By default the actor the server records anyway (the logged-in user): events then come back as pushed.
        who = Actor(
            clerk_id=actor.get("clerk_id", self.user.get("username", "u1")),
            clerk_name=actor.get("clerk_name", self.user.get("display_name", "张三")),
            role=Role(actor.get("role", self.user.get("role", "intake"))),
            center_code=actor.get("center_code", self.center_code),
            station_code=self.station_code,
            window=actor.get("window", "3号窗口"),
        )
        ev = DomainEvent(case_id=case_id, kind=kind, actor=who, occurred_at=datetime.now(CST), payload=payload or {})
        return ev.to_json()

    def wrap(self, event: dict[str, Any], seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            self.seq += 1
            seq = self.seq
        return {
            "event_id": event["event_id"],
            "device_id": self.device_id,
            "device_seq": seq,
            "schema_version": event.get("schema_version", 1),
            "client_time": datetime.now(CST).isoformat(),
            "event": event,
        }

    def push(self, wrapped: list[dict[str, Any]]) -> httpx.Response:
        return self.client.post("/api/v1/sync/push", json={"device_id": self.device_id, "events": wrapped})

    def push_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        reply = self.push([self.wrap(e) for e in events])
        assert reply.status_code == 200, reply.text
        return list(reply.json()["results"])

    def new_case(
        self,
        state_kinds: tuple[str, ...] = ("case.drafted", "case.accepted", "case.submitted"),
        item_code: str = "ITEM-1",
        phone: str = "13800138000",
    ) -> str:
        case_id = str(uuid.uuid4())
        first = {
            "case_no": f"{self.center_code}-{case_id[:6]}",
            "item_codes": [item_code],
            "applicant": {"name": "李四", "phone": phone},
        }
        events = [self.event(case_id, k, first if i == 0 else {}) for i, k in enumerate(state_kinds)]
        results = self.push_events(events)
        assert [r["status"] for r in results] == ["applied"] * len(events), results
        return case_id


def register_window(
    center: Center, role: str = "intake", device_id: str | None = None, device_key: str | None = None
) -> Window:
    """A device registered (``device_id``: registered again, with its ``device_key``) and logged in as ``role``."""
    client, tokens = center.login(role)
    body: dict[str, Any] = {"name": "test-pc", "window": "3号窗口"}
    if device_id:
        body["device_id"] = device_id
    if device_key:
        client.headers[DEVICE_KEY_HEADER] = device_key
    reply = client.post("/api/v1/devices/register", json=body)
    assert reply.status_code == 200, reply.text
    data = reply.json()
    if data.get("device_key"):  # issued at the first registration: the device's pushes carry it
        client.headers[DEVICE_KEY_HEADER] = data["device_key"]
    return Window(client, center.code, data["device_id"], data["station_code"], data["last_seq"], tokens["user"])


def ready_case(center: Center, intake: Window) -> str:
    """A case taken in at ``intake``, approved by the back office and marked ready: one a result window hands off."""
    case_id = intake.new_case()
    office, _ = center.login("back_office")
    decided = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve", "result_name": "证"}
    )
    assert decided.status_code == 200, decided.text
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready").status_code == 200
    return case_id


def hall_desk(center: Center, role: str = "intake") -> Window:
    """A device an admin made a hall desk (``center`` scope, through the admin API): it pulls every change of its
    center, as every window did before a window pulled what concerns its station (``central.changes``)."""
    desk = register_window(center, role)
    admin, _ = center.login("admin")
    reply = admin.post(f"/api/v1/admin/devices/{desk.device_id}/scope", params={"scope": "center"})
    assert reply.status_code == 200, reply.text
    return desk


@contextlib.contextmanager
def hall_desks(server: RunningServer) -> Iterator[None]:
    """Devices registered inside the block are hall desks (``center`` scope), as a center started with
    ``create_app(device_scope="center")`` makes them: for windows whose first sync registers and bootstraps in one
    round, before an admin could set their scope."""
    before = server.central.device_scope
    server.central.device_scope = "center"
    try:
        yield
    finally:
        server.central.device_scope = before
