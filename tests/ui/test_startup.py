"""Start-up after the first paint (issue 15): ``ui.startup.StartupSequence`` runs one step per turn of the event
loop (keys typed on the lock screen meanwhile are delivered between steps), stops at a failing step and says so;
the lock screen says a failed start-up in words and keeps its login disabled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.ui.lockscreen import LockScreen
from govdesk.ui.startup import StartupSequence

ROOT = Path(__file__).resolve().parents[2]

# The offscreen platform cannot pass a window's size hints to a window manager and says so; not a problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_steps_run_in_order_each_in_its_own_turn_of_the_event_loop(qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[str] = []

    def first() -> None:
        seen.append("first")
        QTimer.singleShot(0, lambda: seen.append("between"))  # as a key press queued while the step ran

    sequence = StartupSequence(owner, [("first", first), ("second", lambda: seen.append("second"))])
    with qtbot.waitSignal(sequence.finished, timeout=5000):
        sequence.start()
    assert seen == ["first", "between", "second"]
    assert [name for name, _ in sequence.timings] == ["first", "second"]
    assert not sequence.running and sequence.longest >= 0.0


def test_a_failing_step_stops_the_sequence_and_is_handed_on(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    owner = QObject()
    ran: list[str] = []

    def broken() -> None:
        raise OSError("磁盘已满")

    steps = [("ok", lambda: ran.append("ok")), ("broken", broken), ("after", lambda: ran.append("after"))]
    sequence = StartupSequence(owner, steps)
    finished: list[bool] = []
    sequence.finished.connect(lambda: finished.append(True))
    with qtbot.waitSignal(sequence.failed, timeout=5000) as blocker:
        sequence.start()
    name, exc = blocker.args
    assert name == "broken" and isinstance(exc, OSError)
    qtbot.wait(50)  # nothing else runs
    assert ran == ["ok"] and finished == []
    failed = [r for r in caplog.records if getattr(r, "event", "") == "startup_failed"]
    assert failed and failed[0].levelname == "ERROR" and "磁盘已满" in failed[0].getMessage()


def test_the_lock_screen_says_a_failed_start_up_and_keeps_the_login_disabled(qtbot: QtBot) -> None:
    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.focus_first()
    qtbot.keyClicks(screen.user_edit, "wangli")  # what was typed before stays
    screen.show_startup_failure("无法导入同步模块")
    assert not screen.login_button.isEnabled()
    assert screen.message.isVisible() and "无法导入同步模块" in screen.message.text()
    assert "请重新启动程序" in screen.message.text()
    assert screen.user_edit.text() == "wangli"
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)  # no login is sent from a half-started program
    assert "无法导入同步模块" in screen.message.text()


# What the process imports before its window is painted: nothing of the stacks start-up defers (issue 15).
FIRST_SCREEN = """
import sys
import govdesk.cli, govdesk.app
from govdesk.services.logsetup import setup_logging
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.store.errors import StoreError
from govdesk.store.lock import acquire_instance_lock
from govdesk.ui.collector import install
from govdesk.ui.context import AppContext
from govdesk.ui.crash import install_qt_message_handler
from govdesk.ui.i18n import install_translators
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.startup import StartupSequence
heavy = ("sqlalchemy", "alembic", "pydantic", "requests", "keyring", "pypinyin", "fastapi", "qasync", "barcode",
         "asyncio", "govdesk.protocol", "govdesk.sync.engine", "govdesk.services.runtime", "govdesk.ui.intake",
         "govdesk.ui.caseview", "govdesk.ui.operations", "govdesk.ui.dialogs", "govdesk.ui.tables", "govdesk.ui.a11y",
         "concurrent.futures")
print(sorted(name for name in heavy if name in sys.modules))
"""


def test_the_first_screen_imports_none_of_the_deferred_stacks() -> None:
    proc = subprocess.run([sys.executable, "-c", FIRST_SCREEN], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]", proc.stdout


# The real start (``app.run``, offscreen, quitting once started): which of the deferred stacks are imported when the
# window is painted and when the lock screen's login can be sent (issue 15: the login needs no database, no
# workspace, and keyring's backends are chosen, not discovered). Read from the program's own log records.
START = """
import json, logging, sys
NOT_FOR_THE_LOGIN = (
    "sqlalchemy", "alembic", "pypinyin", "fastapi", "barcode", "PIL", "lunar_python", "govdesk.store.store",
    "govdesk.store.models", "govdesk.services.runtime", "govdesk.services.sync_service", "govdesk.sync.engine",
    "govdesk.ui.session", "govdesk.ui.sync_controller", "govdesk.ui.workspace", "govdesk.ui.intake",
    "keyring.backends.macOS", "keyring.backends.Windows", "keyring.backends.chainer", "keyring.backends.libsecret",
)
NOT_FOR_THE_FRAME = NOT_FOR_THE_LOGIN + (
    "pydantic", "requests", "keyring", "asyncio", "qasync", "govdesk.protocol", "govdesk.ui.login_gate",
    "govdesk.ui.caseview", "govdesk.ui.operations", "govdesk.ui.dialogs", "govdesk.ui.tables", "govdesk.ui.a11y",
    "concurrent.futures",
)
seen = {}

