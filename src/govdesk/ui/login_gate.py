"""The lock screen's login while the rest of the program is still starting (issue 15).

A login needs only the central server's client and the offline verifiers (``services.auth``: requests, the
protocol's models, argon2), not the local database: so the start wires this gate as soon as the OS keyring has
answered, and the clerk's login is sent from then on (``login_ready``), while SQLAlchemy, the store and the services
are still being imported and opened. The window stays locked: an answered login is only held here. The session
controller, once it exists (``ui.session``), takes the gate's login over (``hand_over``) and makes that clerk the
actor (``SyncController.accept``) before anything unlocks; a refused login is said on the lock screen, as the
session controller says it, and the clerk may try again.

Nobody works before the database is open: a quick login is answered, and the lock screen says "正在登录…" until the
session controller has taken it.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject

from govdesk.services.auth import AuthService, Clerk, sign_in
from govdesk.services.errors import GovdeskError
from govdesk.services.settings import SettingsStore
from govdesk.ui.i18n import error_text
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.operations import Lane, operations_for

log = logging.getLogger(__name__)


class LoginGate(QObject):
    """See the module docstring. ``auth``: the login's service (its ``verifiers`` are the ones the sync controller
    is given later, so a throttle counted here holds there)."""

    def __init__(self, window: MainWindow, auth: AuthService, settings_store: SettingsStore) -> None:
        super().__init__(window)
        self.setObjectName("loginGate")
        self.window = window
        self.auth = auth
        self.settings_store = settings_store
        #: The login under way or answered (its clerk, or None when refused), until handed over.
        self.pending: asyncio.Future[Clerk | None] | None = None
        self._open = True
        self._closed = False  # the start failed: nothing more is said or taken
        window.lock_screen.login_requested.connect(self._on_login_requested)
        window.lock_screen.set_busy(False)

    def _on_login_requested(self, username: str, password: str) -> None:
        if not self._open or (self.pending is not None and not self.pending.done()):
            return
        self.window.lock_screen.set_busy(True)
        self.pending = asyncio.ensure_future(self._sign_in(username, password))

    async def _sign_in(self, username: str, password: str) -> Clerk | None:
        gateway = operations_for(self.window)
        op = gateway.run(
            self.window,
            lambda: sign_in(self.auth, self.settings_store, username, password),
            failure=self._refused,
            lane=Lane.NETWORK,
        )
        await gateway.wait(op)
        clerk = op.result
        if self._closed:
            return None
        if op.succeeded() and isinstance(clerk, Clerk):
            return clerk  # held: the lock screen stays busy until the session controller takes it
        if not isinstance(op.error, GovdeskError):  # a bug: the gateway logged it and said it over the window
            self.window.lock_screen.show_message(op.message)
        self.window.lock_screen.set_busy(False)
        return None

    def _refused(self, error: GovdeskError) -> None:
        reason = error_text(error)
        log.info("login refused: %s", reason, extra={"event": "login_failed"})
        if not self._closed:
            self.window.lock_screen.show_message(reason)

    def hand_over(self) -> asyncio.Future[Clerk | None] | None:
        """Stop taking logins (the session controller takes the lock screen from now on); the login this gate sent,
        answered or still under way, or None."""
        if self._open:
            self._open = False
            self.window.lock_screen.login_requested.disconnect(self._on_login_requested)
        pending, self.pending = self.pending, None
        answered = pending is not None and pending.done() and not pending.cancelled() and pending.exception() is None
        if answered and pending is not None and pending.result() is None:
            return None  # refused, and said already: nothing to take over
        return pending

    def close(self) -> None:
        """The start failed after the gate was wired: no more logins, and a login under way changes nothing on the
        lock screen (it says why the program cannot be used, and keeps its login disabled)."""
        self._closed = True
        self.hand_over()
