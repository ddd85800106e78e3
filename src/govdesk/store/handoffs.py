"""Tables of the result window and the 容缺 promises (revision 0003), and the queries the services need.

- ``sms_messages``: every SMS the window wants sent, queued locally and sent through the central server's gateway
  (``dedupe_key`` keeps an automatic reminder from being queued twice);
- ``evaluations``: 好差评, one row per ``case.evaluated`` event (the event itself is in the chained log);
- ``attachments``: files kept with a case in the data directory (the collector's signature, material scans);
- the existing ``handoffs`` and ``commitments`` tables are kept up to date here as well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, ForeignKey, Index, Integer, String, Text, UniqueConstraint, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.domain.case import Case
from govdesk.store.models import Base, CommitmentRow, HandoffRow


class SmsRow(Base):
    __tablename__ = "sms_messages"

    sms_id: Mapped[str] = mapped_column(String, primary_key=True)  # also the request id sent to the center
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String)  # queued / sent / failed
    created_at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(String)  # clerk_id, or "system"
    sent_at: Mapped[str | None] = mapped_column(String, nullable=True)
    error: Mapped[str] = mapped_column(String, default="")
    message_id: Mapped[str] = mapped_column(String, default="")
    dedupe_key: Mapped[str | None] = mapped_column(String, nullable=True)

    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        Index("ix_sms_messages_case_id", "case_id"),
        Index("ix_sms_messages_status", "status"),
    )


class EvaluationRow(Base):
    __tablename__ = "evaluations"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list
    at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_evaluations_case_id", "case_id"),)


class AttachmentRow(Base):
    __tablename__ = "attachments"

    attachment_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)  # "signature" / "supplement"
    material_code: Mapped[str] = mapped_column(String, default="")
    path: Mapped[str] = mapped_column(String)  # relative to the data directory
    sha256: Mapped[str] = mapped_column(String)
    at: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_attachments_case_id", "case_id"),)


SMS_STATUSES = ("queued", "sent", "failed")


@dataclass(frozen=True, slots=True)
class SmsRecord:
    sms_id: str
    case_id: str
    purpose: str
    phone: str
    text: str
    status: str
    created_at: str
    by: str
    sent_at: str | None
    error: str
    message_id: str


def add_sms(tx: Session, values: dict[str, Any]) -> bool:
    """Queue one SMS; False when its ``dedupe_key`` is already there (nothing written)."""
    stmt = sqlite_insert(SmsRow).values(**values).on_conflict_do_nothing(index_elements=[SmsRow.dedupe_key])
    return bool(getattr(tx.execute(stmt), "rowcount", 0))


def sms_of(db: Session | Connection, case_id: str) -> list[SmsRecord]:
    rows = db.execute(select(SmsRow.__table__).where(SmsRow.case_id == case_id).order_by(SmsRow.created_at))
    return [_sms(row) for row in rows]


def sms_by_status(db: Session | Connection, status: str, limit: int = 100) -> list[SmsRecord]:
    rows = db.execute(select(SmsRow.__table__).where(SmsRow.status == status).order_by(SmsRow.created_at).limit(limit))
    return [_sms(row) for row in rows]


def get_sms(db: Session | Connection, sms_id: str) -> SmsRecord | None:
    row = db.execute(select(SmsRow.__table__).where(SmsRow.sms_id == sms_id)).first()
    return _sms(row) if row is not None else None


def mark_sms(tx: Session, sms_id: str, status: str, at: str, error: str = "", message_id: str = "") -> None:
    tx.execute(
        update(SmsRow)
        .where(SmsRow.sms_id == sms_id)
        .values(status=status, sent_at=at if status == "sent" else None, error=error, message_id=message_id)
    )


def _sms(row: Any) -> SmsRecord:
    return SmsRecord(
        row.sms_id,
        row.case_id,
        row.purpose,
        row.phone,
        row.text,
        row.status,
        row.created_at,
        row.by,
        row.sent_at,
        row.error,
        row.message_id,
    )


def add_handoff(tx: Session, handoff_id: str, case: Case, at: str, by: str) -> None:
    tx.add(
        HandoffRow(
            handoff_id=handoff_id,
            case_id=case.case_id,
            method=case.handoff_method,
            details=json.dumps(case.handoff_details, ensure_ascii=False, sort_keys=True),
            at=at,
            by=by,
        )
    )


def save_commitment(tx: Session, case: Case, now: str) -> None:
    """Keep the ``commitments`` row of the case's 容缺 promise in step with the case (upsert)."""
    c = case.commitment
    if c is None:
        return
    values = {
        "commitment_id": c.commitment_id,
        "case_id": case.case_id,
        "due_date": c.due_date.isoformat(),
        "status": c.status.value,
        "materials": json.dumps(list(c.missing()), ensure_ascii=False),
        "created_at": c.signed_at.isoformat(),
    }
    stmt = sqlite_insert(CommitmentRow).values(**values)
    tx.execute(
        stmt.on_conflict_do_update(
            index_elements=[CommitmentRow.commitment_id],
            set_={"status": values["status"], "materials": values["materials"], "due_date": values["due_date"]},
        )
    )


def add_evaluation(
    tx: Session, event_id: str, case_id: str, rating: int, comment: str, reasons: list[str], at: str, by: str
) -> None:
    tx.add(
        EvaluationRow(
            event_id=event_id,
            case_id=case_id,
            rating=rating,
            comment=comment,
            reasons=json.dumps(reasons, ensure_ascii=False),
            at=at,
            by=by,
        )
    )


def add_attachment(tx: Session, **values: str) -> None:
    tx.add(AttachmentRow(**values))


def attachments_of(db: Session | Connection, case_id: str) -> list[dict[str, str]]:
    stmt = select(AttachmentRow.__table__).where(AttachmentRow.case_id == case_id).order_by(AttachmentRow.at)
    rows = db.execute(stmt)
    return [dict(row._mapping) for row in rows]


# --- lists --------------------------------------------------------------------------------------------------------

#: Results waiting, longest first: since the last ``case.result_ready`` event (or the row's update if none).
SQL_READY = text(
    "SELECT c.case_id, c.case_no, c.applicant_name, c.applicant_phone, c.item_codes, "
    "json_extract(c.snapshot, '$.result_name') AS result_name, "
    "json_extract(c.snapshot, '$.commitment.status') AS commitment_status, "
    "COALESCE((SELECT MAX(e.occurred_at) FROM events e WHERE e.case_id = c.case_id AND e.kind = 'case.result_ready'),"
    " c.updated_at) AS ready_since "
    "FROM cases c WHERE c.state = 'result_ready' ORDER BY ready_since LIMIT :limit"
)

#: Cases that may hold an unfinished 容缺 promise (states reached after a conditional acceptance, before hand-off).
PROMISE_STATES = ("accepted_conditional", "submitted", "in_review", "approved", "denied", "result_ready")
SQL_PROMISES = text(
    "SELECT snapshot, state FROM cases WHERE state IN ("
    + ", ".join(f"'{s}'" for s in PROMISE_STATES)
    + ") AND json_extract(snapshot, '$.commitment.status') IN ('open', 'overdue')"
)
#: Deferred 一次性告知 (complex questions) not yet given: drafts with a notice due date.
SQL_DEFERRED = text(
    "SELECT snapshot, state FROM cases WHERE state = 'draft' AND json_extract(snapshot, '$.notice_due') IS NOT NULL"
)
