"""``Store``: the one door to the local database for services (open, units of work, cases, outbox, drafts, typed
reads). Services never hold a SQLAlchemy session: they read through ``Store``'s methods and write in a unit of work.

Writes go here first; the events a write produced go into the outbox in the SAME transaction (DESIGN.md "Sync"),
so nothing is ever "sent but not saved". One transaction per use case: ``with store.unit() as uow:`` (``unit``);
the sync's reads and units are ``store.sync`` (``sync_door``); ``transaction()`` gives the session itself to the
store's own modules. The bulk loader is in ``bulk``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.clock import Clock
from govdesk.domain.serialize import case_to_json
from govdesk.store import (  # tables join Base
    attachments,
    chain,
    crypto,
    file_crypto,
    handoffs,
    outbox,
    search,
    supervision_records,
)
from govdesk.store.attachments import UploadItem
from govdesk.store.bulk import rebuild_deferred_indexes
from govdesk.store.cases import load_case
from govdesk.store.clock import SystemClock as SystemClock  # (its home was here; the name stays importable)
from govdesk.store.engine import AUTOCOMMIT_READ, READ_ONLY, make_engine, upgrade
from govdesk.store.errors import StoreError, translate
from govdesk.store.models import (
    Base,
    CaseMaterialRow,
    CaseRow,
    CatalogVersionRow,
    CounterRow,
    DraftRow,
    EventRow,
    MetaRow,
    SmsRow,
)
from govdesk.store.reader import ReadConnections
from govdesk.store.search import CaseSummary, QueryKind
from govdesk.store.supervision_records import BadRating, StoredRecord
from govdesk.store.sync_door import SyncDoor
from govdesk.store.unit import Unit
from govdesk.store.versioning import write_case_row

DEVICE_ID_KEY = "device_id"
_OPEN_ERRORS: tuple[type[Exception], ...] = (*crypto.DBAPI_ERRORS, OSError)


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
        rebuild_deferred_indexes(engine)
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
        #: The scanned files' key (``store.file_crypto``), derived from the database's; None: files stay plain too.
        self.files_key = file_crypto.files_key(key) if key is not None else None
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
    def unit(self) -> Iterator[Unit]:
        """One use case's unit of work (``store.unit``): what it loads and saves is committed together or not at all.
        Services use this; ``transaction()`` is the store's own and the sync's."""
        with self.transaction() as session:
            yield Unit(self, session)

    @property
    def sync(self) -> SyncDoor:
        """The sync's typed reads and units of work (``sync_door``)."""
        return SyncDoor(self)

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
        """The case as stored (a copy: to change it, load it in a ``unit()`` and save it there)."""
        with self.reading() as db:
            return load_case(db, case_id)

    def case_numbers(self, case_ids: Iterable[str]) -> dict[str, str]:
        """The case numbers of ``case_ids`` that are stored, by case id (one read: lists that name cases need no
        whole case)."""
        wanted = sorted(set(case_ids))
        if not wanted:
            return {}
        with self.reading() as db:
            rows = db.execute(select(CaseRow.case_id, CaseRow.case_no).where(CaseRow.case_id.in_(wanted)))
            return {case_id: case_no for case_id, case_no in rows}

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

    # --- the result window, SMS, reference data: typed reads -----------------------------------------------------

    def ready_results(self, limit: int, offset: int = 0) -> list[handoffs.ReadyResult]:
        """Results waiting at the window, the one waiting longest first (a page of ``limit`` from ``offset``)."""
        with self.reading() as db:
            return handoffs.ready_results(db, limit, offset)

    def ready_count(self) -> int:
        """How many results wait at the window."""
        with self.reading() as db:
            return handoffs.ready_count(db)

    def handoff_records(self, *, case_id: str | None = None, method: str | None = None) -> list[handoffs.HandoffRecord]:
        with self.reading() as db:
            return handoffs.handoffs(db, case_id=case_id, method=method)

    def attachments_of(self, case_id: str) -> list[dict[str, str]]:
        with self.reading() as db:
            return handoffs.attachments_of(db, case_id)

    def follow_up_ids(self) -> list[str]:
        """The cases on the 承诺跟踪 list (open 容缺 promises, deferred 一次性告知), soonest due first: ids only."""
        with self.reading(snapshot=False) as db:
            return handoffs.follow_up_ids(db)

    def follow_up_rows(self, case_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``case_id -> (kind, snapshot)`` of those of ``case_ids`` still on the 承诺跟踪 list."""
        with self.reading(snapshot=False) as db:
            return handoffs.follow_up_rows(db, case_ids)

    def sms_of(self, case_id: str) -> list[handoffs.SmsRecord]:
        with self.reading() as db:
            return handoffs.sms_of(db, case_id)

    def sms_by_status(self, status: str, limit: int = 100) -> list[handoffs.SmsRecord]:
        with self.reading() as db:
            return handoffs.sms_by_status(db, status, limit)

    def count_sms(self, status: str) -> int:
        with self.reading(snapshot=False) as db:
            return int(db.execute(select(func.count()).select_from(SmsRow).where(SmsRow.status == status)).scalar_one())

    def latest_catalog(self) -> tuple[str, str] | None:
        """The catalog version pulled last and its JSON text, or None when none was pulled."""
        with self.reading(snapshot=False) as db:
            row = db.execute(
                select(CatalogVersionRow.version, CatalogVersionRow.json).order_by(CatalogVersionRow.loaded_at.desc())
            ).first()
        return (row.version, row.json) if row is not None else None

    # --- scanned files waiting for the center (``attachments``) -------------------------------------------------

    def uploads_ready(self, limit: int) -> list[UploadItem]:
        """The files to upload next (their case's events sent first)."""
        with self.reading() as db:
            return attachments.ready(db, limit)

    def upload_counts(self) -> dict[str, int]:
        """How many files are in each upload status."""
        with self.reading() as db:
            return attachments.counts(db)

    def referenced_files(self, among: set[str] | None = None) -> set[str]:
        """Every scanned file's hash something on this PC still names (``attachments.referenced_files``)."""
        with self.reading() as db:
            return attachments.referenced_files(db, among=among)

    # --- the supervisor's records (``supervision_records``): typed reads; writes are the unit's -----------------

    def supervision_record(self, record_id: str) -> StoredRecord | None:
        with self.reading() as db:
            return supervision_records.load_record(db, record_id)

    def supervision_records(self, kind: str) -> list[StoredRecord]:
        """The records of ``kind`` (inspections or file reviews), the last changed first."""
        with self.reading() as db:
            return supervision_records.list_records(db, kind)

    def unsent_supervision_records(self) -> list[StoredRecord]:
        """Records whose newest version the center has not had (nor refused), oldest change first."""
        with self.reading() as db:
            return supervision_records.unsent(db)

    def finished_case_ids(self, start_iso: str, end_iso: str) -> list[str]:
        """Cases in a finished state whose last change falls in [start, end] (ISO text), by id."""
        with self.reading() as db:
            return supervision_records.finished_case_ids(db, start_iso, end_iso)

    def bad_ratings(self, bad_from: int) -> list[BadRating]:
        """Every rating of ``bad_from`` or worse kept on this PC, with its case number, oldest first."""
        with self.reading() as db:
            return supervision_records.bad_ratings(db, bad_from)

    # --- the event log ------------------------------------------------------------------------------------------

    def verify_chain(self) -> chain.ChainReport:
        with self.reading() as db:
            return chain.check_chain(db)


def verify_chain(store: Store) -> chain.ChainReport:
    """Check the whole hash chain; the report names every changed, inserted, deleted or reordered row."""
    return store.verify_chain()


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


__all__ = ["Draft", "Store", "StoreError", "Unit", "open_store", "verify_chain"]
