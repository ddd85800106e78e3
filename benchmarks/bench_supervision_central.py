"""The central server's supervision statistics over 1,000,000 cases on PostgreSQL (issue 13): ≤ 1 s.

A throw-away PostgreSQL cluster (``initdb`` in a temporary folder, as ``tests/postgres`` does) with the central
schema (its migrations, revision 0014's indexes included); 1,000,000 projected cases of two centers over four years
and their events (收件 and the decision for every case; transfers, hand-offs and ratings for the last two months),
loaded with ``COPY``. Timed: ``GET /api/v1/statistics/supervision`` for today, a week and a month, through the real
FastAPI application (in-process HTTP client), logged in as the center's supervisor. Baseline (information): the
same ``statistics()`` SQL called directly on a session, no HTTP.
"""

from __future__ import annotations

import glob
import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, median_ms

NAME = "supervision_central"
FULL_SIZE = 1_000_000
QUICK_SIZE = 20_000
GOAL_MS = 1000.0
CENTER = "41122101"
OTHER = "41122102"
PASSWORD = "bench-password-1"
PER_DAY = 700
KINDS_DONE = ("case.accepted", "case.notified", "case.rejected", "case.completed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """initdb + pg_ctl in a temporary folder (as the ``postgres`` user when run as root)."""

    def __init__(self, root: Path) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
        if not found:
            raise RuntimeError("PostgreSQL server binaries not installed: apt-get install postgresql")
        self.bindir = Path(found[0])
        self.root = root
        self.port = _free_port()

    def run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, check=True)

    def start(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        data = self.root / "data"
        self.run(str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB"
        self.run(
            str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "pg.log"), "-w", "start"
        )
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")


def rows(size: int, today: date, seed: int = 13) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """(case row, event rows) for ``size`` cases ending ``today``, nine in ten at ``CENTER``."""
    rng = random.Random(seed)
    days = max(1, size // PER_DAY)
    for n in range(size):
        age = days - 1 - n * days // size
        day = today - timedelta(days=age)
        at = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC) + timedelta(seconds=rng.randrange(30000))
        center = CENTER if rng.random() < 0.9 else OTHER
        clerk = f"c{1 + rng.randrange(12):03d}"
        window = f"{int(clerk[1:])}号窗口"
        case_id = f"{rng.getrandbits(128):032x}"
        done = KINDS_DONE[rng.randrange(len(KINDS_DONE))]
        recent = age <= 60
        state = {
            "case.accepted": "closed",
            "case.notified": "notified",
            "case.rejected": "rejected",
            "case.completed": "completed",
        }[done]
        kinds = ["case.drafted", done]
        submitted = None
        if recent and done == "case.accepted":
            state = rng.choice(("submitted", "in_review", "result_ready", "handed_off"))
            kinds.append("case.submitted")
            submitted = at + timedelta(minutes=30)
            if state == "handed_off":
                kinds.append("case.handed_off")
        if recent and state in ("handed_off", "completed") and rng.random() < 0.5:
            kinds.append("case.evaluated")
        case = (
            case_id,
            center,
            f"{center}-S01-{day:%Y%m%d}-{n:07d}",
            state,
            "RSJ-05-002",
            "人力资源和社会保障局",
            "某某",
            "S01",
            submitted,
            "",
            at,
            False,
        )
        actor = {
            "clerk_id": clerk,
            "clerk_name": f"窗口{clerk}",
            "role": "intake",
            "center_code": center,
            "station_code": "S01",
            "window": window,
        }
        events = []
        for i, kind in enumerate(kinds):
            payload = {"rating": 1 + rng.randrange(5)} if kind == "case.evaluated" else {}
            document = {
                "event_id": f"{case_id}-{i}",
                "case_id": case_id,
                "kind": kind,
                "actor": actor,
                "occurred_at": at.isoformat(),
                "payload": payload,
                "schema_version": 1,
            }
            events.append(
                (
                    f"{case_id}-{i}",
                    case_id,
                    kind,
                    center,
                    "applied",
                    "",
                    "",
                    json.dumps(document, ensure_ascii=False),
                    at + timedelta(minutes=10 * i),
                    f"{center}-{clerk}",
                    clerk,
                )
            )
        yield case, events


def load(url: str, size: int, today: date) -> int:
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    n_events = 0
    with psycopg.connect(conninfo) as conn, conn.cursor() as cur:
        for center in (CENTER, OTHER):  # one registered device per clerk's window
            for n in range(1, 13):
                cur.execute(
                    'INSERT INTO devices (device_id, center_code, station_code, name, "window", last_seq, '
                    "registered_by, registered_at, alert) VALUES (%s, %s, %s, 'pc', %s, 0, 'admin', now(), '')",
                    (f"{center}-c{n:03d}", center, f"S{n:02d}", f"{n}号窗口"),
                )
        with (
            cur.copy(
                "COPY cases (case_id, center_code, case_no, state, item_code, department, applicant_name, "
                "station_code, submitted_at, claimed_by, updated_at, commitment_open) FROM STDIN"
            ) as cases_copy,
        ):
            buffered: list[tuple[Any, ...]] = []
            for case, events in rows(size, today):
                cases_copy.write_row(case)
                buffered.extend(events)
        with cur.copy(
            "COPY events (event_id, case_id, kind, center_code, status, code, reason, document, received_at, "
            "device_id, pushed_by) FROM STDIN"
        ) as events_copy:
            for event in buffered:
                events_copy.write_row(event)
                n_events += 1
        conn.commit()
        conn.autocommit = True
        cur.execute("ANALYZE")
    return n_events


def run(workdir: Path, *, quick: bool = False, size: int | None = None, rounds: int = 7) -> list[Figure]:
    from fastapi.testclient import TestClient

    from govdesk.central import admin
    from govdesk.central.app import create_app
    from govdesk.central.statistics import statistics
    from govdesk.domain.clock import CST

    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    root = Path(tempfile.mkdtemp(prefix="govdesk-bench-pg-", dir="/tmp"))
    cluster = Cluster(root)
    url = cluster.start()
    try:
        app = create_app(url, secret="b" * 64)
        central = app.state.central
        with central.tx() as session:
            now = datetime.now(UTC)
            admin.add_center(session, CENTER, "渑池县政务服务中心", now)
            admin.add_center(session, OTHER, "另一中心", now)
            admin.add_user(session, "jiandu", "监督员", "supervisor", CENTER, PASSWORD, now)
        today = datetime.now(CST).date()
        start = time.perf_counter()
        n_events = load(url, size, today)
        load_s = time.perf_counter() - start
        figures = [Figure(f"load {size:,} cases and {n_events:,} events with COPY (not the goal)", load_s, "s")]
        with TestClient(app) as client:
            token = client.post("/api/v1/auth/login", json={"username": "jiandu", "password": PASSWORD}).json()
            client.headers["Authorization"] = f"Bearer {token['access_token']}"
            for label, first in (
                ("today", today),
                ("a week", today - timedelta(days=6)),
                ("a month", today - timedelta(days=29)),
            ):
                params = {"first": first.isoformat(), "last": today.isoformat()}
                reply = client.get("/api/v1/statistics/supervision", params=params)
                assert reply.status_code == 200, reply.text
                http_ns, sql_ns = [], []
                for _ in range(rounds):
                    t = time.perf_counter_ns()
                    client.get("/api/v1/statistics/supervision", params=params).raise_for_status()
                    http_ns.append(time.perf_counter_ns() - t)
                    t = time.perf_counter_ns()
                    with central.tx() as session:
                        statistics(session, CENTER, first, today, datetime.now(UTC))
                    sql_ns.append(time.perf_counter_ns() - t)
                figures.append(
                    Figure(
                        f"statistics endpoint over {size:,} cases, {label}: median",
                        median_ms(http_ns),
                        "ms",
                        baseline=median_ms(sql_ns),
                        baseline_label="statistics() on a session, no HTTP",
                        goal_value=GOAL_MS,
                    )
                )
        central.engine.dispose()
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
    return figures


if __name__ == "__main__":
    import sys

    from benchmarks.run import print_figures

    print_figures(NAME, run(Path("/tmp"), size=int(sys.argv[1]) if len(sys.argv) > 1 else None))
