"""A throwaway PostgreSQL cluster for the load benchmark, as ``tests/postgres/conftest.py`` makes one for the tests:
``initdb`` into a temporary folder, ``pg_ctl start`` on a free port (as the ``postgres`` user when run as root),
stopped and removed afterwards."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

_names = itertools.count(1)


def pg_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        path = Path(candidate)
        if (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


class Cluster:
    def __init__(self, bindir: Path, root: Path, port: int) -> None:
        self.bindir, self.root, self.port = bindir, root, port
        self.data = root / "data"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stdout}\n{done.stderr}")

    @classmethod
    @contextmanager
    def running(cls, bindir: Path) -> Iterator[Cluster]:
        root = Path(tempfile.mkdtemp(prefix="govdesk-loadpg-"))
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        cluster = cls(bindir, root, port)
        try:
            cluster._run(str(bindir / "initdb"), "-D", str(cluster.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
            options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300"
            log = str(root / "postgres.log")
            cluster._run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-o", options, "-l", log, "-w", "start")
            yield cluster
        finally:
            try:
                if (cluster.data / "postmaster.pid").exists():
                    cluster._run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-m", "fast", "-w", "stop")
            finally:
                shutil.rmtree(root, ignore_errors=True)

    def new_database(self) -> str:
        name = f"govdeskload{next(_names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"
