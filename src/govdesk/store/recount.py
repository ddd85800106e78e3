"""Reads for the recount of provisional deadlines (``domain/recompute.py``): which open cases hold a provisional
deadline, and which cases a recount moved, with whether the applicant was told."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from govdesk.domain.recompute import RECOMPUTED_KIND
from govdesk.store.handoffs import SmsRow
from govdesk.store.models import CaseRow, EventRow
from govdesk.store.store import Store

#: How a provisional deadline reads in a case snapshot (canonical JSON: no spaces; ``store.chain.canonical_json``).
PROVISIONAL_MARK = '%"provisional":true%'


def provisional_case_ids(store: Store, states: Iterable[str]) -> list[str]:
    """Cases in ``states`` whose snapshot holds a provisional deadline (promised, statutory or 容缺)."""
    stmt = (
        select(CaseRow.case_id)
        .where(CaseRow.state.in_(sorted(set(states))), CaseRow.snapshot.like(PROVISIONAL_MARK))
        .order_by(CaseRow.received_at)
    )
    with store.reading(snapshot=False) as db:
        return list(db.execute(stmt).scalars())


@dataclass(frozen=True, slots=True)
class RecountRow:
    """A recount event that moved at least one date, with its case's list columns."""

    event_id: str
    case_id: str
    case_no: str
    applicant_name: str
    state: str
    occurred_at: str
    payload: dict[str, Any]
    told: bool  # an SMS about it was queued


def recount_events(store: Store, limit: int = 500) -> list[RecountRow]:
    """The newest recounts that moved a date, newest first (an SMS's dedupe key ``deadline_moved:<event_id>``
    marks the applicant as told)."""
    stmt = (
        select(
            EventRow.event_id,
            EventRow.case_id,
            CaseRow.case_no,
            CaseRow.applicant_name,
            CaseRow.state,
            EventRow.occurred_at,
            EventRow.payload,
        )
        .join(CaseRow, CaseRow.case_id == EventRow.case_id)
        .where(EventRow.kind == RECOMPUTED_KIND, EventRow.payload.not_like('%"moves":[]%'))
        .order_by(EventRow.position.desc())
        .limit(limit)
    )
    with store.reading() as db:
        rows = db.execute(stmt).all()
        keys = [told_key(row.event_id) for row in rows]
        told_stmt = select(SmsRow.dedupe_key).where(SmsRow.dedupe_key.in_(keys))
        told = set(db.execute(told_stmt).scalars()) if keys else set()
    return [
        RecountRow(
            r.event_id,
            r.case_id,
            r.case_no,
            r.applicant_name,
            r.state,
            r.occurred_at,
            json.loads(r.payload),
            told_key(r.event_id) in told,
        )
        for r in rows
    ]


def told_key(event_id: str) -> str:
    """The SMS dedupe key that records the applicant was told of a recount (one message per recount)."""
    return f"deadline_moved:{event_id}"
