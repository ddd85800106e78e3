"""Start-up after the first paint (issue 15): ``Startup`` runs what the first screen does not need as the steps of a
``ui.startup.StartupSequence`` (one per turn of the event loop), the OS keyring probed on a thread of its own
(``KeyringProbe``), and says each step's time in the log. ``govdesk.app.run`` builds it once the locked window is
shown; this module is imported only then (after Qt), so the sub-commands never pay for it.

Here rather than in ``govdesk.ui``: it opens the store (``services.runtime``) and holds the instance lock, which the
UI's layer may not touch."""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from govdesk.app import QUIT_AFTER_SHOW_ENV, T0

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from govdesk.services.credentials import CredentialStore
    from govdesk.services.offline_login import OfflineVerifiers
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import AppPaths, SettingsStore
    from govdesk.store.lock import InstanceLock
    from govdesk.ui.context import AppContext
    from govdesk.ui.login_gate import LoginGate
    from govdesk.ui.mainwindow import MainWindow
    from govdesk.ui.workspace import Workspace

#: The start-up's log lines keep the program's logger name (tests and the e2e runs read them by it).
log = logging.getLogger("govdesk.app")


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux /proc), or None elsewhere."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return None


class Startup:
    """What the first screen does not need, run after the window is shown (``ui.startup.StartupSequence``: one step per
    turn of the event loop, none long, so the keys typed on the lock screen meanwhile show without a noticeable
    wait; issue 15). In order: the actions' icons (``ActionRegistry.set_icons``: the style's icons need ``QStyle``'s
    Python enums, too dear before the paint; blanks held their room); the OS keyring is probed on a thread of its
    own (``KeyringProbe``: its backend asks D-Bus) while the login's modules are imported (the protocol, the
    server's client, the offline verifiers: no SQLAlchemy); the credential store; the lock screen's login gate (the
    login can be sent from then on: ``login_ready``); SQLAlchemy, the store and the services; the database
    (``Runtime.open``) with the key the probe found; the sync stack's modules, then the sync and session controllers
    (the session takes the gate's login over: the window unlocks only once the database is open); the workspaces
    (their modules and, for the last one shown, its page; the others' pages on their first show); the CJK font
    check; then everything made so far leaves the cyclic collector's scans (``gc.freeze``).

    A step that fails is said in words: the database's failure (any of its steps) as before the window existed (a
    message box and exit code 1), any other on the lock screen, which then keeps its login button disabled."""

    #: The steps whose failure means the database cannot be opened.
    DATABASE_STEPS = frozenset({"keyring", "store_modules", "service_modules", "database"})

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        language: str,
        run_started: float,
        held: InstanceLock,
        cleanups: list[Callable[[], None]],
        autologin: tuple[str, str] | None,
        before_database: Callable[[SettingsStore], None] | None = None,
        stopping: list[Callable[[], Awaitable[None]]] | None = None,
    ) -> None:
        from govdesk.ui.startup import StartupSequence, in_thread

        self.window = window
        self.context = context
        self.language = language
        self.run_started = run_started
        self.held = held
        self.cleanups = cleanups
        self.stopping = stopping if stopping is not None else []  # awaited once the loop stopped (app._run_gui)
        self.autologin = autologin
        self.quitting = os.environ.get(QUIT_AFTER_SHOW_ENV) == "1"
        self.exit_code: int | None = None
        self.runtime: Runtime | None = None
        self.keyring = KeyringProbe(context.db_path)
        self.verifiers: OfflineVerifiers | None = None  # (made by the login step)
        self.gate: LoginGate | None = None
        self.pending: list[asyncio.Future[bool]] = []  # the demo's login, kept referenced until it ends
        backend: list[tuple[str, Callable[[], object]]] = []
        if before_database is not None:
            settings = context.settings_store
            backend = [  # on a thread (the demo's server starts and is seeded: seconds), the loop turning meanwhile
                ("backend", lambda: in_thread("backend", lambda: before_database(settings))),
                ("backend", lambda: window.lock_screen.set_server_url(settings.settings.server_url)),
            ]
        self.sequence = StartupSequence(
            window,
            [
                ("usable", self.usable),
                ("icons", window.actions_registry.set_icons),  # (the toolbar's blanks replaced)
                *backend,
                ("keyring", self.keyring.start),
                # what the lock screen's login needs (the server's client, the offline verifiers), in parts of about
                # a tenth of a second each, while the keyring is probed
                ("login_modules", lambda: import_step("pydantic.main")),
                ("login_modules", lambda: import_step("govdesk.protocol")),
                ("login_modules", lambda: import_step("requests")),
                ("login_modules", lambda: import_step("govdesk.ui.login_gate")),
                ("keyring", self.keyring.wait),  # (the loop turns while the probe finishes)
                ("credentials", self.open_credentials),
                ("login", self.open_login),
                ("login_ready", self.login_ready),
                # the store's and the services' modules, then the database, the sync and the session controllers
                ("store_modules", lambda: import_step("sqlalchemy")),
                ("store_modules", lambda: import_step("sqlalchemy.orm")),
                ("store_modules", lambda: import_step("govdesk.store.store")),
                ("service_modules", lambda: import_step("govdesk.services.runtime")),
                ("database", self.open_database),
                ("sync_modules", lambda: import_step("govdesk.ui.session")),
                ("session", self.start_session),
                ("workspaces", self.host_workspaces),
                ("font_check", self.check_font),
            ],
        )
        self.sequence.finished.connect(self.finished)
        self.sequence.failed.connect(self.failed)
        cleanups.append(self.sequence.stop)
        cleanups.append(self.keyring.join)

    def _times(self) -> dict[str, float | None]:
        process_ms = process_age_ms()
        return {
            "cpu_ms": round(time.process_time() * 1000.0, 1),  # this process's CPU time (all threads) so far
            "startup_ms": round((time.perf_counter() - T0) * 1000.0, 1),
            "gui_ms": round((time.perf_counter() - self.run_started) * 1000.0, 1),
            "process_ms": None if process_ms is None else round(process_ms, 1),
        }

    def on_shown(self) -> None:
        window = self.window
        log.info(
            "main window shown",
            extra={
                "event": "main_window_shown",
                **self._times(),
                "language": self.language,
                "locked": window.locked,
                "visible_workspaces": window.visible_workspaces(),
            },
        )

    def first_paint(self) -> None:
        """The shown window's first paint is done."""
        log.info("main window painted", extra={"event": "first_paint", **self._times()})

    def usable(self) -> None:
        """The first turn of the event loop: the login field has the focus and takes typing (the keys pressed from
        now on reach it between two steps)."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        log.info(
            "login field usable",
            extra={"event": "usable", **self._times(), "focus": focus.objectName() if focus else ""},
        )

    def open_database(self) -> None:
        key, key_warning = self.keyring.database_key()
        runtime = open_runtime(self.context.db_path, self.context.paths, self.context.settings_store, self.held, key)
        self.runtime = runtime
        self.context.runtime = runtime
        self.cleanups.append(runtime.close)
        self.window.status_bar.set_database_warning(key_warning)
        context = self.context

        def make_workspaces() -> list[Workspace]:
            from govdesk.ui.workspace import create_workspaces

            return create_workspaces(context)

        # hosted by the workspaces step, or by a login answered before it (the window's first unlock)
        self.window.defer_workspaces(make_workspaces)

    def open_credentials(self) -> None:
        store = self.keyring.credential_store()
        self.window.set_credentials(store)
        log.info(
            "credentials opened",
            extra={"event": "credentials_opened", "persistent": store.persistent, "warning": store.warning},
        )

    def open_login(self) -> None:
        """The lock screen's login, from now on (``ui.login_gate``): answered at the server, or offline against the
        verifiers, while the database opens; the session controller takes it over."""
        from govdesk.services.auth import AuthService
        from govdesk.services.offline_login import OfflineVerifiers
        from govdesk.store.clock import SystemClock
        from govdesk.ui.login_gate import LoginGate

        store, credentials = self.context.settings_store, self.context.credentials
        assert credentials is not None  # (the step before opened it)
        settings = store.settings
        self.verifiers = OfflineVerifiers(store.path.parent, SystemClock(), settings.offline_login_days)
        auth = AuthService(
            settings.server_url, credentials, self.verifiers, ca_bundle=settings.ca_bundle, device_key=self._device_key
        )
        self.gate = LoginGate(self.window, auth, store)

    def _device_key(self) -> str | None:
        """This PC's device key once the database is open (the login is bound to this PC: AB岗), else None. On the
        login's thread."""
        if self.runtime is None:
            return None
        from govdesk.services.sync_service import device_key_of

        return device_key_of(self.runtime.store)

    def start_session(self) -> None:
        import asyncio

        from govdesk.ui.calendar_watch import CalendarWatch
        from govdesk.ui.session import SessionController
        from govdesk.ui.sync_controller import SyncController

        window, runtime, credentials = self.window, self.runtime, self.context.credentials
        assert runtime is not None and credentials is not None  # (the steps before made them)
        controller = SyncController(
            window,
            runtime,
            credentials,
            self.context.settings_store,
            ask_for_login=not self.quitting,
            verifiers=self.verifiers,
        )
        # a holiday year pulled (or loaded while closed) replaces a provisional one: deadlines recounted
        watch = CalendarWatch(window, runtime)
        controller.cases_changed.connect(watch.check)
        controller.login_succeeded.connect(lambda _name: watch.update_banner())
        watch.check()
        self.cleanups.append(lambda: controller.engine.stop())  # the engine of the moment (settings may rebuild it)
        self.stopping.append(controller.stop)  # its tasks ended and its threads joined, not left to the exit
        session = SessionController(window, controller, gate=self.gate)
        self.cleanups.append(session.close)
        if self.autologin is not None:
            controller.ask_for_login = False
            login = asyncio.ensure_future(session.login(*self.autologin))
            self.pending.append(login)
            if self.quitting:  # the demo's smoke test: quit once the login has been answered
                login.add_done_callback(lambda _done: self.window.close())
        controller.start()

    def login_ready(self) -> None:
        """The turn after the session controller was wired: a login typed now can be sent."""
        from PySide6.QtWidgets import QApplication

        screen = self.window.lock_screen
        focus = QApplication.focusWidget()
        log.info(
            "login ready",
            extra={
                "event": "login_ready",
                **self._times(),
                "login_enabled": screen.login_button.isEnabled(),
                "focus": focus.objectName() if focus else "",
            },
        )

    def host_workspaces(self) -> None:
        window = self.window
        window.ensure_workspaces()  # (unless a quick login's unlock hosted them already)
        log.info(
            "workspaces hosted",
            extra={"event": "workspaces_hosted", "workspaces": [w.key for w in window.workspaces()]},
        )

    def check_font(self) -> None:
        from govdesk.ui.fontcheck import cjk_font_problem

        font_problem = cjk_font_problem()
        if font_problem:
            log.warning("%s", font_problem, extra={"event": "cjk_font_problem"})
            self.window.report_font_problem(font_problem)

    def finished(self) -> None:
        # Everything made at start-up (modules, Qt wrappers, the window) leaves the cyclic collector's scans:
        # a full collection set off by a large sync round held the GIL, and so this loop, for 70-80 ms
        # (benchmarks/bench_sync.py measures the loop's lateness with this in force).
        gc.freeze()
        steps: dict[str, float] = {}
        for name, ms in self.sequence.timings:
            steps[name] = round(steps.get(name, 0.0) + ms, 1)
        steps_cpu: dict[str, float] = {}
        for name, ms in self.sequence.cpu_timings:
            steps_cpu[name] = round(steps_cpu.get(name, 0.0) + ms, 1)
        log.info(
            "start-up finished",
            extra={
                "event": "startup_finished",
                **self._times(),
                "steps": steps,
                "steps_cpu": steps_cpu,  # the GUI thread's CPU time in each
                "longest_step_ms": round(self.sequence.longest, 1),
                # What the status bar's warning banner says at the end of start-up (e2e tests read it).
                "status_warning": self.window.status_bar.credential_label.toolTip(),
            },
        )
        if self.quitting and self.autologin is None:
            self.window.close()

    def failed(self, step: str, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from govdesk.ui.i18n import error_text

        if step in self.DATABASE_STEPS:
            message = database_unavailable(self.context.db_path, exc)
            if not self.quitting:
                QMessageBox.critical(self.window, "govdesk", message)
            self.exit_code = 1
            self.window.close()
            return
        # The window stays locked with its login disabled (nobody can work on a half-started program); the reason is
        # on the lock screen and in the log (StartupSequence logged the traceback).
        if self.gate is not None:
            self.gate.close()
        self.window.lock_screen.show_startup_failure(error_text(exc))
        if self.quitting:
            self.exit_code = 1
            self.window.close()


def database_unavailable(db_path: Path, exc: BaseException) -> str:
    """Say that the database cannot be opened (log and stderr) in the clerk's language; the message, for a dialog."""
    from govdesk.ui.dialogs import database_unavailable_text
    from govdesk.ui.i18n import error_text

    message = database_unavailable_text(str(db_path), error_text(exc))
    log.critical("%s", message, extra={"event": "database_unavailable"})
    sys.stderr.write(message + "\n")
    return message


def import_step(module: str) -> None:
    """Import ``module`` (a start-up step), and take what importing made out of the cyclic collector's scans at once
    (``gc.freeze``, as ``Startup.finished`` does for the rest): the GUI thread's collector (``ui/collector.py``)
    would otherwise walk every module object in a full collection in the middle of start-up."""
    importlib.import_module(module)
    gc.freeze()


class KeyringProbe:
    """The OS keyring's part of start-up on a thread of its own: the platform's backend chosen explicitly
    (``register_keyring_backends``: the Secret Service asks D-Bus), the database's key, and the credential store's
    probe. Started after the first paint, it runs while the GUI thread imports the login's modules; the credential
    and database steps take its answers (``credential_store``, ``database_key``)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._future: Future[tuple[tuple[bytes | None, str | None], CredentialStore]] | None = None

    def start(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        executor = ThreadPoolExecutor(1, thread_name_prefix="govdesk-keyring-probe")
        self._future = executor.submit(self._probe)
        executor.shutdown(wait=False)  # the thread ends with the probe

    def _probe(self) -> tuple[tuple[bytes | None, str | None], CredentialStore]:
        from govdesk.services.credentials import database_key, open_credential_store, register_keyring_backends

        register_keyring_backends()
        return database_key(self.db_path), open_credential_store()

    def wait(self) -> Future[object]:
        """The probe's future: a start-up step returns it, and the sequence goes on once the probe is done (the loop
        turning meanwhile)."""
        assert self._future is not None
        return self._future  # type: ignore[return-value]

    def join(self) -> None:
        if self._future is not None:
            self._future.exception()  # waits; what it raised is said by the step that takes its answer

    def _answer(self) -> tuple[tuple[bytes | None, str | None], CredentialStore]:
        assert self._future is not None
        return self._future.result()  # (raises what the probe raised)

    def database_key(self) -> tuple[bytes | None, str | None]:
        """(key, warning) as ``services.credentials.database_key`` gives them; raises what the probe raised."""
        (key, warning), _ = self._answer()
        if warning:
            log.warning("no OS keyring: the database stays unencrypted", extra={"event": "database_unencrypted"})
        return key, warning

    def credential_store(self) -> CredentialStore:
        return self._answer()[1]


def open_runtime(
    db_path: Path, paths: AppPaths, store: SettingsStore, held: InstanceLock, key: bytes | None
) -> Runtime:
    """The window's services on its local database, encrypted with ``key`` (from the OS keyring; None: plain).
    Raises ``StoreError`` when it cannot be opened (its key is not in this PC's keyring, the disk failed…): the
    caller says so. ``held``: this process's instance lock."""
    from govdesk.services.runtime import Runtime

    runtime = Runtime.open(db_path, paths.data_dir, store.settings, db_key=key, instance_lock=held)
    log.info(
        "database opened",
        extra={"event": "database_opened", "db_path": str(db_path), "encrypted": runtime.store.encrypted},
    )
    return runtime
