"""The chain anchored by the center's signed batch receipts (issue 12), with a real central server on loopback and
real database files: a window keeps a receipt per batch, and ``govdesk db verify`` finds an event deleted or changed
before an anchor even after the attacker recomputed the whole local chain, the head included."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from govdesk.cli import main
from govdesk.domain.trust import BatchReceipt, key_id
from govdesk.store.chain import GENESIS, HEAD_HASH_KEY, HEAD_POSITION_KEY, event_hash, row_content
from govdesk.store.verify import verify_database
from tests.central.conftest import Center, RunningServer
from tests.sync.conftest import Window, Windows
from tests.sync.proxy import FaultProxy


def _synced(windows: Windows, server: RunningServer, center: Center, cases: int = 3) -> Window:
    window = windows(server.url, center.code)
    window.engine.batch_size = 4  # three cases are 9 events: three batches, three receipts
    window.login(center.users["intake"])
    window.intake(cases)
    report = window.sync()
    assert report.ok and report.pushed == 3 * cases
    return window


def _center_key(server: RunningServer, tmp_path: Path) -> Path:
    reply = server.client().get("/api/v1/trust/center-key")
    assert reply.status_code == 200
    path = tmp_path / "center-key.json"
    path.write_text(reply.text, encoding="utf-8")
    return path


def _recompute(path: Path) -> None:
    """What an attacker holding the file does after an edit: renumber, rehash every row and rewrite the head."""
    with sqlite3.connect(path) as raw:
        raw.row_factory = sqlite3.Row
        rows = raw.execute("SELECT * FROM events ORDER BY position").fetchall()
        raw.execute("DELETE FROM events")
        prev = GENESIS
        for position, row in enumerate(rows, start=1):
            digest = event_hash(prev, row_content(SimpleNamespace(**dict(row))))
            values = {**dict(row), "position": position, "prev_hash": prev, "hash": digest}
            columns = ", ".join(values)
            raw.execute(
                f"INSERT INTO events ({columns}) VALUES ({', '.join('?' * len(values))})", list(values.values())
            )
            prev = digest
        raw.execute("UPDATE meta SET value = ? WHERE key = ?", (str(len(rows)), HEAD_POSITION_KEY))
        raw.execute("UPDATE meta SET value = ? WHERE key = ?", (prev, HEAD_HASH_KEY))


def _receipts(path: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as raw:
        return [json.loads(doc) for (doc,) in raw.execute("SELECT document FROM receipts ORDER BY chain_position")]


def test_each_batch_gets_a_receipt_signed_by_the_center(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = _synced(windows, server, center)
    path = window.store.path
    receipts = [BatchReceipt.from_json(doc) for doc in _receipts(path)]
    assert [(r.first_seq, r.last_seq, r.chain_position) for r in receipts] == [(1, 4, 4), (5, 8, 8), (9, 9, 9)]
    assert {r.device_id for r in receipts} == {window.store.device_id()}
    assert {r.center_code for r in receipts} == {center.code}
    report = verify_database(path)
    assert report.ok, report.problems()
    assert report.anchors is not None and (report.anchors.receipts, report.anchors.anchored_to) == (3, 9)
    window.store.close()
    assert main(["db", "verify", "--db", str(path), "--center-key", str(_center_key(server, tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "中心回执 3 份（以所给的中心公钥核对签名），第 1 至 9 条事件与中心签收时一致" in out


def test_an_event_deleted_before_the_anchor_is_found_although_the_chain_was_recomputed(
    windows: Windows, server: RunningServer, center: Center, capsys: pytest.CaptureFixture[str]
) -> None:
    window = _synced(windows, server, center)
    path = window.store.path
    window.store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events WHERE position = 2")
    _recompute(path)
    report = verify_database(path)
    assert report.chain is not None and report.chain.ok  # the local chain alone is fooled
    assert not report.ok
    assert any("与中心于" in line and "被改动、删除或插入过" in line for line in report.problems())
    assert main(["db", "verify", "--db", str(path)]) == 1
    assert "即使本地链已被重算" in capsys.readouterr().out


def test_an_event_changed_before_the_anchor_is_found_although_the_chain_was_recomputed(
    windows: Windows, server: RunningServer, center: Center
) -> None:
    window = _synced(windows, server, center)
    path = window.store.path
    window.store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE events SET payload = ? WHERE position = 5", (json.dumps({"备注": "改过"}),))
    _recompute(path)
    report = verify_database(path)
    assert report.chain is not None and report.chain.ok
    problems = report.problems()
    assert not report.ok
    # the receipts at positions 8 and 9 no longer match; the one at 4, before the change, still does
    assert report.anchors is not None and report.anchors.anchored_to == 4
    assert sum("与中心于" in line for line in problems) == 2


def test_a_receipt_rewritten_to_match_the_recomputed_chain_fails_its_signature(
    windows: Windows, server: RunningServer, center: Center
) -> None:
    window = _synced(windows, server, center)
    path = window.store.path
    window.store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events WHERE position = 2")
    _recompute(path)
    with sqlite3.connect(path) as raw:
        for receipt_id, doc in raw.execute("SELECT receipt_id, document FROM receipts").fetchall():
            data = json.loads(doc)
            row = raw.execute("SELECT event_id, hash FROM events WHERE position = ?", (data["chain_position"],))
            found = row.fetchone()
            if found is None:
                continue
            data["event_id"], data["chain_hash"] = found
            raw.execute("UPDATE receipts SET document = ? WHERE receipt_id = ?", (json.dumps(data), receipt_id))
    report = verify_database(path)
    assert not report.ok
    assert any("回执签名不符" in line for line in report.problems())


def test_receipts_forged_with_the_attackers_own_key_fail_against_the_centers_key(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attacker swaps the stored center key for their own and signs new receipts: the local check passes, the
    auditor's check with the center's key does not."""
    window = _synced(windows, server, center)
    path = window.store.path
    window.store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events WHERE position = 2")
    _recompute(path)
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "UPDATE meta SET value = ? WHERE key = 'trust.center_public_key'", (base64.b64encode(public).decode(),)
        )
        for receipt_id, doc in raw.execute("SELECT receipt_id, document FROM receipts").fetchall():
            data = json.loads(doc)
            found = raw.execute(
                "SELECT event_id, hash FROM events WHERE position = ?", (data["chain_position"],)
            ).fetchone()
            if found is None:
                raw.execute("DELETE FROM receipts WHERE receipt_id = ?", (receipt_id,))
                continue
            forged = BatchReceipt.from_json(
                {**data, "event_id": found[0], "chain_hash": found[1], "key_id": key_id(public)}
            )
            signed = {**forged.to_json(), "signature": base64.b64encode(forger.sign(forged.signed_bytes())).decode()}
            raw.execute("UPDATE receipts SET document = ? WHERE receipt_id = ?", (json.dumps(signed), receipt_id))
    assert verify_database(path).ok  # fooled: the key kept in the file is the attacker's
    key_file = _center_key(server, tmp_path)
    assert main(["db", "verify", "--db", str(path), "--center-key", str(key_file)]) == 1
    assert "不是用所给的中心公钥签发的" in capsys.readouterr().out


