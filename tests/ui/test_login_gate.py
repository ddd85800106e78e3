"""The lock screen's login while the program is still starting (issue 15, ``ui.login_gate``), against the real central
server on loopback: a login typed before the database is open is sent and answered, the window stays locked with no
workspace until the session controller takes that login over, and then it unlocks for that clerk, who is the actor
of the events; a login still under way when the session controller comes is taken over once answered; a refused one
is said on the lock screen, and the next login goes through the session controller. The window is built as
``app.boot.Startup`` builds it: locked, with no runtime and no workspaces at first."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govdesk.central import admin
from govdesk.services.auth import AuthService
from govdesk.services.credentials import open_credential_store
from govdesk.services.offline_login import OfflineVerifiers
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.store.clock import SystemClock
from govdesk.ui.context import AppContext
from govdesk.ui.login_gate import LoginGate
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.session import SessionController
from govdesk.ui.sync_controller import SyncController
from govdesk.ui.workspace import Workspace, create_workspaces
from tests.central.conftest import PASSWORD, PASSWORD_HASH, RunningServer, stop_server
from tests.sync.conftest import start_central

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CENTER = "41122199"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path, auto_approve_seconds=0.1, maintenance_interval=0.1)
    now = datetime.now(UTC)
    with running.central.tx() as session:
        admin.add_center(session, CENTER, "测试县政务服务中心", now)
        admin.add_user(session, "liuyang", "刘洋", "issuing", CENTER, PASSWORD, now, password_hash=PASSWORD_HASH)
    yield running
    stop_server(running)


class Starting:
    """The program between its first paint and its session controller: a locked window with its login gate."""

    def __init__(self, tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop) -> None:
        self.qtbot, self.loop = qtbot, loop
        self.paths = AppPaths.for_basedir(tmp_path / "pc").ensure()
        self.settings_store = SettingsStore(self.paths.settings_file)
        self.settings_store.load()
        self.settings_store.settings.server_url = server.url
        self.settings_store.settings.center_code = CENTER
        self.context = AppContext(self.paths, self.settings_store, None, self.paths.default_db, None)
        self.window = MainWindow(self.context, [], locked=True)
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.lock_screen.set_busy(True)  # as the start shows it, until the login is wired
        credentials = open_credential_store()
        self.window.set_credentials(credentials)
        self.verifiers = OfflineVerifiers(self.paths.config_dir, SystemClock(), 7)
        auth = AuthService(server.url, credentials, self.verifiers)
        self.gate = LoginGate(self.window, auth, self.settings_store)
        self.runtime: Runtime | None = None
        self.sync: SyncController | None = None
        self.session: SessionController | None = None

    def type_login(self, username: str, password: str) -> None:
        screen = self.window.lock_screen
        self.qtbot.keyClicks(screen.user_edit, username)
        self.qtbot.keyClicks(screen.password_edit, password)
        self.qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)

    def finish_start(self) -> SessionController:
        """What the start does after the login gate: the database, the sync and session controllers."""
        self.runtime = Runtime.open(self.paths.default_db, self.paths.data_dir, self.settings_store.settings)
        self.context.runtime = self.runtime
        context = self.context

        def make() -> list[Workspace]:
            return create_workspaces(context)

        self.window.defer_workspaces(make)
        assert self.context.credentials is not None
        self.sync = SyncController(
            self.window, self.runtime, self.context.credentials, self.settings_store, poll_interval=0.2,
            ask_for_login=False, verifiers=self.verifiers,
        )  # fmt: skip
        self.session = SessionController(self.window, self.sync, gate=self.gate)
        return self.session

    def shot(self, name: str) -> None:
        folder = os.environ.get("GOVDESK_SHOTS")
        if folder:
            assert self.window.grab().save(str(Path(folder) / f"{name}.png"))

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
        if self.sync is not None:
            self.loop.run_until_complete(self.sync.stop())
        if self.runtime is not None:
            self.runtime.close()


@pytest.fixture
def starting(
    tmp_path: Path, server: RunningServer, qtbot: QtBot, loop: asyncio.AbstractEventLoop
) -> Iterator[Starting]:
    made = Starting(tmp_path, server, qtbot, loop)
    yield made
    made.close()


def test_a_login_answered_before_the_database_opens_unlocks_only_once_the_session_takes_it(
    starting: Starting,
) -> None:
    window, screen = starting.window, starting.window.lock_screen
    assert screen.login_button.isEnabled()  # the gate takes logins
    starting.type_login("liuyang", PASSWORD)
    assert starting.gate.pending is not None
    clerk = starting.loop.run_until_complete(starting.gate.pending)
    assert clerk is not None and clerk.username == "liuyang" and not clerk.offline
    # answered at the server, and still locked: no workspace, nothing of anyone's cases, the lock screen busy
    assert window.locked and window.workspaces() == [] and window.visible_workspaces() == []
    assert not screen.login_button.isEnabled() and screen.login_button.text() == "正在登录…"
    assert starting.settings_store.settings.last_clerk["username"] == "liuyang"
    starting.shot("login_gate_answered_locked")

    session = starting.finish_start()
    assert session.pending is not None
    assert starting.loop.run_until_complete(session.pending) is True
    assert not window.locked and window.visible_workspaces() == ["handoff", "commitments"]  # the issuing clerk's
    assert starting.runtime is not None and starting.runtime.window.actor.clerk_id == "liuyang"
    assert session.clerk is not None and session.clerk.username == "liuyang"
    assert screen.login_button.isEnabled()  # (for the next lock)
    starting.shot("login_gate_taken_over")


def test_a_login_still_under_way_when_the_session_comes_is_taken_over_once_answered(starting: Starting) -> None:
    starting.type_login("liuyang", PASSWORD)
    in_flight = starting.gate.pending
    assert in_flight is not None and not in_flight.done()
    session = starting.finish_start()  # before the answer: the session controller waits for it
    assert starting.window.locked and not starting.window.lock_screen.login_button.isEnabled()
    assert session.pending is not None
    assert starting.loop.run_until_complete(session.pending) is True
    assert in_flight.result() is not None
    assert not starting.window.locked and starting.window.visible_workspaces() == ["handoff", "commitments"]


def test_a_refused_login_at_the_gate_is_said_and_the_next_goes_through_the_session(starting: Starting) -> None:
    screen = starting.window.lock_screen
    starting.type_login("liuyang", "wrong-password")
    assert starting.gate.pending is not None
    assert starting.loop.run_until_complete(starting.gate.pending) is None
    assert screen.message.isVisibleTo(screen) and "密码" in screen.message.text(), screen.message.text()
    assert screen.login_button.isEnabled() and starting.window.locked
    starting.shot("login_gate_refused")

    session = starting.finish_start()
    assert session.pending is None and screen.login_button.isEnabled()  # nothing to take over
    screen.user_edit.clear()
    starting.type_login("liuyang", PASSWORD)
    assert session.pending is not None and starting.gate.pending is None  # the session sent it, not the gate
    assert starting.loop.run_until_complete(session.pending) is True
    assert not starting.window.locked and starting.window.visible_workspaces() == ["handoff", "commitments"]


def test_a_start_that_fails_after_the_gate_keeps_the_login_disabled_whatever_the_gates_login_answers(
    starting: Starting,
) -> None:
    """``app.boot.Startup.failed``: the gate is closed and the lock screen says why the program cannot be used; a login
    the gate had sent, refused meanwhile, neither enables the login again nor covers the reason."""
    screen = starting.window.lock_screen
    starting.type_login("liuyang", "wrong-password")
    in_flight = starting.gate.pending
    assert in_flight is not None and not in_flight.done()
    starting.gate.close()
    screen.show_startup_failure("数据库模块无法载入")
    assert starting.loop.run_until_complete(in_flight) is None
    assert not screen.login_button.isEnabled() and "数据库模块无法载入" in screen.message.text()
    screen.password_edit.setText("x")
    starting.qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert starting.gate.pending is None  # nothing sent
