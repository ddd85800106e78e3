"""``govdesk central serve --workers 2`` on a real PostgreSQL: two server processes behind one port, and one scrape
of ``/metrics`` from either shows the requests both answered (prometheus_client's multiprocess mode, a folder made by
the serve command and removed when it stops)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.faults.support import ROOT, child_env, free_port, seed_central

pytestmark = [pytest.mark.postgres]

ROUTE = "/api/v1/catalog/latest"


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def metrics_folder(pid: int) -> Path:
    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    for item in environ:
        if item.startswith(b"PROMETHEUS_MULTIPROC_DIR="):
            return Path(item.split(b"=", 1)[1].decode())
    raise AssertionError("the worker has no PROMETHEUS_MULTIPROC_DIR")


def answered(url: str) -> float:
    """The requests to ROUTE the whole server answered, as one scrape says."""
    reply = httpx.get(url + "/metrics", headers={"Connection": "close"}, timeout=10)
    assert reply.status_code == 200, reply.text
    total = 0.0
    for family in text_string_to_metric_families(reply.text):
        for sample in family.samples:
            if sample.name == "govdesk_http_requests_total" and sample.labels.get("route") == ROUTE:
                total += sample.value
    return total


def test_two_worker_processes_one_port_metrics_summed(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVDESK_CENTRAL_SECRET_FILE", str(tmp_path / "central.secret"))
    seed_central(pg_url, ["W1"])
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "govdesk",
        "central",
        "serve",
        "--db",
        pg_url,
        "--port",
        str(port),
        "--workers",
        "2",
    ]
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=child_env())
    folder: Path | None = None
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            try:
                if httpx.get(url + "/openapi.json", timeout=2).status_code == 200 and len(children(proc.pid)) >= 2:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        folder = metrics_folder(children(proc.pid)[0])
        sent = 0
        # new connections until both processes have answered some (the kernel hands connections to either)
        while len({p.name.rsplit("_", 1)[1] for p in folder.glob("counter_*.db")}) < 2:
            assert sent < 2000, list(folder.iterdir())
            assert httpx.get(url + ROUTE, headers={"Connection": "close"}, timeout=10).status_code == 401
            sent += 1
        for _ in range(6):  # whichever process answers the scrape, it counts both
            assert answered(url) == sent
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()
    assert proc.returncode == 0, (tmp_path / "serve.log").read_text()[-3000:]
    text = (tmp_path / "serve.log").read_text()
    assert "2 个进程" in text
    assert folder is not None and not folder.exists()  # the metrics folder is removed with the server
