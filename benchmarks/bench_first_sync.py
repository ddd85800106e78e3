"""First sync benchmark (issue 17, "A new window, up in seconds"): a new window PC takes a center of N cases.

The central server is a real subprocess (uvicorn, as ``govdesk central serve`` runs it, from ``bench_sync``) on a
SQLite database seeded with N cases of one center in the shapes the server keeps (``seed_cases``: case numbers in
the real format, 40 stations, states spread as in a county's history, 1 % ready for hand-off with their intake
event, so the result window's data goes with them). A new window (a fresh store file) logs in as an issuing clerk
and runs ``SyncEngine.run()`` on a qasync loop, as the program does, until its first round ends: registration, the
bootstrap pages, the pull after them.

Figures, all from the same run:

- first sync, N cases: wall seconds — goal <= 30 s for 100,000 (<= 5 min for 1,000,000: scaled, 0.3 ms a case);
- baseline: the same case rows (read back from the window's database) bulk-loaded with bare ``sqlite3`` into a
  fresh database of the same schema, one ``executemany`` transaction per 5,000 rows (the page size) — the ratio
  says what the protocol, the server and the domain cost over SQLite's own work;
- Qt timer lateness: a 10 ms ``Qt.PreciseTimer`` on the same loop during the sync — max, goal <= 50 ms;
- memory: the window process's peak RSS growth during the sync (sampled every 20 ms) — goal <= 200 MB; the server
  process's RSS at the end (information);
- bytes on the wire: the pages' compressed and uncompressed sizes (gzip negotiated by ``Accept-Encoding``).

Run: ``.venv/bin/python -m benchmarks.run --only first_sync [--quick] [--size 1000000]``, or
``.venv/bin/python benchmarks/bench_first_sync.py --cases 100000`` (JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import sqlite3
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.central_proc import CENTER, PASSWORD, start_server
from benchmarks.figures import Figure

#: States of a county's case history, with weights (most are long handed off; a few wait at the result window).
STATES = (
    ("closed", 35),
    ("handed_off", 30),
    ("submitted", 8),
    ("in_review", 8),
    ("approved", 4),
    ("denied", 2),
    ("result_ready", 1),
    ("accepted", 4),
    ("notified", 5),
    ("rejected", 3),
)
STATIONS = [f"S{n:02d}" for n in range(1, 41)]
SEED_BATCH = 50_000
BASELINE_BATCH = 5_000
ISSUING_USER = "bench-issuing"


def seed_cases(db_path: Path, n: int, center: str = CENTER, seed: int = 17) -> int:
    """N cases of ``center`` written straight into a central database (schema by its migrations), in the
    projection's shapes; ready ones get their ``case.drafted`` event (the applicant the result window needs).
    Returns how many are ready for hand-off."""
    from govdesk.central.db import CaseRow, StoredEvent, bulk_insert
    from govdesk.central.migrate import open_database

    rng = random.Random(seed)
    names, weights = zip(*STATES, strict=True)
    engine, sessions = open_database(f"sqlite:///{db_path}")
    start = datetime(2024, 1, 2, 1, 0, tzinfo=UTC)
    ready = 0
    try:
        made = 0
        while made < n:
            rows, events = [], []
            for i in range(made, min(n, made + SEED_BATCH)):
                case_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                station = STATIONS[i % len(STATIONS)]
                day = start + timedelta(days=i // 400)
                state = rng.choices(names, weights)[0]
                case_no = f"{center}-{station}-{day:%Y%m%d}-{i % 400 + 1:04d}-K"
                rows.append(
                    {
                        "case_id": case_id, "center_code": center, "case_no": case_no, "state": state,
                        "item_code": f"11410000MB{i % 300:04d}XK", "department": "县市场监督管理局",
                        "applicant_name": "王小明", "station_code": station, "submitted_at": day, "claimed_by": "",
                        "handoff": None, "updated_at": day, "commitment_open": False, "case_no_refused": "",
                    }
                )  # fmt: skip
                if state == "result_ready":
                    ready += 1
                    events.append(_drafted(case_id, case_no, center, station, day, i))
            with sessions() as session, session.begin():
                bulk_insert(session, CaseRow.__table__, rows)  # type: ignore[arg-type]
                if events:
                    bulk_insert(session, StoredEvent.__table__, events)  # type: ignore[arg-type]
            made += len(rows)
    finally:
        engine.dispose()
    return ready


def _drafted(case_id: str, case_no: str, center: str, station: str, at: datetime, i: int) -> dict[str, Any]:
    document = {
        "event_id": str(uuid.uuid4()), "case_id": case_id, "kind": "case.drafted", "schema_version": 1,
        "actor": {"clerk_id": "u1", "clerk_name": "张三", "role": "intake", "center_code": center,
                  "station_code": station, "window": "3号窗口"},
        "occurred_at": at.isoformat(),
        "payload": {"case_no": case_no, "item_codes": ["11410000MB0001XK"],
                    "applicant": {"kind": "person", "name": "王小明", "id_type": "111",
                                  "id_number": f"41122119800101{i % 10000:04d}", "phone": "13800138000"}},
    }  # fmt: skip
    return {
        "event_id": document["event_id"], "device_id": None, "device_seq": None, "case_id": case_id,
        "kind": "case.drafted", "center_code": center, "status": "applied", "code": "", "reason": "",
        "server_state": None, "document": document, "received_at": at, "pushed_by": "u1",
        "pushed_by_user_id": None, "pushed_session_id": None, "written_actor": None,
    }  # fmt: skip


def _rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class RssSampler:
    """The process's peak resident memory while it runs (a thread reading /proc every 20 ms)."""

    def __init__(self) -> None:
        self.start = _rss_mb()
        self.peak = self.start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss_mb())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def add_issuing_user(url: str, db_path: Path) -> None:
    """The clerk of the new window: a result-window clerk (the role that receives the hand-off data)."""
    from govdesk.central import admin
    from govdesk.central.migrate import open_database

    engine, sessions = open_database(f"sqlite:///{db_path}")
    try:
        with sessions() as session, session.begin():
            admin.add_user(session, ISSUING_USER, "出件员", "issuing", CENTER, PASSWORD, datetime.now(UTC))
    finally:
        engine.dispose()


