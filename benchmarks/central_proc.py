"""The central server of the benchmarks, in a process of its own (its own interpreter and GIL, as in production): one
center, one intake user, devices approved as they register (``--device-approval auto``), uvicorn on a free port of
loopback. Shared by ``bench_sync``, ``bench_first_sync`` and ``bench_attachments``.

    proc, url = start_server(tmp)      # waits until it answers; ``proc.terminate()`` ends it
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import requests

USER, PASSWORD, CENTER = "bench", "bench-password-1", "BENCH"


def serve(db: str, port: int) -> None:
    """The server process: a center and a user, then uvicorn on ``port``."""
    import uvicorn

    from govdesk.central import admin
    from govdesk.central.app import create_app

    # Hall desks (every case of the center): the first sync measured is the largest there is, as before windows
    # pulled what concerns their station (issue 17).
    app = create_app(
        f"sqlite:///{db}", sms_log=Path(db).with_suffix(".sms.log"), device_approval="auto", device_scope="center"
    )
    with app.state.central.tx() as session:
        admin.add_center(session, CENTER, "基准测试中心", datetime.now(UTC))
        admin.add_user(session, USER, "基准", "intake", CENTER, PASSWORD, datetime.now(UTC))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", ws="none")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(tmp: Path, timeout: float = 30.0) -> tuple[subprocess.Popen[bytes], str]:
    """The server on ``tmp/central.db``, started and answering; its process and its address."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, str(tmp / "central.db"), str(port)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the central server ended at start (exit {proc.returncode})")
        try:
            requests.get(url + "/openapi.json", timeout=1).raise_for_status()
            return proc, url
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    proc.wait(10)
    raise RuntimeError("the central server did not start")


def peak_rss_kib(pid: int) -> int:
    """A process's peak resident memory (Linux ``VmHWM``), 0 where it cannot be read."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("VmHWM:")), 0)


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
