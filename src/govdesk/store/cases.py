"""Reading one case back: its snapshot row and its events from the chained log (the same in a read connection and
inside a unit of work)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.events import DomainEvent
from govdesk.domain.serialize import case_from_json
from govdesk.store import chain
from govdesk.store.models import CaseRow, EventRow


def load_case(db: Session | Connection, case_id: str) -> Case | None:
    """The case ``case_id`` with all its events, or None."""
    snapshot = db.execute(select(CaseRow.snapshot).where(CaseRow.case_id == case_id)).scalar_one_or_none()
    if snapshot is None:
        return None
    rows = db.execute(select(EventRow.__table__).where(EventRow.case_id == case_id).order_by(EventRow.position)).all()
    events = [DomainEvent.from_json(chain.row_content(row)) for row in rows]
    return case_from_json(json.loads(snapshot), events=events)