def first_sync(window_db: Path, url: str, page: int | None = None) -> dict[str, Any]:
    """A new window's first round on a qasync loop, with a 10 ms Qt timer and the RSS sampled."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")  # PySide6 first, then qasync (PLATFORM.md)
    import qasync
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from govdesk.services.sync_service import StoreQueue
    from govdesk.store import open_store
    from govdesk.sync.backoff import Backoff
    from govdesk.sync.client import MemoryTokenStore, SyncClient
    from govdesk.sync.engine import SyncEngine
    from govdesk.sync.status import SyncStatus

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["govdesk-bench"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    late: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            late.append(max(0.0, now - last[0] - 0.010) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    wire = {"compressed": 0, "plain": 0, "gzip_pages": 0, "pages": 0}
    store = open_store(window_db)
    client = SyncClient(url, tokens=MemoryTokenStore(), timeout=(5.0, 120.0))

    def on_reply(reply: Any, *_args: Any, **_kwargs: Any) -> None:
        if "/sync/bootstrap" in reply.url:
            wire["pages"] += 1
            wire["plain"] += len(reply.content)
            wire["compressed"] += int(reply.headers.get("Content-Length", 0))
            wire["gzip_pages"] += reply.headers.get("Content-Encoding") == "gzip"

    client.session.hooks["response"].append(on_reply)
    client.login(ISSUING_USER, PASSWORD)
    engine = SyncEngine(client, StoreQueue(store), backoff=Backoff(0.1, 1.0))
    if page:
        engine.bootstrap_limit = page
    rounds: list[SyncStatus] = []

    def on_status(status: SyncStatus) -> None:  # a round has ended when syncing goes back to False
        if not status.syncing and (status.last_success is not None or status.last_error):
            rounds.append(status)
            engine.stop()

    engine.on_status = on_status
    gc_pauses: list[float] = []
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        elif info.get("generation") == 2:
            gc_pauses.append((time.perf_counter() - gc_started[0]) * 1000)

    gc.freeze()  # as the program does once its window is up (govdesk.app)
    gc.callbacks.append(on_gc)
    try:
        timer.start()
        loop.run_until_complete(asyncio.sleep(1.0))
        idle = max(late)
        late.clear()
        with RssSampler() as rss:
            started = time.perf_counter()
            loop.run_until_complete(engine.run())
            elapsed = time.perf_counter() - started
        timer.stop()
        assert rounds and rounds[0].last_error is None, rounds
        cases = store.count_cases()
        loop.run_until_complete(engine.aclose())
    finally:
        gc.callbacks.remove(on_gc)
        timer.stop()
        client.close()
        store.close()
        asyncio.set_event_loop(None)
        loop.close()
    return {
        "gc2_pauses": len(gc_pauses),
        "gc2_max_ms": max(gc_pauses, default=0.0),
        "seconds": elapsed,
        "cases": cases,
        "lateness_max_ms": max(late) if late else 0.0,
        "idle_lateness_max_ms": idle,
        "rss_start_mb": rss.start,
        "rss_growth_mb": rss.peak - rss.start,
        **wire,
    }


def baseline_load(window_db: Path, target: Path) -> float:
    """The window's case rows bulk-loaded with bare sqlite3 into a fresh database of the same schema (its CREATE
    statements for ``cases``, its indexes and triggers and what they write, the store's pragmas), one transaction per
    5,000 rows; seconds."""
    source = sqlite3.connect(window_db)
    # the cases table and its indexes, the tables its triggers read and write (events, the supervision watch of store
    # 0020) and theirs, then the triggers: the same work SQLite does for the window
    written = ("cases", "events", "supervision_watch")
    marks = ", ".join("?" * len(written))
    order = "CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END"
    schema = [
        row[0]
        for row in source.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY {order}", written
        )
    ]
    # the columns a row is written with (a generated column, such as the station of store 0021, is SQLite's own)
    columns = [row[1] for row in source.execute("PRAGMA table_xinfo(cases)") if row[6] == 0]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM cases")
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    for sql in schema:
        db.execute(sql)
    insert = f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    started = time.perf_counter()
    while batch := rows.fetchmany(BASELINE_BATCH):
        db.execute("BEGIN IMMEDIATE")
        db.executemany(insert, batch)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    count = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    db.close()
    source.close()
    assert count > 0
    return elapsed


def measure(tmp: Path, cases: int, page: int | None = None) -> dict[str, Any]:
    central_db = tmp / "central.db"
    seed_started = time.perf_counter()
    ready = seed_cases(central_db, cases)
    seeded = time.perf_counter() - seed_started
    proc, url = start_server(tmp)
    try:
        add_issuing_user(url, central_db)
        result = first_sync(tmp / "window.db", url, page)
        result["server_rss_mb"] = _rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    assert result["cases"] == cases, (result["cases"], cases)
    result["baseline_seconds"] = baseline_load(tmp / "window.db", tmp / "baseline.db")
    result["ready"] = ready
    result["seed_seconds"] = seeded
    return result


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    cases = size or (5_000 if quick else 100_000)
    m = measure(workdir, cases)
    goal = 30.0 * cases / 100_000 if cases <= 100_000 else 300.0 * cases / 1_000_000
    return [
        Figure(f"first sync of a new window, {cases:,} cases", m["seconds"], "s", m["baseline_seconds"],
               "the same rows bulk-loaded with bare sqlite3 (executemany, 5,000 a transaction)", goal_value=goal),
        Figure("  cases a second", cases / m["seconds"], "cases/s"),
        Figure("Qt timer lateness during the first sync: max", m["lateness_max_ms"], "ms", m["idle_lateness_max_ms"],
               "the same timer on the same loop, idle for 1 s just before", goal_value=50),
        Figure("window process memory growth during the sync (peak RSS)", m["rss_growth_mb"], "MB", goal_value=200),
        Figure("server process RSS after it", m["server_rss_mb"], "MB"),
        Figure(f"bootstrap bytes on the wire ({m['gzip_pages']}/{m['pages']} pages gzip)", m["compressed"] / 2**20,
               "MiB", m["plain"] / 2**20, "the same pages uncompressed"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--page", type=int, help="cases per bootstrap page (default: the engine's)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govdesk-first-sync-", dir=args.workdir) as tmp:
        print(json.dumps(measure(Path(tmp), args.cases, args.page), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
