"""``Store``: the one door to the local database for services (open, transactions, cases, outbox, drafts).

Writes go here first; the events a write produced go into the outbox in the SAME transaction (DESIGN.md "Sync"),
so nothing is ever "sent but not saved". One transaction per user action: ``with store.transaction() as tx:``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.clock import Clock
from govdesk.domain.events import DomainEvent
from govdesk.domain.serialize import case_from_json, case_to_json
from govdesk.store import chain, crypto, outbox, search, supervision_records  # noqa: F401  (its table joins Base)
from govdesk.store.engine import AUTOCOMMIT_READ, CACHE_KIB, READ_ONLY, make_engine, upgrade
from govdesk.store.errors import StoreError, translate
from govdesk.store.models import Base, CaseMaterialRow, CaseRow, CounterRow, DraftRow, EventRow, MetaRow
from govdesk.store.reader import ReadConnections
from govdesk.store.search import CaseSummary, QueryKind
from govdesk.store.versioning import write_case_row

DEVICE_ID_KEY = "device_id"
_OPEN_ERRORS: tuple[type[Exception], ...] = (*crypto.DBAPI_ERRORS, OSError)
_BULK_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, *crypto.DBAPI_ERRORS)
#: Page cache of the bulk-load connection (KiB).
BULK_CACHE_KIB = 256 * 1024
#: Rows per transaction of the bulk load.
BULK_BATCH = 50_000


class SystemClock:
    """The real time, for the store's own bookkeeping (``updated_at``, outbox ``created_at``)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Draft:
    draft_id: str
    updated_at: str
    data: dict[str, Any]
    clerk_id: str = ""


