"""中心服务器设置 (issue 12): the address and the CA bundle set at the window, checked in words beside each field with
nothing typed lost; a sync paused on a refused certificate resumes once the right bundle is chosen (a real https
central server on loopback, its CA made in the test)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from govdesk.central import admin
from govdesk.services.settings import SettingsStore
from govdesk.sync.status import SyncState
from govdesk.ui.actions import ActionId
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.settings_dialog import SettingsDialog
from govdesk.ui.sync_controller import SyncController
from tests.central.conftest import PASSWORD, PASSWORD_HASH, RunningServer, stop_server
from tests.helpers.sync_window import sync_window
from tests.helpers.ui import trigger_in_loop
from tests.sync.conftest import start_central
from tests.sync.tlscerts import TlsFiles, make_ca, make_tls_files

CENTER = "41122199"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_trust-rest")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def test_plain_http_and_a_wrong_bundle_are_told_beside_their_fields_and_nothing_typed_is_lost(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SettingsDialog(parent, store, page="server")
    qtbot.addWidget(dialog)
    dialog.server_edit.setText("http://10.12.0.5:8000")
    not_pem = tmp_path / "readme.txt"
    not_pem.write_text("这不是证书", encoding="utf-8")
    dialog.ca_edit.setText(str(not_pem))
    dialog.show()
    dialog.save()
    assert dialog.isVisible() and dialog.result() == 0
    server_problem, ca_problem = dialog.problems["server_url"], dialog.problems["ca_bundle"]
    assert "拒绝以明文 http 连接中心服务器 10.12.0.5" in server_problem.text()
    assert "不是 PEM 格式的证书文件" in ca_problem.text()
    assert server_problem.isVisible() and ca_problem.isVisible()
    assert dialog.server_edit.text() == "http://10.12.0.5:8000" and dialog.ca_edit.text() == str(not_pem)
    _shot(dialog, "server_settings_refused")
    assert not store.path.exists()  # nothing saved

    dialog.ca_edit.setText(str(tmp_path / "missing.pem"))
    dialog.save()
    assert "找不到设置的 CA 证书文件" in ca_problem.text()

    make_ca(tmp_path / "pki")
    dialog.server_edit.setText("https://zwfw.mianchi.gov.cn/")
    dialog.ca_edit.setText(str(tmp_path / "pki" / "ca.pem"))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and "server_url" in dialog.changed
    assert not server_problem.isVisible() and not ca_problem.isVisible()
    saved = SettingsStore(store.path).load()
    assert saved.server_url == "https://zwfw.mianchi.gov.cn"
    assert saved.ca_bundle == str(tmp_path / "pki" / "ca.pem")


@pytest.fixture
def tls_files(tmp_path: Path) -> TlsFiles:
    return make_tls_files(tmp_path / "pki")


@pytest.fixture
def tls_server(tmp_path: Path, tls_files: TlsFiles) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path, tls=tls_files)
    now = datetime.now(UTC)
    with running.central.tx() as session:
        admin.add_center(session, CENTER, "测试县政务服务中心", now)
        admin.add_user(session, "wangli", "王丽", "intake", CENTER, PASSWORD, now, password_hash=PASSWORD_HASH)
    yield running
    stop_server(running)


async def _until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.05)


def test_a_sync_paused_on_a_refused_certificate_resumes_when_the_bundle_is_chosen(
    tmp_path: Path, tls_server: RunningServer, tls_files: TlsFiles, qtbot: QtBot, loop: asyncio.AbstractEventLoop
) -> None:
    pc = sync_window(qtbot, tmp_path / "pc", tls_server.url, CENTER, show=True)
    settings_store, runtime, window, controller = pc.settings_store, pc.runtime, pc.window, pc.controller
    # the clerk logged in yesterday (a refresh token kept); today the center serves a certificate of the intranet's
    # own CA, which this window does not know yet
    controller.engine.client.tokens.set_refresh_token("x" * 43)
    controller.start()
    try:
        _pause_then_resume(controller, window, settings_store, tls_files, loop)
    finally:
        loop.run_until_complete(controller.stop())
        controller.engine.client.close()  # its keep-alive connection would hold the server's shutdown
        runtime.close()


def _pause_then_resume(
    controller: SyncController,
    window: MainWindow,
    settings_store: SettingsStore,
    tls_files: TlsFiles,
    loop: asyncio.AbstractEventLoop,
) -> None:
    loop.run_until_complete(
        _until(
            lambda: controller.engine.status.state is SyncState.PAUSED_REFUSED and not controller.engine.status.syncing
        )
    )
    status = controller.engine.status
    assert status.last_error is not None and "中心服务器的证书未通过验证" in status.last_error
    bar = window.status_bar
    assert "已暂停同步" in bar.online_label.text()
    assert "中心服务器的证书未通过验证" in bar.error_label.text() and bar.error_label.isVisible()
    _shot(window, "paused_on_refused_certificate")

    def choose_bundle() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert "中心服务器的证书未通过验证" in dialog.reason.text()
        dialog.ca_edit.setText(str(tls_files.ca_cert))
        _shot(dialog, "server_settings_paused")
        dialog.save()

    QTimer.singleShot(200, choose_bundle)
    before = controller.engine

    async def resume() -> None:
        # applied at once, without a restart: a new engine and client with the bundle, the old one closed
        assert controller.retiring is not None
        await controller.retiring
        assert settings_store.load().ca_bundle == str(tls_files.ca_cert)
        assert controller.engine is not before and controller.engine.client.ca_bundle == str(tls_files.ca_cert)
        assert controller.auth.ca_bundle == str(tls_files.ca_cert) and controller.running
        # the certificate is now accepted: the kept token is what the server refuses next, so the clerk logs in
        await _until(lambda: controller.engine.status.state is SyncState.NEEDS_LOGIN)
        assert await controller.login("wangli", PASSWORD)
        await _until(lambda: controller.engine.status.state is SyncState.ONLINE)
        await controller.stop()

    trigger_in_loop(loop, window.actions_registry[ActionId.SERVER_SETTINGS], resume)
