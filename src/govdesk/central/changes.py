"""What windows pull: changes by cursor (only their center's, only what concerns the window), snapshots, the G4
summary, and pruning.

Data minimisation (regulation 000 Art. 32: 依法保护个人信息、个人隐私; issue 12). A window names itself by its
device key (``snapshot.puller``); what it receives of a case change depends on whose case it is:

- its own cases (taken in at its station): the change with the whole event document (``payload["event"]``), e.g.
  the back office's decision, the result ready, another window's hand-off of it — except the events it pushed
  itself, which it has: those are not sent back at all;
- every other case of its center: the state change only — ``state``, ``kind``, ``case_no``, ``item_code``,
  ``station_code`` and the decision's words — with no event document (hence no applicant's ID number, phone or
  address, not even the name) and not the pushing device's id. A case taken in elsewhere is a number and a state
  to this window (G4 still compares every case's state);
- the one exception, what the result window needs (综合窗口出件): the change that makes a case ready for hand-off
  (``result_ready``) carries ``payload["applicant"]`` (``HandoffParty``: kind, name, ID type and number, phone) to
  a role that may hand off (intake, issuing), and only while the case is still ready when the window pulls it. The
  hand-off and everything after it carry no identity again, and a window that never served the case and is no
  result window never gets it.

A window with no device key (a tool, a supervisor's browser) is treated as a window with no cases of its own.

What reaches a window at all (issue 17: "a window pulls what concerns it"; ``snapshot.Puller``): a window PC
(``station`` scope, the default) receives the changes of the cases taken in at its stations (its own, and those of
the devices it replaced after a quarantine), the changes of every case of its center that is or has been ready for
hand-off (``wide``: the result window needs the result, and the others must see it leave their 出件 list), and every
change that names no case (catalog, calendar, messages — ``wide`` too — and the NULL center's). Another station's
case is nothing to it until its result is ready. A hall or supervision desk (``center`` scope, set by an admin)
receives every change of its center as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Integer,
    Select,
    String,
    Table,
    bindparam,
    delete,
    func,
    select,
    true,
    union,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from govdesk.central.db import CaseRow, ChangeRow, Counter, DocumentRow, Meta, StoredEvent, bulk_insert
from govdesk.central.errors import ApiError
from govdesk.central.snapshot import READY, WIDE_STATES, Puller, handoff_parties, party_wanted, scoped_cases
from govdesk.domain.messages import Message
from govdesk.protocol import (
    CaseSnapshot,
    ChangeKind,
    SnapshotResponse,
    SummaryResponse,
    case_summary_hash,
    refusals,
)

_PRUNED_KEY = "changes_pruned_through"
CHANGES = cast(Table, ChangeRow.__table__)
EVENTS = cast(Table, StoredEvent.__table__)
#: A change made by a pushed event names it by its receipt number instead of holding a second copy of it; a pull
#: puts the event back as ``payload["event"]``, so windows see the same payload either way.
EVENT_SEQ = "event_seq"


def emit_change(
    session: Session,
    now: datetime,
    center_code: str | None,
    kind: ChangeKind,
    payload: dict[str, Any],
    case_id: str | None = None,
    station: str | None = None,
) -> int:
    """Write one change; returns its cursor number. ``station``: the station the case was taken in at.

    The counter row stays locked until commit, so cursors become visible in order.
    """
    return emit_changes(session, now, [(center_code, kind, payload, case_id, station)])[0]


#: One change to write: (center_code, kind, payload, case_id, the case's station).
NewChange = tuple[str | None, ChangeKind, dict[str, Any], str | None, str | None]


def emit_changes(session: Session, now: datetime, new: Sequence[NewChange]) -> list[int]:
    """Write changes in bulk: one counter update for all of them, one executemany insert; returns their cursors.

    Each case change carries its case's station, and ``wide`` when it goes to every window of the center (module
    docstring): a change naming no case, or a case change whose state (``payload["state"]``, the case's state after
    it) is one reached only through 结果待领取. The counter row stays locked until commit, so cursors become visible
    in order.
    """
    if not new:
        return []
    last = session.connection().execute(_BUMP_CHANGES, {"n": len(new)}).scalar_one()
    first = int(last) - len(new) + 1
    rows = [
        {
            "seq": first + i,
            "center_code": c,
            "kind": k.value,
            "case_id": case,
            "payload": p,
            "server_time": now,
            "station_code": station if case and k.value in CASE_CHANGES else None,
            "wide": not (case and k.value in CASE_CHANGES) or p.get("state") in WIDE_STATES,
        }
        for i, (c, k, p, case, station) in enumerate(new)
    ]
    bulk_insert(session, CHANGES, rows)
    return list(range(first, first + len(new)))


_COUNTERS = cast(Table, Counter.__table__)
#: Built once (see ``govdesk.central.push``): the change counter moved on by ``n``, its new value returned.
_BUMP_CHANGES = (
    update(_COUNTERS)
    .where(_COUNTERS.c.name == "change")
    .values(value=_COUNTERS.c.value + bindparam("n"))
    .returning(_COUNTERS.c.value)
)


def current_cursor(session: Session) -> int:
    return int(session.scalar(select(Counter.value).where(Counter.name == "change")) or 0)


def _pruned_through(session: Session) -> int:
    value = session.scalar(select(Meta.value).where(Meta.key == _PRUNED_KEY))
    return int(value) if value else 0


def parse_cursor(cursor: str) -> int:
    if cursor == "":
        return 0
    if not cursor.isdigit() or len(cursor) > 18:
        raise ApiError(400, "bad_cursor", Message(refusals.CHANGES_BAD_CURSOR))
    return int(cursor)


#: The changes that move a case (minimised per window); the others (catalog, calendar, message) go as they are.
CASE_CHANGES = frozenset({ChangeKind.DECISION.value, ChangeKind.RESULT_READY.value, ChangeKind.CASE_STATE.value})
#: Left out of a thin change: the event (by document or receipt number) and which device pushed it — the puller's own
#: pushes are recognised here, so no window needs to learn the other windows' device ids.
_NOT_THIN = frozenset({"event", EVENT_SEQ, "device_id"})
#: The positions in a ``_PAGE`` row (read by index: a Row's attributes cost half again the page's time).
SEQ, KIND, CASE_ID, PAYLOAD, TIME, STATION, STATE, CASE_NO, ITEM = range(9)


def pull(session: Session, who: Puller, cursor: str, limit: int) -> dict[str, Any]:
    """Up to ``limit`` changes of ``who``'s center after ``cursor``, each as ``who`` may see it (module docstring), in
    the shape of ``PullResponse`` as plain JSON values (the route sends it with ``pydantic_core.to_json``; the
    protocol tests read it back through the model).

    ``next_cursor`` is the last change looked at, whether it was sent or not (a window's own pushes are skipped, and a
    plain state move of another window's case is left out when a later change of that case follows in the page:
    the window keeps only the state of such a case, so it gets the last one). When the page is not full it is the
    change counter as read BEFORE the page: a station window that read nothing of a burst at another station does
    not look at it again next time. Every change up to that counter is visible to the reads after it, on SQLite (one
    read transaction: one snapshot) and on PostgreSQL (read committed: each statement sees every transaction
    committed before it began, and a committed counter value means every change under it is committed — a push
    holds the counter row locked from its bump to its commit, so they commit in cursor order).

    Speed (issue 17: a county's burst is every window pulling every change of its center): rows are read as plain
    tuples with their cases joined and the page is built as dicts, no ORM objects and no models. One window's pull
    of a 60,000-event burst (30 townships' backlogs): 0.6 s of server time, 10 µs a change looked at, where ORM rows
    and models took 2.5 s (43 µs); with superseded moves left out it receives 19,500 changes instead of 58,300."""
    after = parse_cursor(cursor)
    if after < _pruned_through(session):
        raise ApiError(410, "cursor_expired", Message(refusals.CURSOR_EXPIRED))
    counter = current_cursor(session)  # before the page (docstring)
    if after > counter:
        raise ApiError(410, "cursor_unknown", Message(refusals.CURSOR_UNKNOWN))
    params: dict[str, Any] = {"center": who.center_code, "after": after, "n": limit + 1}
    if who.whole_center:
        rows = session.execute(_PAGE, params).all()
    else:
        params.update({f"station_{i}": station for i, station in enumerate(who.stations)})
        rows = session.execute(_station_page(len(who.stations)), params).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = str(rows[-1][SEQ]) if has_more else str(max(counter, rows[-1][SEQ] if rows else after))
    own_device, own_stations = who.device_id, frozenset(who.stations)
    sent: list[tuple[Any, bool]] = []  # (change row, whole: with its event document)
    for row in rows:
        if row[KIND] not in CASE_CHANGES:
            sent.append((row, True))
        elif not (own_device and row[PAYLOAD].get("device_id") == own_device):  # not its own push coming back
            sent.append((row, row[STATION] in own_stations))
    sent = _last_moves_only(sent)
    events = _events_named(session, [row[PAYLOAD].get(EVENT_SEQ) for row, whole in sent if whole])
    ready = [
        row[CASE_ID]
        for row, whole in sent
        if not whole
        and row[PAYLOAD].get("state") == READY
        and row[STATION] is not None
        and party_wanted(row[STATION], row[STATE], who)
    ]
    parties = handoff_parties(session, ready)
    page = [
        {
            "cursor": str(row[SEQ]),
            "kind": row[KIND],
            "case_id": row[CASE_ID],
            "payload": _with_event(row[PAYLOAD], events) if whole else _thin(row, parties),
            "server_time": row[TIME],
        }
        for row, whole in sent
    ]
    return {
        "changes": page,
        "next_cursor": next_cursor,
        "has_more": has_more,
        "scope": who.scope,
        "stations": list(who.stations),
    }


def _page_query() -> Select[Any]:
    """The next ``:n`` changes for the center ``:center`` after ``:after`` in cursor order — its own and those for
    every center (NULL) — each with its case's projection row (station, state, number, item; NULL for a change
    that names no case): ``(seq, kind, case_id, payload, server_time, station_code, state, case_no, item_code)``.

    Two ordered range reads of ``ix_changes_center_seq``, each stopped at ``:n``, merged: written as one
    ``center_code = ? OR center_code IS NULL``, SQLite read every later change of the center and sorted them for
    each page (12.7 ms a page at the start of a 60,000-change burst: a first pull quadratic in its length); this
    reads about ``:n`` rows whatever is behind them (1.5 ms). Built once, with bound parameters."""
    columns = (CHANGES.c.seq, CHANGES.c.kind, CHANGES.c.case_id, CHANGES.c.payload, CHANGES.c.server_time)
    after, n = bindparam("after", type_=BigInteger), bindparam("n", type_=Integer)
    parts = [
        select(*columns).where(where, CHANGES.c.seq > after).order_by(CHANGES.c.seq).limit(n).subquery()
        for where in (CHANGES.c.center_code == bindparam("center", type_=String), CHANGES.c.center_code.is_(None))
    ]
    merged = union_all(*(select(part) for part in parts)).subquery()
    cases = cast(Table, CaseRow.__table__)
    return (
        select(
            merged,
            cases.c.station_code,
            cases.c.state,
            cases.c.case_no,
            cases.c.item_code,
        )
        .outerjoin(cases, cases.c.case_id == merged.c.case_id)
        .order_by(merged.c.seq)
        .limit(n)
    )


_PAGE = _page_query()
_COLUMNS = (CHANGES.c.seq, CHANGES.c.kind, CHANGES.c.case_id, CHANGES.c.payload, CHANGES.c.server_time)


@cache
def _station_page(stations: int) -> Select[Any]:
    """``_PAGE`` for a station window with ``stations`` stations (bound as ``:station_0`` …): the next ``:n`` of its
    stations' changes, its center's wide changes and the NULL center's, in cursor order, with their cases.

    One ordered range read of an index per part (``ix_changes_station_seq`` per station, ``ix_changes_wide_seq``,
    ``ix_changes_center_seq``), each stopped at ``:n`` and reading the change numbers only; their UNION (a change of
    its own station that is wide is in two parts: once) is joined back to the changes by primary key. Never a
    read of another station's rows: a window that a 60,000-change burst at other stations does not concern reads
    none of it. Built once per number of stations."""
    after, n = bindparam("after", type_=BigInteger), bindparam("n", type_=Integer)
    center = bindparam("center", type_=String)
    wheres = [
        *(
            (CHANGES.c.center_code == center, CHANGES.c.station_code == bindparam(f"station_{i}", type_=String))
            for i in range(stations)
        ),
        (CHANGES.c.center_code == center, CHANGES.c.wide == true()),
        (CHANGES.c.center_code.is_(None),),
    ]
    parts = [
        select(CHANGES.c.seq).where(*where, CHANGES.c.seq > after).order_by(CHANGES.c.seq).limit(n).subquery()
        for where in wheres
    ]
    merged = union(*(select(part) for part in parts)).subquery()
    cases = cast(Table, CaseRow.__table__)
    return (
        select(*_COLUMNS, cases.c.station_code, cases.c.state, cases.c.case_no, cases.c.item_code)
        .select_from(merged.join(CHANGES, CHANGES.c.seq == merged.c.seq))
        .outerjoin(cases, cases.c.case_id == CHANGES.c.case_id)
        .order_by(CHANGES.c.seq)
        .limit(n)
    )


#: What makes a thin change more than a state move (the client folds these; ``services.sync_service._plain_move``).
_MORE_THAN_A_MOVE = ("reason", "result_name", "applicant")


def _last_moves_only(sent: list[tuple[Any, bool]]) -> list[tuple[Any, bool]]:
    """``sent`` without the plain state moves of other windows' cases that a later thin change of the same case in
    the page supersedes: such a window holds a number and a state for the case (module docstring), so only the last
    state matters, and a township's backlog (drafted, accepted, submitted for each case) reaches every other window
    as one change a case instead of three. A change with the decision's words, the result's name or the applicant,
    and every change with its event document, is kept."""
    last_thin = {row[CASE_ID]: i for i, (row, whole) in enumerate(sent) if not whole and row[CASE_ID]}
    kept = []
    for i, (row, whole) in enumerate(sent):
        if (
            not whole
            and row[CASE_ID]
            and last_thin[row[CASE_ID]] != i
            and row[KIND] == _CASE_STATE
            and not any(row[PAYLOAD].get(key) for key in _MORE_THAN_A_MOVE)
        ):
            continue
        kept.append((row, whole))
    return kept


_CASE_STATE = ChangeKind.CASE_STATE.value


def _thin(row: Any, parties: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A case change without its event document: the state and what names the case (module docstring)."""
    out = {k: v for k, v in row[PAYLOAD].items() if k not in _NOT_THIN}
    if row[STATION] is not None:  # the case's projection row
        out.setdefault("case_no", row[CASE_NO])
        out["station_code"] = row[STATION]
        out["item_code"] = row[ITEM]
    if row[CASE_ID] in parties:
        out["applicant"] = parties[row[CASE_ID]]
    return out


def _events_named(session: Session, seqs: Sequence[Any]) -> dict[int, dict[str, Any]]:
    """The stored events' documents by receipt number (one query)."""
    wanted = {seq for seq in seqs if isinstance(seq, int)}
    if not wanted:
        return {}
    rows = session.execute(select(EVENTS.c.server_seq, EVENTS.c.document).where(EVENTS.c.server_seq.in_(wanted)))
    return {int(seq): document for seq, document in rows}


def _with_event(payload: dict[str, Any], events: dict[int, dict[str, Any]]) -> dict[str, Any]:
    seq = payload.get(EVENT_SEQ)
    if not isinstance(seq, int):
        return payload
    out = {k: v for k, v in payload.items() if k != EVENT_SEQ}
    out["event"] = events[seq]
    return out


def latest_version(session: Session, doc_type: str) -> str | None:
    return session.scalar(
        select(DocumentRow.version).where(DocumentRow.doc_type == doc_type).order_by(DocumentRow.id.desc()).limit(1)
    )


def snapshot(session: Session, who: Puller, now: datetime) -> SnapshotResponse:
    """The center's cases in one answer (kept for tools; windows bootstrap by pages). The applicant's name only
    where ``party_wanted`` (module docstring)."""
    cursor = current_cursor(session)  # read first: the cases read after it are at least as new
    rows = session.scalars(select(CaseRow).where(scoped_cases(who)).order_by(CaseRow.case_id)).all()
    cases = [
        CaseSnapshot(
            case_id=r.case_id,
            case_no=r.case_no,
            state=r.state,
            center_code=r.center_code,
            item_code=r.item_code,
            department=r.department,
            applicant_name=r.applicant_name if party_wanted(r.station_code, r.state, who) else "",
            updated_at=r.updated_at,
        )
        for r in rows
    ]
    return SnapshotResponse(
        cases=cases,
        cursor=str(cursor),
        catalog_version=latest_version(session, "catalog"),
        calendar_version=latest_version(session, "calendar"),
        server_time=now,
    )


def summary(session: Session, who: Puller) -> SummaryResponse:
    """G4: the count and hash of the cases that concern ``who`` (``snapshot.scoped_cases``), naming the scope and
    stations it used, so the window hashes the same cases of its store."""
    pairs = session.execute(select(CaseRow.case_id, CaseRow.state).where(scoped_cases(who))).all()
    return SummaryResponse(
        center_code=who.center_code,
        count=len(pairs),
        hash=case_summary_hash((p[0], p[1]) for p in pairs),
        scope=who.scope,
        stations=list(who.stations),
    )


def prune_changes(session: Session, before: datetime) -> int:
    """Delete changes older than ``before``; cursors at or before the newest deleted one then answer 410."""
    newest = session.scalar(select(func.max(ChangeRow.seq)).where(ChangeRow.server_time < before))
    if newest is None:
        return 0
    result = session.execute(delete(ChangeRow).where(ChangeRow.seq <= newest))
    deleted = getattr(result, "rowcount", 0)
    if session.get(Meta, _PRUNED_KEY) is None:
        session.add(Meta(key=_PRUNED_KEY, value=str(newest)))
    else:
        session.execute(update(Meta).where(Meta.key == _PRUNED_KEY).values(value=str(newest)))
    return int(deleted or 0)
