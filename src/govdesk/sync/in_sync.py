"""G4 at a running window: now and then, once both sides are quiet, the window's cases are checked against the
center's (a count and a hash over case and state, ``govdesk.protocol.case_summary_hash``), and a window that has
drifted takes the center's snapshot of the cases that concern it (``LocalQueue.apply_snapshot``: a case with unsent
events keeps its local state), then checks again.

Before, only the tests and tools ran the check: a window that missed a change (a bug, a restored database, a
centre-side repair) would have shown a stale state to its clerks until the case next moved, and nobody would know.
A drift that the snapshot does not mend is logged as an error with both sides' figures, for support.

It runs as one of the engine's round tasks (``SyncEngine.round_tasks``: on the store thread, after a successful
round), at most every ``EVERY`` seconds, and only when the outbox is empty: an unsent event is a difference the next
push removes, not a drift.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from govdesk.protocol import case_summary_hash
from govdesk.sync.client import SyncClient
from govdesk.sync.queue import LocalQueue
from govdesk.sync.reports import InSyncReport

log = logging.getLogger(__name__)

#: How often at most a running window checks (seconds): a few times in a working day, one small request each.
EVERY = 2 * 3600.0


def in_sync_report(client: SyncClient, queue: LocalQueue) -> InSyncReport:
    """The window's cases against the center's summary of the cases that concern it (the center names the scope and
    stations it used: the same cases are hashed here). Blocking: network, then the store."""
    summary = client.summary()
    stations = None if summary.scope == "center" else summary.stations
    pairs = queue.summary_pairs(stations)
    return InSyncReport(len(pairs), case_summary_hash(pairs), summary.count, summary.hash)


class InSyncCheck:
    """The round task (see the module docstring). ``last``: the last report, None until a check ran; ``mended``:
    how many times a snapshot was taken because of a drift."""

    def __init__(self, queue: LocalQueue, every: float = EVERY, clock: Callable[[], float] = time.monotonic) -> None:
        self.queue = queue
        self.every = every
        self.clock = clock
        self._due = clock() + every  # not at start: the first rounds bring the window up to date
        self.last: InSyncReport | None = None
        self.mended = 0

    def __call__(self, client: SyncClient) -> None:
        now = self.clock()
        if now < self._due or self.queue.depth():
            return
        self._due = now + self.every
        report = in_sync_report(client, self.queue)
        if not report.in_sync:
            log.warning(
                "cases out of step with the center (G4): %d here, %d there; taking the center's snapshot",
                report.local_count,
                report.server_count,
                extra={"event": "g4_mismatch", "local": report.local_count, "server": report.server_count},
            )
            self.queue.apply_snapshot(client.snapshot())
            self.mended += 1
            report = in_sync_report(client, self.queue)
            if not report.in_sync:
                log.error(
                    "cases still out of step with the center after its snapshot (G4): %d here (%s), %d there (%s)",
                    report.local_count,
                    report.local_hash[:12],
                    report.server_count,
                    report.server_hash[:12],
                    extra={"event": "g4_not_mended", "local": report.local_count, "server": report.server_count},
                )
        self.last = report
