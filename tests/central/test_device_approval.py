"""Registration is an admin's step (issue 12): a new device is pending until an admin of its center approves it."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.central.conftest import Center, RunningServer, make_center, start_server, stop_server


@pytest.fixture(scope="module")
def approving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("approving")
    running = start_server(tmp / "central.db", tmp, device_approval="admin")  # what ``central serve`` does
    yield running
    stop_server(running)


def _register(center: Center) -> tuple[httpx.Client, dict[str, str]]:
    client, _ = center.login("intake")
    reply = client.post("/api/v1/devices/register", json={"name": "new-pc", "window": "3号窗口"})
    assert reply.status_code == 200, reply.text
    data = reply.json()
    client.headers["X-Govdesk-Device-Key"] = data["device_key"]
    return client, data


def test_a_new_device_waits_for_an_admin_of_its_center(approving: RunningServer) -> None:
    center = make_center(approving)
    client, data = _register(center)
    assert data["status"] == "pending"
    device_id = data["device_id"]
    push = client.post("/api/v1/sync/push", json={"device_id": device_id, "events": []})
    assert push.status_code == 403
    assert push.json()["code"] == "device_pending"
    assert "等待管理员批准" in push.json()["message_zh"]
    # Registering again while pending says pending again (the window asks every round).
    again = client.post("/api/v1/devices/register", json={"device_id": device_id})
    assert again.json()["status"] == "pending"
    # A clerk, or an admin of another center, cannot approve it.
    clerk, _ = center.login("intake")
    assert clerk.post(f"/api/v1/admin/devices/{device_id}/approve").status_code == 403
    stranger, _ = make_center(approving).login("admin")
    assert stranger.post(f"/api/v1/admin/devices/{device_id}/approve").status_code == 404
    admin, _ = center.login("admin")
    pending = admin.get("/api/v1/admin/devices", params={"status": "pending"}).json()
    assert [d["device_id"] for d in pending] == [device_id]
    assert admin.post(f"/api/v1/admin/devices/{device_id}/approve").status_code == 200
    assert admin.post(f"/api/v1/admin/devices/{device_id}/approve").status_code == 409  # approved once
    again = client.post("/api/v1/devices/register", json={"device_id": device_id})
    assert again.json()["status"] == "active"
    push = client.post("/api/v1/sync/push", json={"device_id": device_id, "events": []})
    assert push.status_code == 200


def test_pending_devices_count_against_the_quota(tmp_path: Path) -> None:
    running = start_server(tmp_path / "central.db", tmp_path, device_approval="admin", device_quota=1)
    try:
        center = make_center(running)
        _register(center)
        client, _ = center.login("intake")
        reply = client.post("/api/v1/devices/register", json={"name": "second"})
        assert reply.status_code == 409
        assert reply.json()["code"] == "device_quota"
    finally:
        stop_server(running)


def test_the_cli_lists_approves_and_re_enrols(approving: RunningServer) -> None:
    center = make_center(approving)
    _client, data = _register(center)
    db = f"sqlite:///{approving.db_path}"

    def govdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "govdesk", "central", "device", *args, "--db", db],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )

    listed = govdesk("list", "--center", center.code)
    assert listed.returncode == 0, listed.stderr
    assert data["device_id"] in listed.stdout and "等待批准" in listed.stdout
    approved = govdesk("approve", data["device_id"], "--by", "王管理")
    assert approved.returncode == 0, approved.stderr
    assert "已批准设备" in approved.stdout
    assert "正常" in govdesk("list", "--center", center.code).stdout
    refused = govdesk("reenrol", data["device_id"])
    assert refused.returncode != 0
    assert "只有被隔离的设备" in refused.stderr
    missing = govdesk("approve", str(uuid.uuid4()))
    assert missing.returncode != 0 and "不存在" in missing.stderr
    # What it pulls: a window PC by default; the admin makes it a hall desk (and the device's next pull follows).
    assert "\t本工作站\t" in govdesk("list", "--center", center.code).stdout
    desk = govdesk("scope", data["device_id"], "center", "--by", "王管理")
    assert desk.returncode == 0, desk.stderr
    assert "同步范围已设为全中心" in desk.stdout
    assert "\t全中心\t" in govdesk("list", "--center", center.code).stdout
    wrong = govdesk("scope", data["device_id"], "everything")
    assert wrong.returncode != 0 and "everything" in wrong.stderr, wrong.stderr
    assert govdesk("scope", str(uuid.uuid4()), "station").returncode != 0
