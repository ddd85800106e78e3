"""What the center keeps of what it signs, on PostgreSQL (issue 12; revision 0017): batch receipts (one per device and
event, a retry answered with the kept one, a second claim not signed), notice key certificates and their revocation,
the directory the windows take. Real server processes' database, over loopback."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import RunningServer, Window, make_center, register_window

pytestmark = pytest.mark.postgres


def _anchored_push(window: Window, position: int, digest: str) -> dict[str, Any]:
    case = window.event("11111111-1111-4111-8111-" + f"{window.seq:012d}", "case.drafted", {"case_no": "N"})
    wrapped = [window.wrap(case)]
    anchor = {"event_id": case["event_id"], "position": position, "hash": digest}
    reply = window.client.post(
        "/api/v1/sync/push", json={"device_id": window.device_id, "events": wrapped, "anchor": anchor}
    )
    assert reply.status_code == 200, reply.text
    return {"body": {"device_id": window.device_id, "events": wrapped}, "anchor": anchor, "reply": reply.json()}


def test_receipts_are_kept_once_per_event_on_postgresql(pg_central: RunningServer) -> None:
    center = make_center(pg_central)
    window = register_window(center)
    sent = [_anchored_push(window, n, f"{n:064x}") for n in (1, 2, 3)]
    assert all(s["reply"]["receipt"] is not None for s in sent)
    # the last batch again (a lost reply): the kept receipt; then another claim about it: nothing signed
    again = window.client.post("/api/v1/sync/push", json={**sent[-1]["body"], "anchor": sent[-1]["anchor"]})
    assert again.json()["receipt"] == sent[-1]["reply"]["receipt"]
    forged = {**sent[-1]["anchor"], "hash": "f" * 64}
    reply = window.client.post("/api/v1/sync/push", json={**sent[-1]["body"], "anchor": forged})
    assert reply.json()["receipt"] is None
    admin, _ = center.login("admin")
    listed = admin.get("/api/v1/trust/receipts", params={"device_id": window.device_id}).json()
    assert listed["receipts"] == [s["reply"]["receipt"] for s in sent]


def test_a_notice_key_is_certified_revoked_and_never_certified_again_on_postgresql(pg_central: RunningServer) -> None:
    center = make_center(pg_central)
    window = register_window(center)
    public = base64.b64encode(
        Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    ).decode()
    body = {"device_id": window.device_id, "public_key": public}
    headers = {DEVICE_KEY_HEADER: window.client.headers[DEVICE_KEY_HEADER]}
    assert window.client.post("/api/v1/trust/notice-key", json=body, headers=headers).status_code == 200
    admin, _ = center.login("admin")
    revoke = {"device_id": window.device_id, "reason_code": "compromised", "reason": "电脑被盗"}
    assert admin.post("/api/v1/admin/notice-keys/revoke", json=revoke).status_code == 200
    assert admin.post("/api/v1/admin/notice-keys/revoke", json=revoke).status_code == 409
    refused = window.client.post("/api/v1/trust/notice-key", json=body, headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "notice_key_revoked"
    directory = window.client.get("/api/v1/trust/notice-keys").json()
    assert [c["public_key"] for c in directory["certificates"]] == [public]
    assert [(r["public_key"], r["reason"]) for r in directory["revocations"]] == [(public, "电脑被盗")]
    other = make_center(pg_central)
    stranger, _ = other.login("intake")
    assert stranger.get("/api/v1/trust/notice-keys").json()["revocations"] == []
