"""A value PostgreSQL cannot store (a NUL character in text) is the request's fault: 422 in words, never a 500."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
import uvicorn

from govdesk.central import admin
from govdesk.central.app import create_app
from govdesk.central.embedded import free_port
from tests.central.conftest import PASSWORD, PASSWORD_HASH


@pytest.fixture
def pg_server(pg_url: str) -> Iterator[str]:
    app = create_app(pg_url, secret="k" * 64)  # PostgreSQL: the signing key comes from outside the database
    with app.state.central.tx() as session:
        now = datetime.now(UTC)
        admin.add_center(session, "41122199", "测试县政务服务中心", now)
        admin.add_user(session, "wangli", "王丽", "intake", "41122199", PASSWORD, now, password_hash=PASSWORD_HASH)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_a_nul_character_is_refused_with_422(pg_server: str) -> None:
    with httpx.Client(base_url=pg_server, timeout=10) as client:
        token = client.post("/api/v1/auth/login", json={"username": "wangli", "password": PASSWORD}).json()
        client.headers["Authorization"] = f"Bearer {token['access_token']}"
        reply = client.post("/api/v1/devices/register", json={"device_id": "pc\x00one", "name": "窗口"})
        assert reply.status_code == 422, reply.text
        assert reply.json()["code"] == "invalid_value" and "控制字符" in reply.json()["message_zh"]
        assert client.post("/api/v1/devices/register", json={"device_id": "pc-one", "name": "窗口"}).is_success
