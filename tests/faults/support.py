"""Shared by the fault and scale tests and by the client script they run as a subprocess (``client_proc``).

- ``take_intake``: one real intake (drafted, accepted or notified, submitted) saved in one transaction, with a real
  case number (``CaseNumber``: center, the station the server assigned, the day, the station's gap-free sequence);
- ``seed_central``: centers and users written straight into a central database (cheap argon2 parameters);
- ``CentralProcess``: ``govdesk central serve`` as a real subprocess that a test can SIGKILL and start again;
- ``stored_counts`` / ``device_sequences``: what the central database holds, read with its own engine.

Nothing here imports pytest: the client subprocess imports it too.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govdesk.central import admin
from govdesk.central.db import StoredEvent
from govdesk.central.migrate import open_database
from govdesk.domain.case import Applicant, ApplicantKind, Case, Deficiency
from govdesk.domain.events import Actor, Role
from govdesk.domain.numbering import CaseNumber
from govdesk.store import Store, inbound

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-1"
TODAY = date(2026, 11, 20)
ROLES = ("intake", "issuing", "back_office")


def _cheap_hash() -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def username(role: str, center: str) -> str:
    return f"{role}-{center}"


def seed_central(db_url: str, centers: Iterable[str]) -> None:
    """Create (or upgrade) the central schema and add each center with one user per role in ``ROLES``."""
    engine, sessions = open_database(db_url)
    hashed = _cheap_hash()
    now = datetime.now(UTC)
    try:
        with sessions() as session, session.begin():
            for code in centers:
                admin.add_center(session, code, f"测试中心{code}", now)
                for role in ROLES:
                    admin.add_user(
                        session,
                        username(role, code),
                        f"{role}员",
                        role,
                        code,
                        PASSWORD,
                        now,
                        password_hash=hashed,
                        department="*" if role == "back_office" else "",
                    )
    finally:
        engine.dispose()


def take_intake(
    store: Store, center: str, station: str, *, clerk: str = "张三", notify: bool = False, submit: bool = True
) -> Case:
    """One intake saved in its own transaction: accepted (and submitted) or notified (一次性告知)."""
    actor = Actor("u-" + clerk, clerk, Role.INTAKE, center, station, "3号窗口")
    with store.transaction() as tx:
        case = new_case(store, tx, actor, notify=notify, submit=submit)
        store.save_case(tx, case)
    return case


def new_case(store: Store, tx: Session, actor: Actor, *, notify: bool, submit: bool) -> Case:
    number = ""
    while not number or inbound.case_no_taken(tx, number, ""):  # as the intake: a number held here is skipped
        seq = store.next_case_sequence(tx, actor.station_code, TODAY)
        number = CaseNumber.make(actor.center_code, actor.station_code, TODAY, seq)
    clock = store.clock
    case = Case.new(
        actor=actor,
        clock=clock,
        case_no=number,
        item_codes=["ITEM-1"],
        catalog_version="2026.1",
        applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
        case_id=str(uuid.uuid4()),
    )
    if notify:
        missing = Deficiency("M1", "营业执照副本", "未提交", "请补交营业执照副本")
        case.notify(actor, clock, [missing])
        return case
    case.accept(actor, clock, TODAY + timedelta(days=5), TODAY + timedelta(days=20))
    if submit:
        case.submit(actor, clock)
    return case


def take_intakes_in_one_transaction(store: Store, center: str, station: str, n: int, events: int = 3) -> list[Case]:
    """``n`` cases in one transaction (for loading volume quickly); ``events`` 2 (accepted) or 3 (submitted)."""
    actor = Actor("u-张三", "张三", Role.INTAKE, center, station, "3号窗口")
    cases = []
    with store.transaction() as tx:
        for _ in range(n):
            case = new_case(store, tx, actor, notify=False, submit=events >= 3)
            store.save_case(tx, case)
            cases.append(case)
    return cases


class CentralProcess:
    """``govdesk central serve --db URL --port P`` as a subprocess (stdout and stderr to a log file)."""

    def __init__(self, db_url: str, port: int, log_path: Path, *extra: str) -> None:
        self.db_url = db_url
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self.extra = extra  # more ``central serve`` options
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        command = [sys.executable, "-m", "govdesk", "central", "serve", "--db", self.db_url, "--port", str(self.port)]
        command += ["--device-approval", "auto"]  # the windows' devices approved at once (approval tested elsewhere)
        command += self.extra
        log = self.log_path.open("ab")
        try:
            self.proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=child_env())
        finally:
            log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"central server exited with {self.proc.returncode}: {self.log_text()[-2000:]}")
            try:
                if requests.get(self.url + "/openapi.json", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"central server did not start in {timeout}s: {self.log_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback hook; the database must cope on its own."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""


def child_env() -> dict[str, str]:
    """The environment of a child process: this checkout importable (``tests`` and ``govdesk``)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + str(ROOT / "src")
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def stored_counts(db_url: str, event_ids: Iterable[str]) -> dict[str, int]:
    """How many times the central database holds each event id (exactly-once means 1 each)."""
    ids = list(event_ids)
    engine, sessions = open_database(db_url)
    try:
        with sessions() as session:
            rows = session.execute(
                select(StoredEvent.event_id, func.count())
                .where(StoredEvent.event_id.in_(ids))
                .group_by(StoredEvent.event_id)
            ).all()
    finally:
        engine.dispose()
    counts = dict.fromkeys(ids, 0)
    counts.update({row[0]: int(row[1]) for row in rows})
    return counts


def device_sequences(db_url: str) -> dict[str, list[int]]:
    """Each device's stored ``device_seq`` values in the server's receipt order."""
    engine, sessions = open_database(db_url)
    try:
        with sessions() as session:
            rows = session.execute(
                select(StoredEvent.device_id, StoredEvent.device_seq)
                .where(StoredEvent.device_id.is_not(None))
                .order_by(StoredEvent.server_seq)
            ).all()
    finally:
        engine.dispose()
    found: dict[str, list[int]] = {}
    for device_id, seq in rows:
        found.setdefault(str(device_id), []).append(int(seq or 0))
    return found


def write_events(store: Store, center: str, station: str, events: int) -> None:
    """Cases of 3 events (accepted, submitted) and one of 2 for the rest, in one transaction each 100 cases."""
    cases, rest = divmod(events, 3)
    while cases > 0:
        take_intakes_in_one_transaction(store, center, station, min(cases, 100))
        cases -= min(cases, 100)
    if rest:
        assert rest == 2, "events must be 3k or 3k+2"
        take_intakes_in_one_transaction(store, center, station, 1, events=2)
