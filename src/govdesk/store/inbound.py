"""What sync writes into the local store besides the outbox: the pull cursor, the server's events, snapshots,
catalog and calendar versions, and messages for the windows.

The server's events (back-office decisions, result ready, another window's handoff) are appended to the hash-chained
log unchanged, with their own ``event_id``, and NOT to the outbox: they came from the server, they do not go back
(regulation 000, Art. 31: 后台办理进度和结果实时回流). Everything here runs in the caller's transaction, so one pulled
page and its new cursor are committed together.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from govdesk.domain.events import DomainEvent
from govdesk.domain.transitions import READY_AND_AFTER
from govdesk.store import chain
from govdesk.store.cases import load_case as load_case  # the case read in the caller's transaction
from govdesk.store.models import Base, CaseRow, CatalogVersionRow, EventRow, MetaRow, OutboxRow
from govdesk.store.outbox import ATTENTION, OutboxStatus

CURSOR_KEY = "sync.cursor"
MESSAGES_KEY = "sync.messages"
CALENDAR_KEY = "sync.calendar"
CATALOG_ANNOUNCED_KEY = "sync.catalog_version"
CALENDAR_ANNOUNCED_KEY = "sync.calendar_version"
#: Messages kept for the UI (the newest).
MAX_MESSAGES = 200


def get_value(db: Session | Connection, key: str) -> str | None:
    return db.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()


def cursor(db: Session | Connection) -> str:
    return get_value(db, CURSOR_KEY) or ""


def set_cursor(tx: Session, value: str) -> None:
    chain.set_meta(tx, CURSOR_KEY, value)


def known_event_ids(db: Session | Connection, event_ids: Iterable[str]) -> set[str]:
    ids = list(event_ids)
    if not ids:
        return set()
    return set(db.execute(select(EventRow.event_id).where(EventRow.event_id.in_(ids))).scalars())


def append_server_events(tx: Session, events: Sequence[DomainEvent]) -> int:
    """Append the server's events to the chained log (skipping ids already there), never to the outbox."""
    known = known_event_ids(tx, (e.event_id for e in events))
    position, prev = chain.read_head(tx) or (0, chain.GENESIS)
    rows: list[dict[str, Any]] = []
    for event in events:
        if event.event_id in known:
            continue
        known.add(event.event_id)
        content = event.to_json()
        position += 1
        digest = chain.event_hash(prev, content)
        rows.append(
            {
                "position": position,
                "event_id": event.event_id,
                "case_id": event.case_id,
                "kind": event.kind,
                "actor": chain.canonical_json(content["actor"]),
                "occurred_at": content["occurred_at"],
                "payload": chain.canonical_json(content["payload"]),
                "schema_version": event.schema_version,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        tx.execute(Base.metadata.tables["events"].insert(), rows)
        chain.set_meta(tx, chain.HEAD_POSITION_KEY, str(position))
        chain.set_meta(tx, chain.HEAD_HASH_KEY, prev)
    return len(rows)


def case_no_taken(db: Session | Connection, case_no: str, case_id: str) -> bool:
    owner = db.execute(select(CaseRow.case_id).where(CaseRow.case_no == case_no)).scalar_one_or_none()
    return owner is not None and owner != case_id


def pending_case_ids(db: Session | Connection) -> set[str]:
    """The cases with events the server has not stored yet (their local state is newer than the server's)."""
    rows = db.execute(select(OutboxRow.event_json).where(OutboxRow.status == OutboxStatus.PENDING.value)).scalars()
    return {str(json.loads(text).get("case_id")) for text in rows}


#: The states a case reaches only through 结果待领取: such a case concerns every window of its center (the center's
#: ``snapshot.WIDE_STATES``; issue 17).
WIDE_STATES = tuple(sorted(state.value for state in READY_AND_AFTER))


def case_state_pairs(db: Session | Connection, stations: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(case_id, state) of the cases G4 compares: every case held (``stations`` None: the center named the whole
    center), or those of ``stations`` (a case with no station recorded counts as this window's own: taken in before
    the window knew its station) and those that are or have been ready for hand-off — the cases the center pulls to
    a station window. Cases of other stations held from before (a window pulled every case of its center until
    protocol 2.2) are left out, as the center leaves them out."""
    query = select(CaseRow.case_id, CaseRow.state)
    if stations is not None:
        query = query.where(
            or_(
                CaseRow.station_code.in_([*stations, ""]),
                CaseRow.station_code.is_(None),
                CaseRow.state.in_(WIDE_STATES),
            )
        )
    return [(row[0], row[1]) for row in db.execute(query)]


def attention_count(db: Session | Connection) -> int:
    stmt = select(func.count()).select_from(OutboxRow).where(OutboxRow.status.in_([s.value for s in ATTENTION]))
    return int(db.execute(stmt).scalar_one())


def add_messages(tx: Session, messages: Sequence[dict[str, Any]]) -> None:
    """Keep messages for the UI (the newest ``MAX_MESSAGES``), oldest first."""
    if not messages:
        return
    kept = json.loads(get_value(tx, MESSAGES_KEY) or "[]")
    kept.extend(messages)
    chain.set_meta(tx, MESSAGES_KEY, chain.canonical_json(kept[-MAX_MESSAGES:]))


def messages(db: Session | Connection) -> list[dict[str, Any]]:
    return list(json.loads(get_value(db, MESSAGES_KEY) or "[]"))


def store_catalog_version(tx: Session, version: str, document: dict[str, Any], loaded_at: str) -> None:
    """A catalog version from the server, kept for services to load (``catalog_versions``)."""
    text = chain.canonical_json(document)
    stmt = sqlite_insert(CatalogVersionRow).values(version=version, loaded_at=loaded_at, json=text)
    tx.execute(stmt.on_conflict_do_nothing(index_elements=[CatalogVersionRow.version]))
    chain.set_meta(tx, CATALOG_ANNOUNCED_KEY, version)


def store_calendar_version(tx: Session, version: str, document: dict[str, Any]) -> None:
    chain.set_meta(tx, CALENDAR_KEY, chain.canonical_json({"version": version, "document": document}))
    chain.set_meta(tx, CALENDAR_ANNOUNCED_KEY, version)


# --- the first sync (bootstrap) --------------------------------------------------------------------------------

#: A first sync under way: {"cursor": the first page's change cursor, "after": the last case_id applied}.
BOOTSTRAP_KEY = "sync.bootstrap"


def bootstrap_state(db: Session | Connection) -> tuple[str, str] | None:
    text = get_value(db, BOOTSTRAP_KEY)
    if not text:
        return None
    data = json.loads(text)
    return str(data["cursor"]), str(data["after"])


def keep_bootstrap(tx: Session, cursor: str, after: str) -> None:
    """Where the bootstrap stands, written with the page it follows (a kill resumes at the next page)."""
    chain.set_meta(tx, BOOTSTRAP_KEY, chain.canonical_json({"cursor": cursor, "after": after}))


def end_bootstrap(tx: Session, cursor: str) -> None:
    """The last page is in: pull from ``cursor`` on."""
    tx.execute(delete(MetaRow).where(MetaRow.key == BOOTSTRAP_KEY))
    set_cursor(tx, cursor)


def case_states(db: Session | Connection, case_ids: Sequence[str]) -> dict[str, str]:
    """The local state of those of ``case_ids`` this window has (one query, the ids as one JSON parameter: an IN
    list of thousands of parameters cost more to build than to run)."""
    if not case_ids:
        return {}
    sql = "SELECT case_id, state FROM cases WHERE case_id IN (SELECT value FROM json_each(?))"
    return {row[0]: row[1] for row in _driver(db).exec_driver_sql(sql, (json.dumps(list(case_ids)),))}


def taken_case_nos(db: Session | Connection, case_nos: Sequence[str]) -> set[str]:
    if not case_nos:
        return set()
    sql = "SELECT case_no FROM cases WHERE case_no IN (SELECT value FROM json_each(?))"
    return {row[0] for row in _driver(db).exec_driver_sql(sql, (json.dumps(list(case_nos)),))}


def remote_identities(db: Session | Connection, case_ids: Sequence[str]) -> dict[str, bool]:
    """Of ``case_ids``, those this window holds with no materials and no events of its own (known only from the
    server), each with whether it still holds the applicant's ID number or phone (one query)."""
    if not case_ids:
        return {}
    sql = (
        "SELECT case_id, applicant_id_number != '' OR applicant_phone != '' FROM cases "
        "WHERE case_id IN (SELECT value FROM json_each(?)) "
        "AND NOT EXISTS (SELECT 1 FROM events WHERE events.case_id = cases.case_id) "
        "AND NOT EXISTS (SELECT 1 FROM case_materials WHERE case_materials.case_id = cases.case_id)"
    )
    return {row[0]: bool(row[1]) for row in _driver(db).exec_driver_sql(sql, (json.dumps(sorted(set(case_ids))),))}


#: A plain state move of a remote case: the row as the fold and ``Store.save_case`` would leave it (the state in the
#: column and in the snapshot, the version raised in both, ``updated_at``), written in place. The snapshot is canonical
#: JSON (sorted keys, no spaces) and ``json_set`` replaces the two values where they stand, so the text stays the
#: canonical text (tests/services/test_sync_fold.py compares it with the fold's).
_MOVE_STATE = (
    "UPDATE cases SET state = ?1, snapshot = json_set(snapshot, '$.state', ?1, '$.version', version + 1), "
    "version = version + 1, updated_at = ?2 WHERE case_id = ?3"
)


_WORK_TABLES = ("events", "case_materials", "handoffs", "sms_messages", "commitments", "evaluations", "attachments")
#: The cases of other stations a window holds from before it was a station window (protocol 2.2) and no longer
#: follows: known only from the center (nothing of this window's work on them: no event, material, hand-off, SMS,
#: promise, evaluation or file), of a station not its own, not ready nor handed off. ``?1``: its stations (JSON).
_NOT_FOLLOWED = (
    "DELETE FROM cases WHERE station_code IS NOT NULL AND station_code != '' "
    "AND station_code NOT IN (SELECT value FROM json_each(?1)) "
    f"AND state NOT IN ({', '.join(repr(s) for s in WIDE_STATES)}) "
    + "".join(f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.case_id = cases.case_id) " for table in _WORK_TABLES)
)


def forget_not_followed(tx: Session, stations: Sequence[str]) -> int:
    """Remove the other stations' cases this window held only as the center's and no longer receives (a station
    window: ``central.changes``): kept, they would stand still in a state the center has left (issue 17). Returns
    how many."""
    result = tx.connection().exec_driver_sql(_NOT_FOLLOWED, (json.dumps(list(stations)),))
    return int(result.rowcount or 0)


def move_states(tx: Session, moves: Sequence[tuple[str, str]], now: str) -> None:
    """Move remote cases to the states given, in order (one executemany): ``(case_id, state)`` pairs."""
    if moves:
        tx.connection().exec_driver_sql(_MOVE_STATE, [(state, now, case_id) for case_id, state in moves])


def _driver(db: Session | Connection) -> Connection:
    return db.connection() if isinstance(db, Session) else db


#: Every column a row is written with (the generated ``station_code`` is the database's).
_CASE_COLUMNS = [column.name for column in Base.metadata.tables["cases"].columns if column.computed is None]
_INSERT_CASES = f"INSERT INTO cases ({', '.join(_CASE_COLUMNS)}) VALUES ({', '.join('?' for _ in _CASE_COLUMNS)})"


def insert_cases(tx: Session, rows: Sequence[dict[str, Any]]) -> int:
    """New case rows (every ``cases`` column, as ``store.case_columns`` makes them) with ONE DBAPI executemany in
    ``tx``: building SQLAlchemy's parameters row by row cost more than SQLite's work for a page of thousands."""
    if rows:
        tx.connection().exec_driver_sql(_INSERT_CASES, [tuple(row[c] for c in _CASE_COLUMNS) for row in rows])
    return len(rows)
