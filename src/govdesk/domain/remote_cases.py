"""Cases this window knows only from the central server (taken in at another window of the center): a short record of
what the server told (number, state, item, and the applicant only where the result window needs it), so any window
can hand its result off (regulation 002, 三 (三): 综合窗口出件). Their later changes are folded by ``server_fold``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.events import Actor
from govdesk.domain.server_fold import server_state

__all__ = ["applicant_from_party", "free_case_no", "remote_case"]

_KINDS = {k.value: k for k in ApplicantKind}


def applicant_from_party(party: object) -> Applicant | None:
    """The ``HandoffParty`` the server sent (a JSON object), as an ``Applicant``; None when there is none. Every field
    is the server's text or empty: nothing else is taken from it."""
    if not isinstance(party, dict):
        return None

    def text(key: str) -> str:
        value = party.get(key)
        return value if isinstance(value, str) else ""

    return Applicant(
        kind=_KINDS.get(text("kind"), ApplicantKind.PERSON),
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
    """A case known only from the server: what the server told, no materials, no events; a state this window does
    not know is kept as a draft. ``case_no`` must be free locally (``free_case_no``)."""
    return Case(
        case_id=case_id,
        case_no=case_no,
        item_codes=(item_code,) if item_code else (),
        catalog_version="",
        applicant=applicant or Applicant(kind=ApplicantKind.PERSON, name="", id_type="", id_number=""),
        received_at=at if at.tzinfo else at.replace(tzinfo=UTC),
        first_clerk=first_clerk,
        state=server_state(state) or CaseState.DRAFT,
    )


def free_case_no(case_no: str, case_id: str, taken: bool) -> str:
    """The number a remote case is kept under: its own, or marked with its id when empty or taken locally."""
    if not case_no or taken:
        return f"{case_no or '中心办件'}#{case_id[:8]}"
    return case_no
