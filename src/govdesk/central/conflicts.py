"""A window's event against a decision the center made meanwhile (issue 17, G5): both sides, in words.

A township window offline for days records 延期 (``case.delayed``) on a case the back office denied in the meantime.
The state machine (``domain.transitions``) makes the event illegal on the denied case; the push answers it
``conflict`` / ``decided_at_center`` instead of a bare refusal, with what the window did (kind, who, when) and what the
center decided (the resulting state, who, in which role, when), so the clerk's "needs attention" can show both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from govdesk.central.db import StoredEvent
from govdesk.domain.clock import minute_text
from govdesk.domain.transitions import STATE_LABELS, CaseState, EventRefused, kind_label, role_label

EVENTS = cast(Table, StoredEvent.__table__)


def last_decision(session: Session, case_id: str, device_id: str) -> dict[str, Any] | None:
    """The last event applied to the case by someone else than ``device_id`` (another window or the back office):
    its kind, actor and times; None when the case moved only by this device's own events."""
    row = session.execute(
        select(EVENTS.c.kind, EVENTS.c.document, EVENTS.c.received_at)
        .where(
            EVENTS.c.case_id == case_id,
            EVENTS.c.status == "applied",
            or_(EVENTS.c.device_id.is_(None), and_(EVENTS.c.device_id != device_id)),
        )
        .order_by(EVENTS.c.server_seq.desc())
        .limit(1)
    ).one_or_none()
    if row is None or not isinstance(row.document, dict):
        return None
    actor: dict[str, Any] = row.document["actor"] if isinstance(row.document.get("actor"), dict) else {}
    return {"kind": row.kind, "actor": actor, "at": row.document.get("occurred_at", ""), "received_at": row.received_at}


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return minute_text(value)
    try:
        return minute_text(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)[:32]


def _role(value: Any) -> str:
    return role_label(str(value)[:32])


def _state(kind: str) -> str:
    try:
        return STATE_LABELS[CaseState(kind.removeprefix("case."))]
    except ValueError:
        return ""


def center_decision(doc: dict[str, Any], refused: EventRefused, against: dict[str, Any]) -> dict[str, Any]:
    """The answer's ``reason`` and ``server_state`` for a window event the center's decision made illegal."""
    mine: dict[str, Any] = doc["actor"] if isinstance(doc.get("actor"), dict) else {}
    theirs: dict[str, Any] = against["actor"]
    window = {
        "kind": doc["kind"],
        "what": kind_label(doc["kind"]),
        "by": str(mine.get("clerk_name", ""))[:64],
        "at": str(doc.get("occurred_at", ""))[:40],
    }
    center = {
        "kind": against["kind"],
        "what": kind_label(against["kind"]),
        "state": _state(against["kind"]),
        "by": str(theirs.get("clerk_name") or theirs.get("clerk_id") or "")[:64],
        "role": _role(theirs.get("role", "")),
        "role_code": str(theirs.get("role", ""))[:32],  # (a window says the role in its clerk's language)
        "at": str(against["at"])[:40],
    }
    reason = (
        f"本机于 {_when(window['at'])} 由 {window['by'] or '本窗口'} 办理的“{window['what']}”未被中心采纳："
        f"中心已于 {_when(center['at'])} 由{center['role']} {center['by'] or '（未署名）'} 作出“{center['what']}”"
        f"{'，办件现为“' + center['state'] + '”' if center['state'] else ''}。{refused}"
    )
    return {"reason": reason, "server_state": {"window": window, "center": center}}
