"""Qt's messages into ``logging``, and the excepthook that logs an error and tells the clerk.

(The rotating file, the masking and faulthandler are set up in ``services/logsetup.py``; this is the Qt half.)
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

qt_log = logging.getLogger("qt")
log = logging.getLogger(__name__)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Messages the offscreen platform (tests, smoke tests) prints for things it simply does not do: not problems.
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def qt_message_handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one Qt message to the ``qt`` logger (qutebrowser's ``log.qt_message_handler``)."""
    where = f"{context.file}:{context.line}" if context.file else ""
    level = _LEVELS.get(msg_type, logging.WARNING)
    if message in _OFFSCREEN_NOISE:
        level = logging.DEBUG
    qt_log.log(
        level,
        "%s",
        message,
        extra={"qt_category": context.category or "", "qt_where": where},
    )


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)


ShowError = Callable[[str, Path | None], None]


def show_error_dialog(summary: str, log_file: Path | None) -> None:
    """A modal message for the clerk: what happened, that the work is saved, where the details are."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    text = QApplication.translate("ErrorDialog", "程序发生内部错误：{summary}").format(summary=summary)
    info = QApplication.translate(
        "ErrorDialog", "已保存的办件不受影响。请记下当前操作并联系技术支持。详细记录见：{path}"
    ).format(path=str(log_file) if log_file else "-")
    from PySide6.QtWidgets import QMessageBox  # (here: the handlers are installed before the first paint, issue 15)

    box = QMessageBox(
        QMessageBox.Icon.Critical, QApplication.translate("ErrorDialog", "内部错误"), text, parent=app.activeWindow()
    )
    box.setInformativeText(info)
    box.exec()


def make_excepthook(log_file: Path | None, show: ShowError = show_error_dialog):  # type: ignore[no-untyped-def]
    """An ``sys.excepthook``: log the exception (masked, with traceback), then ``show`` it to the clerk once at a
    time (an error inside the dialog is only logged)."""
    showing = threading.Lock()

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical(
            "unhandled exception: %s",
            exc_type.__name__,
            exc_info=(exc_type, exc, tb),
            extra={"event": "unhandled_exception"},
        )
        if threading.current_thread() is not threading.main_thread() or not showing.acquire(blocking=False):
            return
        try:
            show(f"{exc_type.__name__}: {exc}", log_file)
        except Exception:  # guards Qt itself: the error dialog failing must not raise inside the excepthook
            log.exception("the error dialog itself failed")
        finally:
            showing.release()

    return excepthook
