"""The one gateway through which the UI runs a service call (Anki's ``CollectionOp``; STYLE.md practice 3).

A page gathers input, then hands the call to the gateway::

    operations_for(self).run(
        self, lambda: service.hand_over_window(case_id, id_number, signature),
        label=self.tr("正在办理出件…"),
        success=self._handed_over,
    )

What the gateway does, so no page does it again:

- **Off the GUI thread.** ``run`` calls the service in a worker thread. Store work runs on one thread (``lane
  "store"``), in the order asked: SQLite has one writer, and a double click cannot race itself. HTTP calls take the
  ``"network"`` lane so a slow server never holds up a save. ``query`` runs a quick local read inline.
- **Progress.** A call still running after ``PROGRESS_AFTER_MS`` shows a window-modal busy dialog with its label; the
  clerk cannot start a second action on a half-done first one.
- **One error path.** A ``GovdeskError`` (every service's ``ServiceError``, and the store's, printer's and sync's
  errors) is said in words: to the page's ``failure`` callback when it has one (to show beside the field at fault),
  otherwise in a message box over the page. Anything else is a bug: logged with its traceback and said as one.
  ``failed`` carries every message shown.
- **One broadcast.** The result's ``Changes`` (``services/changes.py``) is emitted once on ``changed`` with the page
  that asked; workspaces react to it instead of being called one by one.
- **Pages that went away.** When the page that asked was closed meanwhile, its callbacks are not called (the
  broadcast still goes out: the work was done).
- **Either way.** ``done(op)`` is called after ``success`` or the error said, whatever the outcome (a bug too): a
  page re-enables what it disabled for the call there.
- **From a coroutine.** Code on the qasync loop (the sync controller's login) awaits ``wait(op)``: an asyncio
  future done with the operation once its callbacks have run.

Signals (all on the GUI thread): ``changed(Changes, initiator)``, ``failed(str)``, ``finished(Operation)``,
``busy_changed(bool)``.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from govdesk.printing import gui
from govdesk.services.changes import NOTHING, Changes, changes_of
from govdesk.services.errors import GovdeskError
from govdesk.ui.i18n import error_text

if TYPE_CHECKING:
    import asyncio  # (imported in ``wait``: the main window imports this module before its first paint, issue 15)

log = logging.getLogger(__name__)

T = TypeVar("T")

CONTEXT = "Operations"
#: A call running longer than this shows the busy dialog (a store write takes a few ms; a PDF a few hundred).
PROGRESS_AFTER_MS = 400


class Lane(enum.Enum):
    STORE = "store"  # the local database, printing: one thread, in order
    NETWORK = "network"  # HTTP to the central server or a device: never blocks a save


class State(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(eq=False)
class Operation(Generic[T]):
    """One call through the gateway: its state, and its result or error once finished."""

    label: str
    state: State = State.RUNNING
    result: T | None = None
    error: BaseException | None = None
    message: str = ""  # what the clerk was told, when it failed
    changes: Changes = NOTHING
    background: bool = False  # the clerk works on meanwhile (``Operations.run``)

    def done(self) -> bool:
        """Finished and its callbacks run (tests wait on this)."""
        return self.state is not State.RUNNING

    def succeeded(self) -> bool:
        return self.state is State.SUCCEEDED


class _Job:
    """The call a worker thread runs. Before it ends it hands every reference it held (the call, whose closure holds
    pages and services, and the result or error) to the GUI thread inside the queued signal, so the last reference
    to an object is never dropped on the worker: a QObject destroyed there stops its timers from the wrong thread
    (Qt warns "Timers cannot be stopped from another thread") or crashes the program."""

    __slots__ = ("call", "done", "op")

    def __init__(self, op: Operation[Any], call: Callable[[], Any], done: SignalInstance) -> None:
        self.op: Operation[Any] | None = op
        self.call: Callable[[], Any] | None = call
        self.done = done

    def __call__(self) -> None:
        op, self.op = self.op, None
        call, self.call = self.call, None
        assert op is not None and call is not None, "a job runs once"
        outcome: tuple[bool, Any]
        try:
            outcome = (True, call())
        except BaseException as error:  # the GUI thread says it (``_finish``)
            outcome = (False, error)
        self.done.emit(op, call, outcome)
        del op, call, outcome  # the queued signal holds them now: the GUI thread lets go of them last


def message_for(error: BaseException) -> str:
    """What the clerk reads for ``error``: its own words for a ``GovdeskError`` (in the UI language when it was raised
    with a ``domain.messages.Message``), a bug's notice otherwise."""
    if isinstance(error, GovdeskError):
        return error_text(error)
    text = QCoreApplication.translate(
        "Operations",
        "程序内部出错（{kind}），本次操作可能未完成，已录入的内容仍在窗口中。错误已记入日志，请联系管理员。",
    )
    return text.format(kind=type(error).__name__)


