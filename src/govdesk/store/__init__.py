"""Local store: SQLAlchemy models on SQLite (WAL, foreign keys on), Alembic migrations, the hash-chained event log.

Services use ``open_store(path)`` and the ``Store`` it returns; ``default_db_path()`` is where the program keeps
its database.
"""

from govdesk.store import supervision as _supervision  # noqa: F401  (registers revision 0014's index)
from govdesk.store.chain import ChainProblem, ChainReport
from govdesk.store.errors import (
    StoreBusy,
    StoreConflict,
    StoreCorrupt,
    StoreDiskFull,
    StoreError,
    StoreIOError,
    StoreLocked,
    StoreReadOnly,
    StoreStaleCase,
    StoreTooNew,
    StoreUnavailable,
)
from govdesk.store.lock import InstanceLock, acquire_instance_lock
from govdesk.store.outbox import OutboxItem, OutboxResult, OutboxStatus
from govdesk.store.paths import default_db_path
from govdesk.store.search import CaseSummary
from govdesk.store.store import Draft, Store, open_store, verify_chain

__all__ = [
    "CaseSummary",
    "ChainProblem",
    "ChainReport",
    "Draft",
    "InstanceLock",
    "OutboxItem",
    "OutboxResult",
    "OutboxStatus",
    "Store",
    "StoreBusy",
    "StoreConflict",
    "StoreCorrupt",
    "StoreDiskFull",
    "StoreError",
    "StoreIOError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreStaleCase",
    "StoreTooNew",
    "StoreUnavailable",
    "acquire_instance_lock",
    "default_db_path",
    "open_store",
    "verify_chain",
]
