"""A full disk on a window's store, for real: SQLite's ``max_page_count`` caps the file at its size on every new
connection, so a write that needs a new page fails with SQLITE_FULL (``StoreDiskFull``), as on a full disk."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from govdesk.store import Store


class DiskCap:
    """Caps a store's file at its current number of pages (every connection opened from now on) until lifted."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._listener: Any = None

    def fill(self) -> int:
        with self.store.reading() as db:
            pages = int(db.exec_driver_sql("PRAGMA page_count").scalar_one())
        self.store.engine.dispose()
        self._listener = lambda conn, _rec: conn.execute(f"PRAGMA max_page_count = {pages}")
        event.listen(self.store.engine, "connect", self._listener)
        return pages

    def free(self) -> None:
        if self._listener is not None:
            event.remove(self.store.engine, "connect", self._listener)
            self._listener = None
        self.store.engine.dispose()
