"""Who is working at the window (issue 12), driven with pytest-qt against the real central server on loopback:
the window starts locked and a login on the lock screen shows the role's workspaces; a wrong password is refused
in words; offline, the local verifier logs in until it expires; AB岗 switch keeps the open work and first_clerk
while each event records its own clerk; drafts per clerk; the idle lock hides every applicant datum while sync
goes on; 注销 revokes the refresh token at the server. Screenshots (1366×768) go to ``GOVDESK_SHOTS`` if set."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from govdesk.central import admin
from govdesk.central.db import StoredEvent
from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.domain.clock import FixedClock
from govdesk.services.auth import account_for
from govdesk.services.credentials import CredentialStore, open_credential_store
from govdesk.services.offline_login import OfflineVerifiers
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import NeedsLogin
from govdesk.ui.actions import ActionId
from govdesk.ui.context import AppContext
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.lockscreen import LockMode
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.session import SessionController
from govdesk.ui.settings_dialog import SettingsDialog
from govdesk.ui.sync_controller import SyncController
from govdesk.ui.workspace import create_workspaces
from tests.central.conftest import PASSWORD, PASSWORD_HASH, RunningServer, stop_server
from tests.sync.conftest import start_central

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CENTER = "41122199"
USERS = {
    "wangli": ("王丽", "intake"),
    "zhaoqiang": ("赵强", "intake"),
    "liuyang": ("刘洋", "issuing"),
    "chenjing": ("陈静", "supervisor"),
    "houtai": ("后台李", "back_office"),
    "guanli": ("管理员周", "admin"),
}
APPLICANT = "欧阳建国"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path, auto_approve_seconds=0.1, maintenance_interval=0.1)
    now = datetime.now(UTC)
    with running.central.tx() as session:
        admin.add_center(session, CENTER, "测试县政务服务中心", now)
        for username, (name, role) in USERS.items():
            admin.add_user(
                session, username, name, role, CENTER, PASSWORD, now, password_hash=PASSWORD_HASH,
                department="*" if role == "back_office" else "",
            )  # fmt: skip
    yield running
    stop_server(running)


class Desk:
    """The program as govdesk.app wires it: a locked window, the sync controller, the session controller."""

    def __init__(
        self, tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop, idle_ms: int
    ) -> None:
        self.loop = loop
        self.qtbot = qtbot
        paths = AppPaths.for_basedir(tmp_path / "pc").ensure()
        self.settings_store = SettingsStore(paths.settings_file)
        self.settings_store.load()
        self.settings_store.settings.server_url = server.url
        self.settings_store.settings.center_code = CENTER
        self.runtime = Runtime.open(paths.default_db, paths.data_dir, self.settings_store.settings)
        self.credentials: CredentialStore = open_credential_store()
        context = AppContext(paths, self.settings_store, self.credentials, paths.default_db, self.runtime)
        self.window = MainWindow(context, create_workspaces(context), locked=True)
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.verifier_clock = FixedClock(datetime.now(UTC))
        verifiers = OfflineVerifiers(paths.config_dir, self.verifier_clock, 7)
        self.sync = SyncController(
            self.window, self.runtime, self.credentials, self.settings_store, poll_interval=0.2, ask_for_login=False,
            verifiers=verifiers,
        )  # fmt: skip
        self.session = SessionController(self.window, self.sync, idle_ms=idle_ms)

    def log_in(self, username: str, password: str = PASSWORD) -> None:
        """Type into the lock screen and press Enter, as a clerk does; wait for the answer."""
        screen = self.window.lock_screen
        screen.user_edit.clear()
        self.qtbot.keyClicks(screen.user_edit, username)
        self.qtbot.keyClicks(screen.password_edit, password)
        self.qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
        assert self.session.pending is not None
        self.loop.run_until_complete(self.session.pending)

    def run_until(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        async def wait() -> None:
            deadline = time.monotonic() + timeout
            while not condition():
                assert time.monotonic() < deadline, "timed out"
                await asyncio.sleep(0.05)

        self.loop.run_until_complete(wait())

    def intake_page(self) -> IntakePage:
        page = self.window.findChild(IntakePage)
        assert page is not None
        return page

    def shot(self, name: str) -> Path:
        folder = Path(os.environ.get("GOVDESK_SHOTS") or self.window.context.paths.log_dir)
        path = folder / f"{name}.png"
        assert self.window.grab().save(str(path))
        return path

    def close(self) -> None:
        self.session.close()
        self.loop.run_until_complete(self.sync.stop())
        self.runtime.close()


@pytest.fixture
def desk(tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop) -> Iterator[Desk]:
    made = Desk(tmp_path, server, qtbot, loop, idle_ms=0)
    yield made
    made.close()


def columns_of(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        return 1


def visible_texts(window: QWidget) -> str:
    """Every text a person could read on the window now: labels, fields, buttons, combo items, list cells."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns_of(model)):
                    texts.append(str(model.index(row, column).data() or ""))
    return "\n".join(texts)


