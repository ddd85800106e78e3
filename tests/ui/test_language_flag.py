"""``--lang en`` for every sub-command that opens a window (issue 15: ``govdesk --lang en demo`` was ignored).

The windows are opened by the real command line in this process (``govdesk.cli.main``), offscreen, with
``GOVDESK_QUIT_AFTER_SHOW=1``: the program quits once the window is up (the demo: once its clerk's login is answered).
An event filter on the application notes what the main window says when it is shown and when it closes. The commands
that open a window are the GUI itself (no sub-command) and ``demo``; the others print (``notice sample`` renders a
PDF, in Chinese whatever the language: it is an official document).
"""

from __future__ import annotations

import faulthandler
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from govdesk import cli
from govdesk.app import QUIT_AFTER_SHOW_ENV
from govdesk.ui.mainwindow import MainWindow

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass
class Seen:
    """What the main window showed: its title, menus and their actions, toolbar and navigation."""

    texts: dict[str, list[str]] = field(default_factory=dict)  # moment ("shown", "closing") -> texts

    def note(self, moment: str, window: MainWindow) -> None:
        texts = [window.windowTitle()]
        for menu_action in window.menuBar().actions():
            texts.append(menu_action.text())
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                texts += [a.text() for a in menu.actions() if a.text()]
        texts += [a.text() for a in window.ui.mainToolBar.actions() if a.text()]
        nav = window.ui.navList
        texts += [nav.item(row).text() for row in range(nav.count()) if not nav.item(row).isHidden()]
        self.texts[moment] = texts


class WindowWatcher(QObject):
    def __init__(self, seen: Seen) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MainWindow):
            if event.type() == QEvent.Type.Show:
                self.seen.note("shown", watched)
            elif event.type() == QEvent.Type.Close:
                self.seen.note("closing", watched)
        return False


def _run(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> Seen:
    monkeypatch.setenv(QUIT_AFTER_SHOW_ENV, "1")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen = Seen()
    watcher = WindowWatcher(seen)
    app.installEventFilter(watcher)
    names = (app.applicationName(), app.organizationName(), app.applicationDisplayName())
    faults_on = faulthandler.is_enabled()  # pytest's: the program points it at its own file, then turns it off
    try:
        assert cli.main(argv) == 0
    finally:
        app.removeEventFilter(watcher)
        _leave_the_application_as_it_was(app, names)
        if faults_on and not faulthandler.is_enabled():
            faulthandler.enable(file=sys.__stderr__)
    assert "shown" in seen.texts, "the main window was never shown"
    return seen


def _leave_the_application_as_it_was(app: QApplication, names: tuple[str, str, str]) -> None:
    """The program installs its translators and names on the test's application: back to the untranslated state
    the other tests expect."""
    from govdesk.ui.i18n import remove_translators

    remove_translators()
    app.setApplicationName(names[0])
    app.setOrganizationName(names[1])
    app.setApplicationDisplayName(names[2])
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _english(texts: list[str]) -> None:
    chinese = [t for t in texts if HAN.search(t)]
    assert not chinese, f"left in Chinese under --lang en: {chinese}"


@pytest.mark.parametrize("before", [True, False], ids=["--lang-first", "--lang-last"])
def test_the_window_speaks_english_under_lang_en(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, before: bool
) -> None:
    flags = ["--basedir", str(tmp_path / "base")]
    argv = ["--lang", "en", *flags] if before else [*flags, "--lang", "en"]
    seen = _run(qtbot, monkeypatch, argv)
    shown = seen.texts["shown"]
    assert shown[0] == "Government Service Desk"
    assert {"&File", "&Workspace", "&Help"} <= set(shown), shown
    _english(shown)


def test_the_window_is_chinese_without_lang(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The control: the same run without ``--lang`` speaks the saved language, Chinese."""
    seen = _run(qtbot, monkeypatch, ["--basedir", str(tmp_path / "base")])
    assert seen.texts["shown"][0] == "政务服务窗口工作台"


@pytest.mark.parametrize(
    "argv",
    [["--lang", "en", "demo"], ["demo", "--lang", "en"]],
    ids=["govdesk --lang en demo", "govdesk demo --lang en"],
)
def test_the_demo_speaks_english_under_lang_en(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    seen = _run(qtbot, monkeypatch, [*argv, "--basedir", str(tmp_path / "demo")])
    assert "演示用户" in capsys.readouterr().out  # the demo's banner: it really was the demo that ran
    for moment in ("shown", "closing"):  # locked at first; the demo's clerk logged in when it closes
        texts = seen.texts[moment]
        assert texts[0] == "Government Service Desk"
        _english(texts)
    assert "Intake" in seen.texts["closing"], seen.texts["closing"]  # her workspaces, named in English
