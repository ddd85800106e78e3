"""The GUI entry: ``govdesk`` without a sub-command ends up in ``run(argv)``.

Start-up, in order: paths and settings (``--basedir`` keeps everything under one directory), logging (rotating
file, ``--log-json`` lines on stderr, personal data masked) and faulthandler, QApplication
(HiDPI rounding PassThrough), Qt messages into logging, translators (ours and Qt's), the excepthook, the
qasync event loop, the database's instance lock (a second govdesk on it is refused before anything shows), and
the main window's frame, LOCKED: the lock screen asks for a login before any workspace shows a case (issue 12).
That is all the first screen needs (issue 15: shown within 2x a bare PySide6 window). Once it is shown, one step
per turn of the event loop (``_Startup``): the credential store (the OS keyring) and the lock screen's login
(``ui.login_gate``: the login can be sent from then on, ``login_ready``; it needs no database), then the database
(its key from the keyring; SQLAlchemy and the services are imported here), the sync controller and the session
controller (``ui.session``: login, idle lock, 切换用户, 注销; it takes over a login the gate sent, and only then does
the window unlock), the workspaces, the CJK font check. The log says when each was done (``first_paint``,
``login_ready``, ``startup_finished`` with each step's time).

This module is imported by ``govdesk.cli`` for its argument definitions, so Qt and qasync are imported only
inside ``run``: the sub-commands never pay for them.

Environment: ``GOVDESK_QUIT_AFTER_SHOW=1`` quits as soon as the main window has been shown and start-up has
finished (end-to-end tests, the frozen-build smoke test); the window is then still locked, with no workspace
visible. With ``autologin`` (the demo) it quits once that login has been answered.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Callable
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

_T0 = time.perf_counter()

log = logging.getLogger("govdesk.app")

QUIT_AFTER_SHOW_ENV = "GOVDESK_QUIT_AFTER_SHOW"
#: How long the sync loop may take to stop when the window has closed (a call in flight is bounded by its timeout).
STOP_TIMEOUT_S = 10.0


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    """The GUI's flags (shared by ``govdesk`` and ``python -m govdesk``)."""
    parser.add_argument(
        "--basedir",
        metavar="目录",
        type=Path,
        help="把设置、数据和日志都放在此目录下（测试和演示用，不影响本机的正式设置）",
    )
    parser.add_argument(
        "--log-json", action="store_true", help="在标准错误输出上按行输出 JSON 格式日志（供自动测试读取）"
    )
    parser.add_argument("--db", metavar="文件", type=Path, help="本地数据库文件（默认在数据目录下）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言（默认取设置中的语言，即 zh_CN）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govdesk", description="govdesk 政务服务窗口工作台（图形界面）。")
    add_gui_arguments(parser)
    return parser


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux /proc), or None elsewhere."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return None


def run(
    argv: Sequence[str] | None = None,
    *,
    autologin: tuple[str, str] | None = None,
    before_database: Callable[[SettingsStore], None] | None = None,
) -> int:
    """Start the program; returns the exit code. ``autologin`` (username, password) logs a clerk in as soon as
    the window is up (a login like any other, through the lock screen's path): ``govdesk demo`` uses it so a
    newcomer types nothing. ``before_database`` runs after the first paint, before the database opens, with the
    settings (the demo starts its embedded central server there and points the settings at it)."""
    run_started = time.perf_counter()
    options = build_parser().parse_args(list(argv) if argv is not None else sys.argv[1:])

    from govdesk.services.logsetup import enable_faulthandler, setup_logging
    from govdesk.services.settings import AppPaths, SettingsStore

    paths = (AppPaths.for_basedir(options.basedir) if options.basedir else AppPaths.default()).ensure()
    logging_handle = setup_logging(paths.log_dir, json_stderr=options.log_json)
    fault_handle = enable_faulthandler(paths.log_dir)
    try:
        store = SettingsStore(paths.settings_file)
        settings = store.load()
        # --lang applies to this run only; the clerk's saved choice stays as it is.
        language = options.lang or settings.language
        log.info(
            "starting govdesk",
            extra={"event": "starting", "config_dir": str(paths.config_dir), "log_file": str(logging_handle.log_file)},
        )
        return _run_gui(
            options,
            paths,
            store,
            language,
            logging_handle.log_file,
            fault_handle.previous_crash,
            run_started,
            autologin,
            before_database,
        )
    except Exception as exc:
        log.critical("start-up failed: %s", exc, exc_info=True, extra={"event": "startup_failed"})
        sys.stderr.write(f"govdesk 无法启动：{exc}\n")
        return 1
    finally:
        fault_handle.close()
        log.info("govdesk stopped", extra={"event": "stopped"})
        logging_handle.close()


