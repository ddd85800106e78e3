"""Start-up after the first paint (issue 15): what the lock screen does not need runs once the window is shown.

The window is shown locked as soon as Qt, the settings and the frame are there; the database, the keyring, the sync
and session controllers, the workspaces (and the modules behind them: SQLAlchemy, pydantic, requests, the
services) come after, as the steps of a ``StartupSequence``. Each step runs in its own turn of the event loop, so
what the clerk types on the lock screen meanwhile is delivered between two steps, never lost; each step's time is
logged (``startup_step``).

A step that raises ends the sequence: nothing after it runs, the exception is logged with the step's name, and
``failed`` hands it to the owner, who says it in words (the program never goes on half-started in silence).

Signals:
    finished(): every step ran.
    failed(str, object): the name of the step that raised, and the exception.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class StartupSequence(QObject):
    """See the module docstring. ``steps``: (name, callable) in order; ``start()`` runs the first one in the next
    turn of the event loop."""

    finished = Signal()
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None, steps: Sequence[tuple[str, Callable[[], object]]]) -> None:
        super().__init__(parent)
        self.setObjectName("startupSequence")
        self._steps = list(steps)
        #: (step, milliseconds) of the steps that ran (a name may come more than once: a step in parts)
        self.timings: list[tuple[str, float]] = []
        #: the longest step (milliseconds): the longest the event loop was held, and a key typed waited
        self.longest = 0.0
        self.running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_next)

    def start(self) -> None:
        self.running = True
        self._timer.start()

    def stop(self) -> None:
        """Run no further step (the window closed before start-up ended)."""
        self._timer.stop()
        self._steps.clear()
        self.running = False

    def _run_next(self) -> None:
        if not self._steps:
            self.running = False
            self.finished.emit()
            return
        name, step = self._steps.pop(0)
        began = time.perf_counter()
        try:
            step()
        except Exception as exc:
            self._steps.clear()
            self.running = False
            log.error(
                "start-up step %s failed: %s", name, exc, exc_info=True, extra={"event": "startup_failed", "step": name}
            )
            self.failed.emit(name, exc)
            return
        ms = (time.perf_counter() - began) * 1000.0
        self.timings.append((name, ms))
        self.longest = max(self.longest, ms)
        log.info(
            "start-up step %s: %.1f ms", name, ms, extra={"event": "startup_step", "step": name, "ms": round(ms, 1)}
        )
        if self._steps:
            self._timer.start()
        else:
            self.running = False
            self.finished.emit()
