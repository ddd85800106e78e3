"""How a case takes what the central server says (DESIGN.md "Sync": back-office fields are the server's, intake
fields the window's; "Trust": a window believes the server about back-office fields and states).

What a window receives of a case depends on whose case it is (``govdesk.central.changes``, regulation 000 Art. 32):

- its own cases: the server's event itself (a decision, 补正, the result ready, a hand-off at another window): the
  fields it carries that are the server's are set, and the event is appended to the case's history as it came (its
  own ``event_id``); an event already in the history is not applied twice;
- other windows' cases: the state only (no event), and the applicant's identity only when the case becomes ready for
  hand-off and this window hands results off. A case known only from the server (``remote``) forgets the
  applicant's ID number and phone once its result is out: this window no longer needs them.

The state: the server derived it from the event's kind through the same transition table (``transitions
.event_target``) and sends it with the change; the window takes a state it knows (``server_state``), since its own
copy may have missed steps between (a case known only by its state). ``state`` None keeps the local state: the sync
passes none for a case with unsent local events, whose newer state the push's answer decides.

Reached through ``Case.apply_server_change``, ``Case.apply_server_event`` and ``Case.apply_snapshot``; the sync
decides only WHETHER to take the server's state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from govdesk.domain.backoffice import ResultFile, correction_suspension, result_file_of_payload
from govdesk.domain.clock import CST
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import DomainEvent
from govdesk.domain.transitions import CaseState

if TYPE_CHECKING:
    from govdesk.domain.case import Applicant, Case

_STATES = {s.value: s for s in CaseState}
#: Past these the result is out: a window that did not take the case in forgets the applicant's ID and phone.
RESULT_OUT = frozenset({CaseState.HANDED_OFF, CaseState.CLOSED})


@dataclass(frozen=True, slots=True)
class ServerChange:
    """One change of one case as the window folds it.

    ``state``: the server's state to take (None: keep the local one). ``event``: the server's event, for the window's
    own cases. ``applicant``: what the result window needs (name, ID, phone), only where the server sent it.
    ``remote``: the case was taken in at another window (this one keeps only what it needs of it); ``result_name``
    and ``decision_reason``: the decision's words, for such a case; ``result_file``: its result document (the
    licence's scan or PDF the back office uploaded), for such a case."""

    state: str | None = None
    event: DomainEvent | None = None
    applicant: Applicant | None = None
    remote: bool = False
    result_name: str | None = None
    decision_reason: str | None = None
    result_file: ResultFile | None = None


def server_state(text: str | None) -> CaseState | None:
    """The state named by the server's ``text``, or None when it names none this window knows."""
    return _STATES.get(text) if isinstance(text, str) else None


def apply_server_change(case: Case, change: ServerChange) -> None:
    """Fold ``change`` into ``case`` (module docstring). The caller has made sure its event is not in the history
    (``apply_server_event`` checks it)."""
    if change.event is not None:
        take_back_office_fields(case, change.event)
    if change.remote:  # a window's own record of its case is never replaced by a summary
        if change.applicant is not None:
            case.applicant = change.applicant
        if change.result_name:
            case.result_name = change.result_name
        if change.result_file is not None:
            case.result_file = change.result_file
        if change.decision_reason:
            case.decision_reason = change.decision_reason
    taken = server_state(change.state)
    if taken is not None:
        case.state = taken
    if change.remote and case.state in RESULT_OUT and (case.applicant.id_number or case.applicant.phone):
        case.applicant = replace(case.applicant, id_number="", phone="")  # no longer needed here (Art. 32)
    if change.event is not None:
        case.events.append(change.event)


def apply_server_event(case: Case, event: DomainEvent, state: str | None = None) -> bool:
    """Fold one event of the window's own case; False when it was already in the history.

    ``ValueError`` for an event of another case: nothing is changed then."""
    if event.case_id != case.case_id:
        raise ValueError(f"event {event.event_id} of case {event.case_id} cannot be applied to case {case.case_id}")
    if any(e.event_id == event.event_id for e in case.events):
        return False
    apply_server_change(case, ServerChange(state=state, event=event))
    return True


def take_back_office_fields(case: Case, event: DomainEvent) -> None:
    """The fields a server event carries that are the server's: an approval's result, a denial's reason, another
    window's hand-over (method and details), the result attached (its name and its document); a 补正 stops the case's
    clock here too (a suspension of kind CORRECTION, as the domain counts it) and another window's ``case.resumed``
    ends it. Nothing else of the case changes."""
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
    elif event.kind == EventKind.CORRECTION_REQUESTED:
        stop = correction_suspension(payload)
        if stop is not None and not case.suspended:
            case.suspensions.append(stop)
    elif event.kind == EventKind.RESUMED and case.suspended:
        end = payload.get("end")
        day = date.fromisoformat(end) if isinstance(end, str) else event.occurred_at.astimezone(CST).date()
        case.suspensions[-1] = replace(case.suspensions[-1], end=day)
    elif event.kind == EventKind.RESULT_ATTACHED:
        name = str(payload.get("result_name", "")).strip()
        if name:
            case.result_name = name
        document = result_file_of_payload(payload)
        if document is not None:  # the licence's scan or PDF: the 出件 clerk's case view shows it
            case.result_file = document


def apply_snapshot_state(case: Case, state: str) -> bool:
    """Take the state of the server's snapshot; False (nothing changed) when it is the same or names no state."""
    taken = server_state(state)
    if taken is None or taken is case.state:
        return False
    case.state = taken
    return True
