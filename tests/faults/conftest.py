"""Fault tests with real processes: the central server (``govdesk central serve``) and windows
(``tests.faults.client_proc``) run as subprocesses that a test SIGKILLs; a fault proxy sits between them."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.netproxy import NetProxy
from tests.faults.support import ROOT, CentralProcess, child_env, free_port, seed_central, username

_codes = itertools.count(1)


def new_center_code() -> str:
    """An 8-digit center code (6-digit region + 2-digit center), fresh for each test."""
    n = next(_codes)
    return f"41{n // 100:04d}{n % 100:02d}"


class ClientProcess:
    """A window in its own process; ``ask`` sends a command and waits for the JSON line that answers it."""

    def __init__(self, db: Path, url: str, center: str, *, batch: int = 500) -> None:
        command = [
            sys.executable,
            "-m",
            "tests.faults.client_proc",
            "--db",
            str(db),
            "--url",
            url,
            "--user",
            username("intake", center),
            "--center",
            center,
            "--batch",
            str(batch),
        ]
        self.proc = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            text=True,
            encoding="utf-8",
        )
        self.lines: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            self.device_id = str(self.wait_for("ready")["ready"])
        except BaseException:
            self.kill()
            raise

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parsed = json.loads(line)
            self.lines.append(parsed)
            self._queue.put(parsed)
        self._queue.put(None)

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait_for(self, key: str, timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._queue.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {key!r} from the client in {timeout}s; said {self.lines[-3:]}") from None
            if line is None:
                raise AssertionError(f"the client exited before {key!r}: {self.stderr()[-3000:]}")
            if key in line:
                return line

    def ask(self, command: str, key: str, timeout: float = 60.0) -> Any:
        self.send(command)
        return self.wait_for(key, timeout)[key]

    def committed(self) -> dict[str, list[str]]:
        """Every case the process reported committed, with its event ids (G1: all must survive a kill)."""
        return {str(line["committed"]): list(line["events"]) for line in self.lines if "committed" in line}

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._reader.join(5)
        self._close_pipes()

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            self.proc.wait(30)
        assert self.proc.returncode == 0, self.stderr()[-3000:]
        self._reader.join(5)
        self._close_pipes()

    def stderr(self) -> str:
        """What the process wrote to stderr (once it has exited)."""
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            return ""
        if self.proc.stderr is None or self.proc.stderr.closed:
            return ""
        return self.proc.stderr.read()

    def _close_pipes(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None and not pipe.closed:
                with contextlib.suppress(OSError):  # stdin of a killed process: broken pipe on flush
                    pipe.close()


class Clients:
    """Starts window processes and kills any still running after the test."""

    def __init__(self) -> None:
        self.started: list[ClientProcess] = []

    def __call__(self, db: Path, url: str, center: str, **options: Any) -> ClientProcess:
        client = ClientProcess(db, url, center, **options)
        self.started.append(client)
        return client

    def close(self) -> None:
        for client in self.started:
            client.kill()


@pytest.fixture
def clients() -> Iterator[Clients]:
    made = Clients()
    yield made
    made.close()


class Central:
    """A central server process on a SQLite file, with its URL and database URL."""

    def __init__(self, tmp: Path, *options: str) -> None:
        self.db_url = f"sqlite:///{tmp / 'central.db'}"
        self.process = CentralProcess(self.db_url, free_port(), tmp / "central.log", *options)
        self.url = self.process.url

    def new_center(self) -> str:
        code = new_center_code()
        seed_central(self.db_url, [code])
        return code


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    running = Central(tmp_path_factory.mktemp("central"))
    running.process.start()
    yield running
    running.process.stop()


@pytest.fixture
def proxy(central: Central) -> Iterator[NetProxy]:
    running = NetProxy([central.process.port])
    yield running
    running.close()
