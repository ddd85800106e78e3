"""A device is bound to the key issued at its registration: another clerk cannot push under a window's device id
(consuming its sequence and wedging it), nor register it again to get its key; a center's devices have a quota
(issue 12), tried over HTTP against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from govdesk.central.db import Device
from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import Center, RunningServer, make_center, register_window, start_server, stop_server


def test_another_clerk_cannot_push_on_a_windows_device(server: RunningServer, center: Center) -> None:
    victim = register_window(center)
    case_id = victim.new_case(("case.drafted",))  # seq 1
    thief, _ = center.login("intake", center.add_user("intake", "-thief"))
    stolen = victim.wrap(victim.event(case_id, "case.material_recorded"), seq=victim.seq + 1)
    body = {"device_id": victim.device_id, "events": [stolen]}
    for key in (None, "guessed-key"):
        headers = {DEVICE_KEY_HEADER: key} if key else {}
        reply = thief.post("/api/v1/sync/push", json=body, headers=headers)
        assert (reply.status_code, reply.json()["code"]) == (403, "device_key_invalid"), reply.text
        assert "其他电脑" in reply.json()["message_zh"]
    again = thief.post("/api/v1/devices/register", json={"device_id": victim.device_id})
    assert (again.status_code, again.json()["code"]) == (409, "device_bound"), again.text
    assert "device_key" not in again.text
    # the window's own sequence is untouched: its next event goes through
    [answer] = victim.push_events([victim.event(case_id, "case.material_recorded")])
    assert answer["status"] == "applied" and victim.seq == 2


def test_a_device_registered_before_keys_is_bound_by_its_registrant_only(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    window.client.headers.pop(DEVICE_KEY_HEADER)
    with server.central.tx() as session:  # as revision 0006 leaves a device registered before it
        session.execute(update(Device).where(Device.device_id == window.device_id).values(key_hash=None))
    window.new_case(("case.drafted",))  # unbound: pushes as before
    other, _ = center.login("issuing")
    taken = other.post("/api/v1/devices/register", json={"device_id": window.device_id})
    assert (taken.status_code, taken.json()["code"]) == (409, "device_bound")
    bound = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id})
    assert bound.status_code == 200 and bound.json()["device_key"], bound.text
    keyless = window.wrap(window.event(str(uuid.uuid4()), "case.drafted"), seq=window.seq + 1)
    assert window.push([keyless]).status_code == 403  # bound now: its key is needed
    window.client.headers[DEVICE_KEY_HEADER] = bound.json()["device_key"]
    window.new_case(("case.drafted",))  # with it: through


@pytest.fixture
def small(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "central.db", tmp_path, device_quota=2)
    yield running
    stop_server(running)


def test_a_center_registers_devices_up_to_its_quota(small: RunningServer) -> None:
    center = make_center(small)
    register_window(center)
    register_window(center)
    client, _ = center.login()
    reply = client.post("/api/v1/devices/register", json={"name": "third"})
    assert (reply.status_code, reply.json()["code"]) == (409, "device_quota"), reply.text
    assert "上限 2 台" in reply.json()["message_zh"]


def test_a_window_binds_its_own_key_and_a_lost_reply_costs_nothing(server: RunningServer, center: Center) -> None:
    client, _ = center.login()
    key = "k" * 8 + uuid.uuid4().hex  # made and kept by the window before it registers
    device_id = str(uuid.uuid4())
    body = {"device_id": device_id, "name": "pc"}
    first = client.post("/api/v1/devices/register", json=body, headers={DEVICE_KEY_HEADER: key})
    assert first.status_code == 200 and first.json()["device_key"] == ""  # its own key: nothing to send back
    again = client.post("/api/v1/devices/register", json=body, headers={DEVICE_KEY_HEADER: key})  # the reply was lost
    assert again.status_code == 200 and again.json()["station_code"] == first.json()["station_code"]
    thief = client.post("/api/v1/devices/register", json=body)
    assert (thief.status_code, thief.json()["code"]) == (409, "device_bound")
