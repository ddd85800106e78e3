"""What a sync round and the G4 check report (``govdesk.sync.engine`` returns them; the UI reads them)."""

from __future__ import annotations

from dataclasses import dataclass

from govdesk.sync.errors import SyncError


@dataclass(frozen=True, slots=True)
class RoundReport:
    ok: bool
    pushed: int = 0  # events answered (any outcome)
    applied: int = 0  # events the server stored now
    pulled: int = 0  # changes applied
    snapshot: bool = False
    error: SyncError | None = None


@dataclass(frozen=True, slots=True)
class InSyncReport:
    """G4: the local cases against the server's, by count and ``case_summary_hash``."""

    local_count: int
    local_hash: str
    server_count: int
    server_hash: str

    @property
    def in_sync(self) -> bool:
        return self.local_count == self.server_count and self.local_hash == self.server_hash
