"""Whether notices can be rendered in this process (fonts, and so ``QTextDocument`` layouts, need a
``QGuiApplication``; a command-line run has none: it records decisions and leaves the notices to the desktop), and
the GUI thread every Qt document is built on (``on_gui_thread``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from govdesk.domain.messages import Message, translate
from govdesk.printing.errors import PrintError


def gui_ready() -> bool:
    return isinstance(QGuiApplication.instance(), QGuiApplication)


# --- Qt documents are built on the GUI thread ------------------------------------------------------------------------
#
# A QTextDocument, a QPdfWriter or a QPainter made on a worker thread deadlocked the program (CI, 2026-12-06): the
# worker, holding Python's GIL inside a PySide call, waited for a Qt signal-slot mutex (``QObject::connect`` in
# ``QTextDocument::documentLayout``) that the GUI thread held while destroying a widget, and the GUI thread, inside
# that destructor, waited for the GIL (PySide's wrapper of a Python subclass). Qt keeps those mutexes in a pool
# shared by address, so any two objects may meet. So the operations gateway runs a print job's Python off the GUI
# thread (store reads, data, signing) and the part that makes Qt objects on it (``on_gui_thread``): only one thread
# ever holds the GIL while it takes a Qt object mutex.


T = TypeVar("T")

#: Set while the program closes (``ui.operations`` shutdown): a print job still waiting for the GUI thread gives up
#: instead of waiting for a thread that is joining it.
closing = threading.Event()
#: How long a worker waits for the GUI thread to take its job before it says so (a GUI thread stuck that long is a
#: bug; the job's words say the print did not happen instead of the worker hanging for ever).
GUI_WAIT_SECONDS = 120.0

UNAVAILABLE = translate("Printing", "程序正在退出或界面无响应，未能生成文件，请重试", "printing.gui_unavailable")


class GuiThreadUnavailable(PrintError, RuntimeError):
    """The GUI thread did not take the job (the program closing, or the thread stuck): said to the clerk."""


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries each job to it."""

    run = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.run.connect(self._run)

    @Slot(object)
    def _run(self, job: Callable[[], None]) -> None:
        job()


_relay: _Relay | None = None
_relay_lock = threading.Lock()


def install_relay() -> None:
    """Make the relay on the GUI thread (the operations gateway does, as it starts), so a worker never makes a Qt
    object itself."""
    global _relay
    with _relay_lock:
        if _relay is None:
            _relay = _Relay()


def _gui_relay(app: QCoreApplication) -> _Relay:
    global _relay
    with _relay_lock:
        if _relay is None:  # not installed (a tool's own thread): made here and given to the GUI thread
            relay = _Relay()
            relay.moveToThread(app.thread())
            _relay = relay
        return _relay


def on_gui_thread(fn: Callable[[], T]) -> T:
    """``fn()`` run on the GUI thread, the caller waiting for it: at once when called there, or with no application
    (the command line, a test without Qt). Its result or its exception comes back to the caller."""
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is threading.main_thread():  # the GUI thread is Python's main
        return fn()
    relay = _gui_relay(app)
    done = threading.Event()
    box: dict[str, object] = {}

    def job() -> None:
        try:
            box["result"] = fn()
        except BaseException as error:  # handed back to the waiting worker as it is
            box["error"] = error
        finally:
            done.set()

    relay.run.emit(job)
    waited = 0.0
    while not done.wait(0.1):
        waited += 0.1
        if closing.is_set() or waited > GUI_WAIT_SECONDS:
            raise GuiThreadUnavailable(Message(UNAVAILABLE))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
