"""The server's projection of each case (state, center, item, department, applicant, case number), built from events.

The domain names a state change ``case.<new state>`` (see ``govdesk.domain.case``). The state is derived from the
event's kind alone through the domain's transition table (``checked_state``), never from the payload; kinds that move
no state (``case.material_recorded``, ``case.suspended``, ...) leave it as it is. The case's number, item and
applicant are taken from its creating event (``case.drafted``) only: a later event cannot rename a case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from govdesk.central.db import CaseRow, DocumentRow, bulk_insert
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Role
from govdesk.domain.messages import Message, said
from govdesk.domain.numbering import CaseNumber, NumberError
from govdesk.domain.transitions import ACTION_KINDS, CREATED_KIND, Action, CaseState, EventRefused, event_target
from govdesk.protocol import refusals

HANDOFF_KIND = ACTION_KINDS[Action.HAND_OFF]
ACCEPTED_CONDITIONAL_KIND = ACTION_KINDS[Action.ACCEPT_CONDITIONAL]
COMMITMENT_CLOSED_KIND = EventKind.COMMITMENT_CLOSED
RENUMBERED_KIND = EventKind.RENUMBERED
HANDED_OFF_STATES = frozenset({CaseState.HANDED_OFF.value, CaseState.CLOSED.value})
CASES = cast(Table, CaseRow.__table__)


def handoff_blocked(case: CaseFields) -> EventRefused | None:
    """A 容缺 case cannot be handed off while its commitment is open (DESIGN.md; regulation 002, 一 and 三 (三): the
    result is withheld until the promised materials come) — the precondition ``Case.hand_off`` checks at the window."""
    if not case.commitment_open:
        return None
    return EventRefused(
        "commitment_open",
        Message(refusals.COMMITMENT_OPEN, case_no=case.case_no or case.case_id),
    )


def checked_state(current: str | None, kind: str, role: str) -> str:
    """The state a case in ``current`` (None: not known yet) is in after an event of ``kind`` sent by a user of
    ``role``: through the domain's transition table only, from the kind alone (a payload's ``"to"`` moves nothing).

    Raises ``EventRefused`` (code and Chinese reason) for an unknown kind, a role not allowed it, an illegal move.
    """
    try:
        sender = Role(role)
    except ValueError:
        raise EventRefused("forbidden_role", Message(refusals.ROLE_CANNOT_PUSH, role=role[:32])) from None
    return event_target(None if current is None else CaseState(current), kind, sender).value


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


def latest_catalog_items(session: Session) -> list[dict[str, Any]]:
    """The items of the newest catalog version the server holds (empty when none was published)."""
    doc = session.scalar(
        select(DocumentRow.document).where(DocumentRow.doc_type == "catalog").order_by(DocumentRow.id.desc()).limit(1)
    )
    return _items_of(doc)


def _items_of(doc: Any) -> list[dict[str, Any]]:
    """A catalog document's items (empty when it has none or is not a catalog)."""
    items = doc.get("items") if isinstance(doc, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


#: Item-to-department maps by the catalog document's sha256: a push batch no longer parses the whole catalog
#: document (thousands of items in a real county) just to learn departments. A newly published catalog has another
#: digest, so it is read the first time a batch needs it. A handful are kept (several databases in one process).
_DEPARTMENT_MAPS: dict[str, dict[str, str]] = {}
_NEWEST_CATALOG = (
    select(DocumentRow.id, DocumentRow.sha256)
    .where(DocumentRow.doc_type == "catalog")
    .order_by(DocumentRow.id.desc())
    .limit(1)
)


def _item_departments(session: Session) -> dict[str, str]:
    newest = session.execute(_NEWEST_CATALOG).one_or_none()
    if newest is None:
        return {}
    found = _DEPARTMENT_MAPS.get(newest.sha256)
    if found is not None:
        return found
    found = {}
    for item in _items_of(session.scalar(select(DocumentRow.document).where(DocumentRow.id == newest.id))):
        if isinstance(item.get("code"), str):
            dept = item.get("department") or item.get("department_code")
            if isinstance(dept, dict):
                dept = dept.get("name") or dept.get("code")
            found[item["code"]] = _text(dept, 128)
    if len(_DEPARTMENT_MAPS) >= 8:
        _DEPARTMENT_MAPS.clear()
    _DEPARTMENT_MAPS[newest.sha256] = found
    return found


def lock_case(session: Session, case_id: str) -> CaseRow | None:
    """The case's projection row, locked for this transaction (FOR UPDATE on PostgreSQL)."""
    return session.scalars(select(CaseRow).where(CaseRow.case_id == case_id).with_for_update()).one_or_none()


class CaseFields(Protocol):
    """What ``fold`` reads and writes: a ``CaseRow`` (one event, ORM) or a ``Projection`` (a push batch, Core)."""

    case_id: str
    center_code: str
    case_no: str
    state: str
    item_code: str
    department: str
    applicant_name: str
    station_code: str
    submitted_at: datetime | None
    handoff: dict[str, Any] | None
    updated_at: datetime
    commitment_open: bool
    case_no_refused: str


@dataclass(slots=True)
class Projection:
    """A case's projection held in memory while a push batch is folded into it; written once per case.

    The fields are the ``cases`` columns in ``CASE_COLUMNS`` order (a row read by ``load_projections`` fills it).
    """

    case_id: str
    center_code: str
    case_no: str
    state: str
    item_code: str
    department: str
    applicant_name: str
    station_code: str
    submitted_at: datetime | None
    claimed_by: str
    handoff: dict[str, Any] | None
    updated_at: datetime
    commitment_open: bool
    case_no_refused: str = ""
    is_new: bool = False  # not in the database yet: inserted
    changed: bool = False  # folded since it was read: updated

    def values(self) -> dict[str, Any]:
        """The row's columns (for one executemany INSERT or UPDATE of the batch's cases)."""
        return {column: getattr(self, column) for column in CASE_COLUMNS}


#: The ``cases`` columns a ``Projection`` carries, in its field order.
CASE_COLUMNS = (
    "case_id",
    "center_code",
    "case_no",
    "state",
    "item_code",
    "department",
    "applicant_name",
    "station_code",
    "submitted_at",
    "claimed_by",
    "handoff",
    "updated_at",
    "commitment_open",
    "case_no_refused",
)


def new_projection(document: dict[str, Any], now: datetime) -> Projection:
    """A case seen for the first time (its first accepted event creates it, in state draft)."""
    actor = document["actor"]
    return Projection(
        case_id=document["case_id"],
        center_code=actor["center_code"],
        case_no="",
        state=CaseState.DRAFT.value,
        item_code="",
        department="",
        applicant_name="",
        station_code=_text(actor.get("station_code"), 16),
        submitted_at=None,
        claimed_by="",
        handoff=None,
        updated_at=now,
        commitment_open=False,
        is_new=True,
    )


# Built once (see ``govdesk.central.push``).
_LOAD_CASES = (
    select(*(CASES.c[c] for c in CASE_COLUMNS))
    .where(CASES.c.case_id.in_(bindparam("ids", expanding=True)))
    .order_by(CASES.c.case_id)
    .with_for_update()
)
_UPDATE_CASE = update(CASES).where(CASES.c.case_id == bindparam("b_case_id"))


def load_projections(session: Session, case_ids: Iterable[str]) -> dict[str, Projection]:
    """The batch's existing cases, read and locked in one query (in case_id order, so two server processes lock
    the same cases in the same order and cannot deadlock)."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    rows = session.connection().execute(_LOAD_CASES, {"ids": wanted}).all()
    return {row[0]: Projection(*row) for row in rows}


def save_projections(session: Session, projections: Iterable[Projection]) -> None:
    """Write the batch's cases: one executemany INSERT for the new ones, one executemany UPDATE for the changed."""
    new = sorted((p for p in projections if p.is_new), key=lambda p: p.case_id)
    changed = [p for p in projections if p.changed and not p.is_new]
    if new:
        bulk_insert(session, CASES, [p.values() for p in new])
    if changed:
        # SET takes every column present in the parameters (case_id is renamed: it is the WHERE's).
        rows = []
        for p in changed:
            values = p.values()
            values["b_case_id"] = values.pop("case_id")
            rows.append(values)
        session.connection().execute(_UPDATE_CASE, rows)


def fold(
    row: CaseFields, document: dict[str, Any], now: datetime, department: Callable[[str], str], state: str
) -> None:
    """Fold one accepted event into a case's projection: ``state`` is the one ``checked_state`` gave for it
    (``department`` maps an item code to its department)."""
    payload = document.get("payload") or {}
    actor = document["actor"]
    if document["kind"] in (CREATED_KIND, RENUMBERED_KIND):
        # The number is checked unique in the center before the fold (``CaseNumbers``); a refused one is not here.
        row.case_no = _text(payload.get("case_no"), 64)
        row.case_no_refused = ""
    if document["kind"] == CREATED_KIND:
        if item_code := _item_code(payload):
            row.item_code = item_code
            row.department = _text(payload.get("department"), 128) or department(item_code)
        row.applicant_name = _applicant_name(payload)
    if document["kind"] == ACCEPTED_CONDITIONAL_KIND:
        row.commitment_open = True  # 容缺: until the promised materials come and the promise is closed
    elif document["kind"] == COMMITMENT_CLOSED_KIND:
        row.commitment_open = False
    if state != row.state:
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


def apply_event(
    session: Session, row: CaseRow | None, document: dict[str, Any], now: datetime
) -> tuple[CaseRow, str | None]:
    """Fold one server-made event (the back office) into the case's projection, through the transition table like a
    window's (raises ``EventRefused``); returns the row and the previous state."""
    previous = None if row is None else row.state
    state = checked_state(previous, document["kind"], document["actor"]["role"])
    if row is None:
        p = new_projection(document, now)
        row = CaseRow(**p.values())
        session.add(row)
    fold(row, document, now, lambda item_code: department_of(session, item_code), state)
    session.flush()
    return row, previous


class CaseNumbers:
    """The case numbers a push batch claims, checked unique in the center (issue 17; ``central.quarantine``): the
    first case that brought a number keeps it, a second is told so in words and never renamed. The unique index
    ``uq_cases_center_case_no`` holds it against another server process (the batch is then run again)."""

    def __init__(self, session: Session, center_code: str, documents: Iterable[dict[str, Any]]) -> None:
        wanted = {n for d in documents if (n := number_of(d))}
        self.holders: dict[str, str] = {}  # number -> case_id
        if wanted:
            rows = session.execute(
                select(CASES.c.case_no, CASES.c.case_id).where(
                    CASES.c.center_code == center_code, CASES.c.case_no.in_(sorted(wanted))
                )
            ).all()
            self.holders = {row.case_no: row.case_id for row in rows}

    def claim(self, number: str, case_id: str) -> str | None:
        """Take ``number`` for ``case_id``; the case that holds it already, if another."""
        holder = self.holders.get(number)
        if holder is not None and holder != case_id:
            return holder
        self.holders[number] = case_id
        return None


def number_of(document: dict[str, Any]) -> str:
    """The case number a creating or renumbering event brings ("" for other kinds or none)."""
    if document.get("kind") not in (CREATED_KIND, RENUMBERED_KIND):
        return ""
    payload = document.get("payload")
    return _text(payload.get("case_no"), 64) if isinstance(payload, dict) else ""


def number_taken(number: str, by_station: str) -> EventRefused:
    """The words for a number another case of the center holds (the case itself is kept, without the number)."""
    if by_station:
        return EventRefused("case_no_taken", Message(refusals.NUMBER_TAKEN_AT, number=number, station=by_station))
    return EventRefused("case_no_taken", Message(refusals.NUMBER_TAKEN, number=number))


def renumber_refused(case: CaseFields | None, number: str, station_code: str) -> EventRefused | None:
    """Why a ``case.renumbered`` is not taken (None: it is): only a case whose number the center refused is
    renumbered, and only to a valid case number of the pushing device's own station (every field is hostile)."""
    if case is None or not case.case_no_refused:
        return EventRefused("renumber_not_needed", Message(refusals.RENUMBER_NOT_NEEDED))
    try:
        parsed = CaseNumber.parse(number)
    except NumberError as error:
        return EventRefused("invalid_case_no", Message(refusals.INVALID_NEW_NUMBER, error=said(error)))
    if parsed.station_code != station_code:
        return EventRefused(
            "invalid_case_no",
            Message(refusals.NEW_NUMBER_OTHER_STATION, number=number, station=station_code),
        )
    return None
