"""The server's projection of each case (state, center, item, department, applicant, case number), built from events.

The domain names a state change ``case.<new state>`` with ``payload = {"from": ..., "to": ...}`` (see
``govdesk.domain.case``); the state is taken from ``payload["to"]``, else from the kind. Kinds that move no state
(``case.material_recorded``, ``case.suspended``, ...) leave it as it is.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from govdesk.central.db import CaseRow, DocumentRow
from govdesk.domain.case import CaseState

#: A window event kind: ``case.<verb>``.
KIND_PATTERN = re.compile(r"^case\.[a-z][a-z0-9_]{0,47}$")

KIND_STATES: dict[str, CaseState] = {
    "case.drafted": CaseState.DRAFT,
    "case.notified": CaseState.NOTIFIED,
    "case.rejected": CaseState.REJECTED,
    "case.completed": CaseState.COMPLETED,
    "case.accepted": CaseState.ACCEPTED,
    "case.accepted_conditional": CaseState.ACCEPTED_CONDITIONAL,
    "case.submitted": CaseState.SUBMITTED,
    "case.in_review": CaseState.IN_REVIEW,
    "case.approved": CaseState.APPROVED,
    "case.denied": CaseState.DENIED,
    "case.result_ready": CaseState.RESULT_READY,
    "case.handed_off": CaseState.HANDED_OFF,
    "case.closed": CaseState.CLOSED,
}
_STATES = {s.value for s in CaseState}
HANDOFF_KIND = "case.handed_off"
HANDED_OFF_STATES = frozenset({CaseState.HANDED_OFF.value, CaseState.CLOSED.value})


def target_state(kind: str, payload: dict[str, Any]) -> str | None:
    """The state this event moves its case to, or None when it moves none."""
    explicit = payload.get("to")
    if isinstance(explicit, str) and explicit in _STATES:
        return explicit
    state = KIND_STATES.get(kind)
    if state is None and kind.startswith("case.") and kind[5:] in _STATES and kind != "case.draft":
        return kind[5:]
    return state.value if state else None


def _text(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _item_code(payload: dict[str, Any]) -> str:
    codes = payload.get("item_codes")
    if isinstance(codes, list) and codes and isinstance(codes[0], str):
        return codes[0][:64]
    return _text(payload.get("item_code"), 64)


def _applicant_name(payload: dict[str, Any]) -> str:
    applicant = payload.get("applicant")
    if isinstance(applicant, dict):
        return _text(applicant.get("name"), 128)
    return _text(payload.get("applicant_name"), 128)


def department_of(session: Session, item_code: str) -> str:
    """The department of an item, from the newest catalog version the server holds ("" when unknown).

    The item-to-department map is read once per transaction (kept in ``session.info``), not once per event.
    """
    if not item_code:
        return ""
    departments = session.info.get("item_departments")
    if departments is None:
        departments = _item_departments(session)
        session.info["item_departments"] = departments
    return departments.get(item_code, "")


def _item_departments(session: Session) -> dict[str, str]:
    doc = session.scalar(
        select(DocumentRow.document).where(DocumentRow.doc_type == "catalog").order_by(DocumentRow.id.desc()).limit(1)
    )
    items = doc.get("items") if isinstance(doc, dict) else None
    found: dict[str, str] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            dept = item.get("department") or item.get("department_code")
            if isinstance(dept, dict):
                dept = dept.get("name") or dept.get("code")
            found[item["code"]] = _text(dept, 128)
    return found


def lock_case(session: Session, case_id: str) -> CaseRow | None:
    """The case's projection row, locked for this transaction (FOR UPDATE on PostgreSQL)."""
    return session.scalars(select(CaseRow).where(CaseRow.case_id == case_id).with_for_update()).one_or_none()


def apply_event(
    session: Session, row: CaseRow | None, document: dict[str, Any], now: datetime
) -> tuple[CaseRow, str | None]:
    """Fold one accepted event into the case's projection; returns the row and the previous state."""
    payload = document.get("payload") or {}
    actor = document["actor"]
    if row is None:
        row = CaseRow(
            case_id=document["case_id"],
            center_code=actor["center_code"],
            state=CaseState.DRAFT.value,
            case_no="",
            item_code="",
            department="",
            applicant_name="",
            station_code=_text(actor.get("station_code"), 16),
            claimed_by="",
            updated_at=now,
        )
        session.add(row)
        previous = None
    else:
        previous = row.state
    if case_no := _text(payload.get("case_no"), 64):
        row.case_no = case_no
    if item_code := _item_code(payload):
        row.item_code = item_code
        row.department = _text(payload.get("department"), 128) or department_of(session, item_code)
    if name := _applicant_name(payload):
        row.applicant_name = name
    state = target_state(document["kind"], payload)
    if state is not None:
        row.state = state
        if state == CaseState.SUBMITTED.value:
            row.submitted_at = now
    if document["kind"] == HANDOFF_KIND:
        row.handoff = {
            "event_id": document["event_id"],
            "clerk_name": actor.get("clerk_name", ""),
            "clerk_id": actor.get("clerk_id", ""),
            "station_code": actor.get("station_code", ""),
            "window": actor.get("window", ""),
            "at": document.get("occurred_at", ""),
            "method": payload.get("method", ""),
        }
    row.updated_at = now
    session.flush()
    return row, previous
