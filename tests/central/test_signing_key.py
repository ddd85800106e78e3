"""The access tokens' signing key is kept outside the business database: a copy of the database cannot sign a
token as an administrator (issue 12; GB/T 39786-2021 §8.4), tried over HTTP against the real server."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from govdesk.central.app import create_app
from govdesk.central.context import SECRET_ENV, SECRET_FILE_ENV, SecretError
from govdesk.central.db import AuthSession, User
from govdesk.central.security import AccessClaims, sign_access
from tests.central.conftest import RunningServer, make_center, start_server, stop_server


@pytest.fixture
def own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningServer]:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.delenv(SECRET_FILE_ENV, raising=False)
    running = start_server(tmp_path / "central.db", tmp_path)
    yield running
    stop_server(running)


def test_a_copy_of_the_database_cannot_sign_an_admin_token(own: RunningServer) -> None:
    center = make_center(own)
    center.login("admin")  # the administrator has a login the attacker can see in the database
    with own.central.tx() as session:  # everything a stolen copy of the database holds
        texts = [str(value) for (value,) in session.execute(text("SELECT value FROM meta"))]
        admin = session.execute(select(User).where(User.username == center.users["admin"])).scalar_one()
        login = session.execute(select(AuthSession).where(AuthSession.user_id == admin.id)).scalar_one()
        claims = AccessClaims(
            admin.id, admin.username, "admin", center.code, login.id, datetime.now(UTC) + timedelta(minutes=5)
        )
    assert own.central.secret not in texts
    client = own.client()
    for candidate in texts:
        forged = sign_access(candidate, claims)
        reply = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {forged}"})
        assert reply.status_code == 401 and reply.json()["code"] == "token_invalid", (candidate, reply.text)
    # beside the SQLite database (on PostgreSQL, the file the test server names), the server's user's only
    beside, named = own.db_path.with_name(own.db_path.name + ".secret"), own.db_path.parent / "central.secret"
    key_file = beside if beside.exists() else named
    assert key_file.read_text().strip() == own.central.secret
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_postgresql_without_a_key_outside_the_database_does_not_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.delenv(SECRET_FILE_ENV, raising=False)
    with pytest.raises(SecretError, match=SECRET_FILE_ENV):  # before any connection is tried
        create_app("postgresql+psycopg://nobody@127.0.0.1:1/nothing")


def test_every_server_process_reads_one_key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_FILE_ENV, str(tmp_path / "shared.secret"))
    one = start_server(tmp_path / "central.db", tmp_path)
    try:
        two = start_server(tmp_path / "central.db", tmp_path)
        try:
            center = make_center(one)
            _, tokens = center.login("intake")
            reply = two.client().get("/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
            assert reply.status_code == 200, reply.text
        finally:
            stop_server(two)
    finally:
        stop_server(one)
