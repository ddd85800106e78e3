"""Citizens' data encrypted at rest: the whole window database through SQLCipher (issue 12; regulation 000,
Art. 32: 个人信息保护; GB/T 22239-2019 level 3 and GB/T 39786-2021 §8.4, 存储机密性).

The decision: whole-database encryption (SQLCipher 4, AES-256 per page with an HMAC per page), not field-level
AES-GCM. Measured and weighed on 2026-12-06:

- Citizens' data is not in four columns: names, ID numbers, phones and addresses are in ``cases`` (columns and the
  JSON snapshot), in every event's payload (the hash-chained log), in the outbox's event JSON, in drafts, hand-offs
  and pulled changes. Field-level encryption would have to find them in every JSON document, and an event's payload
  is hashed by the chain: it would have had to be encrypted *after* hashing and decrypted before every check,
  sync and case story. SQLCipher encrypts every page, indexes and the WAL included, with no change to any query.
- Look-ups stay what they are: by ID number, by phone, by name prefix (``LIKE '王%'``) and by case number. A blind
  index (HMAC) serves only exact matches; the name-prefix search the clerks use every minute would be lost.
- The cost, measured by ``benchmarks/bench_encryption.py`` (the same work on an encrypted and a plain store of
  100,000 cases, in the same run, 2026-12-06): saving a case through ``Store.save_case`` 1.06× (12.8 against 12.1 ms
  median) on a quiet machine, 1.24× under a load of 20; a look-up by ID number 0.04 against 0.015 ms and a name
  prefix 0.2-0.3 against 0.09-0.10 ms (2.6-3.1×), far under the 2 ms typing needs. The price is paid on pages read
  for the first time after a write (each is decrypted and its HMAC checked): a name prefix's p95 went from 0.2 to
  4.5 ms. Opening takes no PBKDF2: the key is random and given raw.
- The binding: ``sqlcipher3-wheels`` (a maintained fork of coleifer's ``sqlcipher3``) ships SQLCipher 4.12 with
  SQLite 3.51 as wheels for Linux, Windows and macOS (``sqlcipher3-binary`` has no Windows wheel, and the window
  PCs run Windows). It is a DB-API module with the ``sqlite3`` interface, so SQLAlchemy's pysqlite dialect, WAL, our
  pragmas and the Alembic migrations run on it unchanged.

The key: 32 random bytes made once per database and kept in the OS keyring (``services.credentials``), never beside
the database. Without the key the file cannot be opened at all, and the words say what to do
(``StoreKeyMissing``/``StoreKeyWrong``). A plain database from an earlier version is encrypted once on opening with a
key, copy-verify-swap (``encrypt_plain_database``): a crash at any point leaves either the plain file or the
encrypted one whole, never half of each. Files are made readable by this user only (0600).

What it does not do: the blocks of the plain file replaced by the swap stay on the disk until reused (an SSD may
keep them longer); a hall's PCs also want the disk encrypted (BitLocker). Anyone who can read this user's keyring
(the clerk's own Windows account) can read the database: the key protects a stolen disk, a copied file or a backup,
not a logged-in attacker.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from govdesk.domain.messages import ENUMERATION, Message, join
from govdesk.store.errors import StoreError
from govdesk.store.messages import DIFFERING_TABLES, ENCRYPT_BUSY, ENCRYPT_MISMATCH, ENCRYPT_WAL, KEY_MISSING, KEY_WRONG

#: The first 16 bytes of every plain SQLite file; an SQLCipher file starts with its random salt instead.
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
#: Where a copy being encrypted is written, beside the database (removed if a crash left it behind).
ENCRYPTING_SUFFIX = ".encrypting"
#: Errors of either DB-API module (``sqlcipher3``'s classes are its own, not ``sqlite3``'s).
DBAPI_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)


class StoreKeyMissing(StoreError):
    """The database is encrypted and this PC's keyring has no key for it."""

    default_message = KEY_MISSING


class StoreKeyWrong(StoreError):
    """The key in the keyring does not open this database (another database's key, or a damaged file)."""

    default_message = KEY_WRONG


