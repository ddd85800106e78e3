"""The demo's history at the center (``govdesk demo seed``; issue 13): a seeded window store's event log replayed
through the center's own paths at the time each event happened, so the supervisor's center-wide statistics
(``central.statistics``) show a realistic hall.

- A window's event is pushed (``push.push``) by the clerk who made it (the center vouches for the actor as for any
  push), from a device registered at that clerk's window, received when it happened: per window, per clerk and per
  day the center counts what the window's store counts.
- The back office's steps (claim, decide, result ready) are taken by the center's back office (``backoffice``).

The window's outbox is left as it is: when the demo window first syncs, the center answers each of those events as
one it already holds, and the window's sequence goes on from there (``push._sequence``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.backoffice import back_office_actor, claim, decide, result_ready
from govdesk.central.context import Central
from govdesk.central.db import Device, User
from govdesk.central.errors import ApiError
from govdesk.central.push import push
from govdesk.domain.event_kinds import EventKind
from govdesk.protocol import DecideRequest, PushEvent, PushRequest

log = logging.getLogger(__name__)
#: A window's event reaches the center this long after it was made (a window online).
DELAY = timedelta(seconds=2)
OFFICE_STEPS = (EventKind.IN_REVIEW, EventKind.APPROVED, EventKind.DENIED, EventKind.RESULT_READY)


@dataclass
class Replayed:
    pushed: int = 0
    office_steps: int = 0
    refused: list[str] = field(default_factory=list)  # what the center did not take, in its words

    def summary(self) -> str:
        text = f"中心服务器：窗口事件 {self.pushed} 个，后台审批步骤 {self.office_steps} 个"
        return text + (f"，未被接收 {len(self.refused)} 个" if self.refused else "")


def _device(session: Session, center_code: str, window: str, devices: dict[str, str]) -> str:
    """The demo device at ``window`` (registered and approved once, with a station code of its own)."""
    if window in devices:
        return devices[window]
    device_id = f"demo-{center_code}-{len(devices) + 1:02d}"
    if session.get(Device, device_id) is None:
        now = datetime.now().astimezone()
        session.add(
            Device(
                device_id=device_id,
                center_code=center_code,
                station_code=f"D{len(devices) + 1:02d}",
                name=f"演示{window}",
                window=window[:32],
                last_seq=0,
                registered_by="演示",
                registered_at=now,
                alert="",
                status="active",
                status_at=now,
                status_by="演示",
                status_reason="",
                scope="center",  # the demo hall's desks: the whole center (``central.changes``)
            )
        )
        session.flush()
    devices[window] = device_id
    return device_id


def _principal(session: Session, center_code: str, username: str) -> Principal | None:
    user = session.scalar(select(User).where(User.username == username, User.center_code == center_code))
    if user is None:
        return None
    return Principal(user.id, user.username, user.display_name, user.role, center_code, 0)


def replay(central: Central, center_code: str, log_: Iterable[tuple[Mapping[str, Any], bool]]) -> Replayed:
    """Replay ``(event document, made at a window)`` in the order given (the window's log order)."""
    done = Replayed()
    devices: dict[str, str] = {}
    seqs: dict[str, int] = {}
    for document, from_window in log_:
        doc = dict(document)
        at = datetime.fromisoformat(str(doc["occurred_at"]))
        actor = doc.get("actor") or {}
        try:
            with central.tx() as session:
                if from_window:
                    _push(session, center_code, doc, actor, at, devices, seqs, done)
                else:
                    _office(session, center_code, doc, actor, at, done)
        except ApiError as error:
            done.refused.append(f"{doc.get('kind')} {doc.get('case_id')}: {error.message_zh}")
    for words in done.refused[:5]:
        log.warning("demo history: %s", words)
    return done


def _push(
    session: Session,
    center_code: str,
    doc: dict[str, Any],
    actor: Mapping[str, Any],
    at: datetime,
    devices: dict[str, str],
    seqs: dict[str, int],
    done: Replayed,
) -> None:
    who = _principal(session, center_code, str(actor.get("clerk_id", "")))
    if who is None:
        done.refused.append(f"{doc['kind']} {doc['case_id']}: 中心没有用户 {actor.get('clerk_id')}")
        return
    device_id = _device(session, center_code, str(actor.get("window") or "（未登记窗口）"), devices)
    seq = seqs.get(device_id, 0) + 1
    event = PushEvent(
        event_id=str(doc["event_id"]),
        device_id=device_id,
        device_seq=seq,
        schema_version=int(doc.get("schema_version", 1)),
        client_time=at,
        event=doc,
    )
    [answer] = push(session, who, PushRequest(device_id=device_id, events=[event]), at + DELAY)
    seqs[device_id] = seq
    if answer["status"] in ("applied", "duplicate"):
        done.pushed += 1
    else:
        done.refused.append(f"{doc['kind']} {doc['case_id']}: {answer.get('reason', answer['status'])}")


def _office(
    session: Session, center_code: str, doc: dict[str, Any], actor: Mapping[str, Any], at: datetime, done: Replayed
) -> None:
    kind = str(doc["kind"])
    if kind not in OFFICE_STEPS:
        return
    office = back_office_actor(str(actor.get("clerk_id", "")), str(actor.get("clerk_name", "")), center_code)
    payload = doc.get("payload") or {}
    case_id = str(doc["case_id"])
    if kind == EventKind.IN_REVIEW:
        claim(session, office, case_id, at)
    elif kind == EventKind.APPROVED:
        request = DecideRequest(decision="approve", result_name=str(payload.get("result_name") or "审批结果"))
        decide(session, office, case_id, request, at)
    elif kind == EventKind.DENIED:
        decide(
            session,
            office,
            case_id,
            DecideRequest(decision="deny", reason=str(payload.get("reason") or "不符合条件")),
            at,
        )
    else:
        result_ready(session, office, case_id, at)
    done.office_steps += 1
