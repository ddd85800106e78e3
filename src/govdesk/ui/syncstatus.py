"""What the status bar shows about synchronisation: one immutable value, rendered as a whole.

The sync engine (written later) builds a ``SyncStatus`` after every attempt and emits it through its
``sync_state_changed`` signal; ``MainWindow.show_sync_status`` renders it. No Qt here, so the engine can build
it wherever it runs (it may move down to ``govdesk.sync`` when the engine lands).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# A clock difference to the server larger than this shows the banner (deadlines and case numbers depend on
# the date; the server's time is authoritative).
CLOCK_SKEW_WARN_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The state of the link to the central server at one moment."""

    # The server answered the last attempt.
    online: bool = False
    # Events in the local outbox not yet stored by the server.
    queue_depth: int = 0
    # When the server last stored or sent something successfully (timezone-aware), None if never.
    last_success: datetime | None = None
    # The last error, in words for the clerk (Chinese), None if the last attempt succeeded.
    last_error: str | None = None
    # A sync is running now.
    syncing: bool = False
    # Local clock minus server clock, in seconds, when known.
    clock_skew_seconds: float | None = None

    @property
    def clock_skew_warning(self) -> bool:
        return self.clock_skew_seconds is not None and abs(self.clock_skew_seconds) > CLOCK_SKEW_WARN_SECONDS
