"""A central server serving https on loopback with a certificate from our own CA (made in the test): a window given
that CA bundle logs in and syncs; without it, or with another CA's, the certificate is refused in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govdesk.services.auth import AuthService, LoginFailed
from govdesk.services.credentials import open_credential_store
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import CertificateRefused
from tests.central.conftest import stop_server
from tests.sync.conftest import PASSWORD, RunningServer, Windows, assert_exactly_once, make_center, start_central
from tests.sync.tlscerts import TlsFiles, make_ca, make_tls_files


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, tls_files: TlsFiles) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central-tls")
    running = start_central(tmp / "central.db", tmp, tls=tls_files)
    yield running
    stop_server(running)


def test_a_window_with_the_ca_bundle_logs_in_and_syncs_over_https(
    tls_server: RunningServer, tls_files: TlsFiles, windows: Windows
) -> None:
    assert tls_server.url.startswith("https://127.0.0.1:")
    center = make_center(tls_server)
    clerk = AuthService(tls_server.url, open_credential_store(), ca_bundle=str(tls_files.ca_cert)).login(
        center.users["intake"], PASSWORD
    )
    assert clerk.username == center.users["intake"] and not clerk.offline
    window = windows(tls_server.url, center.code, ca_bundle=str(tls_files.ca_cert))
    window.login(center.users["intake"])
    window.intake(2)
    report = window.sync()
    assert report.ok, report.error
    assert_exactly_once(tls_server, window)


def _refused_login(url: str, ca_bundle: str, username: str) -> str:
    with pytest.raises(LoginFailed) as refused:
        AuthService(url, open_credential_store(), ca_bundle=ca_bundle).login(username, PASSWORD)
    return str(refused.value)


def test_without_the_ca_bundle_the_certificate_is_refused_in_words(tls_server: RunningServer) -> None:
    center = make_center(tls_server)
    said = _refused_login(tls_server.url, "", center.users["intake"])
    assert "中心服务器的证书未通过验证" in said and "ca_bundle" in said and "Traceback" not in said


def test_another_ca_is_refused_in_words_and_the_window_pauses_with_the_reason(
    tls_server: RunningServer, tmp_path: Path, windows: Windows
) -> None:
    make_ca(tmp_path / "other", "另一个根证书")
    other = str(tmp_path / "other" / "ca.pem")
    center = make_center(tls_server)
    said = _refused_login(tls_server.url, other, center.users["intake"])
    assert "中心服务器的证书未通过验证" in said and other in said
    window = windows(tls_server.url, center.code, ca_bundle=other)
    window.client.tokens.set_refresh_token("kept-from-before")  # a sync round with a token: refused the same way
    report = window.sync()
    assert isinstance(report.error, CertificateRefused)
    assert "证书未通过验证" in window.statuses[-1].last_error  # what the status bar shows


def test_a_ca_bundle_that_does_not_exist_is_said_in_words(tls_server: RunningServer, tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-ca.pem")
    client = SyncClient(tls_server.url, tokens=MemoryTokenStore(), ca_bundle=missing)
    with pytest.raises(CertificateRefused) as refused:
        client.login("clerk", PASSWORD)
    client.close()
    assert f"找不到设置的 CA 证书文件 {missing}" in str(refused.value)
