"""A value PostgreSQL cannot store (a NUL character in text) is the request's fault: 422 in words, never a 500."""

from __future__ import annotations

import pytest

from tests.central.conftest import RunningServer, make_center

pytestmark = pytest.mark.postgres


def test_a_nul_character_is_refused_with_422(pg_central: RunningServer) -> None:
    client, _ = make_center(pg_central).login("intake")
    reply = client.post("/api/v1/devices/register", json={"device_id": "pc\x00one", "name": "窗口"})
    assert reply.status_code == 422, reply.text
    assert reply.json()["code"] == "invalid_value" and "控制字符" in reply.json()["message_zh"]
    assert client.post("/api/v1/devices/register", json={"device_id": "pc-one", "name": "窗口"}).is_success