class Snapshot(logging.Handler):
    def emit(self, record):
        event = getattr(record, "event", None)
        if event == "first_paint":
            seen[event] = sorted(m for m in NOT_FOR_THE_FRAME if m in sys.modules)
        elif event in ("login_ready", "startup_finished"):
            seen[event] = sorted(m for m in NOT_FOR_THE_LOGIN if m in sys.modules)

logging.getLogger("govdesk.app").addHandler(Snapshot())
from govdesk.app import run
rc = run(["--basedir", sys.argv[1]])
print(json.dumps({"rc": rc, **seen}))
"""


def test_the_lock_screens_login_is_ready_before_any_of_the_database_and_workspace_stacks(tmp_path: Path) -> None:
    import json
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVDESK_", "XDG_", "DBUS_"))}
    env |= {"HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen", "GOVDESK_QUIT_AFTER_SHOW": "1"}
    (tmp_path / "home").mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "base")], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    probe = json.loads(proc.stdout.strip().splitlines()[-1])
    assert probe["rc"] == 0
    assert probe["first_paint"] == []
    assert probe["login_ready"] == []
    # (the probe sees them once they are there: the database and the workspaces came after the login)
    assert {"sqlalchemy", "govdesk.store.store", "govdesk.ui.session", "govdesk.ui.intake"} <= set(
        probe["startup_finished"]
    )
    assert not [m for m in probe["startup_finished"] if m.startswith("keyring.backends.")]


def test_the_frame_alone_is_a_working_window(qtbot: QtBot, tmp_path: Path) -> None:
    """At the first paint the window has no workspaces yet: locked, its lock screen focused."""
    from govdesk.services.settings import AppPaths, SettingsStore
    from govdesk.ui.context import AppContext
    from govdesk.ui.mainwindow import MainWindow

    paths = AppPaths.for_basedir(tmp_path).ensure()
    settings = SettingsStore(paths.settings_file)
    settings.load()
    window = MainWindow(AppContext(paths, settings, None, paths.default_db), [], locked=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.locked and window.workspaces() == [] and window.visible_workspaces() == []
    qtbot.waitUntil(
        lambda: isinstance(window.focusWidget(), QWidget) and window.focusWidget() is window.lock_screen.user_edit
    )


def test_the_toolbar_keeps_its_place_when_the_icons_come_after_the_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    """The program's start sets the actions' icons after the paint (``icons_later``): until then an action that is to
    have one holds a blank, so no toolbar button and not the search box moves when they come; then every action
    with a standard icon has it, as a window made at once has."""
    from PySide6.QtWidgets import QToolButton

    from govdesk.services.settings import AppPaths, SettingsStore
    from govdesk.ui.actions import ACTION_SPECS
    from govdesk.ui.context import AppContext
    from govdesk.ui.mainwindow import MainWindow

    paths = AppPaths.for_basedir(tmp_path).ensure()
    settings = SettingsStore(paths.settings_file)
    settings.load()

    def window(icons_later: bool) -> MainWindow:
        made = MainWindow(AppContext(paths, settings, None, paths.default_db), [], locked=True, icons_later=icons_later)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        return made

    def places(win: MainWindow) -> list[tuple[str, tuple[int, int, int, int]]]:
        buttons = [b for b in win.ui.mainToolBar.findChildren(QToolButton) if b.isVisible() and b.text()]
        return [(b.text(), b.geometry().getRect()) for b in buttons] + [("search", win.search_box.geometry().getRect())]

    late, at_once = window(True), window(False)
    assert not late.actions_registry.icons_set and at_once.actions_registry.icons_set
    before = places(late)
    assert before == places(at_once)  # the blanks take the icons' room
    late.actions_registry.set_icons()
    qtbot.wait(10)
    assert places(late) == before
    for spec in ACTION_SPECS:
        icon, expected = late.actions_registry[spec.id].icon(), at_once.actions_registry[spec.id].icon()
        assert icon.isNull() == expected.isNull(), spec.id
        if spec.icon:
            assert icon.cacheKey() == expected.cacheKey() or icon.pixmap(16).toImage() == expected.pixmap(16).toImage()


def test_a_step_on_a_thread_is_waited_for_while_the_loop_turns(qtbot: QtBot) -> None:
    import threading

    from govdesk.ui.startup import in_thread

    owner = QObject()
    release = threading.Event()
    turns: list[int] = []
    ticker = QTimer(owner)
    ticker.timeout.connect(lambda: (turns.append(1), release.set() if len(turns) >= 3 else None))
    order: list[str] = []

    def slow() -> str:
        assert release.wait(10)  # the server starting: done only after the loop turned three times
        order.append("thread")
        return "ok"

    sequence = StartupSequence(
        owner, [("slow", lambda: in_thread("slow", slow)), ("next", lambda: order.append("next"))]
    )
    ticker.start(5)
    with qtbot.waitSignal(sequence.finished, timeout=10_000):
        sequence.start()
    ticker.stop()
    assert order == ["thread", "next"] and len(turns) >= 3
    assert sequence.longest < 1000  # the loop was never held for the thread's work

    def broken() -> None:
        raise ConnectionError("端口已被占用")

    failing = StartupSequence(
        owner, [("server", lambda: in_thread("server", broken)), ("never", lambda: order.append("never"))]
    )
    with qtbot.waitSignal(failing.failed, timeout=10_000) as blocker:
        failing.start()
    assert blocker.args[0] == "server" and isinstance(blocker.args[1], ConnectionError)
    assert "never" not in order