class FileState(StrEnum):
    MISSING = "missing"  # no file, or an empty one (SQLite makes it on first write)
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    #: neither: not SQLite's header and not whole pages (SQLCipher writes whole pages of at least 512 bytes), so a
    #: damaged file: opening it says so (``StoreCorrupt``)
    DAMAGED = "damaged"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not header:
        return FileState.MISSING
    if header == PLAIN_HEADER:
        return FileState.PLAIN
    return FileState.ENCRYPTED if path.stat().st_size % 512 == 0 else FileState.DAMAGED


def key_pragma(key: bytes) -> str:
    """``PRAGMA key`` with a raw 256-bit key (no PBKDF2: the key is random, not a password)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def dbapi_module(key: bytes | None) -> Any:
    """The DB-API module for a database with this key: SQLCipher's with a key, the standard ``sqlite3`` without."""
    return sqlcipher if key is not None else sqlite3


def apply_key(connection: Any, key: bytes | None) -> None:
    """Give a fresh connection its key; it must be the first statement on the connection (after quietening
    SQLCipher's own log, which otherwise writes a wrong key's HMAC failures to stderr)."""
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(key))


def connect(path: Path, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection on ``path`` with its key applied (``sqlite3.connect``'s keyword arguments)."""
    connection = dbapi_module(key).connect(str(path), **kwargs)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(path: Path, key: bytes | None) -> None:
    """Refuse, in words, to go on with a key that cannot open ``path``: none for an encrypted file, or a wrong one.

    A plain file with a key is not refused here: ``open_store`` encrypts it first."""
    state = file_state(path)
    if state is FileState.ENCRYPTED and key is None:
        raise StoreKeyMissing()
    if state is FileState.ENCRYPTED and key is not None and not _opens(path, key):
        raise StoreKeyWrong()


def _opens(path: Path, key: bytes) -> bool:
    connection = connect(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def restrict_to_user(path: Path) -> None:
    """Mode 0600 (on Windows the profile folder's ACL already keeps other users out)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _table_digests(connection: Any) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of all its rows in rowid (or primary key) order."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    digests: dict[str, tuple[int, str]] = {}
    for name in names:
        digest = hashlib.sha256()
        count = 0
        quoted = '"' + name.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {quoted} ORDER BY 1"):
            digest.update(repr(tuple(row)).encode())
            count += 1
        digests[name] = (count, digest.hexdigest())
    return digests


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt_plain_database(path: Path, key: bytes) -> None:
    """Encrypt the plain database at ``path`` with ``key``, once, safely: copy, verify, swap.

    1. the plain file's WAL is checkpointed into it (so the file alone holds everything);
    2. ``sqlcipher_export`` copies every table, index and the schema version into ``<path>.encrypting`` (0600);
    3. the copy is opened with the key, passes ``integrity_check``, and every table's rows are compared with the
       plain file's (count and a digest of all rows); any difference removes the copy and raises, plain untouched;
    4. the copy is flushed to disk and renamed over the plain file (one atomic rename), and the folder flushed.

    A crash before 4 leaves the plain database as it was (the half-made copy is removed at the next try); after 4
    only the encrypted one exists. The caller holds the instance lock, so nothing else writes meanwhile.
    """
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    tmp.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    plain = sqlcipher.connect(str(path), isolation_level=None)
    try:
        busy = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise StoreError(Message(ENCRYPT_BUSY))
        expected = _table_digests(plain)
        user_version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(tmp),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {user_version}")
        plain.execute("DETACH DATABASE encrypted")
        plain.execute("PRAGMA journal_mode = DELETE")  # no -wal of the plain file may outlive the swap
    finally:
        plain.close()
    try:
        copy = connect(tmp, key, isolation_level=None)
        try:
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check") if row[0] != "ok"]
            got = _table_digests(copy)
        finally:
            copy.close()
        if problems or got != expected:
            differing = sorted(name for name in expected.keys() | got.keys() if expected.get(name) != got.get(name))
            found = join(problems[:3]) or Message(DIFFERING_TABLES, tables=join(differing, ENUMERATION))
            raise StoreError(Message(ENCRYPT_MISMATCH, problems=found))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            leftover = Path(str(path) + suffix)
            if leftover.exists() and leftover.stat().st_size > 0 and suffix == "-wal":
                raise StoreError(Message(ENCRYPT_WAL))
            leftover.unlink(missing_ok=True)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    restrict_to_user(path)
