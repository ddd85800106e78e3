"""The event log in the order it was written, each event with whether this window made it (it waits in the outbox)
or it came from the center (the back office's steps). ``govdesk demo seed`` replays it at the embedded center."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

if TYPE_CHECKING:
    from govdesk.store.store import Store

SQL_LOG = text(
    "SELECT e.event_id, e.case_id, e.kind, e.actor, e.occurred_at, e.payload, e.schema_version, o.event_json "
    "FROM events e LEFT JOIN outbox o ON o.event_id = e.event_id ORDER BY e.position"
)


@dataclass(frozen=True, slots=True)
class LoggedEvent:
    document: dict[str, Any]  # ``DomainEvent.to_json()``: what the window sends (or what the center sent)
    from_window: bool  # made here and queued for the center; False: the center's (pulled)


def event_log(store: Store) -> list[LoggedEvent]:
    with store.reading() as db:
        rows = db.execute(SQL_LOG).all()
    out = []
    for event_id, case_id, kind, actor, occurred_at, payload, schema_version, queued in rows:
        if queued is not None:
            out.append(LoggedEvent(json.loads(queued), True))
            continue
        document = {
            "event_id": event_id,
            "case_id": case_id,
            "kind": kind,
            "actor": json.loads(actor),
            "occurred_at": occurred_at,
            "payload": json.loads(payload),
            "schema_version": schema_version,
        }
        out.append(LoggedEvent(document, False))
    return out