class Operations(QObject):
    """See the module docstring."""

    changed = Signal(object, object)  # Changes, the page that asked (QWidget or None)
    failed = Signal(str)
    finished = Signal(object)  # Operation
    busy_changed = Signal(bool)
    _completed = Signal(object, object, object)  # Operation, its call, (ok, result or error): queued to the GUI

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gui.install_relay()  # print jobs hand their Qt part to this thread (``printing.gui.on_gui_thread``)
        self._executors: dict[Lane, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()
        self._running: set[Operation[Any]] = set()
        self._background: set[Operation[Any]] = set()
        self._progress: dict[int, QProgressDialog] = {}
        #: What the GUI thread calls back when an operation ends: kept here, never handed to a worker thread.
        self._callbacks: dict[Operation[Any], tuple[QWidget | None, Any, Any, Any]] = {}
        #: Coroutines awaiting an operation (``wait``).
        self._waiters: dict[Operation[Any], asyncio.Future[Operation[Any]]] = {}
        self._completed.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ running

    def run(
        self,
        parent: QWidget | None,
        call: Callable[[], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[GovdeskError], None] | None = None,
        done: Callable[[Operation[T]], None] | None = None,
        label: str = "",
        lane: Lane = Lane.STORE,
        background: bool = False,
    ) -> Operation[T]:
        """Run ``call`` in ``lane``'s worker thread; then, on the GUI thread, ``success(result)`` and the broadcast,
        or the error said in words (``failure(error)`` when given and the error is a ``GovdeskError``); then
        ``done(op)`` either way. ``background``: the clerk works on while it runs (the queue panel's call to a slow
        queue system): no busy dialog, and it does not count in ``running()`` or ``busy_changed`` (the page says its
        own progress); ``wait(op)`` and ``finished`` still tell its end."""
        op: Operation[T] = Operation(label, background=background)
        self._callbacks[op] = (parent, success, failure, done)
        if background:
            self._background.add(op)
        else:
            self._running.add(op)
            if len(self._running) == 1:
                self.busy_changed.emit(True)
        if label and parent is not None and not background:
            QTimer.singleShot(PROGRESS_AFTER_MS, self, lambda: self._show_progress(op, parent))
        self._executor(lane).submit(_Job(op, call, self._completed))
        return op

    def query(
        self,
        parent: QWidget | None,
        call: Callable[[], T],
        *,
        failure: Callable[[GovdeskError], None] | None = None,
    ) -> T | None:
        """Run a quick local read inline (no thread, no progress); an error is said as ``run`` says it and gives
        None."""
        try:
            return call()
        except Exception as error:  # the one error path: said in words, a bug logged
            self._report(error, parent, failure, "")
            return None

    def wait(self, op: Operation[T]) -> asyncio.Future[Operation[T]]:
        """An asyncio future (on the running loop) done with ``op`` once its callbacks have run; the same future for
        the same operation, already done when the operation is."""
        import asyncio

        found = self._waiters.get(op)
        if found is not None:
            return found
        future: asyncio.Future[Operation[T]] = asyncio.get_event_loop().create_future()
        if op.done():
            future.set_result(op)
        else:
            self._waiters[op] = future
        return future

    def shutdown(self) -> None:
        """Wait for the calls running and stop the worker threads (the window closing; a test ending)."""
        with self._lock:
            executors, self._executors = self._executors, {}
        gui.closing.set()  # a print job waiting for this (GUI) thread gives up instead of being joined for ever
        try:
            for executor in executors.values():
                executor.shutdown(wait=True)
        finally:
            gui.closing.clear()

    def running(self) -> int:
        """Calls the window waits on (not ``background`` ones)."""
        return len(self._running)

    # ------------------------------------------------------------------ inside

    def _executor(self, lane: Lane) -> ThreadPoolExecutor:
        with self._lock:
            executor = self._executors.get(lane)
            if executor is None:
                workers = 1 if lane is Lane.STORE else 4
                executor = ThreadPoolExecutor(workers, thread_name_prefix=f"govdesk-{lane.value}")
                self._executors[lane] = executor
            return executor

    def _show_progress(self, op: Operation[Any], parent: QWidget) -> None:
        if op.done() or not shiboken6.isValid(parent):
            return
        dialog = QProgressDialog(op.label, "", 0, 0, parent)
        dialog.setObjectName("operation_progress")
        dialog.setCancelButton(None)  # Qt's way to say "no cancel button"
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "请稍候"))
        dialog.show()
        self._progress[id(op)] = dialog

    def _finish(self, op: Operation[Any], call: object, outcome: tuple[bool, Any]) -> None:
        del call  # released here, on the GUI thread (``_Job``)
        parent, success, failure, done = self._callbacks.pop(op)
        dialog = self._progress.pop(id(op), None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        alive = parent is None or shiboken6.isValid(parent)
        ok, value = outcome
        try:
            if not ok:
                op.error = value
                op.state = State.FAILED
                op.message = self._report(value, parent if alive else None, failure if alive else None, op.label)
            else:
                op.result = value
                op.changes = changes_of(value)
                op.state = State.SUCCEEDED
                if success is not None and alive:
                    try:
                        success(value)
                    except Exception as bug:  # a page's own slot failing must not lose the broadcast
                        self._report(bug, parent, None, op.label)
                if op.changes:
                    self.changed.emit(op.changes, parent if alive else None)
            if done is not None and alive:
                try:
                    done(op)
                except Exception as bug:  # as a success slot's: said, and the operation still ends
                    self._report(bug, parent, None, op.label)
        finally:
            if op.background:
                self._background.discard(op)
            else:
                self._running.discard(op)
                if not self._running:
                    self.busy_changed.emit(False)
            waiter = self._waiters.pop(op, None)
            if waiter is not None and not waiter.done() and not waiter.get_loop().is_closed():
                waiter.set_result(op)
            self.finished.emit(op)

    def _report(
        self,
        error: BaseException,
        parent: QWidget | None,
        failure: Callable[[GovdeskError], None] | None,
        label: str,
    ) -> str:
        message = message_for(error)
        if isinstance(error, GovdeskError):
            log.info("operation refused: %s", type(error).__name__, extra={"event": "operation_refused"})
        else:
            log.error(
                "operation failed: %s",
                label or "query",
                exc_info=(type(error), error, error.__traceback__),
                extra={"event": "operation_bug"},
            )
        if failure is not None and isinstance(error, GovdeskError):
            failure(error)
        else:
            self.show_error(parent, message)
        self.failed.emit(message)
        return message

    def show_error(self, parent: QWidget | None, message: str) -> None:
        """Say ``message`` in a message box over ``parent`` (window-modal, not blocking the caller)."""
        if parent is None or not shiboken6.isValid(parent):
            return  # nobody left to tell: ``failed`` still carries it (the status bar shows it)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Operations", "未能完成"),
            message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("operation_error")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()


_current: Operations | None = None


def operations() -> Operations:
    """The program's one gateway (made on first use, owned by the application)."""
    global _current
    if _current is None or not shiboken6.isValid(_current):
        _current = Operations(QCoreApplication.instance())
    return _current


def operations_for(widget: QWidget) -> Operations:
    """The gateway a page uses (the program's one; the widget is the parent of its dialogs)."""
    del widget  # one per program today; the parameter keeps call sites ready for one per window
    return operations()


def reset_operations() -> None:
    """Stop the gateway's threads and forget it (the program ending; each test's teardown)."""
    global _current
    if _current is not None and shiboken6.isValid(_current):
        _current.shutdown()
        _current.deleteLater()
    _current = None


def stop_operation_threads() -> None:
    """Wait for the calls running and stop the worker threads, keeping the gateway (each test's teardown: the next
    test's first call starts fresh threads; the object itself lives as long as the application)."""
    if _current is not None and shiboken6.isValid(_current):
        _current.shutdown()
