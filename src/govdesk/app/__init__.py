"""The GUI entry: ``govdesk`` without a sub-command ends up in ``run(argv)``.

Start-up, in order: paths and settings (``--basedir`` keeps everything under one directory), logging (rotating
file, ``--log-json`` lines on stderr, personal data masked) and faulthandler, QApplication
(HiDPI rounding PassThrough), Qt messages into logging, translators (ours and Qt's), the excepthook, the
qasync event loop, the database's instance lock (a second govdesk on it is refused before anything shows), and
the main window's frame, LOCKED: the lock screen asks for a login before any workspace shows a case (issue 12).
That is all the first screen needs (issue 15: shown within 2x a bare PySide6 window). Once it is shown, one step
per turn of the event loop (``app.boot.Startup``): the credential store (the OS keyring) and the lock screen's login
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
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from govdesk.services.settings import AppPaths, SettingsStore

T0 = time.perf_counter()

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

    from govdesk.app.qt_hook import quicken_pyside_import_hook

    quicken_pyside_import_hook()  # before any other module is imported

    from govdesk.ui.forms import FormsMissingError, check_forms

    try:
        check_forms()  # before any page is imported: each imports its compiled form
    except FormsMissingError as exc:
        log.critical("%s", exc, extra={"event": "forms_missing"})
        sys.stderr.write(f"{exc}\n")
        return 1

    from govdesk.app.boot import Startup, database_unavailable
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
            database_unavailable(db_path, exc)
            return 1
        cleanups.append(held.release)
        context = AppContext(
            paths=paths,
            settings_store=store,
            credentials=None,  # the keyring is probed once the window is shown (boot.Startup.open_credentials)
            db_path=db_path,
            runtime=None,  # the database is opened once the window is shown (boot.Startup.open_database)
        )
        window = MainWindow(context, [], locked=True, icons_later=True)  # (the icons: a step after the paint)
        window.lock_screen.set_busy(True)  # until the credential store and the session controller are there
        startup = Startup(window, context, language, run_started, held, cleanups, autologin, before_database, stopping)
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
