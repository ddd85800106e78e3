"""The center keeps the receipts it signs (issue 12), with a real central server on loopback and real database files:
an auditor checks a PC against the center (``govdesk db verify --center``), and deleting every receipt on the PC, or
the events they cover (the chain recomputed), is said in words. The listing is the center's admins' and supervisors',
or a device's own; every query value is bounded."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from govdesk.cli import main
from govdesk.cli.report import PASSWORD_ENV
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center
from tests.sync.conftest import Window, Windows
from tests.sync.test_receipts import _recompute

RECEIPTS = "/api/v1/trust/receipts"


def _synced(windows: Windows, server: RunningServer, center: Center, cases: int = 3) -> Window:
    window = windows(server.url, center.code)
    window.engine.batch_size = 4  # three cases are 9 events: three batches, three receipts
    window.login(center.users["intake"])
    window.intake(cases)
    assert window.sync().ok
    return window


@pytest.fixture
def synced_pc(windows: Windows, server: RunningServer, center: Center) -> Path:
    """The database file of a PC that synced three cases (nine events, three receipts), closed: for an attacker with
    the file to change, then for the audit."""
    window = _synced(windows, server, center)
    path = window.store.path
    window.store.close()
    return path


def _tamper(path: Path, *statements: str, recompute: bool = False) -> None:
    """Run ``statements`` on the closed database, as an attacker with the file would; then recompute the chain."""
    with sqlite3.connect(path) as raw:
        for statement in statements:
            raw.execute(statement)
    if recompute:
        _recompute(path)


def _found_against_the_center_only(
    server: RunningServer,
    center: Center,
    path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The PC alone cannot tell; the audit against the center fails: what the audit said."""
    assert main(["db", "verify", "--db", str(path)]) == 0
    capsys.readouterr()
    assert _audit(server, center, path, monkeypatch) == 1
    return capsys.readouterr().out


def _local(path: Path) -> list[dict[str, object]]:
    with sqlite3.connect(path) as raw:
        return [json.loads(d) for (d,) in raw.execute("SELECT document FROM receipts ORDER BY chain_position")]