def open_store(path: Path, clock: Clock | None = None, *, key: bytes | None = None) -> Store:
    """Open (creating if needed) the database at ``path`` and upgrade it to this code's schema.

    ``key``: the database's SQLCipher key (``store.crypto``; the program takes it from the OS keyring). A new
    database is made encrypted, a plain one from an earlier version is encrypted once (copy, verify, swap), and an
    encrypted one without its key is refused in words (``StoreKeyMissing``/``StoreKeyWrong``). Without a key the
    database is plain SQLite (tests, benchmarks, and a PC with no keyring, which says so).

    An older database is upgraded with its data; one newer than this code raises ``StoreTooNew``.
    Any SQLite failure (disk full, read-only, corrupt) is raised as a ``StoreError`` with a Chinese message.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise translate(error) from error
    try:
        crypto.check_key(path, key)
        if key is not None and crypto.file_state(path) is crypto.FileState.PLAIN:
            crypto.encrypt_plain_database(path, key)
    except _OPEN_ERRORS as error:
        raise translate(error) from error
    engine = make_engine(path, key)
    try:
        upgrade(engine)
        crypto.restrict_to_user(path)
        _rebuild_deferred_indexes(engine)
        store = Store(engine, path, clock or SystemClock(), key)
        store.device_id()
    except (SQLAlchemyError, OSError) as error:
        engine.dispose()
        raise translate(error) from error
    except BaseException:
        engine.dispose()
        raise
    return store


class Store:
    def __init__(self, engine: Engine, path: Path, clock: Clock, key: bytes | None = None) -> None:
        self.engine = engine
        self.path = path
        self.clock = clock
        #: True when the file is SQLCipher's (``store.crypto``).
        self.encrypted = key is not None
        self._readers = ReadConnections(path, key)

    def close(self) -> None:
        self._readers.close()
        self.engine.dispose()

    def now_text(self) -> str:
        return self.clock.now().astimezone(UTC).isoformat()

    # --- transactions -------------------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): committed when the block ends, rolled back on any error.

        Database errors come out as ``StoreError`` subclasses; the caller's own exceptions pass unchanged.
        """
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as error:
            raise translate(error) from error

    @contextmanager
    def reading(self, *, snapshot: bool = True) -> Iterator[Connection]:
        """A read connection: a deferred ``BEGIN`` (one consistent snapshot), or none for a single statement."""
        option = READ_ONLY if snapshot else AUTOCOMMIT_READ
        try:
            with self.engine.connect() as connection:
                yield connection.execution_options(**{option: True})
        except SQLAlchemyError as error:
            raise translate(error) from error

    # --- meta ---------------------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.reading(snapshot=False) as db:
            return db.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()

    def set_meta(self, tx: Session, key: str, value: str) -> None:
        chain.set_meta(tx, key, value)

    def device_id(self) -> str:
        """This database's device id (a UUID made on first open)."""
        existing = self.get_meta(DEVICE_ID_KEY)
        if existing:
            return existing
        with self.transaction() as tx:
            existing = tx.execute(select(MetaRow.value).where(MetaRow.key == DEVICE_ID_KEY)).scalar_one_or_none()
            if existing:
                return existing
            made = str(uuid.uuid4())
            chain.set_meta(tx, DEVICE_ID_KEY, made)
            return made

    # --- cases --------------------------------------------------------------------------------------------------

    def save_case(self, tx: Session, case: Case, *, from_server: bool = False) -> int:
        """Upsert the case row, its materials and snapshot; append its events not yet stored to the log and the
        outbox, all in ``tx``. Returns how many events were appended.

        ``from_server=True`` (the sync applying pulled changes): the new events are the server's, so they are
        chained into the local log but not queued in the outbox to be sent back."""
        now = self.now_text()
        # The events live in the chained ``events`` table; the snapshot holds the rest of the case. A copy older
        # than the stored case is refused here, before anything else of it is written (``versioning``).
        write_case_row(
            tx, case, lambda c: case_columns(c, chain.canonical_json(case_to_json(c, include_events=False)), now)
        )
        tx.execute(delete(CaseMaterialRow).where(CaseMaterialRow.case_id == case.case_id))
        if case.materials:
            tx.execute(
                Base.metadata.tables["case_materials"].insert(),
                [
                    {
                        "case_id": case.case_id,
                        "code": record.code,
                        "name": record.name,
                        "status": record.status.value,
                        "form": record.form.value if record.form is not None else None,
                        "copies": record.copies,
                        "reason": record.reason,
                        "remedy": record.remedy,
                    }
                    for record in case.materials.values()
                ],
            )
        stored = set(tx.execute(select(EventRow.event_id).where(EventRow.case_id == case.case_id)).scalars())
        new_events = [e for e in case.events if e.event_id not in stored]
        return chain.append_events(tx, new_events, now, to_outbox=not from_server)

    def load_case(self, case_id: str) -> Case | None:
        with self.reading() as db:
            snapshot = db.execute(select(CaseRow.snapshot).where(CaseRow.case_id == case_id)).scalar_one_or_none()
            if snapshot is None:
                return None
            rows = db.execute(
                select(EventRow.__table__).where(EventRow.case_id == case_id).order_by(EventRow.position)
            ).all()
        events = [DomainEvent.from_json(chain.row_content(row)) for row in rows]
        return case_from_json(json.loads(snapshot), events=events)

    def find_by_case_no(self, case_no: str) -> CaseSummary | None:
        rows = self._lookup(QueryKind.CASE_NO, case_no.strip().upper(), 1)
        return rows[0] if rows else None

    def search_cases(self, text: str, limit: int = search.DEFAULT_LIMIT) -> list[CaseSummary]:
        """Case number / ID number / name prefix / phone, chosen by the shape of ``text`` (``search.classify``)."""
        value = search.normalize(text)
        for kind in search.classify(text):
            found = self._lookup(kind, value, limit)
            if found:
                return found
        return []

    def _lookup(self, kind: QueryKind, value: str, limit: int) -> list[CaseSummary]:
        sql, params = search.statement(kind, value, limit)
        try:
            rows = self._readers.fetch(sql, params)
        except crypto.DBAPI_ERRORS as error:
            raise translate(error) from error
        return list(map(CaseSummary._make, rows))

    def count_cases(self) -> int:
        with self.reading(snapshot=False) as db:
            return int(db.execute(select(func.count()).select_from(CaseRow)).scalar_one())

    def next_case_sequence(self, tx: Session, station: str, day: date) -> int:
        """The next case sequence number for ``station`` on ``day``: 1, 2, 3… with no gap (rolled back with tx)."""
        stmt = sqlite_insert(CounterRow).values(station=station, day=day.isoformat(), last_seq=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=[CounterRow.station, CounterRow.day], set_={"last_seq": CounterRow.last_seq + 1}
        )
        return int(tx.execute(stmt.returning(CounterRow.last_seq)).scalar_one())

    def bulk_insert_cases(self, rows: Iterable[Mapping[str, Any]], batch_size: int = BULK_BATCH) -> int:
        """Bulk load of case rows (``cases`` columns, snapshot included), e.g. importing history from the server
        or another system. No events are appended (their history is kept elsewhere). Returns how many rows were
        inserted; a failure rolls back the batch in progress (earlier batches stay, each was committed).

        This is the one write that bypasses SQLAlchemy's statement execution: building parameters row by row
        doubled the CPU time of a million-case load. It runs ``executemany`` on the pooled DBAPI connection, one
        ``BEGIN IMMEDIATE`` transaction per batch, with a page cache raised for the load (random UUIDs and names
        insert all over six indexes).
        """
        # A loaded case is at version 0 (the column's default), as its snapshot without a newer version reads.
        columns = [column.name for column in Base.metadata.tables["cases"].columns if column.name != "version"]
        sql = f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join(':' + name for name in columns)})"
        total = 0
        try:
            with self.engine.connect() as connection:
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

    # --- outbox -------------------------------------------------------------------------------------------------

    def pending_outbox(self, limit: int = 100) -> list[outbox.OutboxItem]:
        with self.reading() as db:
            return outbox.pending(db, limit)

    def mark_outbox(self, results: Iterable[outbox.OutboxResult]) -> int:
        with self.transaction() as tx:
            return outbox.mark(tx, results, self.now_text())

    def outbox_depth(self) -> int:
        with self.reading(snapshot=False) as db:
            return outbox.depth(db)

    def needs_attention(self) -> list[outbox.OutboxItem]:
        with self.reading() as db:
            return outbox.needs_attention(db)

    # --- drafts (each its own small transaction) ----------------------------------------------------------------

    def save_draft(self, draft_id: str, data: Mapping[str, Any], clerk_id: str = "") -> None:
        """Insert or update a draft. The clerk who first saved it stays its owner (a backup clerk who goes on
        with it at a switch of user works on the maker's draft)."""
        now = self.now_text()
        text = chain.canonical_json(dict(data))
        stmt = sqlite_insert(DraftRow).values(draft_id=draft_id, updated_at=now, json=text, clerk_id=clerk_id)
        with self.transaction() as tx:
            tx.execute(
                stmt.on_conflict_do_update(index_elements=[DraftRow.draft_id], set_={"updated_at": now, "json": text})
            )

    def load_drafts(self, clerk_id: str | None = None) -> list[Draft]:
        """Every draft, or only those of ``clerk_id`` (and the unowned ones kept before drafts had owners)."""
        query = select(DraftRow.__table__).order_by(DraftRow.updated_at)
        if clerk_id is not None:
            query = query.where(DraftRow.clerk_id.in_((clerk_id, "")))
        with self.reading(snapshot=False) as db:
            rows = db.execute(query).all()
        return [Draft(row.draft_id, row.updated_at, json.loads(row.json), row.clerk_id) for row in rows]

    def delete_draft(self, draft_id: str, tx: Session | None = None) -> None:
        """Delete a draft, in its own transaction or in the caller's ``tx`` (a decision deletes its draft in the
        same transaction that saves the case, so a failure keeps the draft)."""
        if tx is not None:
            tx.execute(delete(DraftRow).where(DraftRow.draft_id == draft_id))
            return
        with self.transaction() as own:
            own.execute(delete(DraftRow).where(DraftRow.draft_id == draft_id))

    # --- the event log ------------------------------------------------------------------------------------------

    def verify_chain(self) -> chain.ChainReport:
        with self.reading() as db:
            return chain.check_chain(db)


