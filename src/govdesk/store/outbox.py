"""The outbox: events written in the same transaction as the change that produced them (DESIGN.md "Sync").

Each row has the device's gap-free sequence number (``seq``, given inside the writing transaction by
``chain.append_events``), the event's UUID, the event JSON and what became of it at the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from govdesk.store.chain import canonical_json
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
        return cls(
            seq=row.seq,
            event_id=row.event_id,
            event=json.loads(row.event_json),
            created_at=row.created_at,
            status=OutboxStatus(row.status),
            attempts=row.attempts,
            last_error=row.last_error,
            server_answer=json.loads(row.server_answer) if row.server_answer else None,
        )


@dataclass(frozen=True, slots=True)
class OutboxResult:
    """What one push attempt did to one event. ``status`` PENDING means "try again later" (e.g. network lost)."""

    event_id: str
    status: OutboxStatus
    error: str = ""  # in Chinese, shown to the clerk for refused / conflict
    answer: dict[str, Any] | None = None  # the server's answer for this event, kept as it came


def pending(db: Session | Connection, limit: int) -> list[OutboxItem]:
    rows = db.execute(
        select(OutboxRow.__table__)
        .where(OutboxRow.status == OutboxStatus.PENDING.value)
        .order_by(OutboxRow.seq)
        .limit(limit)
    )
    return [OutboxItem.from_row(row) for row in rows]


def mark(tx: Session, results: Iterable[OutboxResult], now: str) -> int:
    """Record push results; every result counts one attempt. Returns how many rows changed.

    One executemany UPDATE on the table (a push answers hundreds of events at once; an ORM UPDATE per row cost
    over a millisecond each). A result without an answer keeps the answer the row had.
    """
    table = cast(Table, OutboxRow.__table__)
    rows = [
        {
            "b_event_id": r.event_id,
            "b_status": r.status.value,
            "b_error": r.error,
            "b_answer": canonical_json(r.answer) if r.answer is not None else None,
        }
        for r in results
    ]
    if not rows:
        return 0
    stmt = (
        update(table)
        .where(table.c.event_id == bindparam("b_event_id"))
        .values(
            status=bindparam("b_status"),
            attempts=table.c.attempts + 1,
            last_error=bindparam("b_error"),
            updated_at=now,
            server_answer=func.coalesce(bindparam("b_answer"), table.c.server_answer),
        )
    )
    outcome = tx.execute(stmt, rows)
    return int(getattr(outcome, "rowcount", 0) or 0)


def depth(db: Session | Connection) -> int:
    stmt = select(func.count()).select_from(OutboxRow).where(OutboxRow.status == OutboxStatus.PENDING.value)
    return int(db.execute(stmt).scalar_one())


def needs_attention(db: Session | Connection) -> list[OutboxItem]:
    stmt = select(OutboxRow.__table__).where(OutboxRow.status.in_([s.value for s in ATTENTION])).order_by(OutboxRow.seq)
    return [OutboxItem.from_row(row) for row in db.execute(stmt)]
