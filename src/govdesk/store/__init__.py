"""Local store: SQLAlchemy models on SQLite (WAL, foreign keys on), Alembic migrations, the hash-chained event log.

Services use ``open_store(path)`` and the ``Store`` it returns; ``default_db_path()`` is where the program keeps
its database.

The names below are imported on first use (PEP 562): the program takes its instance lock (``store.lock``) before
the window shows, and importing this package must not bring SQLAlchemy onto that path (issue 15). The first name
asked for imports them all, with ``store.supervision`` (it registers revision 0014's indexes on the models).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "ChainProblem": "govdesk.store.chain",
    "ChainReport": "govdesk.store.chain",
    "StoreBusy": "govdesk.store.errors",
    "StoreConflict": "govdesk.store.errors",
    "StoreCorrupt": "govdesk.store.errors",
    "StoreDiskFull": "govdesk.store.errors",
    "StoreError": "govdesk.store.errors",
    "StoreIOError": "govdesk.store.errors",
    "StoreLocked": "govdesk.store.errors",
    "StoreReadOnly": "govdesk.store.errors",
    "StoreStaleCase": "govdesk.store.errors",
    "StoreTooNew": "govdesk.store.errors",
    "StoreUnavailable": "govdesk.store.errors",
    "InstanceLock": "govdesk.store.lock",
    "acquire_instance_lock": "govdesk.store.lock",
    "OutboxItem": "govdesk.store.outbox",
    "OutboxResult": "govdesk.store.outbox",
    "OutboxStatus": "govdesk.store.outbox",
    "default_db_path": "govdesk.store.paths",
    "CaseSummary": "govdesk.store.search",
    "Draft": "govdesk.store.store",
    "Store": "govdesk.store.store",
    "open_store": "govdesk.store.store",
    "verify_chain": "govdesk.store.store",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    importlib.import_module("govdesk.store.supervision")  # registers revision 0014's indexes
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
