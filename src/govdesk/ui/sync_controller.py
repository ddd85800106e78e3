"""Runs the window's sync (``services.sync_facade.SyncFacade``: the engine, the SMS round, the station code) on the
qasync loop for the main window, renders its status and logs clerks in.

Wiring in one place (STYLE.md 5): the window's ``sync_requested`` (F5, the status bar button) wakes the engine; the
engine's statuses go to the status bar; a status that needs a login asks for one (once, never a loop of dialogs);
a login makes the clerk the actor of every event from then on. Nobody is the actor from a previous run: the
window starts locked and a clerk logs in (``ui.session``); offline, against the local verifier.
The engine does its network calls in its own executor thread, so the window never waits (DESIGN.md, Sync).

The engine's loop task is watched (G6): if it ever ends without ``stop()`` (a bug, a cancel from elsewhere), the
status bar says so in words, never "syncing", and the loop is started again after ``RESTART_SECONDS``; "sync now"
on a dead loop starts it at once.

Signals:
    status_changed(object): a new ``govdesk.sync.status.SyncStatus``.
    login_succeeded(str): the display name of the clerk who just logged in.
    clerk_logged_in(object): the ``services.auth.Clerk`` who just logged in (online or offline).
    login_failed(str): why a login did not succeed (Chinese).
    cases_changed(): a sync round pulled changes to cases (the workspaces have been told to refresh).
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from govdesk.domain.messages import Message
from govdesk.services.attachments import LICENCES, make_uploader
from govdesk.services.auth import AuthService, Clerk, account_for, sign_in
from govdesk.services.credentials import CredentialStore
from govdesk.services.errors import GovdeskError
from govdesk.services.notice_certification import NoticeKeyCertifier
from govdesk.services.offline_login import OfflineVerifiers
from govdesk.services.result_files import RESULT_FILES
from govdesk.services.settings import SettingsStore
from govdesk.services.sync_facade import SyncFacade, SyncState, SyncStatus
from govdesk.services.sync_service import device_key_of
from govdesk.ui.actions import ActionId
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, error_text, say
from govdesk.ui.login import LoginDialog
from govdesk.ui.operations import Lane, operations_for

if TYPE_CHECKING:
    from govdesk.services.runtime import Runtime
    from govdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

#: How long after the sync loop ended unexpectedly it is started again.
RESTART_SECONDS = 1.0
LOOP_RESTARTED = QT_TRANSLATE_NOOP("SyncController", "同步任务意外中止，已自动重新启动；本机已录入的办件不受影响")


class SyncController(QObject):
    status_changed = Signal(object)
    login_succeeded = Signal(str)
    clerk_logged_in = Signal(object)
    login_failed = Signal(str)
    cases_changed = Signal()

    def __init__(
        self,
        window: MainWindow,
        runtime: Runtime,
        credentials: CredentialStore,
        settings_store: SettingsStore,
        *,
        poll_interval: float = 30.0,
        ask_for_login: bool = True,
        verifiers: OfflineVerifiers | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runtime = runtime
        self.settings_store = settings_store
        self.ask_for_login = ask_for_login
        server = settings_store.settings.server_url
        if verifiers is None:
            verifiers = OfflineVerifiers(
                settings_store.path.parent, runtime.clock, settings_store.settings.offline_login_days
            )
        ca_bundle = settings_store.settings.ca_bundle
        self._credentials = credentials
        self._verifiers = verifiers
        self.auth = AuthService(server, credentials, verifiers, ca_bundle=ca_bundle, device_key=self._device_key)
        self.sync = SyncFacade(
            runtime,
            server,
            credentials,
            account_for(server),
            on_status=self._on_status,
            on_cases_changed=self._on_cases_changed,
            ca_bundle=ca_bundle,
            poll_interval=poll_interval,
            device_name=socket.gethostname(),
            window=runtime.window.actor.window,
        )
        self.engine = self.sync.engine  # its status and rounds, for the status bar and the tests
        # the center certifies this window's notice signing key, and renews the certificate (issue 12)
        self.sync.add_round_task(NoticeKeyCertifier(runtime.notices.data_dir, runtime.store.get_meta))
        # scanned materials follow their cases' events on their own queue and connection (issue 14)
        self.uploader = make_uploader(runtime.store, self.engine)
        LICENCES.use(self.uploader.client)  # 电子证照 lookups go to the same center
        RESULT_FILES.use(self.uploader.client)  # and the result documents the 出件 clerk looks at
        #: The old engine and uploader being closed after new server settings (``apply_server_settings``).
        self.retiring: asyncio.Future[None] | None = None
        self._uploads: asyncio.Task[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._restart: asyncio.TimerHandle | None = None
        self._pending_login: asyncio.Future[bool] | None = None
        self._asked = False
        self.status_changed.connect(window.show_sync_status)
        window.sync_requested.connect(self.sync_now)
        window.actions_registry[ActionId.SERVER_SETTINGS].triggered.connect(self.edit_server_settings)
        window.settings_changed.connect(self._settings_changed)

    # --- running ---

    def start(self) -> None:
        """Start syncing on the running asyncio loop (the qasync loop in the program)."""
        self._restart = None
        if self._stopping or (self._task is not None and not self._task.done()):
            return
        self._task = asyncio.ensure_future(self.sync.run())
        self._task.add_done_callback(self._on_loop_ended)
        if self._uploads is None or self._uploads.done():
            self._uploads = asyncio.ensure_future(self.uploader.run())

    async def stop(self) -> None:
        self._stopping = True
        if self._restart is not None:
            self._restart.cancel()
            self._restart = None
        if self.retiring is not None:
            await asyncio.gather(self.retiring, return_exceptions=True)
            self.retiring = None
        await self.sync.aclose()
        await self.uploader.aclose()
        if self._uploads is not None:
            await asyncio.gather(self._uploads, return_exceptions=True)
            self._uploads = None
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    @property
    def running(self) -> bool:
        """The sync loop's task is alive."""
        return self._task is not None and not self._task.done()

    def sync_now(self) -> None:
        self._asked = False  # the clerk asked: a refused login may be asked again
        if self._task is not None and self._task.done() and not self._stopping:
            self.start()  # a dead loop: "sync now" must not wait on nothing
        self.sync.sync_now()

    def _on_loop_ended(self, task: asyncio.Task[None]) -> None:
        """The loop task ended: expected after ``stop()``; otherwise say so and start it again."""
        if self._stopping or task is not self._task:
            return
        why = "cancelled" if task.cancelled() else repr(task.exception())
        log.error("the sync loop ended unexpectedly (%s); restarting", why, extra={"event": "sync_loop_ended"})
        self.status_changed.emit(
            replace(
                self.sync.status, syncing=False, last_error=QCoreApplication.translate("SyncController", LOOP_RESTARTED)
            )
        )
        self._restart = asyncio.get_running_loop().call_later(RESTART_SECONDS, self.start)

    def _on_status(self, status: SyncStatus) -> None:
        self.status_changed.emit(status)
        # a status from before a login that has since succeeded still says NEEDS_LOGIN: a refused login deletes
        # the refresh token (sync/client.py), so holding one means nobody needs asking
        if (
            status.state is SyncState.NEEDS_LOGIN
            and self.ask_for_login
            and not self._asked
            and not self.auth.has_login()
        ):
            self._asked = True
            QTimer.singleShot(0, self.ask_login)

    def _on_cases_changed(self) -> None:
        """Decisions or results pulled: the workspaces refresh their lists."""
        self.cases_changed.emit()
        for workspace in self.window.workspaces():
            workspace.cases_changed()

    # --- the center's address and CA bundle ---

    def edit_server_settings(self) -> bool | None:
        """中心服务器设置 (the settings dialog on its server page, with the reason a sync is paused): None when
        cancelled, else whether the address changed. Whatever changed applies at once (``apply_server_settings``)."""
        status = self.engine.status
        reason = ""
        if status.state is SyncState.PAUSED_REFUSED and status.last_error:
            # The engine's words are "{reason}。同步已暂停…" (``sync.transport.paused``): the dialog shows the reason.
            said = status.last_error
            cause = said.params.get("reason", said) if isinstance(said, Message) else said
            reason = say(cause)
        changed = self.window.open_settings(page="server", reason=reason)  # emits settings_changed: applied there
        if changed is None:
            return None
        return "server_url" in changed

    def _settings_changed(self, changed: frozenset[str]) -> None:
        if {"server_url", "ca_bundle"} & changed:
            self.apply_server_settings(address_changed="server_url" in changed)

    def apply_server_settings(self, *, address_changed: bool) -> None:
        """A new address or CA bundle, without a restart: the facade builds a new engine and client (the old ones
        finish their round and close first), the scans' uploader and the logins follow; then sync starts at once. A
        new address is another server: its login is asked for, as at a start (the refresh token is per server)."""
        settings = self.settings_store.settings
        server, ca_bundle = settings.server_url, settings.ca_bundle
        old_engine = self.sync.rebuild(server, account_for(server), ca_bundle)
        old_uploader, old_uploads, old_task = self.uploader, self._uploads, self._task
        self._task = None  # (the old loop's end is expected: ``_on_loop_ended`` ignores it)
        self._uploads = None
        self.engine = self.sync.engine
        self.uploader = make_uploader(self.runtime.store, self.engine)
        LICENCES.use(self.uploader.client)
        RESULT_FILES.use(self.uploader.client)
        self.auth = AuthService(
            server, self._credentials, self._verifiers, ca_bundle=ca_bundle, device_key=self._device_key
        )
        self._asked = False
        log.info(
            "server settings applied", extra={"event": "server_settings_applied", "address_changed": address_changed}
        )
        if address_changed:
            self.window.status_bar.showMessage(
                self.tr("已改用中心服务器 {server}，正在连接").format(server=server), 15000
            )
        self.status_changed.emit(self.engine.status)

        async def retire() -> None:
            closed = await asyncio.gather(self.sync.retire(old_engine), old_uploader.aclose(), return_exceptions=True)
            for error in closed:
                if isinstance(error, BaseException):
                    log.error("closing the old sync engine: %r", error, exc_info=error)
            await asyncio.gather(*(t for t in (old_task, old_uploads) if t is not None), return_exceptions=True)
            if not self._stopping:
                self.start()
                self.sync.sync_now()

        self.retiring = asyncio.ensure_future(retire())

    # --- logging in ---

    def ask_login(self, message: str = "") -> None:
        """Ask the clerk to log in (a dialog); working on without logging in is always possible."""
        settings = self.settings_store.settings
        answer = LoginDialog.ask(
            self.window, settings.server_url, settings.last_clerk.get("username", ""), message or self._why_login()
        )
        if answer is not None:
            self._pending_login = asyncio.ensure_future(self.login(*answer))

    def _why_login(self) -> str:
        error = self.sync.status.last_error
        if error:
            return say(error)
        return self.tr("登录后，本窗口的办件会同步到中心服务器。未登录时仍可照常受理，办件保存在本机。")

    async def login(self, username: str, password: str) -> bool:
        """Log in without blocking the window (the operations gateway's network lane); on success the clerk becomes
        the actor of every event. A refusal is said through ``login_failed`` (the lock screen or the login dialog
        shows it)."""
        gateway = operations_for(self.window)
        op = gateway.run(
            self.window,
            lambda: sign_in(self.auth, self.settings_store, username, password),
            failure=self._login_refused,
            lane=Lane.NETWORK,
        )
        await gateway.wait(op)
        clerk = op.result
        if not op.succeeded() or not isinstance(clerk, Clerk):
            if not isinstance(op.error, GovdeskError):  # a bug: the gateway logged it and said it over the window
                self.login_failed.emit(op.message)
            return False
        self.accept(clerk)
        return True

    def accept(self, clerk: Clerk) -> None:
        """A clerk the login answered (here, or at the lock screen before this controller existed:
        ``ui.login_gate``) becomes the actor of every event from now on."""
        self._become(clerk)
        log.info("logged in", extra={"event": "logged_in", "role": clerk.role.value, "offline": clerk.offline})
        self.login_succeeded.emit(clerk.display_name)
        self.clerk_logged_in.emit(clerk)
        self._asked = False
        self.sync.sync_now()

    def _login_refused(self, error: GovdeskError) -> None:
        reason = error_text(error)
        log.info("login refused: %s", reason, extra={"event": "login_failed"})
        self.login_failed.emit(reason)
        if self.ask_for_login:
            QTimer.singleShot(0, lambda: self.ask_login(reason))

    async def logout(self) -> str:
        """End the session at the server and here (the gateway's network lane); "" when the server confirmed it, else
        why not (in words)."""
        gateway = operations_for(self.window)
        op = gateway.run(self.window, self.auth.logout, lane=Lane.NETWORK)
        await gateway.wait(op)
        problem = say(op.result) if op.succeeded() and isinstance(op.result, str) else op.message
        log.info("logged out", extra={"event": "logged_out", "confirmed": not problem})
        return problem

    def _device_key(self) -> str | None:
        """This PC's device key, sent with a login (``AuthService.device_key``)."""
        return device_key_of(self.runtime.store)

    def _become(self, clerk: Clerk) -> None:
        self.sync.clerk_changed()
        current = self.runtime.window.actor
        station = self.runtime.station_code() or current.station_code
        self.runtime.set_clerk(clerk.actor(station, current.window))
        self.window.set_clerk(clerk.display_name)
