"""Login, refresh, expired and revoked tokens, device registration, the client-version gate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from govdesk.central import admin
from govdesk.protocol import DEVICE_KEY_HEADER, MAX_REFRESH_TOKEN_BYTES, PROTOCOL_VERSION
from tests.central.conftest import PASSWORD, Center, RunningServer, register_window


def test_login_gives_tokens_and_bad_password_is_refused(server: RunningServer, center: Center) -> None:
    client, tokens = center.login("intake")
    assert tokens["user"] == {
        "username": center.users["intake"],
        "display_name": "intake员",
        "role": "intake",
        "center_code": center.code,
        "department": "",
    }
    assert len(tokens["refresh_token"].encode()) <= MAX_REFRESH_TOKEN_BYTES
    assert client.get("/api/v1/auth/me").json()["center_code"] == center.code
    bad = server.client().post("/api/v1/auth/login", json={"username": center.users["intake"], "password": "wrong!"})
    assert bad.status_code == 401
    assert bad.json()["code"] == "bad_credentials"
    assert bad.json()["message_zh"] == "用户名或密码错误"
    nobody = server.client().post("/api/v1/auth/login", json={"username": "nobody", "password": PASSWORD})
    assert nobody.json()["code"] == "bad_credentials"


def test_expired_access_token_then_refresh(server: RunningServer, center: Center) -> None:
    client, tokens = center.login("intake")
    server.clock.offset = timedelta(minutes=16)  # access tokens live 15 minutes
    try:
        expired = client.get("/api/v1/auth/me")
        assert expired.status_code == 401
        assert expired.json()["code"] == "token_expired"
        refreshed = server.client().post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert refreshed.status_code == 200
        client.headers["Authorization"] = f"Bearer {refreshed.json()['access_token']}"
        assert client.get("/api/v1/auth/me").status_code == 200
        server.clock.offset = timedelta(days=31)  # refresh tokens live 30 days
        late = server.client().post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert late.status_code == 401
        assert late.json()["code"] == "token_expired"
    finally:
        server.clock.offset = timedelta(0)


def test_logout_revokes_access_and_refresh(server: RunningServer, center: Center) -> None:
    client, tokens = center.login("intake")
    assert (
        server.client().post("/api/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]}).status_code == 200
    )
    revoked = client.get("/api/v1/auth/me")
    assert revoked.status_code == 401
    assert revoked.json()["code"] == "token_revoked"
    again = server.client().post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert again.json()["code"] == "token_revoked"


def test_revoked_user_cannot_use_or_get_tokens(server: RunningServer, center: Center) -> None:
    username = center.add_user("intake", "2")
    client, _ = center.login(username=username)
    with server.central.tx() as session:
        admin.revoke_user(session, username, datetime.now(UTC))
    assert client.get("/api/v1/auth/me").json()["code"] == "token_revoked"
    reply = server.client().post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert reply.status_code == 403
    assert reply.json()["code"] == "account_disabled"


def test_tampered_or_missing_token(server: RunningServer, center: Center) -> None:
    _, tokens = center.login("intake")
    body, mac = tokens["access_token"].split(".")
    forged = server.client(Authorization=f"Bearer {body}x.{mac}").get("/api/v1/auth/me")
    assert forged.status_code == 401
    assert forged.json()["code"] == "token_invalid"
    missing = server.client().get("/api/v1/sync/summary")
    assert missing.status_code == 401
    assert missing.json()["code"] == "not_authenticated"


def test_device_registration_is_stable_and_unique_per_center(server: RunningServer, center: Center) -> None:
    first = register_window(center)
    second = register_window(center)
    assert first.station_code == "S01"
    assert second.station_code == "S02"
    again = register_window(center, device_id=first.device_id, device_key=first.client.headers[DEVICE_KEY_HEADER])
    assert (again.device_id, again.station_code) == (first.device_id, "S01")
    from tests.central.conftest import make_center

    elsewhere = make_center(server)
    assert register_window(elsewhere).station_code == "S01"
    client, _ = elsewhere.login()
    taken = client.post("/api/v1/devices/register", json={"device_id": first.device_id})
    assert taken.status_code == 409
    assert taken.json()["code"] == "device_other_center"


def test_old_client_gets_426(server: RunningServer, center: Center) -> None:
    client, _ = center.login()
    old = client.get("/api/v1/sync/summary", headers={"X-Govdesk-Client-Version": "0.0.9"})
    assert old.status_code == 426
    assert old.json()["code"] == "client_too_old"
    assert "升级" in old.json()["message_zh"]
    current = client.get("/api/v1/sync/summary", headers={"X-Govdesk-Client-Version": "0.1.0"})
    assert current.status_code == 200
    assert current.headers["X-Govdesk-Protocol"] == PROTOCOL_VERSION
