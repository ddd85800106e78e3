"""The SQLite engine (pragmas, one writer with ``BEGIN IMMEDIATE``) and the automatic Alembic upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from govdesk.store.crypto import apply_key, dbapi_module
from govdesk.store.errors import StoreTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Execution option for read-only work: a plain (deferred) BEGIN instead of BEGIN IMMEDIATE.
READ_ONLY = "govdesk_read_only"
#: Execution option for single-statement reads: no BEGIN at all (SQLite runs the statement in its own snapshot).
AUTOCOMMIT_READ = "govdesk_autocommit_read"
BUSY_TIMEOUT_MS = 5000
#: Page cache per connection (KiB): the look-up indexes of a county's cases stay in memory.
CACHE_KIB = 64 * 1024


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on ``path`` with our pragmas on every connection.

    With ``key`` the database is SQLCipher's (``store.crypto``): the key is the first statement on every
    connection, before any pragma, and everything else is the same.

    - ``journal_mode=WAL``: readers never block the writer;
    - ``synchronous=FULL``: a case the clerk saw saved survives a power cut;
    - ``foreign_keys=ON``; ``busy_timeout`` so a second writer waits instead of failing at once.

    pysqlite's own transaction handling is switched off (``isolation_level = None``) and we emit BEGIN ourselves
    (SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" recipe for pysqlite): write
    transactions take the write lock up front with ``BEGIN IMMEDIATE``, so two writers never deadlock halfway.
    """
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, module=dbapi_module(key), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        apply_key(dbapi_connection, key)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get(AUTOCOMMIT_READ):
            return
        if options.get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code (no alembic.ini on disk)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revisions(connection: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target`` (head by default), keeping its data; refuse one newer than this code."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {revision.revision for revision in script.walk_revisions()}
    head = script.get_current_head()
    with engine.begin() as connection:
        current = current_revisions(connection)
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise StoreTooNew(
                f"数据库版本（{', '.join(unknown)}）比本程序新（本程序最高为 {head}）："
                "请先升级 govdesk 再打开它。数据库未作任何改动，也不会被降级。"
            )
        if target == "head" and current == (head,):
            return
        command.upgrade(alembic_config(connection), target)


def pragma(connection: Connection, name: str) -> Any:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()
