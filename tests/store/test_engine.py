"""The engine's pragmas, the single writer, and SQLite failures turned into Chinese ``StoreError``s."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from govdesk.domain.clock import FixedClock
from govdesk.store import (
    Store,
    StoreBusy,
    StoreCorrupt,
    StoreDiskFull,
    StoreError,
    StoreReadOnly,
    open_store,
)
from govdesk.store.errors import translate
from tests.store.conftest import NOW, make_case


def test_pragmas_in_force_on_every_connection(store: Store) -> None:
    with store.reading() as a, store.reading() as b:
        for connection in (a, b):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_write_transaction_takes_the_write_lock_at_begin(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with store.transaction() as tx:
            tx.execute(select(1))  # only a read so far: BEGIN IMMEDIATE must already hold the write lock
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_busy_database_is_a_chinese_store_error(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        store.engine.dispose()
        event.listen(store.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA busy_timeout = 50"))
        with pytest.raises(StoreBusy, match="数据库正忙"), store.transaction() as tx:
            tx.execute(select(1))
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_disk_full_is_reported_and_nothing_is_half_saved(store: Store) -> None:
    # A real SQLITE_FULL: cap the file at its current size on every new connection.
    with store.reading() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda conn, _rec: conn.execute(f"PRAGMA max_page_count = {pages}"))
    case = make_case(events=40)
    with pytest.raises(StoreDiskFull) as caught, store.transaction() as tx:
        store.save_case(tx, case)
        # Fill the last pages with a big draft-like blob inside the same transaction.
        tx.execute(text("INSERT INTO meta(key, value) VALUES ('filler', :v)"), {"v": "x" * 400_000})
    assert str(caught.value) == "磁盘已满，办件未保存：请清理磁盘后重试，已录入的内容仍在窗口中"
    assert "full" in caught.value.detail
    assert store.count_cases() == 0
    assert store.outbox_depth() == 0


def test_read_only_database_is_a_chinese_store_error(store: Store) -> None:
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA query_only = ON"))
    with pytest.raises(StoreReadOnly, match="只读"):
        store.save_draft("d1", {"a": 1})


def test_corrupt_file_is_refused_with_a_chinese_message(tmp_path: Path) -> None:
    path = tmp_path / "govdesk.sqlite"
    path.write_bytes(b"this is not a database at all " * 200)
    with pytest.raises(StoreCorrupt, match="损坏"):
        open_store(path, FixedClock(NOW))
    assert path.read_bytes().startswith(b"this is not")  # never overwritten


def test_unknown_errors_still_become_store_errors() -> None:
    error = translate(sqlite3.OperationalError("something odd"))
    assert type(error) is StoreError
    assert "办件未保存" in str(error)


def test_store_works_from_executor_threads(store: Store) -> None:
    # Services run store calls in a thread pool (qasync run_in_executor): connections must cross threads.
    from concurrent.futures import ThreadPoolExecutor

    store.save_draft("main", {"n": 0})
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda n: store.save_draft(f"d{n}", {"n": n}), range(6)))
        searches = list(pool.map(lambda _: store.search_cases("张"), range(4)))
    assert len(store.load_drafts()) == 7
    assert searches == [[]] * 4