def _audit(server: RunningServer, center: Center, path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return main(["db", "verify", "--db", str(path), "--center", server.url, "--user", center.users["admin"]])


def test_the_center_keeps_every_receipt_it_signs_and_an_intact_pc_passes_the_audit(
    windows: Windows,
    server: RunningServer,
    center: Center,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _synced(windows, server, center)
    admin, _ = center.login("admin")
    listed = admin.get(RECEIPTS, params={"device_id": window.store.device_id()})
    assert listed.status_code == 200, listed.text
    assert listed.json()["receipts"] == _local(window.store.path)  # the same signed documents, in order
    # pages: two, then one, then none
    page = admin.get(RECEIPTS, params={"device_id": window.store.device_id(), "limit": 2}).json()
    assert len(page["receipts"]) == 2 and page["next_after"] is not None
    rest = admin.get(RECEIPTS, params={"device_id": window.store.device_id(), "after": page["next_after"]}).json()
    assert len(rest["receipts"]) == 1 and rest["next_after"] is None
    path = window.store.path
    window.store.close()
    assert _audit(server, center, path, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "与中心核对：中心为本机保存回执 3 份，本机全部持有，第 1 至 9 条事件与中心签收时一致" in out


def test_every_receipt_deleted_on_the_pc_is_found_against_the_center(
    synced_pc: Path,
    server: RunningServer,
    center: Center,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _tamper(synced_pc, "DELETE FROM receipts")
    out = _found_against_the_center_only(server, center, synced_pc, capsys, monkeypatch)
    assert "本机的中心回执已全部被删除：中心为本机签发并保存了 3 份回执（覆盖第 1 至 9 条事件），本机一份也没有" in out


def test_events_and_receipts_deleted_with_the_chain_recomputed_are_found_against_the_center(
    synced_pc: Path,
    server: RunningServer,
    center: Center,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The attacker deletes the last case's events and the receipts that cover them, and recomputes the chain: the
    PC checks out on its own; the center's copy does not agree."""
    _tamper(
        synced_pc,
        "DELETE FROM events WHERE position > 6",
        "DELETE FROM receipts WHERE chain_position > 6",
        recompute=True,
    )
    out = _found_against_the_center_only(server, center, synced_pc, capsys, monkeypatch)
    assert "本机缺少中心签发的 2 份回执（链位置 8、9）：回执被删除过" in out
    assert "中心签收到本机第 9 条事件，本机却只有 6 条" in out and "事件被删除过" in out


def test_an_event_deleted_in_the_middle_with_all_receipts_is_found(
    synced_pc: Path,
    server: RunningServer,
    center: Center,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _tamper(synced_pc, "DELETE FROM events WHERE position = 2", "DELETE FROM receipts", recompute=True)
    assert _audit(server, center, synced_pc, monkeypatch) == 1
    out = capsys.readouterr().out
    assert "全部被删除" in out and "与中心保存的回执" in out and "被改动、删除或插入过" in out


def test_the_audit_needs_an_auditors_login_and_says_why_not(
    windows: Windows,
    server: RunningServer,
    center: Center,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _synced(windows, server, center, cases=1)
    path = window.store.path
    window.store.close()
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert main(["db", "verify", "--db", str(path), "--center", server.url]) == 2
    assert "--user" in capsys.readouterr().err
    code = main(["db", "verify", "--db", str(path), "--center", server.url, "--user", center.users["intake"]])
    assert code == 2
    assert "只能查看本机设备的回执" in capsys.readouterr().err
    other = make_center(server)
    code = main(["db", "verify", "--db", str(path), "--center", server.url, "--user", other.users["admin"]])
    assert code == 1  # another center's admin: that center knows none of this PC's devices
    out = capsys.readouterr().out
    assert "中心没有设备" in out and "它不是本中心的设备" in out and "本机有 1 份中心没有记录的回执" in out


def test_receipts_are_a_devices_own_or_an_auditors_of_its_center(
    windows: Windows, server: RunningServer, center: Center
) -> None:
    first, second = _synced(windows, server, center, cases=1), _synced(windows, server, center, cases=1)
    device = first.store.device_id()
    own_key = first.client.session.headers["X-Govdesk-Device-Key"]
    other_key = second.client.session.headers["X-Govdesk-Device-Key"]
    clerk, _ = center.login("intake")
    # a clerk with no device key, or with another device's key
    refused = clerk.get(RECEIPTS, params={"device_id": device})
    assert refused.status_code == 403 and "只能查看本机设备的回执" in refused.json()["message_zh"]
    assert (
        clerk.get(RECEIPTS, params={"device_id": device}, headers={"X-Govdesk-Device-Key": other_key}).status_code
        == 403
    )
    # the device itself, with its key
    mine = clerk.get(RECEIPTS, params={"device_id": device}, headers={"X-Govdesk-Device-Key": own_key})
    assert mine.status_code == 200 and {r["device_id"] for r in mine.json()["receipts"]} == {device}
    # a supervisor of the center (the hall's auditor), any device
    center.users["supervisor"] = center.add_user("supervisor")
    supervisor, _ = center.login("supervisor")
    assert supervisor.get(RECEIPTS, params={"device_id": second.store.device_id()}).status_code == 200
    # another center's admin: not found, as an unknown device
    stranger, _ = make_center(server).login("admin")
    assert stranger.get(RECEIPTS, params={"device_id": device}).status_code == 404
    admin, _ = center.login("admin")
    assert admin.get(RECEIPTS, params={"device_id": "no-such-device"}).status_code == 404
    # bounded query values
    for params in (
        {"device_id": "d" * 65},
        {"device_id": device, "limit": 1001},
        {"device_id": device, "limit": 0},
        {"device_id": device, "after": -1},
        {},
    ):
        reply = admin.get(RECEIPTS, params=params)
        assert reply.status_code == 422, params
    assert admin.get(RECEIPTS, params={"device_id": device, "after": 2**62}).json()["receipts"] == []


def test_a_retried_push_does_not_grow_the_centers_receipts(
    windows: Windows, server: RunningServer, center: Center
) -> None:
    """The same anchored batch pushed again (a lost reply) answers the receipt kept the first time: one row per
    event."""
    window = _synced(windows, server, center, cases=1)
    admin, _ = center.login("admin")
    before = admin.get(RECEIPTS, params={"device_id": window.store.device_id()}).json()["receipts"]
    with window.store.transaction() as tx:
        tx.execute(text("UPDATE outbox SET status = 'pending'"))
    assert window.sync().ok
    after = admin.get(RECEIPTS, params={"device_id": window.store.device_id()}).json()["receipts"]
    assert after == before
