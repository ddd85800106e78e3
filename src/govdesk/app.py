"""The GUI entry: ``govdesk`` without a sub-command ends up in ``run(argv)``.

Start-up, in order: paths and settings (``--basedir`` keeps everything under one directory), logging (rotating
file, ``--log-json`` lines on stderr, personal data masked) and faulthandler, QApplication
(HiDPI rounding PassThrough), Qt messages into logging, translators (ours and Qt's), the excepthook, the
qasync event loop, the CJK font check, the workspaces and the main window, LOCKED: the lock screen asks for a
login before any workspace shows a case (issue 12); once it is shown, the credential store (keyring backends are
registered and probed then: their discovery is slow and nothing needs them earlier), the sync controller and the
session controller (``ui.session``: login, idle lock, 切换用户, 注销).

This module is imported by ``govdesk.cli`` for its argument definitions, so Qt and qasync are imported only
inside ``run``: the sub-commands never pay for them.

Environment: ``GOVDESK_QUIT_AFTER_SHOW=1`` quits as soon as the main window has been shown (end-to-end tests,
the frozen-build smoke test); the window is then still locked, with no workspace visible. With ``autologin``
(the demo) it quits once that login has been answered.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from govdesk.services.credentials import CredentialStore
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import AppPaths, SettingsStore

_T0 = time.perf_counter()

log = logging.getLogger("govdesk.app")

QUIT_AFTER_SHOW_ENV = "GOVDESK_QUIT_AFTER_SHOW"


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


def run(argv: Sequence[str] | None = None, *, autologin: tuple[str, str] | None = None) -> int:
    """Start the program; returns the exit code. ``autologin`` (username, password) logs a clerk in as soon as
    the window is up (a login like any other, through the lock screen's path): ``govdesk demo`` uses it so a
    newcomer types nothing."""
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
) -> int:
    # PySide6 first, then qasync: qasync picks the first Qt binding it finds (PLATFORM.md).
    os.environ.setdefault("QT_API", "pyside6")
    import asyncio

    import qasync
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from govdesk.ui.forms import FormsMissingError, check_forms

    try:
        check_forms()  # before any page is imported: each imports its compiled form
    except FormsMissingError as exc:
        log.critical("%s", exc, extra={"event": "forms_missing"})
        sys.stderr.write(f"{exc}\n")
        return 1

    from govdesk.ui.collector import install as install_collector
    from govdesk.ui.context import AppContext
    from govdesk.ui.crash import install_qt_message_handler, make_excepthook
    from govdesk.ui.fontcheck import cjk_font_problem
    from govdesk.ui.i18n import install_translators
    from govdesk.ui.mainwindow import MainWindow
    from govdesk.ui.workspace import create_workspaces

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

    loop = qasync.QEventLoop(app)
    cleanups: list[Callable[[], None]] = []
    pending: list[asyncio.Future[bool]] = []  # the demo's login, kept referenced until it ends
    try:
        db_path = options.db or paths.default_db
        runtime, key_warning = _open_runtime(db_path, paths, store)
        if runtime is None:
            return 1
        cleanups.append(runtime.close)
        context = AppContext(
            paths=paths,
            settings_store=store,
            credentials=None,  # opened just after the window is shown (see on_shown)
            db_path=db_path,
            runtime=runtime,
        )
        window = MainWindow(context, create_workspaces(context), locked=True)

        def on_shown() -> None:
            # Everything made at start-up (modules, Qt wrappers, the window) leaves the cyclic collector's scans:
            # a full collection set off by a large sync round held the GIL, and so this loop, for 70-80 ms
            # (benchmarks/bench_sync.py measures the loop's lateness with this in force).
            gc.freeze()
            process_ms = _process_age_ms()
            QTimer.singleShot(0, open_credentials)
            log.info(
                "main window shown",
                extra={
                    "event": "main_window_shown",
                    "startup_ms": round((time.perf_counter() - _T0) * 1000.0, 1),
                    "gui_ms": round((time.perf_counter() - run_started) * 1000.0, 1),
                    "process_ms": None if process_ms is None else round(process_ms, 1),
                    "language": language,
                    "workspaces": [w.key for w in window.workspaces()],
                    "locked": window.locked,
                    "visible_workspaces": window.visible_workspaces(),
                },
            )

        def open_credentials() -> None:
            from govdesk.services.credentials import open_credential_store, register_keyring_backends

            register_keyring_backends()
            store = open_credential_store()
            window.set_credentials(store)
            log.info(
                "credentials opened",
                extra={"event": "credentials_opened", "persistent": store.persistent, "warning": store.warning},
            )
            start_sync(store)

        def start_sync(credentials: CredentialStore) -> None:
            from govdesk.ui.calendar_watch import CalendarWatch
            from govdesk.ui.session import SessionController
            from govdesk.ui.sync_controller import SyncController

            quitting = os.environ.get(QUIT_AFTER_SHOW_ENV) == "1"
            controller = SyncController(
                window, runtime, credentials, context.settings_store, ask_for_login=not quitting
            )
            # a holiday year pulled (or loaded while closed) replaces a provisional one: deadlines recounted
            watch = CalendarWatch(window, runtime)
            controller.cases_changed.connect(watch.check)
            controller.login_succeeded.connect(lambda _name: watch.update_banner())
            watch.check()
            cleanups.append(lambda: controller.engine.stop())  # the engine of the moment (settings may rebuild it)
            session = SessionController(window, controller)
            cleanups.append(session.close)
            if autologin is not None:
                controller.ask_for_login = False
                login = asyncio.ensure_future(session.login(*autologin))
                pending.append(login)
                if quitting:  # the demo's smoke test: quit once the login has been answered
                    login.add_done_callback(lambda _done: window.close())
            controller.start()
            if quitting and autologin is None:
                QTimer.singleShot(0, window.close)

        window.lock_screen.set_busy(True)  # until the credential store and the session controller are there
        window.shown.connect(on_shown)
        if store.problem or key_warning:
            window.status_bar.showMessage(store.problem or key_warning or "", 15000)
        if previous_crash is not None:
            window.report_previous_crash(previous_crash)
        window.show()

        font_problem = cjk_font_problem()
        if font_problem:
            log.warning("%s", font_problem, extra={"event": "cjk_font_problem"})
            window.report_font_problem(font_problem)

        asyncio.set_event_loop(loop)
        with loop:
            result = loop.run_forever()
        return int(result or 0)
    finally:
        sys.excepthook = previous_hook
        if not loop.is_closed():
            loop.close()
        for cleanup in reversed(cleanups):
            cleanup()


def _open_runtime(db_path: Path, paths: AppPaths, store: SettingsStore) -> tuple[Runtime | None, str | None]:
    """The window's services on its local database, encrypted with its key from the OS keyring, and words for the
    status bar when it cannot be encrypted (no keyring); None (after telling the clerk why) when it cannot be
    opened, e.g. another govdesk already works on the same database, or its key is not in this PC's keyring."""
    from govdesk.services.credentials import database_key, register_keyring_backends
    from govdesk.services.runtime import Runtime
    from govdesk.store.errors import StoreError

    register_keyring_backends()
    key, key_warning = database_key(db_path)
    if key_warning:
        log.warning("no OS keyring: the database stays unencrypted", extra={"event": "database_unencrypted"})
    try:
        runtime = Runtime.open(db_path, paths.data_dir, store.settings, db_key=key)
    except StoreError as exc:
        message = f"无法打开本机数据库 {db_path}：{exc}"
        log.critical("%s", message, extra={"event": "database_unavailable"})
        sys.stderr.write(message + "\n")
        if os.environ.get(QUIT_AFTER_SHOW_ENV) != "1":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "govdesk", message)
        return None, None
    log.info(
        "database opened",
        extra={"event": "database_opened", "db_path": str(db_path), "encrypted": runtime.store.encrypted},
    )
    return runtime, key_warning
