"""Queries and writes of the result window and the 容缺 promises (revision 0003's tables, now in ``models``).

- ``sms_messages``: every SMS the window wants sent, queued locally and sent through the central server's gateway
  (``dedupe_key`` keeps an automatic reminder from being queued twice);
- ``evaluations``: 好差评, one row per ``case.evaluated`` event (the event itself is in the chained log);
- ``attachments``: files kept with a case in the data directory (the collector's signature, material scans);
- the ``handoffs`` and ``commitments`` tables are kept up to date here as well.

Services reach these through ``Store`` (reads) and its unit of work (``Store.unit()``), never directly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.event_kinds import EventKind
from govdesk.store.models import AttachmentRow, CommitmentRow, EvaluationRow, HandoffRow, SmsRow

__all__ = [
    "AttachmentRow",
    "EvaluationRow",
    "HandoffRecord",
    "ReadyResult",
    "SmsRecord",
    "SmsRow",
]

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


@dataclass(frozen=True, slots=True)
class HandoffRecord:
    """One ``handoffs`` row: how a result left the window, with the details kept locally (pickup code, address)."""

    case_id: str
    method: str
    details: dict[str, Any]


def handoffs(db: Session | Connection, *, case_id: str | None = None, method: str | None = None) -> list[HandoffRecord]:
    """The hand-overs of ``case_id`` and/or by ``method`` (all when neither is given), oldest first."""
    stmt = select(HandoffRow.case_id, HandoffRow.method, HandoffRow.details).order_by(HandoffRow.at)
    if case_id is not None:
        stmt = stmt.where(HandoffRow.case_id == case_id)
    if method is not None:
        stmt = stmt.where(HandoffRow.method == method)
    return [HandoffRecord(row.case_id, row.method, json.loads(row.details)) for row in db.execute(stmt)]


@dataclass(frozen=True, slots=True)
class ReadyResult:
    """A result waiting at the window (``SQL_READY``'s row)."""

    case_id: str
    case_no: str
    applicant_name: str
    applicant_phone: str
    item_codes: str
    result_name: str | None
    commitment_status: str | None
    ready_since: str


def ready_results(db: Session | Connection, limit: int, offset: int = 0) -> list[ReadyResult]:
    return [ReadyResult(*row) for row in db.execute(SQL_READY, {"limit": limit, "offset": offset}).all()]


def ready_count(db: Session | Connection) -> int:
    return int(db.execute(SQL_READY_COUNT).scalar_one())


def follow_up_ids(db: Session | Connection) -> list[str]:
    """The cases on the 承诺跟踪 list (a 容缺 promise open, or a deferred 一次性告知 due), soonest due first, then by
    case number: ids only (the list fetches its rows as they are shown, ``follow_up_rows``)."""
    return [row[0] for row in db.execute(SQL_FOLLOW_UP_IDS).all()]


def follow_up_rows(db: Session | Connection, case_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """``case_id -> (kind, snapshot)`` of those of ``case_ids`` still on the list (kind "commitment" or "notice")."""
    if not case_ids:
        return {}
    rows = db.execute(SQL_FOLLOW_UP_ROWS, {"ids": list(case_ids)}).all()
    return {row[0]: (row[1], row[2]) for row in rows}


# --- lists --------------------------------------------------------------------------------------------------------

#: Results waiting, longest first: since the last ``case.result_ready`` event (or the row's update if none).
SQL_READY = text(
    "SELECT c.case_id, c.case_no, c.applicant_name, c.applicant_phone, c.item_codes, "
    "json_extract(c.snapshot, '$.result_name') AS result_name, "
    "json_extract(c.snapshot, '$.commitment.status') AS commitment_status, "
    "COALESCE((SELECT MAX(e.occurred_at) FROM events e WHERE e.case_id = c.case_id "
    f"AND e.kind = '{EventKind.RESULT_READY.value}'),"
    " c.updated_at) AS ready_since "
    "FROM cases c WHERE c.state = 'result_ready' ORDER BY ready_since, c.case_id LIMIT :limit OFFSET :offset"
)
SQL_READY_COUNT = text("SELECT count(*) FROM cases WHERE state = 'result_ready'")

#: Cases that may hold an unfinished 容缺 promise (states reached after a conditional acceptance, before hand-off).
PROMISE_STATES = ("accepted_conditional", "submitted", "in_review", "approved", "denied", "result_ready")
_STATES = ", ".join(f"'{s}'" for s in PROMISE_STATES)
#: The 承诺跟踪 list, one definition: open promises (their due date) and deferred 一次性告知 not yet given (drafts with
#: a notice due date). Each half has its partial index (store migration 0019, with the same WHERE), named here so the
#: ids come from the indexes alone, in order, without parsing a snapshot (the planner preferred the index on state,
#: which reads every open case's snapshot: 105 ms against 8 ms at 3,000 promises among 23,000 cases).
_PROMISES_WHERE = f"state IN ({_STATES}) AND json_extract(snapshot, '$.commitment.status') IN ('open', 'overdue')"
_DEFERRED_WHERE = "state = 'draft' AND json_extract(snapshot, '$.notice_due') IS NOT NULL"
_PROMISE_DUE = "json_extract(snapshot, '$.commitment.due_date')"
_NOTICE_DUE = "json_extract(snapshot, '$.notice_due')"
SQL_FOLLOW_UP_IDS = text(
    f"SELECT case_id FROM (SELECT case_id, case_no, {_PROMISE_DUE} AS due FROM cases INDEXED BY ix_cases_open_promises "
    f"WHERE {_PROMISES_WHERE} UNION ALL SELECT case_id, case_no, {_NOTICE_DUE} AS due FROM cases "
    f"INDEXED BY ix_cases_deferred_notices WHERE {_DEFERRED_WHERE}) ORDER BY due, case_no"
)
SQL_FOLLOW_UP_ROWS = text(
    f"SELECT case_id, 'commitment', snapshot FROM cases WHERE case_id IN :ids AND {_PROMISES_WHERE} "
    f"UNION ALL SELECT case_id, 'notice', snapshot FROM cases WHERE case_id IN :ids AND {_DEFERRED_WHERE}"
).bindparams(bindparam("ids", expanding=True))
