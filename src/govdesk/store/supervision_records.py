"""The supervisor's own records kept on the PC until the center has them: hall inspections (现场巡查) and file
reviews (卷宗评查), each a JSON document with a version.

Every save raises the version; the center is sent the newest version of every record it has not had
(``unsent``), which it stores once per record and version, and ``mark_sent`` remembers what it answered. A signed
inspection or a finished review is ``final``: the center refuses a later change, so the PC does not make one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Integer, String, Table, Text, select, text, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.domain.clock import CST
from govdesk.store.models import Base, CaseRow

INSPECTION = "inspection"
FILE_REVIEW = "file_review"
KINDS = (INSPECTION, FILE_REVIEW)


class SupervisionRecordRow(Base):
    __tablename__ = "supervision_records"

    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, index=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String)
    final: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    sent_version: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[str] = mapped_column(Text, default="")  # the center's words when it refused the record


@dataclass(frozen=True, slots=True)
class StoredRecord:
    record_id: str
    kind: str
    body: dict[str, Any]
    updated_at: str
    final: bool
    version: int
    sent_version: int
    refused: str

    @property
    def sent(self) -> bool:
        return self.sent_version >= self.version


_TABLE = cast(Table, SupervisionRecordRow.__table__)


def _stored(row: Any) -> StoredRecord:
    """A record from its row (an ORM row or a Core row of ``_TABLE``: the same attributes)."""
    return StoredRecord(
        row.record_id,
        row.kind,
        json.loads(row.body),
        row.updated_at,
        bool(row.final),
        row.version,
        row.sent_version,
        row.refused,
    )


def save_record(tx: Session, kind: str, record_id: str, body: dict[str, Any], updated_at: str, final: bool) -> int:
    """Keep ``body`` as the newest version of the record; returns that version. A final record is not changed."""
    if kind not in KINDS:
        raise ValueError(f"unknown supervision record kind {kind!r}")
    row = tx.get(SupervisionRecordRow, record_id)
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    if row is None:
        tx.add(
            SupervisionRecordRow(
                record_id=record_id,
                kind=kind,
                body=text,
                updated_at=updated_at,
                final=int(final),
                version=1,
                sent_version=0,
                refused="",
            )
        )
        return 1
    if row.final:
        raise ValueError(f"supervision record {record_id} is final")
    row.body, row.updated_at, row.final, row.version = text, updated_at, int(final), row.version + 1
    return row.version


def load_record(db: Session | Connection, record_id: str) -> StoredRecord | None:
    row = db.execute(select(_TABLE).where(_TABLE.c.record_id == record_id)).first()
    return _stored(row) if row is not None else None


def list_records(db: Session | Connection, kind: str) -> list[StoredRecord]:
    rows = db.execute(select(_TABLE).where(_TABLE.c.kind == kind).order_by(_TABLE.c.updated_at.desc()))
    return [_stored(r) for r in rows]


def unsent(db: Session | Connection, limit: int = 50) -> list[StoredRecord]:
    """Records whose newest version the center has not had (and has not refused), oldest change first."""
    rows = db.execute(
        select(_TABLE)
        .where(_TABLE.c.version > _TABLE.c.sent_version, _TABLE.c.refused == "")
        .order_by(_TABLE.c.updated_at)
        .limit(limit)
    )
    return [_stored(r) for r in rows]


def mark_sent(tx: Session, record_id: str, version: int) -> None:
    tx.execute(
        update(SupervisionRecordRow)
        .where(SupervisionRecordRow.record_id == record_id, SupervisionRecordRow.sent_version < version)
        .values(sent_version=version)
    )


def mark_refused(tx: Session, record_id: str, words: str) -> None:
    tx.execute(update(SupervisionRecordRow).where(SupervisionRecordRow.record_id == record_id).values(refused=words))


FINISHED_STATES = ("closed", "handed_off", "completed", "rejected", "denied")


def finished_case_ids(db: Session | Connection, start_iso: str, end_iso: str) -> list[str]:
    """Cases in a finished state whose last change falls in [start, end] (ISO text in UTC, as updated_at), by id."""
    rows = db.execute(
        select(CaseRow.case_id)
        .where(CaseRow.state.in_(FINISHED_STATES), CaseRow.updated_at >= start_iso, CaseRow.updated_at <= end_iso)
        .order_by(CaseRow.case_id)
    )
    return [str(r[0]) for r in rows]


@dataclass(frozen=True, slots=True)
class BadRating:
    case_id: str
    case_no: str
    rated_on: date
    rating: int
    reasons: tuple[str, ...]
    comment: str
    clerk_id: str


def bad_ratings(db: Session | Connection, bad_from: int) -> list[BadRating]:
    """Every rating of ``bad_from`` or worse kept on this PC, with its case number."""
    rows = db.execute(
        text(
            "SELECT e.case_id, c.case_no, e.at, e.rating, e.reasons, e.comment, c.first_clerk "
            "FROM evaluations e JOIN cases c ON c.case_id = e.case_id WHERE e.rating >= :bad ORDER BY e.at"
        ),
        {"bad": bad_from},
    )
    out = []
    for case_id, case_no, at, rating, reasons, comment, clerk in rows:
        when = datetime.fromisoformat(str(at))
        day = when.astimezone(CST).date() if when.tzinfo else when.date()
        try:
            why = tuple(str(r) for r in json.loads(reasons or "[]"))
        except ValueError:
            why = ()
        out.append(BadRating(str(case_id), str(case_no), day, int(rating), why, str(comment or ""), str(clerk or "")))
    return out
