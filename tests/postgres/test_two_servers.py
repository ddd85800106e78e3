"""Two central server processes on one real PostgreSQL database, 20 windows pushing 500 events each.

Each window's requests go through its own fault proxy that alternates between the two server processes and drops
replies at random after the server answered (the window retries after a random pause, so the same batch often
lands on the other process). Bounded in time. Exactly 10,000 events stored, no duplicate case numbers, every
device's sequence gap-free and in order, every window quiet and in sync (G4)."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from govdesk.central.db import CaseRow, Device, StoredEvent
from govdesk.central.migrate import open_database
from govdesk.store import OutboxStatus
from govdesk.sync.engine import STATION_KEY
from tests.faults.netproxy import NetProxy
from tests.faults.support import (
    PASSWORD,
    ROOT,
    CentralProcess,
    child_env,
    device_sequences,
    free_port,
    seed_central,
    username,
)
from tests.sync.conftest import Window, Windows

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CLIENTS = 20
EVENTS_EACH = 500
BATCH = 50
DROP_RATE = 0.2
DEADLINE = 240.0


def in_threads(work: Callable[[int], None], n: int) -> None:
    """Run ``work(i)`` for i < n at once, one thread each; re-raise the first failure."""
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            work(i)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


@pytest.fixture
def servers(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[CentralProcess]]:
    # Both processes sign tokens with one key, kept outside the database (central/context.py load_secret).
    monkeypatch.setenv("GOVDESK_CENTRAL_SECRET_FILE", str(tmp_path / "central.secret"))
    made = [CentralProcess(pg_url, free_port(), tmp_path / f"central{i}.log") for i in range(2)]
    try:
        in_threads(lambda i: made[i].start(), 2)  # both migrate the empty database at once (advisory lock)
        yield made
    finally:
        for server in made:
            server.stop()


def test_two_servers_twenty_clients_ten_thousand_events(
    pg_url: str, servers: list[CentralProcess], tmp_path: Path
) -> None:
    centers = [f"4202{i:02d}01" for i in range(CLIENTS)]  # a township center per window
    seed_central(pg_url, centers)
    proxies = [NetProxy([s.port for s in servers], seed=i) for i in range(CLIENTS)]
    windows = Windows(tmp_path)
    try:
        made: list[Window] = []
        for i, code in enumerate(centers):
            window = windows(proxies[i].url, code, name=f"w{i}", timeout=(2.0, 20.0))
            window.engine.batch_size = BATCH
            window.client.login(username("intake", code), PASSWORD)
            made.append(window)
        in_threads(lambda i: _register(made[i]), CLIENTS)

        started = time.monotonic()
        _write_in_two_processes(made)  # 166 cases of 3 events and one of 2 each: real case numbers
        for window in made:
            assert window.store.outbox_depth() == EVENTS_EACH
        written = time.monotonic() - started

        for proxy in proxies:
            proxy.state.drop_rate = DROP_RATE
        rounds = [0] * CLIENTS
        started = time.monotonic()

        def drain(i: int) -> None:
            rng = random.Random(i)
            window = made[i]
            while time.monotonic() - started < DEADLINE:
                rounds[i] += 1
                report = window.sync()
                if report.ok and window.store.outbox_depth() == 0:
                    return
                time.sleep(rng.uniform(0.0, 0.1))  # the engine's own back-off, shortened; jittered
            raise AssertionError(f"window {i} not drained in {DEADLINE}s: {window.engine.status}")

        in_threads(drain, CLIENTS)
        drained = time.monotonic() - started
        for proxy in proxies:
            proxy.heal()

        dropped = sum(1 for p in proxies for _path, _port, outcome in p.log if outcome.startswith("drop_reply"))
        for proxy in proxies:  # every window's requests went to both processes
            assert {port for _path, port, _outcome in proxy.log} == {s.port for s in servers}
        assert dropped > 0

        engine, sessions = open_database(pg_url)
        try:
            with sessions() as session:
                stored = session.scalar(select(func.count()).select_from(StoredEvent))
                distinct = session.scalar(select(func.count(func.distinct(StoredEvent.event_id))))
                applied = session.scalar(
                    select(func.count()).select_from(StoredEvent).where(StoredEvent.status == "applied")
                )
                cases = session.scalar(select(func.count()).select_from(CaseRow))
                doubled = session.execute(
                    select(CaseRow.case_no).group_by(CaseRow.case_no).having(func.count() > 1)
                ).all()
                stations = session.execute(select(Device.center_code, Device.station_code)).all()
        finally:
            engine.dispose()
        assert stored == distinct == applied == CLIENTS * EVENTS_EACH  # exactly 10,000 events, each once
        assert cases == CLIENTS * (EVENTS_EACH // 3 + 1) and doubled == []  # no duplicate case numbers
        assert len(stations) == CLIENTS == len(set(stations))
        sequences = device_sequences(pg_url)
        for window in made:
            device = window.store.device_id()
            assert sequences[device] == list(range(1, EVENTS_EACH + 1)), device  # gap-free, in order
            assert set(window.outbox_statuses().values()) == {OutboxStatus.SENT.value}
            assert window.run(window.engine.verify_in_sync()).in_sync  # G4
        print(
            f"\n{CLIENTS} windows x {EVENTS_EACH} events via 2 servers on PostgreSQL: written locally in "
            f"{written:.1f}s, drained in {drained:.1f}s, {sum(rounds)} sync rounds, {dropped} replies dropped"
        )
    finally:
        windows.close()
        for proxy in proxies:
            proxy.close()


def _write_in_two_processes(made: list[Window]) -> None:
    specs = [[str(w.store.path), w.center_code, w.store.get_meta(STATION_KEY) or "", str(EVENTS_EACH)] for w in made]
    halves = [[arg for spec in specs[k::2] for arg in spec] for k in (0, 1)]
    writers = [
        subprocess.Popen([sys.executable, "-m", "tests.faults.bulk_writer", *half], cwd=ROOT, env=child_env())
        for half in halves
    ]
    for writer in writers:
        assert writer.wait(300) == 0


def _register(window: Window) -> None:
    report = window.sync()  # device registration (station code) through either server, all at once
    assert report.ok, report.error
