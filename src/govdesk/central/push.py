"""``POST /api/v1/sync/push``: each event id stored once; the device sequence checked under a row lock.

The batch rule (also in ``govdesk.protocol``): events are answered in order. A content refusal (unknown kind,
schema too new, wrong center, malformed, too large, a back-office kind: ``event_content``) and a refusal by the case
state machine (a role not allowed the kind, an illegal transition, an unknown case, a second 收件: ``_fold``) are
final, stored, and consume their ``device_seq``; the rest of the batch goes on. The state comes from the event's kind
and the recorded actor's role only, through the domain's transition table; the actor stored is the pushing user, or
the clerk who wrote the event when that clerk logged in at this device (AB岗: ``govdesk.central.writers``). A gap is not
stored, and every later unknown event of the batch is refused the same way, since it cannot be applied before the
ones it follows. A number already used coming back with an unknown event id (a device restored from an old backup)
quarantines the device: the batch is rolled back, and this and every later request from it answers 403
``device_quarantined`` until an admin re-enrols it (``govdesk.central.quarantine``). A device waiting for approval
answers 403 ``device_pending``. A duplicate at the device's next ``device_seq`` consumes it (a re-enrolled device
resends what the center already holds).

Two answers are conflicts with the center's side named: a window's event the center's own decision made illegal
meanwhile (``decided_at_center``, ``govdesk.central.conflicts``), and a ``case.drafted`` whose number another case of
the center holds (``case_no_taken``: the case is kept without the number; ``projection.CaseNumbers``).

A batch is processed as a batch, in one transaction (G6: a week's backlog drains in well under a minute): the device
row is read and locked once, the batch's event ids are looked up in one query, the sequence and content rules are
checked in Python, the batch's cases are read and locked in one query and folded in memory (written once per case),
then the receipts, the cases and the pull changes are each written with one executemany, and the device's counter
with one update. Another server process storing the same event id or creating the same case at the same moment
makes the transaction fail on a unique index: ``push_with_retry`` runs the whole batch again, and the second run
sees the other process's rows (answering duplicate, or folding into the case it created).

Answers are plain dicts in the shape of ``PushResult`` (``result_dicts``), serialized once by the route: building
hundreds of pydantic models per request cost more than the database work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.changes import EVENT_SEQ, NewChange, emit_changes
from govdesk.central.conflicts import center_decision, last_decision
from govdesk.central.context import Central
from govdesk.central.db import Device, StoredEvent, bulk_insert
from govdesk.central.devices import key_matches, wrong_key
from govdesk.central.errors import ApiError, params_text
from govdesk.central.event_content import check_content, too_large_stub, with_real_actor
from govdesk.central.projection import (
    HANDED_OFF_STATES,
    HANDOFF_KIND,
    RENUMBERED_KIND,
    CaseNumbers,
    Projection,
    checked_state,
    department_of,
    fold,
    handoff_blocked,
    load_projections,
    new_projection,
    number_of,
    number_taken,
    renumber_refused,
    save_projections,
)
from govdesk.central.quarantine import ACTIVE, quarantine, refusal
from govdesk.central.writers import Writer, bind_session, writers_at, written_names
from govdesk.domain.messages import Message, said
from govdesk.domain.transitions import EventRefused
from govdesk.protocol import ChangeKind, PushEvent, PushRequest, refusals

log = logging.getLogger(__name__)
EVENTS = cast(Table, StoredEvent.__table__)
#: A whole batch is tried this many times when another server process wins a unique index race.
ATTEMPTS = 3
#: PostgreSQL deadlock and serialization failures: the transaction is safe to run again.
_RETRY_SQLSTATES = frozenset({"40P01", "40001"})

#: One answer, in the shape of ``govdesk.protocol.PushResult`` (every field present, as pydantic dumps it).
Answer = dict[str, Any]


def _answer(
    event_id: str,
    status: str,
    now: datetime,
    code: str = "",
    reason: str = "",
    server_state: dict[str, Any] | None = None,
    server_seq: int | None = None,
) -> Answer:
    return {
        "event_id": event_id,
        "status": status,
        "code": code,
        "reason": reason,
        "server_seq": server_seq,
        "server_time": now,
        "first_answer": None,
        "server_state": server_state,
    }


def _duplicate(first: Answer, now: datetime) -> Answer:
    answer = _answer(first["event_id"], "duplicate", now, reason=Message(refusals.ALREADY_RECEIVED))
    answer["server_seq"] = first["server_seq"]
    answer["first_answer"] = first
    return answer


@dataclass(slots=True)
class _Receipt:
    """An in-sequence event answered for good: stored once, its device_seq consumed."""

    pe: PushEvent
    doc: dict[str, Any]  # the checked document, actor the server's ({} when refused on content)
    answer: Answer
    written_actor: dict[str, Any] | None = None  # the actor the window wrote, when the server recorded another
    stub: dict[str, Any] | None = None  # stored instead of the event (refused for its size)


# The push's statements, built once: SQLAlchemy builds and checks a statement made anew on every call, which cost
# a millisecond each, more than SQLite's work for the small ones. They run on the session's connection (Core).
DEVICES = cast(Table, Device.__table__)
_KNOWN = select(
    EVENTS.c.event_id,
    EVENTS.c.status,
    EVENTS.c.code,
    EVENTS.c.reason,
    EVENTS.c.server_seq,
    EVENTS.c.received_at,
    EVENTS.c.server_state,
).where(EVENTS.c.event_id.in_(bindparam("ids", expanding=True)))
_RECEIPT_NUMBERS = select(EVENTS.c.event_id, EVENTS.c.server_seq).where(
    EVENTS.c.event_id.in_(bindparam("ids", expanding=True))
)
_LOCK_DEVICE = (
    select(
        DEVICES.c.device_id,
        DEVICES.c.center_code,
        DEVICES.c.station_code,
        DEVICES.c.last_seq,
        DEVICES.c.key_hash,
        DEVICES.c.status,
    )
    .where(DEVICES.c.device_id == bindparam("device_id"))
    .with_for_update()
)
_DEVICE_SEEN = (
    update(DEVICES)
    .where(DEVICES.c.device_id == bindparam("b_device_id"))
    .values(last_seq=bindparam("last_seq"), last_seen_at=bindparam("last_seen_at"))
)
_DEVICE_SEEN_ALERT = _DEVICE_SEEN.values(alert=bindparam("alert"))


def _known(session: Session, event_ids: list[str]) -> dict[str, Answer]:
    """The first answers for the event ids of the batch that the server already holds (one query)."""
    if not event_ids:
        return {}
    rows = session.connection().execute(_KNOWN, {"ids": list(set(event_ids))}).all()
    return {
        r.event_id: _answer(r.event_id, r.status, r.received_at, r.code, r.reason, r.server_state, r.server_seq)
        for r in rows
    }


@dataclass(slots=True)
class _Device:
    device_id: str
    center_code: str
    station_code: str
    last_seq: int
    alert: str | None = None  # a new sequence anomaly to record


def _lock_device(session: Session, device_id: str, center_code: str, key: str | None) -> _Device:
    row = session.connection().execute(_LOCK_DEVICE, {"device_id": device_id}).one_or_none()
    if row is None:
        raise ApiError(404, "unknown_device", Message(refusals.UNKNOWN_DEVICE))
    if row.center_code != center_code:
        raise ApiError(403, "wrong_center", Message(refusals.WRONG_CENTER))
    if not key_matches(row.key_hash, key):  # another PC pushing under this device's id (devices.py)
        raise wrong_key()
    if row.status != ACTIVE:  # waiting for approval, quarantined or retired: nothing is taken (quarantine.py)
        stored = session.get(Device, device_id)
        assert stored is not None
        if (refused := refusal(stored)) is not None:
            raise refused
    return _Device(row.device_id, row.center_code, row.station_code, int(row.last_seq))


def _sequence(
    events: list[PushEvent],
    device: _Device,
    known: dict[str, Answer],
    who: Principal,
    now: datetime,
    writers: Mapping[str, Writer],
) -> tuple[list[Answer], list[_Receipt]]:
    """The answers in order, and the events to store; the sequence and content rules, no database work.

    An in-sequence event's answer is provisional (applied) until ``_fold`` has seen its case.
    """
    answers: list[Answer] = []
    receipts: list[_Receipt] = []
    blocked: Answer | None = None
    for pe in events:
        first = known.get(pe.event_id)
        if first is not None:
            answers.append(_duplicate(first, now))
            if pe.device_id == device.device_id and pe.device_seq == device.last_seq + 1 and blocked is None:
                device.last_seq = pe.device_seq  # a re-enrolled device resending what the center holds: consumed
            continue
        expected = device.last_seq + 1
        state = {"expected_seq": expected, "last_seq": device.last_seq, "got_seq": pe.device_seq}
        if pe.device_id != device.device_id:
            answers.append(
                _answer(pe.event_id, "refused", now, "device_mismatch", Message(refusals.DEVICE_MISMATCH), state)
            )
            continue
        if blocked is not None:
            reason = Message(refusals.SEQ_BLOCKED, code=blocked["code"], expected=expected)
            answers.append(_answer(pe.event_id, "refused", now, blocked["code"], reason, state))
            continue
        if pe.device_seq > expected:
            reason = Message(refusals.SEQ_GAP, expected=expected, last=pe.device_seq - 1)
            blocked = _answer(pe.event_id, "refused", now, "seq_gap", reason, state)
            device.alert = f"{now.isoformat()} seq_gap: expected {expected}, got {pe.device_seq}"
            answers.append(blocked)
            continue
        if pe.device_seq < expected:
            # A PC restored from an old backup: quarantined, the whole batch refused (``push_with_retry``).
            raise Regression(Message(refusals.SEQ_REGRESSION, device_seq=pe.device_seq, last_seq=device.last_seq))
        refusal, doc = check_content(pe, device.center_code)
        if refusal is None:
            doc, written = with_real_actor(doc, who, device.station_code, writers)
            receipts.append(_Receipt(pe, doc, answer := _answer(pe.event_id, "applied", now), written))
        else:
            stub = too_large_stub(pe) if refusal[0] == "too_large" else None
            receipts.append(_Receipt(pe, doc, answer := _answer(pe.event_id, "refused", now, *refusal), None, stub))
        known[pe.event_id] = answer  # the same id again in this batch: a duplicate of this answer
        answers.append(answer)
        device.last_seq = pe.device_seq
    return answers, receipts


def _handoff_conflict(case: Projection) -> tuple[str, dict[str, Any]] | None:
    if case.state not in HANDED_OFF_STATES or not case.handoff:
        return None
    first = case.handoff
    who: str = first.get("clerk_name") or first.get("clerk_id") or Message(refusals.TERM_OTHER_WINDOW)
    if (written := first.get("written_clerk_name")) and written != who:
        who = Message(refusals.CLERK_AS_WRITTEN, clerk=who, written=written)
    where = f"{first.get('station_code') or ''}{first.get('window', '')}"
    return Message(refusals.ALREADY_HANDED_OFF, at=first.get("at", ""), who=who, where=where), dict(first)


def _fold(
    receipts: list[_Receipt],
    cases: dict[str, Projection],
    device: _Device,
    now: datetime,
    dept: Callable[[str], str],
    numbers: CaseNumbers,
    decided: Callable[[str], dict[str, Any] | None],
) -> list[tuple[NewChange, _Receipt]]:
    """Fold the accepted events into their cases in order (conflicts and foreign cases answered); the changes, each
    with the receipt of the event that made it (its ``event_seq`` is known once the receipts are stored).

    ``numbers``: the center's case numbers the batch claims; ``decided``: the center's last word on a case (an event
    of another device or of the back office), for a window's event the center's decision made illegal."""
    changes: list[tuple[NewChange, _Receipt]] = []
    for receipt in receipts:
        doc, answer = receipt.doc, receipt.answer
        if not doc:
            continue  # refused on content
        case = cases.get(doc["case_id"])
        if case is not None and case.center_code != device.center_code:
            answer.update(
                status="refused",
                code="wrong_center",
                reason=Message(refusals.CASE_OF_OTHER_CENTER, center_code=case.center_code),
            )
            continue
        if doc["kind"] == HANDOFF_KIND and case is not None and (conflict := _handoff_conflict(case)) is not None:
            answer.update(status="conflict", code="already_handed_off", reason=conflict[0], server_state=conflict[1])
            continue
        previous = None if case is None else case.state
        try:
            # The state through the transition table, from the kind and the role of the actor the server recorded:
            # the pushing user, or the clerk who wrote it at this device (``writers``; DESIGN.md "Trust").
            state = checked_state(previous, doc["kind"], doc["actor"]["role"])
        except EventRefused as refused:
            against = decided(doc["case_id"]) if refused.code == "illegal_transition" and case is not None else None
            if against is not None:  # the center decided meanwhile: a conflict, both sides said (G5)
                answer.update(status="conflict", code="decided_at_center", **center_decision(doc, refused, against))
            else:
                answer.update(status="refused", code=refused.code, reason=said(refused))
            continue
        number = number_of(doc)
        if doc["kind"] == RENUMBERED_KIND and (bad := renumber_refused(case, number, device.station_code)) is not None:
            answer.update(status="refused", code=bad.code, reason=said(bad))
            continue
        holder = numbers.claim(number, doc["case_id"]) if number else None
        if holder is not None and doc["kind"] == RENUMBERED_KIND:
            taken = number_taken(number, "")
            answer.update(status="refused", code=taken.code, reason=said(taken))
            continue
        if doc["kind"] == HANDOFF_KIND and case is not None and (blocked := handoff_blocked(case)) is not None:
            answer.update(status="refused", code=blocked.code, reason=said(blocked))
            continue
        if case is None:
            case = cases[doc["case_id"]] = new_projection(doc, now)
        fold(case, doc, now, dept, state)
        if holder is not None:  # kept, without the number another case holds (``central.quarantine``)
            case.case_no, case.case_no_refused = "", number
            taken = number_taken(number, cases[holder].station_code if holder in cases else "")
            server_state = {"case_no": number, "station_code": device.station_code}
            answer.update(status="conflict", code=taken.code, reason=said(taken), server_state=server_state)
        if doc["kind"] == HANDOFF_KIND and case.handoff is not None and receipt.written_actor is not None:
            case.handoff["written_clerk_name"] = str(receipt.written_actor.get("clerk_name", ""))[:64]
        case.changed = True
        if case.state != previous:
            # The event itself is not copied into the change: ``event_seq`` names the stored event, and a pull puts
            # its document back as ``payload["event"]`` (``changes.pull``).
            payload = {
                "state": case.state,
                "kind": doc["kind"],
                "case_no": case.case_no,
                "device_id": device.device_id,
                "station_code": device.station_code,
            }
            change = (case.center_code, ChangeKind.CASE_STATE, payload, case.case_id, case.station_code)
            changes.append((change, receipt))
    return changes


def _store(session: Session, receipts: list[_Receipt], device: _Device, who: Principal, now: datetime) -> None:
    """Insert the receipts (one executemany) and put each one's server_seq in its answer."""
    if not receipts:
        return
    rows = []
    for r in receipts:
        pe, doc, answer = r.pe, r.doc, r.answer
        rows.append(
            {
                "event_id": pe.event_id,
                "device_id": device.device_id,
                "device_seq": pe.device_seq,
                "case_id": str(doc.get("case_id") or pe.event.get("case_id") or "")[:64],
                "kind": str(doc.get("kind") or pe.event.get("kind") or "")[:64],
                "center_code": device.center_code,
                "status": answer["status"],
                "code": answer["code"],
                "reason": answer["reason"],
                "server_state": answer["server_state"],
                "document": r.stub or doc or pe.event,
                "received_at": now,
                "pushed_by": who.username,
                "pushed_by_user_id": who.user_id,
                "pushed_session_id": who.session_id,
                "written_actor": r.written_actor,
            }
        )
    bulk_insert(session, EVENTS, rows)
    # The numbers the database gave them (one query; a DBAPI executemany returns no rows).
    ids = [r.pe.event_id for r in receipts]
    seqs = {event_id: int(seq) for event_id, seq in session.connection().execute(_RECEIPT_NUMBERS, {"ids": ids})}
    for receipt in receipts:
        receipt.answer["server_seq"] = seqs[receipt.pe.event_id]


