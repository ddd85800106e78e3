"""What the status bar shows about synchronisation: one immutable value, rendered as a whole.

The sync engine builds a status value after every change and the UI renders it through
``MainWindow.show_sync_status``. The status bar accepts anything shaped like ``SyncStatusLike``: this module's
``SyncStatus`` (the shell's own, used until the engine feeds one) and the engine's ``govdesk.sync.status.SyncStatus``
(same fields, plus ``state_label`` such as 需要重新登录 and ``needs_attention``). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

# A clock difference to the server larger than this shows the banner (deadlines and case numbers depend on the
# date; the server's time is authoritative). The same 5 minutes as the sync engine's status.
CLOCK_SKEW_WARN_SECONDS = 300.0


class SyncStatusLike(Protocol):
    """What the status bar reads. Optional extras it shows when present: ``state_label`` (str, shown instead of
    离线 when not online) and ``needs_attention`` (int, refused or conflicting events)."""

    @property
    def online(self) -> bool: ...

    @property
    def queue_depth(self) -> int: ...

    @property
    def last_success(self) -> datetime | None: ...

    @property
    def last_error(self) -> str | None: ...

    @property
    def syncing(self) -> bool: ...

    @property
    def clock_skew_seconds(self) -> float | None: ...

    @property
    def clock_skew_warning(self) -> bool: ...


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
