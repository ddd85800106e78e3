"""How many events go in one push: fewer after the server did not answer in time, more again after it did.

A server slower than the client's read timeout for a whole batch would otherwise get the same batch again and again
(each time it commits it, and each time the answer is lost). After a timeout the batch is halved, and the size that
timed out is remembered: growth (doubling on each answered push) stops at three quarters of it, so the engine does
not walk back into the same timeout. After ``PROBE_AFTER`` answered pushes in a row that memory is dropped (the
server may be fast again) and the batch grows back to the most the server accepts.
"""

from __future__ import annotations

#: Answered pushes in a row after which the size that timed out is forgotten.
PROBE_AFTER = 8


class BatchSize:
    """The current push batch size, between 1 and ``maximum``. Not thread-safe: the engine's loop owns it."""

    def __init__(self, maximum: int) -> None:
        self.maximum = max(1, maximum)
        self.current = self.maximum
        #: The last size the server did not answer in time, while remembered.
        self.too_slow: int | None = None
        self._answered = 0

    def timed_out(self, sent: int | None = None) -> None:
        """The server did not answer a batch of ``sent`` events (``current`` by default) in time."""
        sent = self.current if sent is None else min(max(sent, 1), self.current)
        self.too_slow = sent
        self.current = max(1, sent // 2)
        self._answered = 0

    def answered(self) -> None:
        """The server answered a batch in time."""
        self._answered += 1
        if self.too_slow is not None and self._answered >= PROBE_AFTER:
            self.too_slow = None
        limit = self.maximum if self.too_slow is None else max(1, self.too_slow * 3 // 4)
        self.current = max(self.current, min(limit, self.current * 2))