def push(
    session: Session, who: Principal, request: PushRequest, now: datetime, device_key: str | None = None
) -> list[Answer]:
    """One batch in the caller's transaction; the answers in order (see the module docstring). ``device_key``: the
    key the device was issued at registration (``devices.py``)."""
    device = _lock_device(session, request.device_id, who.center_code, device_key)
    connection = session.connection()
    bind_session(connection, who, device.device_id)  # this login was used at this PC (AB岗: ``writers``)
    known = _known(session, [pe.event_id for pe in request.events])
    names = written_names((pe.event for pe in request.events if pe.event_id not in known), who.username)
    writers = writers_at(connection, device.device_id, device.center_code, names, now)
    answers, receipts = _sequence(request.events, device, known, who, now, writers)
    cases = load_projections(session, (r.doc["case_id"] for r in receipts if r.doc))
    numbers = CaseNumbers(session, device.center_code, (r.doc for r in receipts if r.doc))
    changes = _fold(
        receipts,
        cases,
        device,
        now,
        lambda item_code: department_of(session, item_code),
        numbers,
        lambda case_id: last_decision(session, case_id, device.device_id),
    )
    for answer in answers:  # the reason's key and parameters, so a window says it in its clerk's language
        if isinstance(reason := answer.get("reason"), Message):
            answer["message_key"], answer["params"] = reason.key, params_text(reason)
    _store(session, receipts, device, who, now)
    for answer in answers:  # duplicates inside the batch: the receipt number their first answer now has
        if answer["first_answer"] is not None:
            answer["server_seq"] = answer["first_answer"]["server_seq"]
    save_projections(session, cases.values())
    for (_center, _kind, payload, _case, _station), receipt in changes:
        payload[EVENT_SEQ] = receipt.answer["server_seq"]
    emit_changes(session, now, [change for change, _receipt in changes])
    seen = {"b_device_id": device.device_id, "last_seq": device.last_seq, "last_seen_at": now}
    if device.alert is None:
        session.connection().execute(_DEVICE_SEEN, seen)
    else:
        session.connection().execute(_DEVICE_SEEN_ALERT, {**seen, "alert": device.alert})
    return answers


