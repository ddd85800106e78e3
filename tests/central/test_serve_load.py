"""``govdesk central serve``'s load options through a real subprocess: what cannot work is refused in words before
anything starts (more than one process on SQLite, limits that contradict, a metrics token that cannot be read); at
the default log level no request is logged one by one, and a summary of them is logged when the server stops."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.central.conftest import free_port


def serve(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govdesk", "central", "serve", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def test_more_than_one_process_on_sqlite_refused_before_the_database_is_touched(tmp_path: Path) -> None:
    db = tmp_path / "central.db"
    done = serve("--db", f"sqlite:///{db}", "--workers", "2")
    assert done.returncode == 2
    assert "SQLite 数据库只允许一个服务器进程写入" in done.stderr and "PostgreSQL" in done.stderr
    assert not db.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--workers", "0"), "--workers 须为 1 或更大的整数"),
        (("--max-concurrent", "0"), "--max-concurrent 须为 1 或更大的整数"),
        (("--retry-after", "0"), "--retry-after 须为 1 秒或更长"),
        (("--max-concurrent", "50", "--max-connections", "10"), "不能小于 --max-concurrent"),
        (("--metrics-token-file", "/no/such/token"), "无法读取"),
    ],
)
def test_options_that_cannot_work_are_refused_in_words(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    done = serve("--db", f"sqlite:///{tmp_path / 'central.db'}", *args)
    assert done.returncode == 2, done.stderr
    assert said in done.stderr, done.stderr
    assert not (tmp_path / "central.db").exists()


def test_a_short_metrics_token_refused(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("short\n", encoding="utf-8")
    done = serve("--db", f"sqlite:///{tmp_path / 'central.db'}", "--metrics-token-file", str(token))
    assert done.returncode == 2 and "令牌过短" in done.stderr, done.stderr


def test_info_logs_a_summary_not_each_request_and_the_token_file_is_used(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("province-scraper-0123456789abcdef\n", encoding="utf-8")
    port = free_port()
    command = [
        sys.executable, "-m", "govdesk", "central", "serve", "--db", f"sqlite:///{tmp_path / 'central.db'}",
        "--port", str(port), "--metrics-token-file", str(token), "--max-concurrent", "4",
    ]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        with httpx.Client(base_url=url, timeout=5) as client:
            while True:
                assert time.monotonic() < deadline and proc.poll() is None, "server did not start"
                try:
                    client.get("/openapi.json")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            for _ in range(5):
                assert client.post("/api/v1/auth/login", json={"username": "x", "password": "y"}).status_code == 401
            assert client.get("/metrics").status_code == 403  # a token is set: loopback needs it too
            bearer = {"Authorization": "Bearer province-scraper-0123456789abcdef"}
            assert client.get("/metrics", headers=bearer).status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "/api/v1/auth/login 401" not in err and "POST /api" not in err  # no line per request at info
    assert "requests in" in err and "p95" in err, err[-2000:]  # the summary when it stopped
