"""A throwaway PostgreSQL cluster for the session: ``initdb`` into a temporary directory, ``pg_ctl start`` on a free
port (as the ``postgres`` user when the tests run as root), one empty database per test; stopped and removed at
the end. Skipped only when the server binaries are not installed (``apt-get install postgresql``). ``pg_central``: the
central server of ``tests/central`` on such a database."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.central.conftest import (
    RunningServer,
    _close_clients,  # noqa: F401  (autouse here too: closes the httpx clients Center.login opens)
    start_server,
    stop_server,
)
from tests.faults.support import free_port

_databases = itertools.count(1)


def _bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        path = Path(candidate)
        if (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


class Cluster:
    def __init__(self, bindir: Path, root: Path, port: int) -> None:
        self.bindir = bindir
        self.root = root
        self.port = port
        self.data = root / "data"
        self.log = root / "postgres.log"

    def run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stdout}\n{done.stderr}")

    def start(self) -> None:
        self.run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def new_database(self) -> str:
        """A fresh empty database; its SQLAlchemy URL."""
        name = f"govdesk{next(_databases)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="govdesk-pg-"))  # under /tmp: the postgres user must reach it
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    cluster = Cluster(bindir, root, free_port())
    try:
        cluster.start()
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    return pg_cluster.new_database()


@pytest.fixture
def pg_central(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningServer]:
    """The central server ``tests/central`` runs (``start_server``: in this process, over loopback, devices approved
    at once, its signing key in a file outside the database) on a fresh PostgreSQL database, so the checks written
    for SQLite run here as they are."""
    monkeypatch.setenv("GOVDESK_TEST_CENTRAL_DB", pg_url)
    running = start_server(tmp_path / "unused.db", tmp_path)
    yield running
    stop_server(running)
