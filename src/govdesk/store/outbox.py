"""The outbox: events written in the same transaction as the change that produced them (DESIGN.md "Sync").

Each row has the device's gap-free sequence number (``seq``, given inside the writing transaction by
``chain.append_events``), the event's UUID, the event JSON and what became of it at the server.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from pydantic_core import from_json, to_json
from sqlalchemy import Connection, Select, Table, func, select
from sqlalchemy.orm import Session

from govdesk.store.models import OutboxRow


class OutboxStatus(StrEnum):
    PENDING = "pending"  # not yet accepted by the server (new, or to retry)
    SENT = "sent"  # the server stored it, or already had it
    REFUSED = "refused"  # the server refused it (``last_error`` says why): needs a person
    CONFLICT = "conflict"  # another window got there first (e.g. two handoffs): needs a person


ATTENTION = (OutboxStatus.REFUSED, OutboxStatus.CONFLICT)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    seq: int
    event_id: str
    event: dict[str, Any]  # DomainEvent.to_json() form
    created_at: str
    status: OutboxStatus
    attempts: int
    last_error: str
    server_answer: dict[str, Any] | None

    @classmethod
    def from_row(cls, row: Any) -> OutboxItem:
        """From a row of ``_COLUMNS`` (by position: a push reads 500 at a time). The JSON texts are parsed by
        pydantic_core, about twice as fast as ``json.loads`` for an event."""
        seq, event_id, event_json, created_at, status, attempts, last_error, server_answer = row
        return cls(
            seq=seq,
            event_id=event_id,
            event=from_json(event_json),
            created_at=created_at,
            status=_STATUSES[status],
            attempts=attempts,
            last_error=last_error,
            server_answer=from_json(server_answer) if server_answer else None,
        )


_STATUSES = {s.value: s for s in OutboxStatus}
_TABLE = cast(Table, OutboxRow.__table__)
_COLUMNS = (
    _TABLE.c.seq,
    _TABLE.c.event_id,
    _TABLE.c.event_json,
    _TABLE.c.created_at,
    _TABLE.c.status,
    _TABLE.c.attempts,
    _TABLE.c.last_error,
    _TABLE.c.server_answer,
)


@dataclass(frozen=True, slots=True)
class OutboxResult:
    """What one push attempt did to one event. ``status`` PENDING means "try again later" (e.g. network lost)."""

    event_id: str
    status: OutboxStatus
    error: str = ""  # in Chinese, shown to the clerk for refused / conflict
    answer: dict[str, Any] | None = None  # the server's answer for this event, kept as it came


@dataclass(frozen=True, slots=True)
class OutboxText:
    """What a push sends of one outbox row: the event's JSON text as stored (never parsed on the way out)."""

    seq: int
    event_id: str
    event_json: str
    schema_version: int
    created_at: str


_TEXT_COLUMNS = (
    _TABLE.c.seq,
    _TABLE.c.event_id,
    _TABLE.c.event_json,
    _TABLE.c.schema_version,
    _TABLE.c.created_at,
)


def _pending(columns: tuple[Any, ...], limit: int, after_seq: int = 0) -> Select[Any]:
    """The oldest ``limit`` pending events with a ``seq`` above ``after_seq``, in ``seq`` order."""
    return (
        select(*columns)
        .where(_TABLE.c.status == OutboxStatus.PENDING.value, _TABLE.c.seq > after_seq)
        .order_by(_TABLE.c.seq)
        .limit(limit)
    )


def pending_texts(db: Session | Connection, limit: int, after_seq: int = 0) -> list[OutboxText]:
    """The next push batch (``after_seq``: the sync reads the next batch while the one before it is still at the
    server)."""
    return [OutboxText(*row) for row in db.execute(_pending(_TEXT_COLUMNS, limit, after_seq)).all()]


def texts_from(db: Session | Connection, seq: int, limit: int) -> list[OutboxText]:
    """Outbox rows from ``seq`` on, whatever their status (a resend after the server reports a sequence gap)."""
    rows = db.execute(select(*_TEXT_COLUMNS).where(_TABLE.c.seq >= seq).order_by(_TABLE.c.seq).limit(limit)).all()
    return [OutboxText(*row) for row in rows]