def ime_into(field: QLineEdit, text: str) -> None:
    """Chinese typed through the input method: a commit into the field."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)
    assert field.text() == text


def accept_case(runtime: Runtime, name: str = APPLICANT) -> str:
    intake = runtime.intake
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = Applicant(ApplicantKind.PERSON, name, "111", "11010519491231002X")
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return intake.decide(draft, Outcome.ACCEPT).case.case_id


def test_the_window_starts_locked_and_an_online_login_shows_the_role_workspaces(desk: Desk) -> None:
    window = desk.window
    assert window.locked and window.visible_workspaces() == []
    assert window.status_bar.clerk_label.text().startswith("未登录")
    assert window.centralWidget().currentWidget() is window.lock_screen  # type: ignore[union-attr]
    assert not window.actions_registry[ActionId.NEW_INTAKE].isEnabled()
    assert window.actions_registry[ActionId.SYNC_NOW].isEnabled()
    screen_text = visible_texts(window)
    assert "请登录后开始工作" in screen_text and desk.settings_store.settings.server_url in screen_text
    desk.shot("login")

    desk.log_in("wangli")
    assert not window.locked
    assert window.visible_workspaces() == ["intake", "commitments"]
    assert desk.runtime.window.actor.clerk_id == "wangli"
    assert window.status_bar.clerk_label.text().startswith("王丽")
    assert desk.runtime.intake.window.login_role is not None and desk.runtime.intake.window.login_role.value == "intake"


def test_a_wrong_password_is_refused_in_words_on_the_lock_screen(desk: Desk) -> None:
    desk.log_in("wangli", "not-the-password")
    assert desk.window.locked and desk.window.visible_workspaces() == []
    message = desk.window.lock_screen.message
    assert message.isVisibleTo(desk.window) and "密码" in message.text()
    assert "not-the-password" not in visible_texts(desk.window)  # the typed password is not kept on screen
    assert desk.runtime.window.actor.clerk_id == "demo"  # nobody became the actor


@pytest.mark.parametrize(
    ("username", "workspaces"),
    [
        ("liuyang", ["handoff", "commitments"]),
        ("chenjing", ["supervision"]),
        ("guanli", ["intake", "handoff", "commitments", "backoffice", "supervision"]),
        ("houtai", ["backoffice"]),
        ("wangli", ["intake", "commitments"]),  # a window clerk: no back office
    ],
)
def test_each_role_sees_only_its_workspaces(desk: Desk, username: str, workspaces: list[str]) -> None:
    desk.log_in(username)
    assert not desk.window.locked
    assert desk.window.visible_workspaces() == workspaces
    desk.shot(f"role-{username}")
    current = desk.window.current_workspace()
    assert current is not None and current.key == workspaces[0]
    assert not desk.window.no_workspace_page.isVisibleTo(desk.window)


def test_offline_login_against_the_verifier_until_it_expires(desk: Desk, server: RunningServer) -> None:
    desk.log_in("wangli")  # online: the verifier is made
    desk.window.actions_registry[ActionId.LOCK].trigger()
    assert desk.window.locked
    stop_server(server)

    desk.log_in("wangli", "wrong-password")
    assert desk.window.locked
    assert "密码错误（离线登录" in desk.window.lock_screen.message.text()

    desk.verifier_clock.set(desk.verifier_clock.now() + timedelta(days=6))
    desk.log_in("wangli")
    assert not desk.window.locked and desk.session.clerk is not None and desk.session.clerk.offline
    assert desk.window.visible_workspaces() == ["intake", "commitments"]
    assert "离线登录" in desk.window.status_bar.currentMessage()

    desk.session.lock()
    desk.verifier_clock.set(desk.verifier_clock.now() + timedelta(days=2))  # 8 days after the online login
    desk.log_in("wangli")
    assert desk.window.locked
    assert "离线登录已过期" in desk.window.lock_screen.message.text()
    desk.log_in("zhaoqiang")  # never logged in online here
    assert desk.window.locked and "未在本机联网登录过" in desk.window.lock_screen.message.text()


def test_ab_switch_keeps_the_open_work_and_first_clerk_and_records_each_clerk(
    desk: Desk, server: RunningServer
) -> None:
    desk.log_in("wangli")
    page = desk.intake_page()
    ime_into(page.applicant.ui.nameEdit, "司马光明")  # an intake in progress: the window's open work
    case_id = accept_case(desk.runtime)
    assert desk.loop.run_until_complete(desk.sync.engine.sync_once()).ok
    assert desk.runtime.store.outbox_depth() == 0  # pushed as wangli: the engine holds her access token now
    other = desk.runtime.intake.new_draft(["SCJG-01-001"])
    other.applicant = Applicant(ApplicantKind.PERSON, "上官婉清", "111", "")
    desk.runtime.intake.save_draft(other)  # wangli's own draft, left for later
    page.offer_drafts()
    assert "上官婉清" in visible_texts(desk.window)

    desk.qtbot.keyClick(
        desk.window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert desk.window.locked and desk.window.lock_screen.mode is LockMode.SWITCH
    assert "司马光明" not in visible_texts(desk.window)
    desk.shot("switch")
    desk.log_in("zhaoqiang")
    assert not desk.window.locked
    assert page.applicant.ui.nameEdit.text() == "司马光明"  # the backup sees the window's open work
    assert "上官婉清" not in visible_texts(desk.window)  # but not wangli's drafts
    assert "已切换用户：赵强" in desk.window.status_bar.currentMessage()

    desk.runtime.intake.transfer([case_id])  # the backup goes on with the case
    case = desk.runtime.handoff.load(case_id)  # type: ignore[union-attr]
    actors = [e.actor.clerk_id for e in case.events]
    assert actors[0] == "wangli" and actors[-1] == "zhaoqiang"
    assert case.first_clerk.clerk_id == "wangli"  # 首问负责: the first clerk stays on the case
    # At the center the backup's work is the backup's: the engine took the new login at once (it held wangli's
    # access token for its lifetime before, and the center recorded zhaoqiang's first minutes as hers).
    assert desk.loop.run_until_complete(desk.sync.engine.sync_once()).ok
    assert desk.runtime.store.outbox_depth() == 0
    with server.central.tx() as session:
        pushed = dict(session.execute(select(StoredEvent.event_id, StoredEvent.pushed_by)).all())
    assert pushed[case.events[-1].event_id] == "zhaoqiang"
    assert pushed[case.events[0].event_id] == "wangli"

    desk.window.actions_registry[ActionId.SWITCH_USER].trigger()
    desk.log_in("wangli")
    assert "上官婉清" in visible_texts(desk.window)  # her drafts come back with her


def test_idle_lock_hides_applicant_data_while_sync_goes_on(
    tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop
) -> None:
    desk = Desk(tmp_path, server, qtbot, loop, idle_ms=60_000)
    try:
        desk.log_in("wangli")
        accept_case(desk.runtime)
        ime_into(desk.intake_page().applicant.ui.nameEdit, APPLICANT)
        assert APPLICANT in visible_texts(desk.window)  # the check below can fail
        dialog = QDialog(desk.window)  # a window of the clerk's work open over the main window (the case view)
        QLabel(f"申请人：{APPLICANT}", dialog)
        dialog.show()
        assert desk.session.idle_timer.isActive()
        desk.session.set_idle_timeout(500)  # the clerk walks away now
        desk.sync.start()
        desk.run_until(lambda: desk.window.locked, timeout=10)
        before = desk.sync.engine.status.last_success
        desk.run_until(lambda: desk.sync.engine.status.last_success not in (None, before), timeout=10)
        assert desk.sync.running and desk.window.locked  # sync went on behind the lock
        assert desk.runtime.store.outbox_depth() == 0  # the case taken before the lock reached the server
        # stopped before looking and typing: qtbot's events are delivered outside the asyncio loop's run
        desk.loop.run_until_complete(desk.sync.stop())
        assert desk.window.lock_screen.mode is LockMode.LOCKED
        assert APPLICANT not in visible_texts(desk.window)
        assert not dialog.isVisible()  # hidden with the rest
        assert desk.window.lock_screen.user_edit.text() == "wangli"
        desk.shot("lock")
        desk.log_in("wangli")
        assert not desk.window.locked and APPLICANT in visible_texts(desk.window)
        assert dialog.isVisible()  # and back for the clerk
    finally:
        desk.close()


def test_logout_revokes_the_refresh_token_at_the_server(desk: Desk, server: RunningServer) -> None:
    desk.log_in("wangli")
    account = account_for(server.url)
    token = desk.credentials.get_refresh_token(account)
    assert token
    desk.window.actions_registry[ActionId.LOGOUT].trigger()
    assert desk.window.locked and desk.window.lock_screen.mode is LockMode.SIGNED_OUT
    assert desk.session.pending is not None
    assert desk.loop.run_until_complete(desk.session.pending) == ""  # the server confirmed
    assert desk.credentials.get_refresh_token(account) is None
    client = SyncClient(server.url, tokens=MemoryTokenStore(token))
    try:
        with pytest.raises(NeedsLogin) as refused:
            client.refresh()
    finally:
        client.close()
    assert refused.value.code == "token_revoked"


def test_the_idle_lock_set_in_the_settings_applies_at_once(desk: Desk) -> None:
    desk.log_in("wangli")
    assert not desk.session.idle_timer.isActive()  # (this desk starts with the lock off)

    def set_minutes(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog) and dialog.tabs.currentWidget().isAncestorOf(dialog.idle_edit)
        dialog.idle_edit.setText(text)
        dialog.save()

    QTimer.singleShot(100, lambda: set_minutes("2"))
    assert desk.window.open_settings(page="window") == frozenset({"idle_lock_minutes"})
    assert desk.session.idle_timer.isActive() and desk.session.idle_timer.interval() == 120_000
    QTimer.singleShot(100, lambda: set_minutes("0"))
    desk.window.open_settings(page="window")
    assert not desk.session.idle_timer.isActive()  # 0: never locks
    assert desk.window.context.settings_store.load().idle_lock_minutes == 0


def test_a_notice_decrypted_for_viewing_is_removed_at_every_lock_and_at_logout(desk: Desk) -> None:
    """An archived notice looked at goes to the viewer as a decrypted copy (``services.viewing``); no copy outlives
    the clerk's session: 锁定, the idle lock and 切换用户 (all one lock) and 注销 remove them."""
    desk.log_in("wangli")
    case_id = accept_case(desk.runtime)
    case = desk.runtime.store.load_case(case_id)
    assert case is not None
    (archived,) = desk.runtime.notices.archived(case.case_no)
    viewing = desk.runtime.notices.viewing.folder

    def copies() -> list[Path]:
        return sorted(viewing.iterdir()) if viewing.is_dir() else []

    copy = desk.runtime.notices.view_copy(archived.pdf)
    assert copies() == [copy] and copy.read_bytes().startswith(b"%PDF")
    desk.window.actions_registry[ActionId.LOCK].trigger()  # 锁定 (the idle lock is the same lock)
    assert desk.window.locked and copies() == []

    desk.log_in("wangli")
    desk.runtime.notices.view_copy(archived.pdf)
    desk.window.actions_registry[ActionId.SWITCH_USER].trigger()
    assert desk.window.locked and copies() == []

    desk.log_in("wangli")
    desk.runtime.notices.view_copy(archived.pdf)
    desk.window.actions_registry[ActionId.LOGOUT].trigger()
    assert desk.window.locked and copies() == []
    assert desk.session.pending is not None
    desk.loop.run_until_complete(desk.session.pending)
