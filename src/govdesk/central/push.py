"""``POST /api/v1/sync/push``: each event id stored once; the device sequence checked under a row lock.

The batch rule (also in ``govdesk.sync.protocol``): events are answered in order. A content refusal (unknown kind,
schema too new, wrong center, malformed, a back-office kind) is final, stored, and consumes its ``device_seq``; the
rest of the batch goes on. A sequence refusal (gap, or a number already used coming back with an unknown event id —
a device restored from an old backup) is not stored, and every later unknown event of the batch is refused the same
way, since it cannot be applied before the ones it follows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from govdesk.central.changes import emit_change
from govdesk.central.db import Device, StoredEvent
from govdesk.central.errors import ApiError
from govdesk.central.projection import HANDED_OFF_STATES, HANDOFF_KIND, KIND_PATTERN, apply_event, lock_case
from govdesk.domain.events import DomainEvent
from govdesk.sync.protocol import (
    BACK_OFFICE_KINDS,
    MAX_EVENT_SCHEMA_VERSION,
    ChangeKind,
    PushEvent,
    PushRequest,
    PushResult,
    PushStatus,
)


class _Verdict:
    def __init__(
        self, status: PushStatus, code: str = "", reason: str = "", server_state: dict[str, Any] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.reason = reason
        self.server_state = server_state


def _refused(code: str, reason: str, server_state: dict[str, Any] | None = None) -> _Verdict:
    return _Verdict(PushStatus.REFUSED, code, reason, server_state)


def stored_result(row: StoredEvent) -> PushResult:
    return PushResult(
        event_id=row.event_id,
        status=PushStatus(row.status),
        code=row.code,
        reason=row.reason,
        server_seq=row.server_seq,
        server_time=row.received_at,
        server_state=row.server_state,
    )


def _duplicate(first: PushResult, now: datetime) -> PushResult:
    return PushResult(
        event_id=first.event_id,
        status=PushStatus.DUPLICATE,
        reason="中心已收到此事件，未重复保存",
        server_seq=first.server_seq,
        server_time=now,
        first_answer=first,
    )


def _check_content(pe: PushEvent, device: Device) -> tuple[_Verdict | None, dict[str, Any]]:
    """Content rules: a refusal verdict, or None and the checked document."""
    doc = pe.event
    try:
        event = DomainEvent.from_json(doc)
    except (KeyError, ValueError, TypeError, AttributeError):
        return _refused("malformed", "事件内容不完整或格式错误，中心无法读取"), {}
    if event.event_id != pe.event_id:
        return _refused("malformed", "事件编号与其内容不一致"), {}
    if not (1 <= len(event.case_id) <= 64):
        return _refused("malformed", "事件缺少有效的办件编号"), {}
    if event.schema_version > MAX_EVENT_SCHEMA_VERSION or pe.schema_version > MAX_EVENT_SCHEMA_VERSION:
        version = max(event.schema_version, pe.schema_version)
        reason = f"事件格式版本 {version} 高于中心支持的版本，请联系管理员升级中心服务器"
        return _refused("schema_too_new", reason), {}
    if not KIND_PATTERN.match(event.kind):
        return _refused("unknown_kind", f"中心不认识事件类型“{event.kind[:64]}”"), {}
    if event.kind in BACK_OFFICE_KINDS:
        return _refused("back_office_kind", "审批结果由后台在中心作出，窗口不能上传此类事件"), {}
    if event.actor.center_code != device.center_code:
        return _refused(
            "wrong_center", f"事件属于中心 {event.actor.center_code[:32]}，本设备登记在中心 {device.center_code}"
        ), {}
    checked = event.to_json()
    checked["occurred_at"] = str(doc["occurred_at"])  # keep the client's text exactly
    return None, checked


def _apply(session: Session, pe: PushEvent, device: Device, doc: dict[str, Any], now: datetime) -> _Verdict:
    row = lock_case(session, doc["case_id"])
    if row is not None and row.center_code != device.center_code:
        return _refused("wrong_center", f"该办件属于中心 {row.center_code}，不能在本中心办理")
    if doc["kind"] == HANDOFF_KIND and row is not None and row.state in HANDED_OFF_STATES and row.handoff:
        first = row.handoff
        who = first.get("clerk_name") or first.get("clerk_id") or "其他窗口"
        where = first.get("station_code") or ""
        where = f"{where}{first.get('window', '')}"
        reason = f"该办件的结果已于 {first.get('at', '')} 由 {who}（{where}）出件，本次出件未被中心采纳"
        return _Verdict(PushStatus.CONFLICT, "already_handed_off", reason, dict(first))
    row, previous = apply_event(session, row, doc, now)
    if row.state != previous:
        emit_change(
            session,
            now,
            row.center_code,
            ChangeKind.CASE_STATE,
            {
                "state": row.state,
                "kind": doc["kind"],
                "case_no": row.case_no,
                "device_id": device.device_id,
                "station_code": device.station_code,
                "event": doc,
            },
            case_id=row.case_id,
        )
    return _Verdict(PushStatus.APPLIED)


def _store(
    session: Session, pe: PushEvent, device: Device, doc: dict[str, Any], v: _Verdict, now: datetime
) -> PushResult:
    """Insert the receipt (Core, not ORM: a batch of hundreds must not grow the session) and return the answer."""
    server_seq = session.execute(
        insert(StoredEvent)
        .values(
            event_id=pe.event_id,
            device_id=device.device_id,
            device_seq=pe.device_seq,
            case_id=str(doc.get("case_id") or pe.event.get("case_id") or "")[:64],
            kind=str(doc.get("kind") or pe.event.get("kind") or "")[:64],
            center_code=device.center_code,
            status=v.status.value,
            code=v.code,
            reason=v.reason,
            server_state=v.server_state,
            document=doc or pe.event,
            received_at=now,
        )
        .returning(StoredEvent.server_seq)
    ).scalar_one()
    return PushResult(
        event_id=pe.event_id,
        status=v.status,
        code=v.code,
        reason=v.reason,
        server_seq=server_seq,
        server_time=now,
        server_state=v.server_state,
    )


def _known(session: Session, event_ids: list[str]) -> dict[str, PushResult]:
    """The first answers for the event ids of the batch that the server already holds (one query)."""
    rows = session.scalars(select(StoredEvent).where(StoredEvent.event_id.in_(event_ids))).all()
    return {row.event_id: stored_result(row) for row in rows}


def push(session: Session, center_code: str, request: PushRequest, now: datetime) -> list[PushResult]:
    device = session.scalars(
        select(Device).where(Device.device_id == request.device_id).with_for_update()
    ).one_or_none()
    if device is None:
        raise ApiError(404, "unknown_device", "本设备尚未在中心登记，请重新登记设备后再同步")
    if device.center_code != center_code:
        raise ApiError(403, "wrong_center", "本设备登记在其他中心，不能以当前账号同步")
    device.last_seen_at = now
    results: list[PushResult] = []
    blocked: PushResult | None = None
    known = _known(session, [pe.event_id for pe in request.events])
    for pe in request.events:
        if pe.event_id in known:
            results.append(_duplicate(known[pe.event_id], now))
            continue
        expected = device.last_seq + 1
        state = {"expected_seq": expected, "last_seq": device.last_seq, "got_seq": pe.device_seq}
        if pe.device_id != device.device_id:
            results.append(_result(pe, _refused("device_mismatch", "事件来自其他设备，不能随本设备上传", state), now))
            continue
        if blocked is not None:
            reason = f"前面的事件序号有误（{blocked.code}），本事件暂未处理，请从序号 {expected} 起重新上传"
            results.append(_result(pe, _refused(blocked.code, reason, state), now))
            continue
        if pe.device_seq > expected:
            reason = f"缺少本设备序号 {expected} 至 {pe.device_seq - 1} 的事件，请从序号 {expected} 起重新上传"
            blocked = _result(pe, _refused("seq_gap", reason, state), now)
            device.alert = f"{now.isoformat()} seq_gap: expected {expected}, got {pe.device_seq}"
            results.append(blocked)
            continue
        if pe.device_seq < expected:
            reason = (
                f"本设备序号 {pe.device_seq} 已被其他事件使用（中心已收到序号 {device.last_seq}），"
                "本机可能是从旧备份恢复的，请联系管理员核对后重新登记设备"
            )
            blocked = _result(pe, _refused("seq_regression", reason, state), now)
            device.alert = f"{now.isoformat()} seq_regression: last {device.last_seq}, got {pe.device_seq}"
            results.append(blocked)
            continue
        answer = _answer(session, pe, device, now)
        known[pe.event_id] = answer.first_answer or answer
        results.append(answer)
    return results


def _result(pe: PushEvent, v: _Verdict, now: datetime) -> PushResult:
    return PushResult(
        event_id=pe.event_id,
        status=v.status,
        code=v.code,
        reason=v.reason,
        server_time=now,
        server_state=v.server_state,
    )


def _answer(session: Session, pe: PushEvent, device: Device, now: datetime) -> PushResult:
    """Answer an in-sequence event for good: checked, applied or not, stored once, its device_seq consumed.

    Work happens in a savepoint. A unique violation means another server process stored the same event id (answer
    duplicate) or created the same case at the same moment (try again: the case row now exists and is locked).
    """
    for _attempt in range(3):
        try:
            with session.begin_nested():
                verdict, doc = _check_content(pe, device)
                if verdict is None:
                    verdict = _apply(session, pe, device, doc, now)
                result = _store(session, pe, device, doc, verdict, now)
        except IntegrityError:
            existing = session.scalars(select(StoredEvent).where(StoredEvent.event_id == pe.event_id)).one_or_none()
            if existing is not None:
                return _duplicate(stored_result(existing), now)
            continue
        device.last_seq = pe.device_seq
        return result
    raise ApiError(503, "busy", "中心服务器繁忙，请稍后重试")
