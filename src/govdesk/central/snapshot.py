"""A new window up in seconds: the bootstrap (``GET /api/v1/sync/bootstrap``), and who the pulling window is.

A window with no cursor (a new PC) or whose cursor was compacted away (410) does not replay the center's change log
(a change per event, each folded into a case: about 200 a second). It reads the center's cases as they are now, as
compact rows in ``case_id`` order, a big page at a time: keyset paging (``case_id > after``) over the
``ix_cases_center_case`` index, so every page costs the same however deep it is, and the server holds one page in
memory. The first page reads the change cursor BEFORE the cases, and every later page echoes it: once the last page
is in, the window pulls from there, so a change made while it bootstrapped comes by pull (a case read newer than the
cursor only gets its own change again, which folds to the same state). A window keeps ``(cursor, after)`` with each
page it applies, so a kill resumes at the next page, and a page applied twice changes nothing.

The rows carry no citizen's data but where the window needs it (regulation 000 Art. 32, 依法保护个人信息、个人
隐私; the rule itself is ``party_wanted`` below, used by the pull too): the applicant (``HandoffParty``) of the
window's own cases, and of a case ready for hand-off (``result_ready``) when the caller's role may hand a result off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from pydantic_core import to_json
from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.db import CaseRow, ChangeRow, Device, StoredEvent
from govdesk.central.errors import ApiError
from govdesk.central.projection import HANDOFF_KIND
from govdesk.central.security import token_hash
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message
from govdesk.domain.transitions import CREATED_KIND, KIND_ROLES, READY_AND_AFTER, CaseState
from govdesk.protocol import refusals

CASES = cast(Table, CaseRow.__table__)
CHANGES = cast(Table, ChangeRow.__table__)
EVENTS = cast(Table, StoredEvent.__table__)
READY = CaseState.RESULT_READY.value
#: The roles that may hand a result off (出件): the domain's own table, so the two cannot drift.
HANDOFF_ROLES = frozenset(role.value for role in KIND_ROLES[HANDOFF_KIND])


#: The states a case reaches only through 结果待领取 (the transition table is one-way from there): a case in one of
#: them concerns every window of its center — the result window hands it off (综合窗口出件), and the others must see
#: it leave their 出件 list when it is handed off elsewhere.
WIDE_STATES = frozenset(state.value for state in READY_AND_AFTER)
#: A device's pull scope (``Device.scope``, set by an admin): ``station`` or ``center``.
STATION_SCOPE, CENTER_SCOPE = "station", "center"
#: How far back a device line is followed through ``replaces`` (each re-enrolment after a quarantine adds one).
MAX_LINE = 16


@dataclass(frozen=True, slots=True)
class Puller:
    """Who is pulling: the user's center and role, and the window's device when its key named one.

    ``scope`` and ``stations`` are the server's facts about the device, never a client's field: a ``station`` device
    receives the cases taken in at ``stations`` (its own station and those of the devices it replaced after a
    quarantine: its earlier cases carry them), the cases that are or have been ready for hand-off (``WIDE_STATES``)
    and every change that names no case; a ``center`` device (a hall or supervision desk) every change of its
    center. A caller with no device (no key, or a key of no device of its center) is a station window with no
    station: it is never told more than any window."""

    center_code: str
    role: str
    device_id: str = ""
    station_code: str = ""
    scope: str = STATION_SCOPE
    stations: tuple[str, ...] = ()

    @property
    def whole_center(self) -> bool:
        return self.scope == CENTER_SCOPE


def puller(session: Session, who: Principal, device_key: str | None) -> Puller:
    """The caller, with the device its key is bound to (``devices.py`` binds a key at registration). No key, or a key
    bound to no device of the caller's center (another center's, a forged one, or a device registered before keys
    and not bound since): a window with no cases of its own, which is never told more than any other window."""
    if not device_key:
        return Puller(who.center_code, who.role)
    row = session.execute(
        select(Device.device_id, Device.station_code, Device.scope, Device.replaces).where(
            Device.key_hash == token_hash(device_key), Device.center_code == who.center_code
        )
    ).one_or_none()
    if row is None:
        return Puller(who.center_code, who.role)
    stations = [row.station_code]
    replaced, seen = row.replaces, {row.device_id}
    while replaced and replaced not in seen and len(stations) < MAX_LINE:  # the device line, newest first
        seen.add(replaced)
        earlier = session.execute(
            select(Device.station_code, Device.replaces).where(
                Device.device_id == replaced, Device.center_code == who.center_code
            )
        ).one_or_none()
        if earlier is None:
            break
        if earlier.station_code not in stations:
            stations.append(earlier.station_code)
        replaced = earlier.replaces
    scope = CENTER_SCOPE if row.scope == CENTER_SCOPE else STATION_SCOPE
    return Puller(who.center_code, who.role, row.device_id, row.station_code, scope, tuple(stations))


def party_wanted(case_station: str, state: str, who: Puller) -> bool:
    """Whether ``who`` may receive the applicant's identity for a case (regulation 000 Art. 32): its own case (the
    window took it in, at its station or at a station its device held before a re-enrolment), or a case ready for
    hand-off at its center when its role hands results off (综合窗口出件: the clerk checks the ID and sends the SMS).
    Not before the result is ready, not to a role that never hands off, and not again once the result is out (a
    later change of the case carries none). A hall desk (``center`` scope) is told no more than this either."""
    if case_station and case_station in who.stations:
        return True
    return state == READY and who.role in HANDOFF_ROLES


def scoped_cases(who: Puller) -> Any:
    """The ``cases`` rows of ``who``'s center that concern it (``Puller``), as a WHERE clause."""
    center = CASES.c.center_code == who.center_code
    if who.whole_center:
        return center
    return and_(center, or_(CASES.c.station_code.in_(who.stations), CASES.c.state.in_(sorted(WIDE_STATES))))


