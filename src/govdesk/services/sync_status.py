"""The sync status values the UI renders, without the sync stack: ``SyncState`` and ``SyncStatus`` (and the
words for each state) from ``govdesk.sync.status``, which imports nothing but the standard library.

The status bar is on the first screen, the engine is not: reading these from here keeps requests, pydantic and
SQLAlchemy off the path to the first paint (issue 15). ``services.sync_facade`` re-exports the same objects.
"""

from __future__ import annotations

from govdesk.sync.status import CLOCK_SKEW_WARN_SECONDS, STATE_LABELS, SyncState, SyncStatus

__all__ = ["CLOCK_SKEW_WARN_SECONDS", "STATE_LABELS", "SyncState", "SyncStatus"]