def pending(db: Session | Connection, limit: int) -> list[OutboxItem]:
    return [OutboxItem.from_row(row) for row in db.execute(_pending(_COLUMNS, limit)).all()]


def mark(tx: Session, results: Iterable[OutboxResult], now: str) -> int:
    """Record push results; every result counts one attempt. Returns how many rows changed.

    One DBAPI executemany of a plain UPDATE (a push answers 500 events at once: an ORM UPDATE per row cost over a
    millisecond each, and SQLAlchemy's per-row parameter handling more than SQLite's own work). A result without an
    answer keeps the answer the row had.
    """
    rows = [
        (r.status.value, r.error, now, to_json(r.answer).decode() if r.answer is not None else None, r.event_id)
        for r in results
    ]
    if not rows:
        return 0
    outcome = tx.connection().exec_driver_sql(_MARK, rows)
    return int(getattr(outcome, "rowcount", 0) or 0)


_MARK = (
    "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ?,"
    " server_answer = coalesce(?, server_answer) WHERE event_id = ?"
)


def depth(db: Session | Connection) -> int:
    stmt = select(func.count()).select_from(OutboxRow).where(OutboxRow.status == OutboxStatus.PENDING.value)
    return int(db.execute(stmt).scalar_one())


def needs_attention(db: Session | Connection) -> list[OutboxItem]:
    stmt = select(*_COLUMNS).where(OutboxRow.status.in_([s.value for s in ATTENTION])).order_by(OutboxRow.seq)
    return [OutboxItem.from_row(row) for row in db.execute(stmt)]


def last_seq(db: Session | Connection) -> int:
    """The highest ``seq`` ever numbered (the counter, or a row above it: rows are never renumbered down)."""
    from govdesk.store.chain import OUTBOX_SEQ_KEY, _get_meta

    counter = int(_get_meta(db, OUTBOX_SEQ_KEY) or 0)
    return max(counter, int(db.execute(select(func.max(_TABLE.c.seq))).scalar() or 0))


def resequence_pending(tx: Session) -> int:
    """Move the pending rows (in ``seq`` order) after every other row, and return the last ``seq`` before them.

    A device re-enrolled after a quarantine (``govdesk.central.quarantine``) numbers its events from 1 again under
    its new identity: with the rows it still has to send moved to the end, they and every later event are one
    gap-free run after the returned base, whatever was sent, refused or in conflict in between before. The events
    themselves (their ids, documents and hash chain) are unchanged: only the outbox's own ``seq`` moves.
    """
    from govdesk.store.chain import OUTBOX_SEQ_KEY, set_meta

    top = last_seq(tx)
    waiting = list(
        tx.execute(
            select(_TABLE.c.seq).where(_TABLE.c.status == OutboxStatus.PENDING.value).order_by(_TABLE.c.seq)
        ).scalars()
    )
    connection = tx.connection()
    for n, seq in enumerate(waiting, start=1):
        connection.exec_driver_sql("UPDATE outbox SET seq = ? WHERE seq = ?", (top + n, seq))
    set_meta(tx, OUTBOX_SEQ_KEY, str(top + len(waiting)))
    return top


def cases_of(db: Session | Connection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    """The cases of the outbox events ``event_ids`` (by their JSON), each with its events among them."""
    rows = db.execute(select(_TABLE.c.event_id, _TABLE.c.event_json).where(_TABLE.c.event_id.in_(list(event_ids))))
    by_case: dict[str, list[str]] = {}
    for event_id, text in rows:
        by_case.setdefault(str(from_json(text).get("case_id")), []).append(event_id)
    return by_case


def add_error(tx: Session, event_ids: Sequence[str], words: str) -> None:
    """``words`` added to the words each of ``event_ids`` already has for the clerk (``last_error``)."""
    if event_ids:
        tx.connection().exec_driver_sql(
            "UPDATE outbox SET last_error = last_error || ? WHERE event_id = ?", [(words, e) for e in event_ids]
        )