def handoff_parties(session: Session, case_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The applicant of each case as its creating event (``case.drafted``) recorded it, trimmed to ``HandoffParty``,
    with the result's name from its approval (one query; the server's projection keeps no ID number or phone)."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(EVENTS.c.case_id, EVENTS.c.kind, EVENTS.c.document)
        .where(EVENTS.c.case_id.in_(wanted), EVENTS.c.kind.in_(_PARTY_KINDS), EVENTS.c.status == "applied")
        .order_by(EVENTS.c.server_seq)
    )
    parties: dict[str, dict[str, Any]] = {}
    results: dict[str, str] = {}
    documents: dict[str, dict[str, Any]] = {}
    for case_id, kind, document in rows:
        if kind == CREATED_KIND:
            parties[case_id] = _party(document)
            continue
        payload = document.get("payload") if isinstance(document, dict) else None
        if not isinstance(payload, dict):
            continue
        if kind == EventKind.RESULT_ATTACHED:  # the last result document uploaded (made by the server: trusted)
            sha = payload.get("attachment_sha256")
            if isinstance(sha, str) and len(sha) == 64:
                documents[case_id] = {
                    "sha256": sha,
                    "content_type": str(payload.get("attachment_type") or ""),
                    "size": int(payload.get("attachment_size") or 0),
                    "licence_no": str(payload.get("licence_no") or ""),
                }
            continue
        name = payload.get("result_name")
        results[case_id] = name[:200] if isinstance(name, str) else ""
    for case_id, party in parties.items():
        party["result_name"] = results.get(case_id, "")
        if case_id in documents:
            party["result_file"] = documents[case_id]
    return parties


_PARTY_KINDS = (CREATED_KIND, EventKind.APPROVED, EventKind.RESULT_ATTACHED)


def _party(document: Any) -> dict[str, str]:
    payload = document.get("payload") if isinstance(document, dict) else None
    applicant = payload.get("applicant") if isinstance(payload, dict) else None
    if not isinstance(applicant, dict):
        applicant = {}

    def text(key: str, limit: int, default: str = "") -> str:
        value = applicant.get(key)
        return value[:limit] if isinstance(value, str) else default

    return {
        "kind": text("kind", 16, "person"),
        "name": text("name", 128),
        "id_type": text("id_type", 8),
        "id_number": text("id_number", 32),
        "phone": text("phone", 20),
    }


_PAGE = select(
    CASES.c.case_id,
    CASES.c.case_no,
    CASES.c.state,
    CASES.c.item_code,
    CASES.c.department,
    CASES.c.station_code,
    CASES.c.updated_at,
    CASES.c.commitment_open,
).order_by(CASES.c.case_id)


def bootstrap_json(
    session: Session,
    who: Puller,
    cursor: str,
    after: str,
    limit: int,
    now: datetime,
    versions: tuple[str | None, str | None],
) -> bytes:
    """One page of the bootstrap as the JSON of a ``BootstrapPage`` (built as plain lists and serialized once: a
    page is thousands of rows). ``cursor``: the change cursor read before the first page's cases (the route reads it
    when the window sends none), echoed on every page. ``versions``: the newest catalog and calendar versions."""
    if not cursor.isdigit() or len(cursor) > 18:
        raise ApiError(400, "bad_cursor", Message(refusals.CHANGES_BAD_CURSOR))
    query = _PAGE.where(scoped_cases(who))
    if after:
        query = query.where(CASES.c.case_id > after)
    rows = session.connection().execute(query.limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    parties = handoff_parties(session, [r.case_id for r in rows if party_wanted(r.station_code, r.state, who)])
    out = [
        [
            r.case_id,
            r.case_no,
            r.state,
            r.item_code,
            r.department,
            r.station_code,
            r.updated_at,
            bool(r.commitment_open),
            parties.get(r.case_id),
        ]
        for r in rows
    ]
    page = {
        "center_code": who.center_code,
        "scope": who.scope,
        "stations": list(who.stations),
        "rows": out,
        "cursor": cursor,
        "next_after": rows[-1].case_id if rows else after,
        "has_more": has_more,
        "catalog_version": versions[0],
        "calendar_version": versions[1],
        "server_time": now,
        "messages": [] if has_more else _messages(session, who.center_code, int(cursor)),
    }
    return to_json(page)


#: The messages a new window is given with the last page (as many as a window keeps: ``store.inbound``).
BOOTSTRAP_MESSAGES = 200


def _messages(session: Session, center_code: str, through: int) -> list[dict[str, Any]]:
    """The center's newest messages up to the cursor, oldest first (the ones after it come by pull)."""
    rows = session.execute(
        select(CHANGES.c.seq, CHANGES.c.case_id, CHANGES.c.payload, CHANGES.c.server_time)
        .where(CHANGES.c.kind == "message", CHANGES.c.center_code == center_code, CHANGES.c.seq <= through)
        .order_by(CHANGES.c.seq.desc())
        .limit(BOOTSTRAP_MESSAGES)
    ).all()
    return [
        {
            "cursor": str(r.seq),
            "kind": "message",
            "case_id": r.case_id,
            "payload": r.payload,
            "server_time": r.server_time,
        }
        for r in reversed(rows)
    ]