def _insert_batch(cursor: Any, sql: str, batch: list[Mapping[str, Any]]) -> int:
    cursor.execute("BEGIN IMMEDIATE")
    try:
        cursor.executemany(sql, batch)
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    cursor.execute("COMMIT")
    return len(batch)


def verify_chain(store: Store) -> chain.ChainReport:
    """Check the whole hash chain; the report names every changed, inserted, deleted or reordered row."""
    return store.verify_chain()


def _table_empty(cursor: Any, table: str) -> bool:
    return cursor.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


#: Meta key holding the CREATE statements of indexes dropped for a bulk load, until they are built again; a load
#: cut short by a crash leaves it behind and the next ``open_store`` rebuilds them.
DEFERRED_INDEXES_KEY = "store.deferred_indexes"


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


def _rebuild_deferred_indexes(engine: Engine) -> None:
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


def case_columns(case: Case, snapshot: str, updated_at: str) -> dict[str, Any]:
    """The ``cases`` row of a case (the searchable columns plus the snapshot text)."""
    return {
        "case_id": case.case_id,
        "case_no": case.case_no,
        "state": case.state.value,
        "item_codes": ",".join(case.item_codes),
        "applicant_name": case.applicant.name,
        "applicant_id_number": case.applicant.id_number.upper(),
        "applicant_phone": case.applicant.phone,
        "first_clerk": case.first_clerk.clerk_id,
        "received_at": case.received_at.astimezone(UTC).isoformat(),
        "promised_date": case.promised_date.isoformat() if case.promised_date else None,
        "updated_at": updated_at,
        "snapshot": snapshot,
        "version": case.version,
    }


__all__ = ["Draft", "Store", "StoreError", "open_store", "verify_chain"]
