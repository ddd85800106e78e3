"""Start-up after the first paint (issue 15): what the lock screen does not need runs once the window is shown.

The window is shown locked as soon as Qt, the settings and the frame are there; the database, the keyring, the sync
and session controllers, the workspaces (and the modules behind them: SQLAlchemy, pydantic, requests, the
services) come after, as the steps of a ``StartupSequence``. Each step runs in its own turn of the event loop, so
what the clerk types on the lock screen meanwhile is delivered between two steps, never lost; each step's time is
logged (``startup_step``: its wall time, and the GUI thread's CPU time in it).

A step that would hold the loop long (waiting on a subprocess, the network, a server starting) runs its work on a
thread of its own and returns the ``concurrent.futures.Future`` of it (``in_thread``): the sequence goes on when it
is done, and the loop turns meanwhile.

A step that raises (or whose future does) ends the sequence: nothing after it runs, the exception is logged with the
step's name, and ``failed`` hands it to the owner, who says it in words (the program never goes on half-started in
silence).

Signals:
    finished(): every step ran.
    failed(str, object): the name of the step that raised, and the exception.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future

log = logging.getLogger(__name__)

#: How often a step's thread is looked at while the loop waits for it.
POLL_MS = 10


def in_thread(name: str, work: Callable[[], object]) -> Future[object]:
    """Run ``work`` on a new daemon thread; its future (a step returns it to be waited for without blocking)."""
    from concurrent.futures import Future

    future: Future[object] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as exc:  # handed to the GUI thread through the future
            future.set_exception(exc)

    threading.Thread(target=run, name=f"govdesk-startup-{name}", daemon=True).start()
    return future


def _is_future(result: object) -> TypeGuard[Future[object]]:
    """Whether a step returned a ``concurrent.futures.Future`` (to be waited for). That module is imported by the
    first step that makes one, not before the first paint (issue 15): none can exist while it is not imported."""
    futures = sys.modules.get("concurrent.futures")
    return futures is not None and isinstance(result, futures.Future)


class StartupSequence(QObject):
    """See the module docstring. ``steps``: (name, callable) in order; ``start()`` runs the first one in the next
    turn of the event loop."""

    finished = Signal()
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None, steps: Sequence[tuple[str, Callable[[], object]]]) -> None:
        super().__init__(parent)
        self.setObjectName("startupSequence")
        self._steps = list(steps)
        #: (step, milliseconds) of the steps that ran (a name may come more than once: a step in parts); a step
        #: that waited on a thread counts until its thread was done
        self.timings: list[tuple[str, float]] = []
        #: (step, milliseconds of this thread's CPU time): the same without what other threads and processes took
        self.cpu_timings: list[tuple[str, float]] = []
        #: the longest the event loop was held by one step (milliseconds): the longest a key typed waited
        self.longest = 0.0
        self.running = False
        self._waiting: tuple[str, Future[object], float] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_next)

    def start(self) -> None:
        self.running = True
        self._timer.start(0)

    def stop(self) -> None:
        """Run no further step (the window closed before start-up ended); a thread still working is left to end."""
        self._timer.stop()
        self._steps.clear()
        self._waiting = None
        self.running = False

    def _run_next(self) -> None:
        if self._waiting is not None:
            self._check_waiting()
            return
        if not self._steps:
            self._finish()
            return
        name, step = self._steps.pop(0)
        began = time.perf_counter()
        began_cpu = time.thread_time()
        try:
            result = step()
        except Exception as exc:
            self._fail(name, exc)
            return
        held_ms = (time.perf_counter() - began) * 1000.0
        self.cpu_timings.append((name, (time.thread_time() - began_cpu) * 1000.0))
        self.longest = max(self.longest, held_ms)
        if _is_future(result):
            self._waiting = (name, result, began)
            self._timer.start(POLL_MS)
            return
        self._done(name, began)

    def _check_waiting(self) -> None:
        assert self._waiting is not None
        name, future, began = self._waiting
        if not future.done():
            self._timer.start(POLL_MS)
            return
        self._waiting = None
        exc = future.exception()
        if isinstance(exc, Exception):
            self._fail(name, exc)
            return
        if exc is not None:
            raise exc
        self._done(name, began)

    def _done(self, name: str, began: float) -> None:
        ms = (time.perf_counter() - began) * 1000.0
        self.timings.append((name, ms))
        log.info(
            "start-up step %s: %.1f ms", name, ms, extra={"event": "startup_step", "step": name, "ms": round(ms, 1)}
        )
        if self._steps:
            self._timer.start(0)
        else:
            self._finish()

    def _finish(self) -> None:
        self.running = False
        self.finished.emit()

    def _fail(self, name: str, exc: Exception) -> None:
        self._steps.clear()
        self.running = False
        log.error(
            "start-up step %s failed: %s", name, exc, exc_info=exc, extra={"event": "startup_failed", "step": name}
        )
        self.failed.emit(name, exc)
