"""设置 (Ctrl+,): every field checked in words beside it with nothing typed lost; 测试连接 is a real request to a
central server on loopback; the notice header and seal land in the window's own templates; and a new server address
applies WITHOUT a restart: the center moves to another address (its database served by a new server process) and the
window's next intake reaches it there, nothing more going to the old address."""

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
from sqlalchemy import select

from govdesk.central import admin
from govdesk.central.db import StoredEvent
from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.printing.templates import TemplateSet, shipped_dir
from govdesk.services.runtime import Runtime
from govdesk.services.settings import SettingsStore
from govdesk.sync.status import SyncState
from govdesk.ui.actions import ActionId
from govdesk.ui.settings_dialog import PAGES, SettingsDialog
from tests.central.conftest import PASSWORD, PASSWORD_HASH, RunningServer, free_port, stop_server
from tests.helpers.sync_window import sync_window
from tests.helpers.ui import settle, trigger_in_loop
from tests.sync.conftest import start_central
from tests.ui.a11y_harness import geometry_problems

CENTER = "41122199"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_access-startup")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def _serve(tmp_path: Path, name: str) -> RunningServer:
    running = start_central(tmp_path / f"{name}.db", tmp_path / name)
    now = datetime.now(UTC)
    with running.central.tx() as session:
        admin.add_center(session, CENTER, "测试县政务服务中心", now)
        admin.add_user(session, "wangli", "王丽", "intake", CENTER, PASSWORD, now, password_hash=PASSWORD_HASH)
    return running


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    (tmp_path / "a").mkdir()
    running = _serve(tmp_path, "a")
    yield running
    stop_server(running)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[SettingsDialog]:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    store.load()
    parent = QWidget()
    qtbot.addWidget(parent)
    made = SettingsDialog(parent, store)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made  # (the parent, owned here, lives as long as the dialog)
    del parent


