"""Shell parts around the main window: the dialog base class, translators, Qt messages and the excepthook,
the forms check, the CJK font check."""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QTimer, QtMsgType
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.settings import SettingsStore
from govdesk.ui.crash import make_excepthook, qt_message_handler
from govdesk.ui.dialogs import ConfirmDialog, GovDialog
from govdesk.ui.fontcheck import cjk_font_problem
from govdesk.ui.i18n import install_translators, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _NoteDialog(GovDialog):
    dialog_id = "note"

    def answer(self) -> str:
        return "noted"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_dialog_geometry_is_saved_and_restored(qtbot: QtBot, parent: QWidget, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    first = _NoteDialog(parent, store)
    first.show()
    qtbot.waitExposed(first)
    first.resize(431, 277)
    first.move(40, 30)
    first.accept()
    assert "note" in store.settings.geometry

    # A new run: the settings come back from the file.
    reloaded = SettingsStore(store.path)
    reloaded.load()
    again = _NoteDialog(parent, reloaded)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (431, 277)
    assert (again.x(), again.y()) == (40, 30)
    again.reject()


def test_a_dialog_needs_a_parent() -> None:
    with pytest.raises(TypeError):
        _NoteDialog(None)  # type: ignore[arg-type]


def test_ask_returns_the_answer_or_none(qtbot: QtBot, parent: QWidget) -> None:
    def press(button: QDialogButtonBox.StandardButton) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConfirmDialog)
        dialog.findChild(QDialogButtonBox).button(button).click()  # type: ignore[union-attr]

    QTimer.singleShot(0, lambda: press(QDialogButtonBox.StandardButton.Ok))
    assert ConfirmDialog.ask(parent, "确认", "确定删除这条草稿吗？") is True
    QTimer.singleShot(0, lambda: press(QDialogButtonBox.StandardButton.Cancel))
    assert ConfirmDialog.ask(parent, "确认", "确定删除这条草稿吗？") is None
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())  # type: ignore[union-attr]
    assert _NoteDialog.ask(parent) == "noted"


def test_translators_english_and_qt_chinese() -> None:
    try:
        install_translators("en")
        assert QCoreApplication.translate("StatusBar", "立即同步") == "Sync now"
        assert QCoreApplication.translate("Workspaces", "综合受理") == "Intake"
        assert QCoreApplication.translate("Credentials", "未找到系统密钥环：登录凭据仅保存在本次运行中").startswith(
            "No system keyring"
        )
        install_translators("zh_CN")
        assert QCoreApplication.translate("StatusBar", "立即同步") == "立即同步"
        # Qt's own strings (standard buttons) come from qtbase_zh_CN.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        remove_translators()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qt_message_handler(
            QtMsgType.QtWarningMsg, QMessageLogContext(), "QPainter::begin: Paint device returned engine == 0"
        )
        qt_message_handler(
            QtMsgType.QtWarningMsg, QMessageLogContext(), "This plugin does not support propagateSizeHints()"
        )
    levels = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert ("qt", logging.WARNING, "QPainter::begin: Paint device returned engine == 0") in levels
    assert ("qt", logging.DEBUG, "This plugin does not support propagateSizeHints()") in levels


def test_the_excepthook_logs_and_tells_the_clerk(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    shown: list[tuple[str, Path | None]] = []
    hook = make_excepthook(tmp_path / "govdesk.log", show=lambda summary, path: shown.append((summary, path)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        tb: TracebackType | None = exc.__traceback__
        hook(RuntimeError, exc, tb)
    assert shown == [("RuntimeError: boom", tmp_path / "govdesk.log")]
    record = next(r for r in caplog.records if r.levelno == logging.CRITICAL)
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_a_chinese_font_is_installed_here(qapp: QApplication) -> None:
    # bootstrap.sh installs fonts-wqy-microhei; without it this check's message is what the clerk would see.
    assert cjk_font_problem() is None
