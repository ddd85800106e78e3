"""Plain http only to loopback: a window given ``http://`` to another machine refuses before any socket is opened
or any name resolved (seen by a ``sys.addaudithook`` hook on the real socket calls), so no password leaves."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from govdesk.services.auth import AuthService, LoginFailed
from govdesk.services.credentials import open_credential_store
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import InsecureServer, NetworkError
from govdesk.sync.transport import check_server_url
from tests.central.conftest import free_port

_watching: list[list[tuple[str, Any]]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        _watching[-1].append((event, args[1] if event == "socket.connect" else args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while a test watches


@pytest.fixture
def sockets() -> Iterator[list[tuple[str, Any]]]:
    """The socket connects and name look-ups made while the test runs."""
    seen: list[tuple[str, Any]] = []
    _watching.append(seen)
    yield seen
    _watching.remove(seen)


REMOTE = ["http://10.1.2.3:8765", "http://center.example", "http://center.example:8765/api", "http://[fd00::1]:8765"]


@pytest.mark.parametrize("url", REMOTE)
def test_a_login_to_plain_http_on_another_machine_is_refused_before_any_socket(
    url: str, sockets: list[tuple[str, Any]]
) -> None:
    auth = AuthService(url, open_credential_store())
    with pytest.raises(LoginFailed) as refused:
        auth.login("clerk", "the-password")
    said = str(refused.value)
    assert "拒绝以明文 http 连接中心服务器" in said and "https" in said and "server_url" in said
    client = SyncClient(url, tokens=MemoryTokenStore("a-refresh-token"))
    with pytest.raises(InsecureServer):
        client.login("clerk", "the-password")
    with pytest.raises(InsecureServer):  # a sync call with a stored refresh token: refused the same way
        client.pull("")
    client.close()
    assert sockets == []


def test_the_socket_watch_sees_a_real_connection(sockets: list[tuple[str, Any]]) -> None:
    """The control: the same hook records the connection a loopback http login does try (nothing listens)."""
    port = free_port()
    client = SyncClient(f"http://127.0.0.1:{port}", tokens=MemoryTokenStore(), timeout=(2.0, 2.0))
    with pytest.raises(NetworkError):
        client.login("clerk", "the-password")
    client.close()
    assert ("socket.connect", ("127.0.0.1", port)) in sockets


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8765", "http://127.8.9.10", "http://localhost:8765/", "http://[::1]:8765", "https://10.1.2.3"],
)
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    check_server_url(url)


@pytest.mark.parametrize(
    "url", ["http://localhost.evil.example", "http://127.0.0.1.example", "ftp://10.1.2.3", "10.1.2.3:8765", ""]
)
def test_names_that_only_look_local_and_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(InsecureServer) as refused:
        check_server_url(url)
    assert "https://" in str(refused.value)
