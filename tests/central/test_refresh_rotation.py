"""Refresh tokens rotate, and a used-up one replayed ends the login (a stolen token), tried over HTTP (issue 12)."""

from __future__ import annotations

from datetime import timedelta

import httpx

from tests.central.conftest import Center, RunningServer


def _refresh(server: RunningServer, token: str) -> httpx.Response:
    return server.client().post("/api/v1/auth/refresh", json={"refresh_token": token})


def test_a_replayed_refresh_token_ends_the_login(server: RunningServer, center: Center) -> None:
    client, tokens = center.login("intake")
    stolen = tokens["refresh_token"]
    first = _refresh(server, stolen)
    assert first.status_code == 200, first.text
    rotated = first.json()["refresh_token"]
    assert rotated != stolen  # used up
    server.clock.offset = timedelta(minutes=2)  # well past a lost reply's retry
    try:
        replay = _refresh(server, stolen)
        assert replay.status_code == 401 and replay.json()["code"] == "token_reused", replay.text
        assert "注销" in replay.json()["message_zh"]
        # the whole login ends: the clerk's own new token and access token too (the server cannot tell who is who)
        assert _refresh(server, rotated).json()["code"] == "token_revoked"
        client.headers["Authorization"] = f"Bearer {first.json()['access_token']}"
        assert client.get("/api/v1/auth/me").json()["code"] == "token_revoked"
    finally:
        server.clock.offset = timedelta(0)


def test_a_retry_after_a_lost_reply_is_rotated_again(server: RunningServer, center: Center) -> None:
    _, tokens = center.login("intake")
    lost = _refresh(server, tokens["refresh_token"])  # the reply never reached the window
    assert lost.status_code == 200
    retry = _refresh(server, tokens["refresh_token"])
    assert retry.status_code == 200, retry.text
    kept = retry.json()["refresh_token"]
    assert kept not in (tokens["refresh_token"], lost.json()["refresh_token"])
    assert _refresh(server, kept).status_code == 200


def test_logout_with_any_token_of_the_login_ends_it(server: RunningServer, center: Center) -> None:
    _, tokens = center.login("intake")
    newer = _refresh(server, tokens["refresh_token"]).json()
    assert (
        server.client().post("/api/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]}).status_code == 200
    )
    assert _refresh(server, newer["refresh_token"]).json()["code"] == "token_revoked"
