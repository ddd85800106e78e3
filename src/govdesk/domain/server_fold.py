"""How a case takes what the central server says (DESIGN.md "Sync": back-office fields are the server's, intake
fields the window's; "Trust": a window believes the server about back-office fields).

- ``apply_server_event``: one event the server sent (a back-office decision, result ready, another window's
  hand-over): the fields it carries are set, the server's state taken when given, the event appended to the case's
  history as it came (its own ``event_id``). An event already in the history is not applied twice.
- ``apply_snapshot_state``: the state the server's snapshot of the center's cases gives.

Both are reached through ``Case.apply_server_event`` and ``Case.apply_snapshot``; the sync only decides WHETHER to
take the server's state (a case with unsent local events keeps its own until the push is answered).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import DomainEvent
from govdesk.domain.transitions import CaseState

if TYPE_CHECKING:
    from govdesk.domain.case import Case

_STATES = {s.value: s for s in CaseState}


def server_state(text: str | None) -> CaseState | None:
    """The state named by the server's ``text``, or None when it names none this window knows."""
    return _STATES.get(text) if isinstance(text, str) else None


def apply_server_event(case: Case, event: DomainEvent, state: str | None = None) -> bool:
    """Fold ``event`` into ``case`` (see the module docstring); False when it was already in the history.

    ``ValueError`` for an event of another case: nothing is changed then."""
    if event.case_id != case.case_id:
        raise ValueError(f"event {event.event_id} of case {event.case_id} cannot be applied to case {case.case_id}")
    if any(e.event_id == event.event_id for e in case.events):
        return False
    take_back_office_fields(case, event)
    taken = server_state(state)
    if taken is not None:
        case.state = taken
    case.events.append(event)
    return True


def take_back_office_fields(case: Case, event: DomainEvent) -> None:
    """The fields a server event carries that are the server's: an approval's result, a denial's reason, another
    window's hand-over (method and details). Nothing else of the case changes."""
    payload = event.payload
    if event.kind == EventKind.APPROVED:
        case.result_name = str(payload.get("result_name", ""))
    elif event.kind == EventKind.DENIED:
        case.decision_reason = str(payload.get("reason", ""))
    elif event.kind == EventKind.HANDED_OFF:
        case.handoff_method = str(payload.get("method", ""))
        details = payload.get("details")
        if isinstance(details, dict):
            case.handoff_details = {str(k): str(v) for k, v in details.items()}


def apply_snapshot_state(case: Case, state: str) -> bool:
    """Take the state of the server's snapshot; False (nothing changed) when it is the same or names no state."""
    taken = server_state(state)
    if taken is None or taken is case.state:
        return False
    case.state = taken
    return True
