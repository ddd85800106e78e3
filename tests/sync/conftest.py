"""Sync tests: a real central server on loopback (uvicorn in a thread, real SQLite file), a fault-injecting proxy in
front of it, and windows made of a real Store file, a SyncClient and a SyncEngine on their own event loop."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import func, select

from govdesk.central.app import create_app
from govdesk.central.db import StoredEvent
from govdesk.central.sms import LogSmsGateway
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.events import Actor, Role
from govdesk.services.credentials import open_credential_store
from govdesk.services.sync_service import CredentialTokens, StoreQueue
from govdesk.store import Store, open_store
from govdesk.store.verify import verify_database
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import RoundReport, SyncEngine
from govdesk.sync.status import SyncStatus
from tests.central.conftest import (
    PASSWORD,
    Center,
    RunningServer,
    ShiftClock,
    _close_clients,  # noqa: F401  (autouse: closes the httpx clients Center.login opens)
    free_port,
    make_center,
    stop_server,
)
from tests.sync.proxy import FaultProxy
from tests.sync.tlscerts import TlsFiles

__all__ = ["PASSWORD", "Center", "RunningServer", "make_center"]


def start_central(
    db_path: Path, tmp: Path, port: int | None = None, *, tls: TlsFiles | None = None, **kwargs: Any
) -> RunningServer:
    """The central server on ``port`` (a free one by default), with a clock the test can move; ``tls``: it serves
    https with that certificate (uvicorn's ssl_certfile/ssl_keyfile, as ``govdesk central serve --tls-cert``)."""
    clock = ShiftClock()
    sms = LogSmsGateway(tmp / "sms.log")
    # Devices are approved at once here; approval by an admin is tested on servers that ask for it
    # (tests/central/test_device_approval.py, tests/sync/test_quarantine.py).
    kwargs.setdefault("device_approval", "auto")
    app = create_app(f"sqlite:///{db_path}", clock=clock, sms_gateway=sms, **kwargs)
    port = port or free_port()
    ssl: dict[str, Any] = {}
    if tls is not None:
        ssl = {"ssl_certfile": str(tls.server_cert), "ssl_keyfile": str(tls.server_key)}
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="on", **ssl)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("central server did not start")
        time.sleep(0.02)
    scheme = "https" if tls is not None else "http"
    return RunningServer(f"{scheme}://127.0.0.1:{port}", app.state.central, clock, sms, db_path, thread, server)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central")
    running = start_central(tmp / "central.db", tmp)
    yield running
    stop_server(running)


@pytest.fixture
def center(server: RunningServer) -> Center:
    return make_center(server)


@pytest.fixture
def proxy(server: RunningServer) -> Iterator[FaultProxy]:
    port = int(server.url.rsplit(":", 1)[1])
    running = FaultProxy(port, delay=8.0)  # longer than the windows' 5 s read timeout
    yield running
    running.close()


@dataclass
class Window:
    """One clerk's PC: a real store file, the client and the engine, an event loop to run it on."""

    store: Store
    client: SyncClient
    engine: SyncEngine
    center_code: str
    loop: asyncio.AbstractEventLoop
    statuses: list[SyncStatus] = field(default_factory=list)
    station: str = "S01"

    def sync(self) -> RoundReport:
        return self.loop.run_until_complete(self.engine.sync_once())

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def login(self, username: str) -> None:
        self.client.login(username, PASSWORD)

    def intake(
        self, n: int = 1, *, submit: bool = True, clerk: str = "张三", phone: str = "", username: str = ""
    ) -> list[Case]:
        """``n`` cases taken in (drafted, accepted, submitted), each saved in its own transaction; written by
        ``username`` (a user of the center) or by a clerk the center does not know ("u-" + ``clerk``)."""
        actor = Actor(username or "u-" + clerk, clerk, Role.INTAKE, self.center_code, self.station, "3号窗口")
        cases = []
        for _ in range(n):
            case_id = str(uuid.uuid4())
            case = Case.new(
                actor=actor,
                clock=self.store.clock,
                case_no=f"{self.center_code}-{case_id[:8]}",
                item_codes=["ITEM-1"],
                catalog_version="2026.1",
                applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234", phone),
                case_id=case_id,
            )
            today = date(2026, 11, 20)
            case.accept(actor, self.store.clock, today + timedelta(days=5), today + timedelta(days=20))
            if submit:
                case.submit(actor, self.store.clock)
            with self.store.transaction() as tx:
                self.store.save_case(tx, case)
            cases.append(case)
        return cases

    def outbox_ids(self) -> list[str]:
        with self.store.reading() as db:
            return [row[0] for row in db.exec_driver_sql("SELECT event_id FROM outbox ORDER BY seq")]

    def outbox_statuses(self) -> dict[str, str]:
        with self.store.reading() as db:
            return {row[0]: row[1] for row in db.exec_driver_sql("SELECT event_id, status FROM outbox")}

    def close(self) -> None:
        self.loop.run_until_complete(self.engine.aclose())
        self.client.close()
        self.loop.close()
        self.store.close()


class Windows:
    """Makes windows for a test and closes them after it."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.made: list[Window] = []

    def __call__(
        self,
        url: str,
        center_code: str,
        *,
        name: str = "pc",
        client_version: str | None = None,
        timeout: tuple[float, float] = (5.0, 5.0),  # generous: a loaded CI machine must not look like a fault
        backoff: Backoff | None = None,
        ca_bundle: str = "",
    ) -> Window:
        store = open_store(self.tmp_path / f"{name}-{len(self.made)}.db")
        tokens = CredentialTokens(open_credential_store(), f"{url}|{name}")
        options: dict[str, Any] = {"timeout": timeout, "ca_bundle": ca_bundle}
        if client_version is not None:
            options["client_version"] = client_version
        client = SyncClient(url, tokens=tokens, **options)
        statuses: list[SyncStatus] = []
        engine = SyncEngine(
            client, StoreQueue(store), on_status=statuses.append, backoff=backoff or Backoff(0.01, 0.05)
        )
        window = Window(store, client, engine, center_code, asyncio.new_event_loop(), statuses)
        self.made.append(window)
        return window

    def close(self) -> None:
        for window in self.made:
            window.close()


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[Windows]:
    made = Windows(tmp_path)
    yield made
    made.close()


def stored_counts(server: RunningServer, event_ids: list[str]) -> dict[str, int]:
    """How many times the server stored each event id (exactly-once means 1 each)."""
    with server.central.tx() as session:
        rows = session.execute(
            select(StoredEvent.event_id, func.count())
            .where(StoredEvent.event_id.in_(event_ids))
            .group_by(StoredEvent.event_id)
        ).all()
    counts = {event_id: 0 for event_id in event_ids}
    counts.update({row[0]: int(row[1]) for row in rows})
    return counts


def assert_exactly_once(server: RunningServer, window: Window) -> None:
    ids = window.outbox_ids()
    assert ids
    counts = stored_counts(server, ids)
    assert set(counts.values()) == {1}, {k: v for k, v in counts.items() if v != 1}
    report = verify_database(window.store.path)
    assert report.ok, report.problems()
