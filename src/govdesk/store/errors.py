"""Store errors: every SQLite/SQLAlchemy failure reaches the caller as a ``StoreError`` with a Chinese message.

The clerk must know whether the case was saved. Each message says what happened, whether the work was kept, and
what to do next (the text typed into the window is still there: the UI keeps it until a save succeeds).
"""

from __future__ import annotations

import sys

from govdesk.domain.errors import GovdeskError
from govdesk.store import messages

# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_CONSTRAINT = 19
_SQLITE_NOTADB = 26


class StoreError(GovdeskError):
    """A failure of the local store; ``str(error)`` is a Chinese message a clerk can act on (a keyed
    ``domain.messages.Message``: the UI says it in the clerk's language)."""

    default_message: str = messages.FAILED

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        self.message = message or self.default_message
        self.detail = detail  # the technical text, for the log (never shown alone to the clerk)
        super().__init__(self.message)


class StoreDiskFull(StoreError):
    default_message = messages.DISK_FULL


class StoreReadOnly(StoreError):
    default_message = messages.READ_ONLY


class StoreCorrupt(StoreError):
    default_message = messages.CORRUPT


class StoreBusy(StoreError):
    default_message = messages.BUSY


class StoreUnavailable(StoreError):
    default_message = messages.UNAVAILABLE


class StoreIOError(StoreError):
    default_message = messages.IO_ERROR


class StoreConflict(StoreError):
    default_message = messages.CONFLICT


class StoreStaleCase(StoreError):
    """A save from a copy of a case older than the stored one (G5): refused, nothing written."""

    default_message = messages.STALE


class StoreTooNew(StoreError):
    """The database was written by a newer govdesk; we never downgrade it."""


class StoreLocked(StoreError):
    """Another govdesk process holds this database."""


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    return None


def _by_text(text: str) -> type[StoreError] | None:
    lowered = text.lower()
    for needle, kind in (
        ("disk is full", StoreDiskFull),
        ("readonly", StoreReadOnly),
        ("read-only", StoreReadOnly),
        ("malformed", StoreCorrupt),
        ("not a database", StoreCorrupt),
        ("database is locked", StoreBusy),
        ("unable to open", StoreUnavailable),
        ("disk i/o error", StoreIOError),
        ("unique constraint", StoreConflict),
    ):
        if needle in lowered:
            return kind
    return None


_BY_CODE: dict[int, type[StoreError]] = {
    _SQLITE_FULL: StoreDiskFull,
    _SQLITE_READONLY: StoreReadOnly,
    _SQLITE_CORRUPT: StoreCorrupt,
    _SQLITE_NOTADB: StoreCorrupt,
    _SQLITE_BUSY: StoreBusy,
    _SQLITE_LOCKED: StoreBusy,
    _SQLITE_CANTOPEN: StoreUnavailable,
    _SQLITE_IOERR: StoreIOError,
    _SQLITE_CONSTRAINT: StoreConflict,
}


def _is_dbapi_error(error: BaseException) -> bool:
    sa_exc = sys.modules.get("sqlalchemy.exc")  # an error of SQLAlchemy's means SQLAlchemy is imported
    return sa_exc is not None and isinstance(error, sa_exc.DBAPIError)


def translate(error: BaseException) -> StoreError:
    """The ``StoreError`` for a SQLAlchemy or sqlite3 exception (a ``StoreError`` passes through unchanged)."""
    if isinstance(error, StoreError):
        return error
    original: BaseException = error
    # SQLAlchemy's DBAPIError carries the driver's error in ``orig``; read without importing SQLAlchemy (this module
    # is on the path of the instance lock, taken before the window shows)
    orig = getattr(error, "orig", None)
    if isinstance(orig, BaseException) and _is_dbapi_error(error):
        original = orig
    code = _sqlite_code(original)
    kind = _BY_CODE.get(code) if code is not None else None
    if kind is None:
        kind = _by_text(str(original))
    sqlite3 = sys.modules.get("sqlite3")  # (as SQLAlchemy above: not imported for the lock, issue 15)
    if kind is None and (
        (sqlite3 is not None and isinstance(original, sqlite3.IntegrityError))
        or type(original).__name__ == "IntegrityError"
    ):
        kind = StoreConflict
    return (kind or StoreError)(detail=f"{type(original).__name__}: {original}")
