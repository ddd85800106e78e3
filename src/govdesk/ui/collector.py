"""Python's cyclic garbage collector runs on the GUI thread only (calibre's ``GarbageCollector``, gui2/__init__.py).

Left automatic, the collector runs in whichever thread happens to allocate when a generation fills: an operation's
worker, the sync loop's executor, a device's reader. A cycle holding a Qt object (a page and the lambda one of its
signals calls, a dialog and its slot) is then destroyed on that thread; Qt warns "Timers cannot be stopped from
another thread" and, sooner or later, crashes. So the automatic collector is switched off and a timer on the GUI
thread collects instead: the youngest generation often (cheap), the older ones only when their counts say so, as
the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 1_000


class MainThreadCollector(QObject):
    """Installed once on the application (``install``)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("main_thread_collector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("gc_timer")
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds (the automatic collector's rule); returns
        how many objects were found unreachable."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return 0
        if counts[2] > self.threshold[2]:
            return gc.collect(2)
        if counts[1] > self.threshold[1]:
            return gc.collect(1)
        return gc.collect(0)

    def collect_now(self) -> int:
        """Everything, now (a test's end; the window closing)."""
        return gc.collect()


def install(app: QCoreApplication) -> MainThreadCollector:
    """The application's collector (made on first call)."""
    existing = app.findChild(MainThreadCollector, "main_thread_collector")
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)