def _retryable(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in _RETRY_SQLSTATES


#: A push of at least this many events is heavy: on SQLite the windows' small writes go before it (``write_gate``).
HEAVY_BATCH = 50


class Regression(Exception):
    """A device_seq already used, with an unknown event id: the device is quarantined (``central.quarantine``)."""


def push_with_retry(
    central: Central, who: Principal, request: PushRequest, now: datetime, device_key: str | None = None
) -> list[Answer]:
    """``push`` in its own transaction, run again (whole) when another server process won a race on a unique index
    (the same event id, the same new case, the same case number) or PostgreSQL broke a deadlock. A sequence
    regression rolls the batch back, quarantines the device in a transaction of its own and answers 403."""
    for _attempt in range(ATTEMPTS):
        try:
            with central.tx(heavy=len(request.events) >= HEAVY_BATCH) as session:
                return push(session, who, request, now, device_key)
        except Regression as regression:
            log.warning("device %s quarantined: %s", request.device_id[:64], regression)
            with central.tx() as session:
                quarantine(session, request.device_id, str(regression), now)
                device = session.get(Device, request.device_id)
                refused = refusal(device) if device is not None else None
            raise refused or ApiError(403, "device_quarantined", said(regression)) from None
        except IntegrityError as error:
            log.info("push batch run again: another server process won a race (%s)", error.orig)
        except OperationalError as error:
            if not _retryable(error):
                raise
            log.info("push batch run again after a deadlock or serialization failure (%s)", error.orig)
    raise ApiError(503, "busy", Message(refusals.BUSY))
