"""The real time (``SystemClock``), in a module of its own: the lock screen's offline login reckons with it before
the store's modules (SQLAlchemy) are imported (issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    """The real time, for the store's own bookkeeping (``updated_at``, outbox ``created_at``) and the window's."""

    def now(self) -> datetime:
        return datetime.now(UTC)