def _run_gui(
    options: argparse.Namespace,
    paths: AppPaths,
    store: SettingsStore,
    language: str,
    log_file: Path,
    previous_crash: Path | None,
    run_started: float,
    autologin: tuple[str, str] | None = None,
    before_database: Callable[[SettingsStore], None] | None = None,
) -> int:
    # PySide6 first, then qasync (imported after the first paint): qasync picks the first Qt binding it finds
    # (PLATFORM.md).
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    _quicken_pyside_import_hook()  # before any other module is imported

    from govdesk.ui.forms import FormsMissingError, check_forms

    try:
        check_forms()  # before any page is imported: each imports its compiled form
    except FormsMissingError as exc:
        log.critical("%s", exc, extra={"event": "forms_missing"})
        sys.stderr.write(f"{exc}\n")
        return 1

    from govdesk.store.errors import StoreError
    from govdesk.store.lock import acquire_instance_lock
    from govdesk.ui.collector import install as install_collector
    from govdesk.ui.context import AppContext
    from govdesk.ui.crash import install_qt_message_handler, make_excepthook
    from govdesk.ui.i18n import install_translators, say
    from govdesk.ui.mainwindow import MainWindow

    install_qt_message_handler()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["govdesk"])
    app.setApplicationName("govdesk")
    app.setOrganizationName("govdesk")
    app.setApplicationDisplayName("政务服务窗口工作台")
    install_collector(app)  # cycles are collected on this thread only (ui/collector.py)
    translators = install_translators(language)
    app.setProperty("govdeskTranslators", len(translators))
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(log_file)

    cleanups: list[Callable[[], None]] = []
    stopping: list[Callable[[], Awaitable[None]]] = []  # run on the loop once it has stopped, before it closes
    loop = None
    try:
        db_path = options.db or paths.default_db
        try:
            # before the window: a second govdesk on the same database is refused before anything shows
            held = acquire_instance_lock(db_path)
        except StoreError as exc:
            _database_unavailable(db_path, exc)
            return 1
        cleanups.append(held.release)
        context = AppContext(
            paths=paths,
            settings_store=store,
            credentials=None,  # the keyring is probed once the window is shown (_Startup.open_credentials)
            db_path=db_path,
            runtime=None,  # the database is opened once the window is shown (_Startup.open_database)
        )
        window = MainWindow(context, [], locked=True)
        window.lock_screen.set_busy(True)  # until the credential store and the session controller are there
        startup = _Startup(window, context, language, run_started, held, cleanups, autologin, before_database, stopping)
        window.shown.connect(startup.on_shown)
        if store.problem:
            window.status_bar.showMessage(say(store.problem), 15000)
        if previous_crash is not None:
            window.report_previous_crash(previous_crash)
        window.show()
        app.processEvents()  # the first paint (measured as the bare window's baseline is: show, then this)
        startup.first_paint()

        import asyncio

        import qasync

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        startup.sequence.start()
        with loop:
            result = loop.run_forever()
            for stop in stopping:
                try:
                    loop.run_until_complete(asyncio.wait_for(stop(), STOP_TIMEOUT_S))
                except Exception as exc:  # leaving anyway: said in the log, never a hang at exit
                    log.warning("stopping %s failed: %r", getattr(stop, "__qualname__", stop), exc)
        return startup.exit_code if startup.exit_code is not None else int(result or 0)
    finally:
        sys.excepthook = previous_hook
        if loop is not None and not loop.is_closed():
            loop.close()
        for cleanup in reversed(cleanups):
            cleanup()


