"""Case <-> JSON: the snapshot the store keeps and the sync may send.

``case_to_json(case)`` gives a dict of JSON-compatible values only (str, int, bool, None, lists, dicts), stable in
its keys, and ``case_from_json(data)`` rebuilds an equal ``Case``: every field round-trips.

Events: included by default under ``"events"`` (oldest first, each ``DomainEvent.to_json()``), so a snapshot is
self-contained. A store that keeps events in its own table may call ``case_to_json(case, include_events=False)``
(the key is then absent) and give them back with ``case_from_json(data, events=...)``.

Versioning: ``"schema"`` is ``CASE_SCHEMA_VERSION``. A snapshot from a NEWER schema is refused
(``SnapshotError``) rather than read wrongly; keys added later are read with their defaults when absent, so older
snapshots stay readable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from govdesk.domain.attachments import pages_from_json
from govdesk.domain.backoffice import result_file_from_json
from govdesk.domain.case import (
    Agent,
    Applicant,
    ApplicantKind,
    Case,
    CaseState,
    MaterialRecord,
    MaterialStatus,
)
from govdesk.domain.case_parts import material_to_json as material_to_json  # kept here for its users
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.commitment import Commitment
from govdesk.domain.deadlines import Deadline, Suspension
from govdesk.domain.events import Actor, DomainEvent, JSONValue
from govdesk.domain.messages import Message, translate
from govdesk.domain.queue import QueueTicket
from govdesk.domain.transitions import DomainError

TOO_NEW = translate(
    "CaseSnapshot",
    "办件数据格式版本 {schema} 比本程序支持的版本 {supported} 新，请升级程序",
    "snapshot.too_new",
)
NO_TIMEZONE = translate("CaseSnapshot", "办件数据的收件时间缺少时区", "snapshot.no_timezone")
UNREADABLE = translate("CaseSnapshot", "办件数据无法读取：{kind}: {error}", "snapshot.unreadable")

CASE_SCHEMA_VERSION = 1


class SnapshotError(DomainError):
    """A case snapshot that cannot be read (the message says why, in Chinese)."""


def _iso(d: date | datetime | None) -> str | None:
    return d.isoformat() if d is not None else None


def applicant_to_json(a: Applicant) -> dict[str, JSONValue]:
    return {
        "kind": a.kind.value,
        "name": a.name,
        "id_type": a.id_type,
        "id_number": a.id_number,
        "phone": a.phone,
        "address": a.address,
        "legal_representative": a.legal_representative,
    }


def applicant_from_json(d: Mapping[str, Any]) -> Applicant:
    return Applicant(
        kind=ApplicantKind(d["kind"]),
        name=str(d["name"]),
        id_type=str(d["id_type"]),
        id_number=str(d["id_number"]),
        phone=str(d.get("phone", "")),
        address=str(d.get("address", "")),
        legal_representative=str(d.get("legal_representative", "")),
    )


def agent_to_json(a: Agent) -> dict[str, JSONValue]:
    return {
        "name": a.name,
        "id_type": a.id_type,
        "id_number": a.id_number,
        "phone": a.phone,
        "authorization": a.authorization,
    }


def agent_from_json(d: Mapping[str, Any]) -> Agent:
    return Agent(
        name=str(d["name"]),
        id_type=str(d["id_type"]),
        id_number=str(d["id_number"]),
        phone=str(d.get("phone", "")),
        authorization=str(d.get("authorization", "")),
    )


def material_from_json(d: Mapping[str, Any]) -> MaterialRecord:
    form = d.get("form")
    return MaterialRecord(
        code=str(d["code"]),
        name=str(d["name"]),
        status=MaterialStatus(d.get("status", MaterialStatus.PENDING.value)),
        form=MaterialForm(form) if form else None,
        copies=int(d.get("copies", 0)),
        reason=str(d.get("reason", "")),
        remedy=str(d.get("remedy", "")),
        pages=pages_from_json(d.get("pages")),
        source=str(d.get("source", "")),
        reference=str(d.get("reference", "")),
    )


def case_to_json(case: Case, *, include_events: bool = True) -> dict[str, JSONValue]:
    """The case as JSON-compatible data (module docstring: keys are stable; events optional)."""
    data: dict[str, JSONValue] = {
        "schema": CASE_SCHEMA_VERSION,
        "case_id": case.case_id,
        "case_no": case.case_no,
        "item_codes": list(case.item_codes),
        "catalog_version": case.catalog_version,
        "applicant": applicant_to_json(case.applicant),
        "received_at": case.received_at.isoformat(),
        "first_clerk": case.first_clerk.to_json(),
        "bundle_code": case.bundle_code,
        "answers": dict(case.answers),
        "agent": agent_to_json(case.agent) if case.agent else None,
        "materials": [material_to_json(m) for m in case.materials.values()],
        "state": case.state.value,
        "resumed_from": case.resumed_from,
        "promised_date": _iso(case.promised_date),
        "statutory_date": _iso(case.statutory_date),
        "promised_deadline": case.promised_deadline.to_json() if case.promised_deadline else None,
        "statutory_deadline": case.statutory_deadline.to_json() if case.statutory_deadline else None,
        "commitment": case.commitment.to_json() if case.commitment else None,
        "suspensions": [s.to_json() for s in case.suspensions],
        "notice_due": _iso(case.notice_due),
        "notified_codes": list(case.notified_codes),
        "decision_reason": case.decision_reason,
        "result_name": case.result_name,
        "result_file": case.result_file.to_json() if case.result_file else None,
        "delay_reason": case.delay_reason,
        "handoff_method": case.handoff_method,
        "handoff_details": dict(case.handoff_details),
        "version": case.version,
        "ticket": case.ticket.to_json() if case.ticket else None,
    }
    if include_events:
        data["events"] = [e.to_json() for e in case.events]
    return data


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def case_from_json(data: Mapping[str, Any], *, events: Sequence[DomainEvent] | None = None) -> Case:
    """Rebuild a case from ``case_to_json`` output. ``events`` (if given) replaces the snapshot's events."""
    schema = int(data.get("schema", CASE_SCHEMA_VERSION))
    if schema > CASE_SCHEMA_VERSION:
        raise SnapshotError(Message(TOO_NEW, schema=schema, supported=CASE_SCHEMA_VERSION))
    try:
        received_at = datetime.fromisoformat(str(data["received_at"]))
        if received_at.tzinfo is None:
            raise SnapshotError(Message(NO_TIMEZONE))
        agent = data.get("agent")
        materials = [material_from_json(m) for m in data.get("materials") or []]
        case = Case(
            case_id=str(data["case_id"]),
            case_no=str(data["case_no"]),
            item_codes=tuple(str(c) for c in data["item_codes"]),
            catalog_version=str(data["catalog_version"]),
            applicant=applicant_from_json(data["applicant"]),
            received_at=received_at,
            first_clerk=Actor.from_json(data["first_clerk"]),
            bundle_code=str(data.get("bundle_code", "")),
            answers={str(k): str(v) for k, v in (data.get("answers") or {}).items()},
            agent=agent_from_json(agent) if agent else None,
            materials={m.code: m for m in materials},
            state=CaseState(data.get("state", CaseState.DRAFT.value)),
            resumed_from=str(data.get("resumed_from", "")),
            promised_date=_opt_date(data.get("promised_date")),
            statutory_date=_opt_date(data.get("statutory_date")),
            promised_deadline=Deadline.from_json(data["promised_deadline"]) if data.get("promised_deadline") else None,
            statutory_deadline=(
                Deadline.from_json(data["statutory_deadline"]) if data.get("statutory_deadline") else None
            ),
            commitment=Commitment.from_json(data["commitment"]) if data.get("commitment") else None,
            suspensions=[Suspension.from_json(s) for s in data.get("suspensions") or []],
            notice_due=_opt_date(data.get("notice_due")),
            notified_codes=tuple(str(c) for c in data.get("notified_codes") or []),
            decision_reason=str(data.get("decision_reason", "")),
            result_name=str(data.get("result_name", "")),
            result_file=result_file_from_json(data.get("result_file")),
            delay_reason=str(data.get("delay_reason", "")),
            handoff_method=str(data.get("handoff_method", "")),
            handoff_details={str(k): str(v) for k, v in (data.get("handoff_details") or {}).items()},
            version=int(data.get("version", 0)),
            ticket=QueueTicket.from_json(data["ticket"]) if data.get("ticket") else None,
        )
        if events is not None:
            case.events = list(events)
        else:
            case.events = [DomainEvent.from_json(e) for e in data.get("events") or []]
    except SnapshotError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SnapshotError(Message(UNREADABLE, kind=type(exc).__name__, error=exc)) from exc
    return case
