"""The SQLite engine (pragmas, one writer with ``BEGIN IMMEDIATE``) and the automatic Alembic upgrade.

Alembic is imported only when a database is not at this code's head (issue 15: it took about 0.4 s of every
start): ``upgrade`` first reads the head from the migration files' ``revision``/``down_revision`` lines
(``script_head``) and the database's stamp from ``alembic_version``, and returns when they agree.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from govdesk.domain.messages import Message
from govdesk.store.crypto import apply_key, dbapi_module
from govdesk.store.errors import StoreTooNew
from govdesk.store.messages import TOO_NEW

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["'](\w+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|["'](\w+)["'])\s*$""", re.MULTILINE)


@cache
def script_head() -> str | None:
    """The head revision of the migration files, read from their ``revision = "…"`` and ``down_revision = "…"``
    lines without importing Alembic; None when a file says it otherwise (a merge, a tuple): then Alembic decides.
    A test checks it against Alembic's own answer (``head_revision``)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def stamped_revisions(engine: Engine) -> tuple[str, ...]:
    """The revisions ``alembic_version`` holds (none for a new database), read with one plain query."""
    with engine.connect() as connection:
        connection.execution_options(**{AUTOCOMMIT_READ: True})
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if exists is None:
            return ()
        return tuple(row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version"))


def current_revisions(connection: Connection) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    return tuple(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target`` (head by default), keeping its data; refuse one newer than this code.
    A database already at the head is left as it is without importing Alembic (see the module docstring)."""
    if target == "head":
        head = script_head()
        if head is not None and stamped_revisions(engine) == (head,):
            return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {revision.revision for revision in script.walk_revisions()}
    head = script.get_current_head()
    with engine.begin() as connection:
        current = current_revisions(connection)
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise StoreTooNew(Message(TOO_NEW, versions=", ".join(unknown), head=head))
        if target == "head" and current == (head,):
            return
        command.upgrade(alembic_config(connection), target)


def pragma(connection: Connection, name: str) -> Any:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()
