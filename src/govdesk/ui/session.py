"""Who is working at the window: log in at start, lock after idle, 切换用户 (AB岗), 注销 (issue 12).

Wiring in one place (STYLE.md 5). The main window starts locked; the lock screen's login goes through the sync
controller (``SyncController.login``: the server when it answers, else the local verifier), which makes the clerk
the actor of every event; then the window shows that clerk's role's workspaces with its open work as it was.
Idle (no key or mouse input for ``idle_lock_minutes``) or 锁定 locks; 切换用户 locks for the backup clerk; 注销
ends the session at the server and locks. Sync goes on while locked; the login dialog the sync controller shows
when the server wants a new login is held back while the lock screen is up (the lock screen is the login then).

首问负责: a switch changes who records the next events, never a case's ``first_clerk`` (written once, by the
decision that created the case).

Signals:
    locked(): the window was locked (any reason).
    unlocked(object): a clerk (``services.auth.Clerk``) logged in and the workspaces are back.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from govdesk.services.auth import Clerk
from govdesk.ui.lockscreen import LockMode
from govdesk.ui.login_gate import LoginGate
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.sync_controller import SyncController

log = logging.getLogger(__name__)

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SessionController(QObject):
    """See the module docstring. ``idle_ms`` overrides the setting (tests use a short one); 0 never locks."""

    locked = Signal()
    unlocked = Signal(object)

    def __init__(
        self, window: MainWindow, sync: SyncController, *, idle_ms: int | None = None, gate: LoginGate | None = None
    ) -> None:
        """``gate``: the lock screen's login until now (``ui.login_gate``); a login it sent is taken over."""
        super().__init__(window)
        self.window = window
        self.sync = sync
        self.clerk: Clerk | None = None
        self._ask_for_login = sync.ask_for_login
        #: The login or logout under way (kept referenced until it ends; tests await it).
        self.pending: asyncio.Future[bool] | asyncio.Future[str] | None = None
        settings = window.context.settings
        minutes = settings.idle_lock_minutes
        self.idle_ms = idle_ms if idle_ms is not None else max(0, minutes) * 60_000
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle)
        early = gate.hand_over() if gate is not None else None
        window.lock_screen.set_busy(early is not None)  # (busy until the gate's login is taken over)
        window.lock_screen.login_requested.connect(self._on_login_requested)
        window.switch_user_requested.connect(self.switch_user)
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self._on_logout_requested)
        window.settings_changed.connect(self._settings_changed)
        sync.login_failed.connect(self._on_login_failed)
        sync.clerk_logged_in.connect(self._on_clerk)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if window.locked:
            self._hold_dialog()
        else:
            self._restart_idle()
        if early is not None:
            self.pending = asyncio.ensure_future(self._take_over(early))

    async def _take_over(self, early: asyncio.Future[Clerk | None]) -> bool:
        """The gate's login, once answered: its clerk logs in here as any other (a refusal the gate said already)."""
        try:
            clerk = await early
        finally:
            self.window.lock_screen.set_busy(False)
        if clerk is None:
            return False
        self.sync.accept(clerk)
        return True

    # --- logging in ---

    async def login(self, username: str, password: str) -> bool:
        """Log in from the lock screen (or the demo's autologin); a refusal is said on the lock screen."""
        self.window.lock_screen.set_busy(True)
        try:
            return await self.sync.login(username, password)
        finally:
            self.window.lock_screen.set_busy(False)

    def _on_login_requested(self, username: str, password: str) -> None:
        self.pending = asyncio.ensure_future(self.login(username, password))

    def _on_login_failed(self, reason: str) -> None:
        if self.window.locked:
            self.window.lock_screen.show_message(reason)

    def _on_clerk(self, clerk: Clerk) -> None:
        previous = self.clerk
        self.clerk = clerk
        if self.window.locked:
            self.window.unlock(clerk.role)
        else:  # the sync controller's own login dialog (the server wanted a new login)
            self.window.apply_role(clerk.role)
        self.sync.ask_for_login = self._ask_for_login
        for workspace in self.window.workspaces():
            workspace.clerk_changed()  # what depends on the clerk (their own drafts) is read again
        if previous is not None and previous.username != clerk.username:
            self.window.status_bar.showMessage(
                self.tr("已切换用户：{name} 接续本窗口的工作").format(name=clerk.display_name), 10000
            )
            log.info("user switched", extra={"event": "user_switched", "role": clerk.role.value})
        elif clerk.offline:
            self.window.status_bar.showMessage(self.tr("已离线登录：中心服务器暂时无法连接，办件保存在本机"), 10000)
        self._restart_idle()
        shown = self.window.visible_workspaces()
        log.info("window unlocked", extra={"event": "window_unlocked", "workspaces": shown, "offline": clerk.offline})
        self.unlocked.emit(clerk)

    # --- locking ---

    def lock(self, mode: LockMode = LockMode.LOCKED) -> None:
        """Hide the window's work behind the lock screen; sync goes on."""
        self.idle_timer.stop()
        name = self.clerk.display_name if self.clerk is not None else ""
        username = self.clerk.username if self.clerk is not None and mode is LockMode.LOCKED else ""
        self.window.lock(mode, username=username, clerk_name=name)
        self._hold_dialog()
        # a notice decrypted for the PDF viewer does not outlive the clerk's session: idle, 锁定, 切换用户, 注销
        # (services.viewing; the exit clears them too, Runtime.close)
        notices = getattr(self.sync.runtime, "notices", None)
        if notices is not None:
            notices.clear_views()
        log.info("window locked", extra={"event": "window_locked", "mode": mode.value})
        self.locked.emit()

    def switch_user(self) -> None:
        """AB岗: the backup clerk logs in; the window's open work stays as it is."""
        self.lock(LockMode.SWITCH)

    async def logout(self) -> str:
        """注销: the window locks at once, then the session ends at the server too. "" or why the server was not
        told (the token is forgotten here all the same)."""
        self.lock(LockMode.SIGNED_OUT)
        return await self._end_session()

    async def _end_session(self) -> str:
        problem = await self.sync.logout()
        self.clerk = None
        if problem:
            self.window.lock_screen.show_message(problem)
        return problem

    def _on_logout_requested(self) -> None:
        self.lock(LockMode.SIGNED_OUT)
        self.pending = asyncio.ensure_future(self._end_session())

    def _hold_dialog(self) -> None:
        self.sync.ask_for_login = False  # the lock screen is the login while it is up

    def set_idle_timeout(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds without input from now on (0: never); the setting changed."""
        self.idle_ms = max(0, ms)
        self.idle_timer.stop()
        self._restart_idle()

    def _settings_changed(self, changed: frozenset[str]) -> None:
        if "idle_lock_minutes" in changed:  # the settings dialog: the new idle lock applies at once
            self.set_idle_timeout(max(0, self.window.context.settings.idle_lock_minutes) * 60_000)

    def _on_idle(self) -> None:
        if not self.window.locked:
            log.info("idle: locking", extra={"event": "idle_lock"})
            self.lock(LockMode.LOCKED)

    def _restart_idle(self) -> None:
        if self.idle_ms > 0 and not self.window.locked:
            self.idle_timer.start(self.idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.idle_timer.isActive():
            self.idle_timer.start(self.idle_ms)
        return False

    def close(self) -> None:
        """Stop watching input (the window closes)."""
        self.idle_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