def test_the_server_signs_only_an_anchor_on_the_batchs_last_stored_event(
    windows: Windows, server: RunningServer, center: Center
) -> None:
    """Hostile anchors: on another event than the last, a malformed hash, none at all."""
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.intake(1)
    assert window.sync().ok
    client, _tokens = center.login("intake")
    device_key = window.client.session.headers["X-Govdesk-Device-Key"]
    with window.store.reading() as db:
        rows = db.exec_driver_sql("SELECT seq, event_id, event_json FROM outbox ORDER BY seq").all()
    events = [
        {
            "event_id": event_id,
            "device_id": window.store.device_id(),
            "device_seq": seq,
            "schema_version": 1,
            "client_time": "2026-12-06T09:00:00+08:00",
            "event": json.loads(text),
        }
        for seq, event_id, text in rows
    ]
    body: dict[str, Any] = {"device_id": window.store.device_id(), "events": events}
    headers = {"X-Govdesk-Device-Key": device_key}
    anchor_first = {"event_id": events[0]["event_id"], "position": 1, "hash": "a" * 64}
    reply = client.post("/api/v1/sync/push", json={**body, "anchor": anchor_first}, headers=headers)
    assert reply.status_code == 200 and reply.json()["receipt"] is None
    reply = client.post("/api/v1/sync/push", json=body, headers=headers)
    assert reply.status_code == 200 and reply.json()["receipt"] is None
    bad = {"event_id": events[-1]["event_id"], "position": 3, "hash": "not-a-hash"}
    assert client.post("/api/v1/sync/push", json={**body, "anchor": bad}, headers=headers).status_code == 422
    # the window's own claim for its last event, sent again (a retry): the receipt the center kept the first time
    with window.store.reading() as db:
        position, digest = db.exec_driver_sql(
            "SELECT position, hash FROM events WHERE event_id = ?", (events[-1]["event_id"],)
        ).one()
    same = {"event_id": events[-1]["event_id"], "position": position, "hash": digest}
    receipt = client.post("/api/v1/sync/push", json={**body, "anchor": same}, headers=headers).json()["receipt"]
    assert receipt["device_id"] == window.store.device_id() and receipt["center_code"] == center.code
    assert (receipt["first_seq"], receipt["last_seq"], receipt["chain_position"]) == (1, 3, 3)
    with window.store.reading() as db:
        kept = json.loads(db.exec_driver_sql("SELECT document FROM receipts").scalar_one())
    assert receipt == kept  # the very receipt of the first push (same time, same signature): not a second one
    # another claim about the same event (a chain rewritten on the PC, pushed again): the center signs nothing
    forged = {"event_id": events[-1]["event_id"], "position": 3, "hash": "b" * 64}
    reply = client.post("/api/v1/sync/push", json={**body, "anchor": forged}, headers=headers)
    assert reply.status_code == 200 and reply.json()["receipt"] is None


def test_a_center_without_a_public_key_still_syncs(windows: Windows, center: Center, proxy: FaultProxy) -> None:
    """A server from before receipts answers 404 for its key: the window syncs all the same, and takes the key at a
    later start."""
    proxy.inject("404", "/api/v1/trust/center-key")
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    window.intake(1)
    assert window.sync().ok
    assert window.store.get_meta("trust.center_public_key") is None
    assert ("GET", "/api/v1/trust/center-key", "404") in proxy.log