def test_every_bad_value_is_told_beside_its_field_and_nothing_typed_is_lost(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    not_an_image = tmp_path / "seal.png"
    not_an_image.write_text("不是图片", encoding="utf-8")
    typed = {
        "server_url": "http://10.12.0.5:8000",
        "center_code": "4112",
        "window_number": "3号窗",
        "idle_lock_minutes": "十",
        "supervision_yellow_percent": "30",
        "supervision_claim_workdays": "一天",
        "template_dir": str(tmp_path / "no-such-dir"),
        "header_name": "",
        "header_phone": "电话0398",
        "seal_image": str(not_an_image),
    }
    for name, text in typed.items():
        dialog.edits[name].setText(text)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.isVisible() and dialog.result() == 0
    expected = {
        "server_url": "拒绝以明文 http 连接中心服务器 10.12.0.5",
        "center_code": "中心代码应为 8 位数字",
        "window_number": "窗口号只填数字或字母",
        "idle_lock_minutes": "0 至 480 之间的整数分钟",
        "supervision_yellow_percent": "50 至 99 之间的整数",
        "supervision_claim_workdays": "1 至 10 之间的整数工作日",
        "template_dir": "找不到模板目录",
        "header_name": "请填写通知书抬头的中心名称",
        "header_phone": "联系电话只填数字和“-”",
        "seal_image": "不是 PNG 或 JPEG 图片",
    }
    for name, words in expected.items():
        label = dialog.problems[name]
        assert words in label.text() and label.text().startswith("⚠"), (name, label.text())
    for name in set(dialog.problems) - set(expected):
        assert not dialog.problems[name].text(), name
    # the first field at fault is shown and has the focus; every value typed is still there
    assert dialog.tabs.currentIndex() == PAGES.index("server")
    assert QApplication.focusWidget() is dialog.server_edit
    for name, text in typed.items():
        assert dialog.edits[name].text() == text  # type: ignore[attr-defined]
    assert not dialog.store.path.exists()  # nothing saved
    for page in PAGES:
        dialog.tabs.setCurrentIndex(PAGES.index(page))
        QApplication.processEvents()
        assert not geometry_problems(dialog, page)  # every word of every problem shown, nothing cut
        _shot(dialog, f"settings_refused_{page}")


def test_a_good_form_is_kept_and_the_header_and_seal_reach_the_notice_templates(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    seal = shipped_dir() / "seal-sample.png"
    values = {
        "center_code": "41122101",
        "window_number": "12",
        "idle_lock_minutes": "0",
        "supervision_yellow_percent": "70",
        "supervision_claim_workdays": "2",
        "header_name": "渑池县果园乡便民服务中心",
        "header_address": "渑池县果园乡政府院内",
        "header_phone": "0398-4812399",
        "seal_image": str(seal),
    }
    for name, text in values.items():
        dialog.edits[name].setText(text)  # type: ignore[attr-defined]
    dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("large"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("high_contrast"))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.changed >= {"center_code", "window_number", "idle_lock_minutes", "text_size", "theme", "header"}
    assert "server_url" not in dialog.changed  # unchanged: sync is not rebuilt for nothing
    saved = SettingsStore(dialog.store.path).load()
    assert (saved.center_code, saved.window_number, saved.idle_lock_minutes) == ("41122101", "12", 0)
    assert (saved.text_size, saved.theme) == ("large", "high_contrast")
    assert (saved.supervision_yellow_percent, saved.supervision_claim_workdays) == (70, 2)
    # the header went to the window's own template directory, the shipped one untouched
    own = Path(saved.template_dir)
    assert own == dialog.store.path.parent / "templates" and (own / "center.json").is_file()
    center = TemplateSet(own).center()
    assert (center.name, center.address, center.phone) == (
        "渑池县果园乡便民服务中心",
        "渑池县果园乡政府院内",
        "0398-4812399",
    )
    assert center.seal_image == str(seal)
    assert center.review_body  # kept from the shipped header (printed on 不予受理通知书)
    assert TemplateSet().center().name != center.name


def test_the_connection_test_asks_the_real_center(qtbot: QtBot, dialog: SettingsDialog, server: RunningServer) -> None:
    dialog.tabs.setCurrentIndex(PAGES.index("server"))
    dialog.server_edit.setText(server.url)
    dialog.test_button.click()
    settle(qtbot)
    assert dialog.test_result.text().startswith("✔ 连接成功：中心服务器已答复"), dialog.test_result.text()
    _shot(dialog, "settings_connection_ok")
    # a port nobody listens on: said in words, nothing else changes
    dialog.server_edit.setText(f"http://127.0.0.1:{free_port()}")
    dialog.test_button.click()
    settle(qtbot)
    assert dialog.test_result.text().startswith("⚠ 连接失败：无法连接中心服务器"), dialog.test_result.text()
    # plain http to another machine: refused before any connection
    dialog.server_edit.setText("http://10.12.0.5:8000")
    dialog.test_button.click()
    settle(qtbot)
    assert "拒绝以明文 http" in dialog.test_result.text()
    _shot(dialog, "settings_connection_refused")
    assert not dialog.store.path.exists()  # testing saves nothing


async def _until(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.05)


def _events_at(server: RunningServer) -> set[str]:
    with server.central.tx() as session:
        return set(session.scalars(select(StoredEvent.event_id)))


def test_a_new_server_address_applies_without_a_restart(
    tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop
) -> None:
    pc = sync_window(qtbot, tmp_path / "pc", server.url, CENTER, show=True)
    settings_store, runtime, window, controller = pc.settings_store, pc.runtime, pc.window, pc.controller
    controller.start()
    stopped: list[RunningServer] = []
    try:
        assert loop.run_until_complete(controller.login("wangli", PASSWORD))
        loop.run_until_complete(_until(lambda: controller.engine.status.state is SyncState.ONLINE))
        first = _intake(runtime)
        controller.sync_now()
        loop.run_until_complete(_until(lambda: runtime.store.outbox_depth() == 0))
        assert {e.event_id for e in first.events} <= _events_at(server)
        # the center moves: the old address stops answering, the same database is served at a new one
        stop_server(server)
        other = start_central(server.db_path, tmp_path / "a")
        stopped.append(other)

        def switch() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            assert dialog.tabs.currentIndex() == PAGES.index("server")
            dialog.server_edit.setText(other.url)
            dialog.save()

        QTimer.singleShot(200, switch)
        old_engine = controller.engine

        async def on_the_new_address() -> None:
            assert controller.retiring is not None
            await controller.retiring  # the old engine and uploader closed, the new ones started
            assert settings_store.load().server_url == other.url
            assert controller.engine is not old_engine and controller.engine.client.base_url == other.url
            assert controller.auth.server_url == other.url and controller.running
            # another server: its own login (the refresh token is per server), then the window's work goes there
            await _until(lambda: controller.engine.status.state is SyncState.NEEDS_LOGIN)
            assert await controller.login("wangli", PASSWORD)
            second = _intake(runtime)
            controller.sync_now()
            await _until(lambda: runtime.store.outbox_depth() == 0)
            assert {e.event_id for e in second.events} <= _events_at(other)
            await _until(lambda: not controller.engine.status.syncing)
            assert controller.engine.status.state is SyncState.ONLINE and not controller.engine.status.last_error
            assert "已改用中心服务器" in window.status_bar.currentMessage()
            _shot(window, "settings_new_address_online")
            await controller.stop()

        trigger_in_loop(loop, window.actions_registry[ActionId.SERVER_SETTINGS], on_the_new_address)
    finally:
        loop.run_until_complete(controller.stop())
        controller.engine.client.close()
        runtime.close()
        for running in stopped:
            stop_server(running)


def _intake(runtime: Runtime):  # type: ignore[no-untyped-def]
    intake = runtime.intake
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X")
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return intake.decide(draft, Outcome.ACCEPT).case
