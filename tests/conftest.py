"""Test set-up shared by the whole suite.

- Qt runs offscreen (no display needed) and pytest-qt fails a test on any Qt warning (pyproject).
- keyring uses an in-memory backend: nothing touches the OS keyring, and no D-Bus is needed.
- Python warnings are errors (pyproject ``filterwarnings``).
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
import time
import weakref
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(os.path.dirname(__file__), "..", ".hypothesis"))

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring

keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def _fresh_keyring() -> None:
    """Every test starts with an empty keyring."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    backend.clear()


#: How long a thread the test started may take to end after the test (a server's shutdown, an executor's last call).
THREAD_GRACE_S = 2.0
#: Worker pools of a central server that outlives the test (a module's ``server`` fixture), made on its first
#: request: FastAPI's thread pool for blocking endpoints, and the password hasher's pool (central/login.py).
SERVER_POOLS = ("AnyIO worker thread", "argon2_")


@pytest.fixture(autouse=True)
def _nothing_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a thread it started alive, or a QTimer it started running (napari's conftest): a
    timer left behind fires in the next test, a thread holds files and sockets, and in the program both are leaks.
    ``@pytest.mark.allow_dangling("why")`` for a test that does it on purpose."""
    if request.node.get_closest_marker("allow_dangling") is not None:
        _collect_on_gui_thread(request)
        yield
        _stop_operations_gateway()
        _collect_on_gui_thread(request)
        return
    _collect_on_gui_thread(request)
    before = set(threading.enumerate())
    timers = _track_qtimers() if "PySide6.QtCore" in sys.modules else None
    yield
    _stop_operations_gateway()
    _collect_on_gui_thread(request)
    if timers is not None:
        timers.stop_tracking()
    deadline = time.monotonic() + THREAD_GRACE_S
    # Dummy threads are Qt's own (a QThread that called into Python): Qt ends them, Python cannot join them.
    started = [t for t in set(threading.enumerate()) - before if not isinstance(t, threading._DummyThread)]
    for thread in started:
        thread.join(max(0.0, deadline - time.monotonic()))
    left = [t.name for t in started if t.is_alive() and not t.name.startswith(SERVER_POOLS)]
    running = timers.running() if timers is not None else []
    if left or running:
        pytest.fail(f"left running after the test: threads {left}, timers {running}", pytrace=False)


def _collect_on_gui_thread(request: pytest.FixtureRequest) -> None:
    """A test with a Qt application collects cycles on the GUI thread only, as the program does (``ui/collector.py``):
    the automatic collector is off during it, and the test starts and ends with a full collection here, so nothing a
    test left is destroyed on a thread of the next one. Other tests keep the automatic collector (a long test with
    no event loop would otherwise never collect)."""
    if "qapp" not in request.fixturenames:
        gc.enable()
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    from govdesk.ui.collector import install

    install(app)
    gc.disable()
    gc.collect()


def _stop_operations_gateway() -> None:
    """The UI's operations gateway (``ui/operations.py``) is one per program: each test ends by waiting for its calls
    and stopping its worker threads."""
    module = sys.modules.get("govdesk.ui.operations")
    if module is not None:
        module.stop_operation_threads()


class _TimerTracker:
    """Remembers every QTimer started from Python during a test (``QTimer.start``; not single shots, which end)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._cls = QTimer
        self._start = QTimer.start
        self._timers: weakref.WeakSet[object] = weakref.WeakSet()
        tracker = self

        def start(timer: QTimer, *args: object) -> None:
            tracker._timers.add(timer)
            tracker._start(timer, *args)  # type: ignore[arg-type]

        QTimer.start = start  # type: ignore[method-assign]

    def stop_tracking(self) -> None:
        self._cls.start = self._start  # type: ignore[method-assign]

    def running(self) -> list[str]:
        import shiboken6

        alive = [t for t in list(self._timers) if shiboken6.isValid(t) and t.isActive()]  # type: ignore[attr-defined]
        return [self._describe(t) for t in alive]

    @staticmethod
    def _describe(timer: object) -> str:
        parent = timer.parent()  # type: ignore[attr-defined]
        owner = f"{type(parent).__name__}({parent.objectName()})" if parent is not None else "no parent"
        name = timer.objectName() or "unnamed"  # type: ignore[attr-defined]
        return f"{name} of {owner}, every {timer.interval()} ms"  # type: ignore[attr-defined]


def _track_qtimers() -> _TimerTracker:
    return _TimerTracker()


@pytest.fixture
def loop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, as the program runs (Qt and asyncio on one thread)."""
    import qasync  # after PySide6 (qapp): qasync picks the binding already imported
    from PySide6.QtCore import QEventLoop as QtEventLoop

    class TestLoop(qasync.QEventLoop):  # type: ignore[misc]
        """qasync's loop, whose ``run_until_complete`` (the tests' way to run it; the program runs it forever) gives
        Qt one last pass of its events once the loop has stopped. A timer of the sync engine firing in that pass
        stepped its task with no running loop ("no running event loop", then a coroutine never awaited): the last
        pass runs here with the loop marked as running, as every other turn does."""

        def run_until_complete(self, future: object) -> object:
            if self.is_running():
                raise RuntimeError("Event loop already running")
            task = asyncio.ensure_future(future, loop=self)  # type: ignore[arg-type]

            def stop(_done: object) -> None:
                self.stop()

            task.add_done_callback(stop)
            try:
                self.run_forever()
            finally:
                task.remove_done_callback(stop)
            asyncio.events._set_running_loop(self)
            try:
                qapp.eventDispatcher().processEvents(QtEventLoop.ProcessEventsFlag.AllEvents)  # type: ignore[attr-defined]
            finally:
                asyncio.events._set_running_loop(None)
            if not task.done():
                raise RuntimeError("Event loop stopped before Future completed.")
            return task.result()

    event_loop = TestLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)
