"""How a change from the central server changes a local case: one pure function of (case, server change),
``apply_server_change``, with no database in it (it is meant to move into the domain as ``Case.apply_server_event``).

What a window receives of a case depends on whose case it is (``govdesk.central.changes``, regulation 000 Art. 32):

- its own cases: the server's event itself (a decision, the result ready, a hand-off at another window): the
  back-office fields it carries are set, the event is appended to the case's history;
- other windows' cases: the state only (``event`` None), and the applicant's identity (``applicant``) only when
  the case becomes ready for hand-off and this window hands results off. A case known only from the server
  (``remote``) forgets the applicant's ID number and phone once its result is out: this window no longer needs them.

Back-office fields and states from the back office are the server's (G5); another window's state change of a case
with unsent local events is not taken (``state`` None): the push's answer decides that one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from govdesk.domain.backoffice import ResultFile
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.events import Actor, DomainEvent
from govdesk.domain.server_fold import take_back_office_fields
from govdesk.services.progress import fold_back_office

STATES = {s.value: s for s in CaseState}
#: Past these the result is out: a window that did not take the case in forgets the applicant's ID and phone.
RESULT_OUT = frozenset({CaseState.HANDED_OFF, CaseState.CLOSED})


@dataclass(frozen=True, slots=True)
class ServerChange:
    """One change of one case as the window folds it.

    ``state``: the server's state to take (None: keep the local one). ``event``: the server's event, for the window's
    own cases. ``applicant``: what the result window needs (name, ID, phone), only where the server sent it.
    ``remote``: the case was taken in at another window (this one keeps only what it needs of it); ``result_name``
    and ``decision_reason``: the decision's words, for such a case."""

    state: str | None = None
    event: DomainEvent | None = None
    applicant: Applicant | None = None
    remote: bool = False
    result_name: str | None = None  # the result to hand over, for a case known only from the server
    decision_reason: str | None = None
    result_file: ResultFile | None = None  # its document (the licence's scan), for a case known only from the server


def apply_server_change(case: Case, change: ServerChange) -> None:
    """Fold ``change`` into ``case`` (module docstring)."""
    if change.event is not None:
        _back_office_fields(case, change.event)
    if change.remote:  # a window's own record of its case is never replaced by a summary
        if change.applicant is not None:
            case.applicant = change.applicant
        if change.result_name:
            case.result_name = change.result_name
        if change.result_file is not None:
            case.result_file = change.result_file
        if change.decision_reason:
            case.decision_reason = change.decision_reason
    if change.state in STATES:
        case.state = STATES[change.state]
    if change.remote and case.state in RESULT_OUT and (case.applicant.id_number or case.applicant.phone):
        case.applicant = replace(case.applicant, id_number="", phone="")  # no longer needed here (Art. 32)
    if change.event is not None:
        case.events.append(change.event)


def apply_server_event(case: Case, event: DomainEvent, server_state: str | None) -> None:
    """Fold one server event into the window's own case (``apply_server_change`` with the event)."""
    apply_server_change(case, ServerChange(state=server_state, event=event))


def _back_office_fields(case: Case, event: DomainEvent) -> None:
    take_back_office_fields(case, event)  # the domain's rule: which fields of a server event are the server's
    fold_back_office(case, event)  # 补正 stops the clock here too; the result's name (services/progress.py)


def applicant_from_party(party: object) -> Applicant | None:
    """The ``HandoffParty`` the server sent (a JSON object), as an ``Applicant``; None when there is none."""
    if not isinstance(party, dict):
        return None

    def text(key: str) -> str:
        value = party.get(key)
        return value if isinstance(value, str) else ""

    kinds = {k.value: k for k in ApplicantKind}
    return Applicant(
        kind=kinds.get(text("kind"), ApplicantKind.PERSON),
        name=text("name"),
        id_type=text("id_type"),
        id_number=text("id_number"),
        phone=text("phone"),
    )


def remote_case(
    *,
    case_id: str,
    case_no: str,
    state: str,
    item_code: str,
    applicant: Applicant | None,
    first_clerk: Actor,
    at: datetime,
) -> Case:
    """A case known only from the server (taken in at another window): what the server told, no materials.
    ``case_no`` must be free locally (the caller makes it so)."""
    return Case(
        case_id=case_id,
        case_no=case_no,
        item_codes=(item_code,) if item_code else (),
        catalog_version="",
        applicant=applicant or Applicant(kind=ApplicantKind.PERSON, name="", id_type="", id_number=""),
        received_at=at if at.tzinfo else at.replace(tzinfo=UTC),
        first_clerk=first_clerk,
        state=STATES.get(state, CaseState.DRAFT),
    )


def free_case_no(case_no: str, case_id: str, taken: bool) -> str:
    """The number a remote case is kept under: its own, or marked with its id when empty or taken locally."""
    if not case_no or taken:
        return f"{case_no or '中心办件'}#{case_id[:8]}"
    return case_no
