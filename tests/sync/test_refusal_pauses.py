"""A refused server address or certificate pauses sync with the reason in words (issue 12): one round, no retry
storm, the queue kept; changing the setting and asking to sync resumes it. Real servers on loopback (http, and https
with a CA made in the test)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.sync.engine import RoundReport
from govdesk.sync.status import STATE_LABELS, SyncState
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.statusbar import StatusBar
from tests.central.conftest import Center, RunningServer, stop_server
from tests.sync.conftest import Window, Windows, assert_exactly_once, make_center, start_central
from tests.sync.tlscerts import TlsFiles, make_ca, make_tls_files

#: An address of TEST-NET-1 (RFC 5737): never routed, and never contacted (refused before any socket).
REMOTE_HTTP = "http://192.0.2.10:8000"


def _rounds_while_running(window: Window, seconds: float) -> list[RoundReport]:
    """Run ``engine.run()`` for a while and return the rounds it made (a retry storm would make dozens: the
    back-off here waits 10-50 ms)."""
    rounds: list[RoundReport] = []
    window.engine.on_round = rounds.append

    async def idle() -> None:
        task = asyncio.ensure_future(window.engine.run())
        await asyncio.sleep(seconds)
        window.engine.stop()
        await task

    window.run(idle())
    return rounds


def test_plain_http_to_another_machine_pauses_sync_until_the_address_is_changed(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.intake(2)
    window.client.base_url = REMOTE_HTTP  # an admin typed the center's address without https
    rounds = _rounds_while_running(window, 1.0)
    assert len(rounds) == 1 and not rounds[0].ok
    status = window.engine.status
    assert status.state is SyncState.PAUSED_REFUSED
    assert STATE_LABELS[status.state] == "服务器地址或证书未通过检查，已暂停同步"
    assert status.last_error is not None
    assert "拒绝以明文 http 连接中心服务器 192.0.2.10" in status.last_error and "同步已暂停" in status.last_error
    assert status.queue_depth == 6  # kept
    window.client.base_url = server.url  # the address corrected
    window.engine.sync_now()
    rounds = _rounds_while_running(window, 1.0)
    assert rounds and rounds[0].ok and window.engine.status.state is SyncState.ONLINE
    assert_exactly_once(server, window)


HAN = re.compile(r"[\u3400-\u9fff]")


def test_the_pause_is_said_in_english_in_the_english_status_bar(
    server: RunningServer, center: Center, windows: Windows, qtbot: QtBot
) -> None:
    """The real refusal (transport), the engine's pause and the state label reach the status bar as Messages: with
    the English translation loaded nothing the clerk reads there is Chinese (issue 15)."""
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.intake(1)
    window.client.base_url = REMOTE_HTTP
    assert len(_rounds_while_running(window, 0.5)) == 1
    status = window.engine.status
    assert status.state is SyncState.PAUSED_REFUSED and status.last_error is not None
    install_translators("en")
    try:
        bar = StatusBar()
        qtbot.addWidget(bar)
        bar.render_status(status)
        shown = [bar.online_label.text(), bar.error_label.text(), bar.error_label.toolTip(), bar.queue_label.text()]
    finally:
        remove_translators()
    assert shown[0] == "● Server address or certificate refused, sync paused"
    assert "Refusing a plain-http connection to the central server 192.0.2.10" in shown[2]
    assert "Synchronisation is paused" in shown[2]
    assert not any(HAN.search(text) for text in shown), shown
    bar.render_status(status)  # without the translator: the Chinese, as before
    assert "拒绝以明文 http 连接中心服务器 192.0.2.10" in bar.error_label.toolTip()


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("pki-pause"))


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, tls_files: TlsFiles) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central-tls-pause")
    running = start_central(tmp / "central.db", tmp, tls=tls_files)
    yield running
    stop_server(running)


def test_a_refused_certificate_pauses_sync_until_the_ca_bundle_is_changed(
    tls_server: RunningServer, tls_files: TlsFiles, tmp_path: Path, windows: Windows
) -> None:
    center = make_center(tls_server)
    window = windows(tls_server.url, center.code, ca_bundle=str(tls_files.ca_cert))
    window.login(center.users["intake"])
    window.intake(1)
    make_ca(tmp_path / "other", "另一个根证书")
    window.client.ca_bundle = str(tmp_path / "other" / "ca.pem")  # the bundle no longer matches the server
    rounds = _rounds_while_running(window, 1.0)
    assert len(rounds) == 1 and not rounds[0].ok
    status = window.engine.status
    assert status.state is SyncState.PAUSED_REFUSED
    assert status.last_error is not None and "中心服务器的证书未通过验证" in status.last_error
    assert "同步已暂停" in status.last_error
    window.client.ca_bundle = str(tls_files.ca_cert)
    window.engine.sync_now()
    rounds = _rounds_while_running(window, 1.0)
    assert rounds and rounds[0].ok
    assert_exactly_once(tls_server, window)


def test_an_ordinary_network_failure_is_still_retried(server: RunningServer, center: Center, windows: Windows) -> None:
    """The pause is for refusals only: a server that does not answer is tried again with back-off."""
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    window.client.base_url = "http://127.0.0.1:9"  # loopback, nothing listening: connection refused
    rounds = _rounds_while_running(window, 1.0)
    assert len(rounds) > 3 and window.engine.status.state is SyncState.OFFLINE
