"""The central server under a county's load (issue 17): a load generator and a benchmark, bounded in time.

    .venv/bin/python -m benchmarks.load_central                        # SQLite, one process, the issue's sizes
    .venv/bin/python -m benchmarks.load_central --postgres --workers 2 # a throwaway PostgreSQL, two processes
    .venv/bin/python -m benchmarks.load_central --quick                # small sizes (about a minute)
    .venv/bin/python -m benchmarks.run --only load_central [--quick]   # both, as figures with PASS/MISS

The server is the real command (``govdesk central serve``, a subprocess) on a fresh database with one county center.
The clients (``load_clients.py``) are processes of threads speaking the sync protocol. One run:

1. every client logs in and registers; the townships build their offline backlogs (before any clock runs);
2. steady: ``--windows`` normal windows take and push a case every ``--interval`` seconds and pull, two back-office
   clients walk the queue page by page, for ``--steady`` seconds: the baseline push times;
3. burst: ``--townships`` townships return at once with ``--backlog`` events each and push them in batches of 500,
   beside the normal windows; the push time ends when the last township has pushed everything, the catch-up when
   every window (normal and township) has pulled everything after that;
4. checks in the database: every event pushed is stored exactly once, no case number twice; no change reached a
   window twice.

Everything stops at ``--deadline`` seconds whatever happened (the figures then say what was reached). The server's
memory is the resident set (``/proc``) of its processes, sampled every 0.25 s.
Goals (issue 17): normal windows' push p95 during the burst ≤ 500 ms; catch-up ≤ 2× the push time; server
memory ≤ 250 MB per process; nothing lost or doubled.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from argon2 import PasswordHasher
from sqlalchemy import func, select

from benchmarks.figures import Figure
from benchmarks.load_clients import PASSWORD, Signals, run_group
from benchmarks.load_pg import Cluster, pg_bindir
from govdesk.central import admin
from govdesk.central.db import CaseRow, StoredEvent
from govdesk.central.migrate import open_database

CENTER = "41122101"
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Settings:
    windows: int = 10
    townships: int = 30
    backlog: int = 2000
    interval: float = 1.0
    steady: float = 20.0
    deadline: float = 900.0
    workers: int = 1
    offices: int = 2

    @classmethod
    def quick(cls) -> Settings:
        return cls(windows=5, townships=6, backlog=600, steady=8.0, deadline=180.0)


@dataclass
class Outcome:
    settings: Settings
    backend: str
    steady_pushes: list[float] = field(default_factory=list)
    burst_pushes: list[float] = field(default_factory=list)
    push_time: float | None = None
    catch_up: float | None = None
    rss_idle: float = 0.0  # MB, all processes
    rss_max_total: float = 0.0
    rss_max_process: float = 0.0
    busy: int = 0
    errors: int = 0
    refused: int = 0
    sent: int = 0
    stored_once: int = 0
    missing: int = 0
    doubled: int = 0
    case_numbers_twice: int = 0
    pulled: int = 0
    pulled_twice: int = 0
    queue_page_p50: float | None = None
    queue_walk_p50: float | None = None
    queue_incomplete: int = 0
    decided: int = 0  # cases the back office approved and made ready (each a change to every window)
    timed_out: bool = False
    elapsed_burst: float = 0.0  # seconds from the burst's start to the end (caught up, or the deadline)
    deliveries_expected: int = 0  # changes the windows would pull: (windows − 1) × changes made during the run
    failures: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("steady_pushes", "burst_pushes", "settings")}
        data["settings"] = self.settings.__dict__
        data["steady_push_p95_ms"] = p95(self.steady_pushes) * 1000 if self.steady_pushes else None
        data["burst_push_p95_ms"] = p95(self.burst_pushes) * 1000 if self.burst_pushes else None
        data["burst_push_p50_ms"] = pct(self.burst_pushes, 0.5) * 1000 if self.burst_pushes else None
        data["burst_pushes"] = len(self.burst_pushes)
        return data


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def p95(values: list[float]) -> float:
    return pct(values, 0.95)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed(db_url: str, users: list[tuple[str, str]]) -> None:
    """The county center and its users (cheap argon2 parameters: logins are not what is measured)."""
    hashed = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    engine, sessions = open_database(db_url)
    now = datetime.now(UTC)
    try:
        with sessions() as session, session.begin():
            admin.add_center(session, CENTER, "某县政务服务中心", now)
            for username, role in users:
                admin.add_user(
                    session, username, username, role, CENTER, PASSWORD, now, password_hash=hashed,
                    department="*" if role == "back_office" else "",
                )  # fmt: skip
    finally:
        engine.dispose()


def server_rss_mb(pid: int) -> tuple[float, float]:
    """(total, largest) resident memory in MB of ``pid`` and its children (the workers)."""
    pids = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    pids.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    sizes = []
    for one in pids:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return sum(sizes), max(sizes, default=0.0)


def start_server(db_url: str, workers: int, log: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "govdesk", "central", "serve", "--db", db_url, "--port", str(port)]
    command += ["--device-approval", "auto"]  # the load's windows are the admin's own: approved as they register
    if workers > 1:
        command += ["--workers", str(workers)]
    with log.open("ab") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()[-2000:]}")
        try:
            if requests.get(url + "/openapi.json", timeout=2).status_code == 200:
                return proc, url
        except requests.RequestException:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not start: {log.read_text()[-2000:]}")


def run_load(db_url: str, settings: Settings, workdir: Path, backend: str) -> Outcome:
    """One whole run against a fresh server on ``db_url`` (an empty database)."""
    outcome = Outcome(settings, backend)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env["GOVDESK_CENTRAL_SECRET_FILE"] = str(workdir / "central.secret")
    os.environ["GOVDESK_CENTRAL_SECRET_FILE"] = env["GOVDESK_CENTRAL_SECRET_FILE"]
    windows = [f"w{i:02d}" for i in range(settings.windows)]
    towns = [f"t{i:02d}" for i in range(settings.townships)]
    offices = [f"bo{i}" for i in range(settings.offices)]
    seed(db_url, [(u, "intake") for u in windows + towns] + [(u, "back_office") for u in offices])
    proc, url = start_server(db_url, settings.workers, workdir / "server.log", env)
    context = multiprocessing.get_context("spawn")
    signals = Signals(context.Event(), context.Event(), context.Event(), context.Queue())
    results = context.Queue()
    groups = [{"kind": "window", "name": "windows", "users": windows, "interval": settings.interval}]
    groups.append({"kind": "office", "name": "offices", "users": offices})
    for start in range(0, len(towns), 10):  # ten townships a process
        groups.append({"kind": "township", "name": f"towns{start}", "users": towns[start : start + 10]})
    for group in groups:
        group.update(url=url, center=CENTER, backlog=settings.backlog)
    processes = [context.Process(target=run_group, args=(g, signals, results), daemon=True) for g in groups]
    rss: list[tuple[float, float, float]] = []
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            total, largest = server_rss_mb(proc.pid)
            rss.append((time.monotonic(), total, largest))
            sampling.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    began = time.monotonic()
    tallies: dict[str, dict[str, Any]] = {}
    try:
        outcome.rss_idle = server_rss_mb(proc.pid)[0]
        sampler.start()
        for process in processes:
            process.start()
        _wait_for(results, "ready", len(groups), began + settings.deadline, outcome)
        steady_from = time.monotonic()
        time.sleep(settings.steady)
        burst_at = time.monotonic()
        signals.burst.set()
        pushed: set[str] = set()
        caught_up: set[str] = set()
        pushed_at = None
        everyone = settings.windows + settings.townships
        while len(caught_up) < everyone:
            remaining = began + settings.deadline - time.monotonic()
            if remaining <= 0:
                outcome.timed_out = True
                break
            try:
                what, name, when = signals.reports.get(timeout=min(remaining, 1.0))
            except queue.Empty:
                if not all(p.is_alive() for p in processes):
                    break
                continue
            if what == "pushed":
                pushed.add(name)
                if len(pushed) == settings.townships:
                    pushed_at = when
                    outcome.push_time = when - burst_at
                    signals.pushed_all.set()
            elif what == "caught_up":
                caught_up.add(name)
        if len(caught_up) == everyone and pushed_at is not None:
            outcome.catch_up = time.monotonic() - burst_at
        signals.stop.set()
        for _ in groups:
            kind, name, tally = _next(results, time.monotonic() + 120, outcome)
            if kind == "done":
                tallies[name] = tally
        end_of_burst = time.monotonic()
        outcome.elapsed_burst = end_of_burst - burst_at
    finally:
        signals.stop.set()
        sampling.set()
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    outcome.rss_max_total = max((r[1] for r in rss), default=0.0)
    outcome.rss_max_process = max((r[2] for r in rss), default=0.0)
    sent: list[str] = []
    for name, tally in tallies.items():
        outcome.busy += tally["busy"]
        outcome.errors += tally["errors"]
        outcome.refused += tally["refused"]
        outcome.pulled += tally["pulled"]
        outcome.pulled_twice += tally["pulled_twice"]
        sent.extend(tally["sent"])
        if name == "windows":
            for started, seconds in tally["pushes"]:
                if steady_from <= started < burst_at:
                    outcome.steady_pushes.append(seconds)
                elif burst_at <= started < end_of_burst:
                    outcome.burst_pushes.append(seconds)
        if name == "offices" and tally["queue_pages"]:
            outcome.queue_page_p50 = pct(tally["queue_pages"], 0.5)
            outcome.queue_walk_p50 = pct(tally["queue_reads"], 0.5)
            outcome.queue_incomplete = tally["queue_incomplete"]
            outcome.decided = tally["decided"]
    _check_database(db_url, sent, outcome)
    # each window pulls every change of its center except its own pushes (the minimised pull skips a device's own
    # events, central/changes.py): (windows − 1) × events sent when every pulling window also pushes, plus decisions
    outcome.deliveries_expected = max(0, settings.windows + settings.townships - 1) * outcome.sent
    return outcome


def _next(results: Any, deadline: float, outcome: Outcome) -> tuple[str, str, Any]:
    while True:
        try:
            item: tuple[str, str, Any] = results.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise RuntimeError("a client group did not answer in time") from None
        if item[0] == "failed":
            outcome.failures.append(f"{item[1]}: {item[2]}")
            raise RuntimeError(f"client group {item[1]} failed: {item[2]}")
        return item


def _wait_for(results: Any, kind: str, count: int, deadline: float, outcome: Outcome) -> None:
    for _ in range(count):
        got = _next(results, deadline, outcome)
        if got[0] != kind:
            raise RuntimeError(f"expected {kind}, got {got}")


def _check_database(db_url: str, sent: list[str], outcome: Outcome) -> None:
    """Every event pushed stored exactly once; no case number twice in the center."""
    outcome.sent = len(sent)
    engine, sessions = open_database(db_url)
    try:
        with sessions() as session:
            stored: dict[str, int] = {}
            for event_id, count in session.execute(
                select(StoredEvent.event_id, func.count())
                .where(StoredEvent.center_code == CENTER)
                .group_by(StoredEvent.event_id)
            ):
                stored[event_id] = int(count)
            twice = session.execute(
                select(CaseRow.case_no)
                .where(CaseRow.center_code == CENTER)
                .group_by(CaseRow.case_no)
                .having(func.count() > 1)
            ).all()
    finally:
        engine.dispose()
    outcome.stored_once = sum(1 for e in set(sent) if stored.get(e) == 1)
    outcome.missing = sum(1 for e in set(sent) if e not in stored)
    outcome.doubled = sum(1 for c in stored.values() if c > 1) + (len(sent) - len(set(sent)))
    outcome.case_numbers_twice = len(twice)


def figures(outcome: Outcome) -> list[Figure]:
    label = f"{outcome.backend}: "
    s = outcome.settings
    steady = p95(outcome.steady_pushes) * 1000 if outcome.steady_pushes else None
    burst = p95(outcome.burst_pushes) * 1000 if outcome.burst_pushes else float("inf")
    made = [
        Figure(
            f"{label}normal push p95 during the burst",
            burst,
            "ms",
            baseline=steady,
            baseline_label=f"the same windows' push p95 before the burst ({len(outcome.steady_pushes)} pushes)",
            goal_value=500,
        ),
        Figure(
            f"{label}catch-up (all {s.windows + s.townships} windows have all)"
            + ("" if outcome.catch_up is not None else f", NOT reached: {_done(outcome)} at the deadline"),
            outcome.catch_up if outcome.catch_up is not None else outcome.elapsed_burst,
            "s",
            baseline=outcome.push_time,
            baseline_label=f"push time: {s.townships} townships × {s.backlog} events stored",
            goal_ratio=2.0,
        ),
        Figure(
            f"{label}server memory, largest process",
            outcome.rss_max_process,
            "MB",
            baseline=outcome.rss_idle / max(1, s.workers + (s.workers > 1)),
            baseline_label="the server's processes idle after start (each)",
            goal_value=250,
        ),
        Figure(f"{label}server memory, all processes", outcome.rss_max_total, "MB"),
        Figure(f"{label}events lost", float(outcome.missing), "events", goal_value=0),
        Figure(
            f"{label}events stored twice, case numbers twice",
            float(outcome.doubled + outcome.case_numbers_twice),
            "rows",
            goal_value=0,
        ),
        Figure(f"{label}changes delivered twice to a window", float(outcome.pulled_twice), "changes", goal_value=0),
        Figure(f"{label}events pushed (all stored once: {outcome.stored_once})", float(outcome.sent), "events"),
        Figure(f"{label}change deliveries pulled", float(outcome.pulled), "changes"),
        Figure(f"{label}cases approved and made ready by the back office", float(outcome.decided), "cases"),
        Figure(f"{label}503 busy answers (waited out)", float(outcome.busy), "answers"),
    ]
    if outcome.queue_page_p50 is not None:
        made.append(Figure(f"{label}back-office queue page of 100, p50", outcome.queue_page_p50 * 1000, "ms"))
    return made


def _done(outcome: Outcome) -> str:
    """How much of the pulling was done, e.g. "41 % of 2,424,960 deliveries"."""
    if not outcome.deliveries_expected:
        return "?"
    return f"{100 * outcome.pulled / outcome.deliveries_expected:.0f} % of {outcome.deliveries_expected:,} deliveries"


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    """For ``benchmarks.run``: SQLite with one process, then PostgreSQL with two (when its binaries are here)."""
    settings = Settings.quick() if quick else Settings()
    if size:
        settings.backlog = size
    made = figures(run_load(f"sqlite:///{workdir / 'central.db'}", settings, workdir, "SQLite"))
    bindir = pg_bindir()
    if bindir is not None:
        pg = workdir / "pg"
        pg.mkdir()
        with Cluster.running(bindir) as cluster:
            two = Settings(**{**settings.__dict__, "workers": 2})
            made += figures(run_load(cluster.new_database(), two, pg, "PostgreSQL ×2"))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_central", description=__doc__.split("\n\n")[0])
    defaults = Settings()
    parser.add_argument("--quick", action="store_true", help="small sizes (5 windows, 6 townships × 600 events)")
    parser.add_argument("--windows", type=int, help=f"normal windows (default {defaults.windows})")
    parser.add_argument("--townships", type=int, help=f"townships returning (default {defaults.townships})")
    parser.add_argument("--backlog", type=int, help=f"events each township brings (default {defaults.backlog})")
    parser.add_argument("--interval", type=float, help=f"seconds between a window's cases ({defaults.interval})")
    parser.add_argument("--steady", type=float, help=f"seconds before the burst (default {defaults.steady})")
    parser.add_argument("--deadline", type=float, help=f"stop after this many seconds (default {defaults.deadline})")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL instead of SQLite")
    parser.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL only above 1)")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.quick else Settings()
    for name in ("windows", "townships", "backlog", "interval", "steady", "deadline"):
        if getattr(args, name) is not None:
            setattr(settings, name, getattr(args, name))
    settings.workers = args.workers
    with tempfile.TemporaryDirectory(prefix="govdesk-load-") as tmp:
        workdir = Path(tmp)
        if args.postgres:
            bindir = pg_bindir()
            if bindir is None:
                print("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql", file=sys.stderr)
                return 2
            with Cluster.running(bindir) as cluster:
                outcome = run_load(cluster.new_database(), settings, workdir, f"PostgreSQL ×{settings.workers}")
        else:
            outcome = run_load(f"sqlite:///{workdir / 'central.db'}", settings, workdir, "SQLite")
    if args.json:
        print(json.dumps(outcome.summary(), ensure_ascii=False, indent=2))
    else:
        from benchmarks.run import print_figures

        print_figures(f"load_central ({outcome.backend})", figures(outcome))
    return 1 if any(f.passed is False for f in figures(outcome)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
