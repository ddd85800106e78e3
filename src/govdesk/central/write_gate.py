"""One writer at a time on SQLite, in the order that keeps a window's push short (issue 17: "the central under a
county's load": a normal window's push p95 ≤ 500 ms while 30 townships push their backlogs).

SQLite lets one transaction write at a time, and the others wait in its busy handler: each sleeps and tries again
(1, 2, 5 … 100 ms), in no order, so a window's push of one case (a few milliseconds of work) could lose the lock to a
township's batch of 500 events again and again, and waited up to a second and more for it. In one server process
(SQLite serves one) the writers queue here instead, before SQLite is asked: when the writer finishes, a waiting
light transaction (anything but a large push) goes next, a heavy one only when no light one waits, and each kind in
arrival order. A township's batch then waits for the windows' small writes — milliseconds each — and a window waits
at most for the one batch being written. PostgreSQL has no single writer (``Central.tx`` passes no gate).

Re-entrant: a transaction opened inside another on the same thread passes (it would otherwise wait for itself). A
writer that waits longer than ``wait`` seconds goes on to SQLite's own busy handler, as before.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

#: How long a writer waits here before it tries SQLite's lock anyway (its busy timeout is 30 s).
DEFAULT_WAIT = 30.0
#: The owner while the gate passes from the writer that left to the one it woke.
_HANDED_OVER = -1


class WriteGate:
    def __init__(self, wait: float = DEFAULT_WAIT) -> None:
        self.wait = wait
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0
        self._light: deque[threading.Event] = deque()
        self._heavy: deque[threading.Event] = deque()
        #: (heavy, seconds) of the last writers that had to wait (the tests read it).
        self.waits: deque[tuple[bool, float]] = deque(maxlen=1000)

    @contextmanager
    def writing(self, heavy: bool = False) -> Iterator[None]:
        """Hold the gate for one write transaction; ``heavy``: a large push, which lets light writers go first."""
        if self._enter(heavy):
            try:
                yield
            finally:
                self._leave()
        else:
            yield  # waited ``wait`` seconds: on to SQLite's own busy handler

    def _enter(self, heavy: bool) -> bool:
        me = threading.get_ident()
        with self._lock:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None:
                self._owner, self._depth = me, 1
                return True
            turn = threading.Event()
            queue = self._heavy if heavy else self._light
            queue.append(turn)
        started = time.monotonic()
        turn.wait(self.wait)
        with self._lock:
            self.waits.append((heavy, time.monotonic() - started))
            if turn.is_set():  # handed over (``_leave``, under this lock): ours now
                self._owner, self._depth = me, 1
                return True
            queue.remove(turn)
            return False

    def _leave(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth:
                return
            queue = self._light or self._heavy
            if queue:
                self._owner = _HANDED_OVER  # nobody arriving now takes it before the writer woken here
                queue.popleft().set()
            else:
                self._owner = None