class _Startup:
    """What the first screen does not need, run after the window is shown (``ui.startup.StartupSequence``: one
    step per turn of the event loop, none long, so the keys typed on the lock screen meanwhile show without a
    noticeable wait; issue 15). In order: the OS keyring is probed on a thread of its own (``_KeyringProbe``: its
    backend asks D-Bus) while the login's modules are imported (the protocol, the server's client, the offline
    verifiers: no SQLAlchemy); the credential store; the lock screen's login gate (the login can be sent from then
    on: ``login_ready``); SQLAlchemy, the store and the services; the database (``Runtime.open``) with the key the
    probe found; the sync stack's modules, then the sync and session controllers (the session takes the gate's
    login over: the window unlocks only once the database is open); the workspaces (their modules and, for the last
    one shown, its page; the others' pages on their first show); the CJK font check; then everything made so far
    leaves the cyclic collector's scans (``gc.freeze``).

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
        self.keyring = _KeyringProbe(context.db_path)
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
                *backend,
                ("keyring", self.keyring.start),
                # what the lock screen's login needs (the server's client, the offline verifiers), in parts of about
                # a tenth of a second each, while the keyring is probed
                ("login_modules", lambda: _import("pydantic.main")),
                ("login_modules", lambda: _import("govdesk.protocol")),
                ("login_modules", lambda: _import("requests")),
                ("login_modules", lambda: _import("govdesk.ui.login_gate")),
                ("keyring", self.keyring.wait),  # (the loop turns while the probe finishes)
                ("credentials", self.open_credentials),
                ("login", self.open_login),
                ("login_ready", self.login_ready),
                # the store's and the services' modules, then the database, the sync and the session controllers
                ("store_modules", lambda: _import("sqlalchemy")),
                ("store_modules", lambda: _import("sqlalchemy.orm")),
                ("store_modules", lambda: _import("govdesk.store.store")),
                ("service_modules", lambda: _import("govdesk.services.runtime")),
                ("database", self.open_database),
                ("sync_modules", lambda: _import("govdesk.ui.session")),
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
        process_ms = _process_age_ms()
        return {
            "cpu_ms": round(time.process_time() * 1000.0, 1),  # this process's CPU time (all threads) so far
            "startup_ms": round((time.perf_counter() - _T0) * 1000.0, 1),
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
        runtime = _open_runtime(self.context.db_path, self.context.paths, self.context.settings_store, self.held, key)
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
        auth = AuthService(settings.server_url, credentials, self.verifiers, ca_bundle=settings.ca_bundle)
        self.gate = LoginGate(self.window, auth, store)

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

        if step in self.DATABASE_STEPS:
            message = _database_unavailable(self.context.db_path, exc)
            if not self.quitting:
                QMessageBox.critical(self.window, "govdesk", message)
            self.exit_code = 1
            self.window.close()
            return
        # The window stays locked with its login disabled (nobody can work on a half-started program); the reason is
        # on the lock screen and in the log (StartupSequence logged the traceback).
        if self.gate is not None:
            self.gate.close()
        self.window.lock_screen.show_startup_failure(str(exc))
        if self.quitting:
            self.exit_code = 1
            self.window.close()


def _quicken_pyside_import_hook() -> None:
    """PySide6 asks of every module imported after it whether its source says "PySide6" (``shibokensupport.feature``
    ``_mod_uses_pyside``, for its ``__feature__`` switches), through ``inspect.getsource``: about 0.1 s of CPU over the
    640 modules of a start (issue 15). And ``inspect`` first unwraps the module, asking its ``__getattr__`` for
    ``__wrapped__``: pydantic's imports a module of its own there, and while the keyring probe imported on its thread,
    pydantic's import failed now and then ("partially initialized module 'pydantic._internal._validators'", 2 starts
    in 37). The same question is asked here of the source itself: a ``.py`` file's bytes, else the module's loader
    (none: no source, False, as ``inspect`` found). Left as it is when PySide's internals are not as expected."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return

    def mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return False
        loader = getattr(module, "__loader__", None)
        try:
            text = loader.get_source(getattr(module, "__name__", "")) if loader is not None else None
        except Exception:  # (as inspect: a module whose source cannot be had does not use PySide)
            return False
        return isinstance(text, str) and "PySide6" in text

    mod_uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]


def _database_unavailable(db_path: Path, exc: BaseException) -> str:
    """Say that the database cannot be opened (log and stderr); the message, for a dialog."""
    message = f"无法打开本机数据库 {db_path}：{exc}"
    log.critical("%s", message, extra={"event": "database_unavailable"})
    sys.stderr.write(message + "\n")
    return message


def _import(module: str) -> None:
    """Import ``module`` (a start-up step), and take what importing made out of the cyclic collector's scans at once
    (``gc.freeze``, as ``_Startup.finished`` does for the rest): the GUI thread's collector (``ui/collector.py``)
    would otherwise walk every module object in a full collection in the middle of start-up."""
    importlib.import_module(module)
    gc.freeze()


class _KeyringProbe:
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


def _open_runtime(
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
