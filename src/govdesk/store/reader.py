"""The fast read path for look-ups: one plain DB-API connection per thread (SQLCipher's when keyed), read-only.

The clerk searches as they type, and the benchmark holds the store's look-ups within 3× of raw SQLite.
SQLAlchemy's pool checkout, transaction bookkeeping and result wrapping cost about ten times the indexed query
itself, so the hot look-ups (``search``'s SQL) run here on the DBAPI connection; everything else uses the engine.
Each connection is in autocommit mode (every SELECT sees the latest committed data, WAL lets it read while the
writer writes) and ``query_only``, so this path can never write.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from govdesk.store.crypto import connect
from govdesk.store.engine import BUSY_TIMEOUT_MS, CACHE_KIB


class ReadConnections:
    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self._path = path
        self._key = key
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    def get(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # check_same_thread=False only so that close() may close it from another thread; each connection is
            # used by the thread that opened it.
            connection = connect(
                self._path, self._key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = ON")
            connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._local.connection = connection
            with self._lock:
                self._all.append(connection)
        return connection

    def fetch(self, sql: str, params: dict[str, Any]) -> list[Any]:
        return self.get().execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            connections, self._all = self._all, []
        for connection in connections:
            connection.close()
        self._local = threading.local()
