"""The bulk load of case rows (history imported from the server or another system; the benchmarks build their
databases with it), kept apart from ``Store``'s everyday door: it bypasses SQLAlchemy's statement execution and the
event log on purpose.

A load into an empty ``cases`` table drops the secondary indexes and builds them once at the end; the statements
are kept in ``meta`` (``DEFERRED_INDEXES_KEY``) until then, so a load cut short by a crash has them rebuilt by the
next ``open_store`` (``rebuild_deferred_indexes``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from govdesk.store import crypto
from govdesk.store.engine import CACHE_KIB
from govdesk.store.errors import translate
from govdesk.store.models import Base

if TYPE_CHECKING:
    from govdesk.store.store import Store

#: Page cache of the bulk-load connection (KiB).
BULK_CACHE_KIB = 256 * 1024
#: Rows per transaction of the bulk load.
BULK_BATCH = 50_000
#: Meta key holding the CREATE statements of indexes dropped for a bulk load, until they are built again; a load
#: cut short by a crash leaves it behind and the next ``open_store`` rebuilds them.
DEFERRED_INDEXES_KEY = "store.deferred_indexes"

#: What a bulk load's failure may raise: SQLAlchemy's, the plain driver's, and SQLCipher's own (``store/crypto``).
_BULK_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, sqlite3.Error, *crypto.DBAPI_ERRORS)


def bulk_insert_cases(store: Store, rows: Iterable[Mapping[str, Any]], batch_size: int = BULK_BATCH) -> int:
    """Bulk load of case rows (``cases`` columns, snapshot included). No events are appended (their history is
    kept elsewhere). Returns how many rows were inserted; a failure rolls back the batch in progress (earlier
    batches stay, each was committed).

    This is the one write that bypasses SQLAlchemy's statement execution: building parameters row by row doubled
    the CPU time of a million-case load. It runs ``executemany`` on the pooled DBAPI connection, one
    ``BEGIN IMMEDIATE`` transaction per batch, with a page cache raised for the load (random UUIDs and names insert
    all over six indexes).
    """
    # A loaded case is at version 0 (the column's default), as its snapshot without a newer version reads.
    columns = [c.name for c in Base.metadata.tables["cases"].columns if c.name != "version" and c.computed is None]
    sql = f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join(':' + name for name in columns)})"
    total = 0
    try:
        with store.engine.connect() as connection:
            dbapi = connection.connection.dbapi_connection
            assert dbapi is not None
            cursor = dbapi.cursor()
            cursor.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            # A bulk import can be run again: it does not need a flush to the platter per batch (WAL keeps the
            # file consistent; a power cut loses at most the last batches, which the import reports as not done).
            cursor.execute("PRAGMA synchronous = NORMAL")
            # Into an empty table, the secondary indexes are built once at the end (sorted, much faster than
            # keeping them up to date row by row); they are rebuilt whatever happens.
            deferred = _drop_secondary_indexes(cursor) if _table_empty(cursor, "cases") else []
            try:
                batch: list[Mapping[str, Any]] = []
                for row in rows:
                    batch.append(row)
                    if len(batch) >= batch_size:
                        total += _insert_batch(cursor, sql, batch)
                        batch = []
                if batch:
                    total += _insert_batch(cursor, sql, batch)
            finally:
                _recreate_indexes(cursor, deferred)
                cursor.execute("PRAGMA synchronous = FULL")
                cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                cursor.close()
    except _BULK_ERRORS as error:
        raise translate(error) from error
    return total


def rebuild_deferred_indexes(engine: Engine) -> None:
    """Indexes a bulk load dropped and a crash kept it from building again."""
    with engine.connect() as connection:
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            row = cursor.execute("SELECT value FROM meta WHERE key = ?", (DEFERRED_INDEXES_KEY,)).fetchone()
            if row is not None:
                _recreate_indexes(cursor, json.loads(row[0]))
        finally:
            cursor.close()


def _insert_batch(cursor: Any, sql: str, batch: list[Mapping[str, Any]]) -> int:
    cursor.execute("BEGIN IMMEDIATE")
    try:
        cursor.executemany(sql, batch)
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    cursor.execute("COMMIT")
    return len(batch)


def _table_empty(cursor: Any, table: str) -> bool:
    return cursor.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


def _drop_secondary_indexes(cursor: Any) -> list[str]:
    """Drop the named (non-unique-constraint) indexes of ``cases``; returns their CREATE statements."""
    rows = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL"
    ).fetchall()
    statements = [sql for _, sql in rows]
    cursor.execute("BEGIN IMMEDIATE")
    cursor.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (DEFERRED_INDEXES_KEY, json.dumps(statements))
    )
    for name, _ in rows:
        cursor.execute(f'DROP INDEX "{name}"')
    cursor.execute("COMMIT")
    return statements


def _recreate_indexes(cursor: Any, statements: list[str]) -> None:
    if not statements:
        return
    cursor.execute("BEGIN IMMEDIATE")
    for sql in statements:
        cursor.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    cursor.execute("DELETE FROM meta WHERE key = ?", (DEFERRED_INDEXES_KEY,))
    cursor.execute("COMMIT")
