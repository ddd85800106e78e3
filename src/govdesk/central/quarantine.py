"""A device's standing at the center: approval of a new device, quarantine after a restore, re-enrolment.

Registration is an admin's step (issue 12; GB/T 22239-2019 level 3, 设备接入控制): a new device registers as
``pending`` and may not sync until an admin of its center approves it (``govdesk central device approve``, or
``POST /api/v1/admin/devices/{id}/approve``). The quota (``devices.py``) counts pending devices too. The embedded demo
server (``govdesk demo``) and tests of other things start the server with ``device_approval="auto"``: their devices
are active at once.

A PC restored from an old backup (issue 17, G3; DESIGN.md "Sync") numbers events and cases again from where the backup
stood: the device sequence goes back (``seq_regression``) and the case numbers of the restored days are issued a
second time. The first regression quarantines the device (``quarantine``: when and why) — a push that reuses a
sequence number, or a pull that says a last sequence below what the center holds (a restored PC with nothing to send:
``refuse_quarantined_key``) — and from then on the center refuses EVERYTHING from it in words: push, registration,
pull, snapshot and summary answer 403 ``device_quarantined``. The window keeps every event and stops numbering new
cases (the intake says so; drafts are kept). An admin who has looked at it re-enrols it (``govdesk central device
reenrol``): the device's next registration, with the same device id and key (the same PC), is answered with a NEW
device id and a NEW station code, the old device is ``retired`` with ``replaced_by``; the window resends its
not-yet-accepted events under the new identity from device_seq 1. Events the center already holds answer
``duplicate`` (by event id, whatever device sent them), so nothing is lost or stored twice.

Case numbers (``push``/``projection``): a number is unique per center at the server. The first case that brought a
number keeps it. A later case with the same number (a restored PC's cases taken before it learned it was quarantined)
is kept — the application is valid and its events are applied — but WITHOUT the number: its ``case.drafted`` is
answered ``conflict``/``case_no_taken`` in words, and the number is kept aside (``case_no_refused``). Nothing is
renamed silently: the window gives only those cases a new number under its new station code (``case.renumbered``),
tells the clerk which notice carried the old number, and reprinting it is the clerk's call.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.db import Device
from govdesk.central.deps import CentralDep, errors, require_roles
from govdesk.central.errors import ApiError
from govdesk.central.security import token_hash
from govdesk.domain.clock import minute_text
from govdesk.domain.messages import Message, said
from govdesk.protocol import DEVICE_KEY_HEADER, OkResponse, refusals

PENDING, ACTIVE, QUARANTINED, REENROL, RETIRED = "pending", "active", "quarantined", "reenrol", "retired"
#: The highest device_seq a request may name (a 64-bit column).
log = logging.getLogger(__name__)
MAX_DEVICE_SEQ = 2**62
STATUS_LABELS = {
    PENDING: Message(refusals.TERM_DEVICE_PENDING),
    ACTIVE: Message(refusals.TERM_DEVICE_ACTIVE),
    QUARANTINED: Message(refusals.TERM_DEVICE_QUARANTINED),
    REENROL: Message(refusals.TERM_DEVICE_REENROL),
    RETIRED: Message(refusals.TERM_DEVICE_RETIRED),
}
#: How a new device starts: "admin" (pending until approved) or "auto" (active at once: the embedded demo, tests).
APPROVAL_MODES = ("admin", "auto")
#: A device's pull scope (``central.changes``): a window PC receives what concerns its station; a hall or supervision
#: desk every change of its center. An admin's fact (``set_scope``), never a client's.
STATION, CENTER = "station", "center"
SCOPES = (STATION, CENTER)


class DeviceAdminError(Exception):
    """A Chinese message for the administrator."""


def _cst(at: datetime | None) -> str:
    return minute_text(at) if at is not None else "—"


def refusal(device: Device) -> ApiError | None:
    """The words a device that may not sync is answered with (None: it may)."""
    if device.status == PENDING:
        return ApiError(
            403,
            "device_pending",
            Message(refusals.DEVICE_PENDING, station_code=device.station_code),
        )
    if device.status in (QUARANTINED, REENROL):
        return ApiError(
            403,
            "device_quarantined",
            Message(
                refusals.DEVICE_QUARANTINED,
                station_code=device.station_code,
                at=_cst(device.status_at),
                status_reason=device.status_reason,
            ),
        )
    if device.status == RETIRED:
        return ApiError(
            403,
            "device_retired",
            Message(refusals.DEVICE_RETIRED, replaced_by=device.replaced_by),
        )
    return None


def quarantine(session: Session, device_id: str, reason: str, now: datetime) -> None:
    """Quarantine the device (its own transaction's work): refused everything until an admin re-enrols it."""
    session.execute(
        update(Device)
        .where(Device.device_id == device_id, Device.status == ACTIVE)
        .values(status=QUARANTINED, status_at=now, status_by="", status_reason=reason, alert=reason)
    )


# --- administration (CLI and admin endpoints) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeviceView:
    device_id: str
    center_code: str
    station_code: str
    name: str
    window: str
    status: str
    status_label: str
    status_at: datetime | None
    status_by: str
    status_reason: str
    last_seq: int
    last_seen_at: datetime | None
    registered_by: str
    replaced_by: str
    replaces: str
    scope: str


def _view(d: Device) -> DeviceView:
    return DeviceView(
        d.device_id,
        d.center_code,
        d.station_code,
        d.name,
        d.window,
        d.status,
        STATUS_LABELS.get(d.status, d.status),
        d.status_at,
        d.status_by,
        d.status_reason,
        int(d.last_seq),
        d.last_seen_at,
        d.registered_by,
        d.replaced_by or "",
        d.replaces or "",
        d.scope,
    )


def list_devices(session: Session, center_code: str | None = None, status: str | None = None) -> list[DeviceView]:
    stmt = select(Device).order_by(Device.center_code, Device.station_code)
    if center_code:
        stmt = stmt.where(Device.center_code == center_code)
    if status:
        stmt = stmt.where(Device.status == status)
    return [_view(d) for d in session.scalars(stmt)]


def _find(session: Session, device_id: str, center_code: str | None) -> Device:
    device = session.scalars(select(Device).where(Device.device_id == device_id).with_for_update()).one_or_none()
    if device is None or (center_code is not None and device.center_code != center_code):
        raise DeviceAdminError(
            Message(refusals.DEVICE_UNKNOWN_IN_CENTER, device_id=device_id, center_code=center_code)
            if center_code
            else Message(refusals.DEVICE_UNKNOWN_ADMIN, device_id=device_id)
        )
    return device


def approve(session: Session, device_id: str, by: str, now: datetime, center_code: str | None = None) -> DeviceView:
    """An admin approves a device waiting for it: it may sync from its next round."""
    device = _find(session, device_id, center_code)
    if device.status != PENDING:
        label = STATUS_LABELS.get(device.status, device.status)
        raise DeviceAdminError(
            Message(refusals.DEVICE_NOT_PENDING, device_id=device_id, station_code=device.station_code, label=label)
        )
    device.status, device.status_at, device.status_by, device.status_reason = ACTIVE, now, by, "管理员批准登记"
    return _view(device)


def allow_reenrol(
    session: Session, device_id: str, by: str, now: datetime, center_code: str | None = None
) -> DeviceView:
    """An admin allows a quarantined device to re-enrol: its next registration gets a new identity and station."""
    device = _find(session, device_id, center_code)
    if device.status not in (QUARANTINED, REENROL):
        label = STATUS_LABELS.get(device.status, device.status)
        raise DeviceAdminError(
            Message(refusals.DEVICE_NOT_QUARANTINED, device_id=device_id, station_code=device.station_code, label=label)
        )
    reason = device.status_reason
    device.status, device.status_at, device.status_by = REENROL, now, by
    device.status_reason = reason  # why it was quarantined stays said until the PC comes back
    return _view(device)


def set_scope(
    session: Session, device_id: str, scope: str, by: str, now: datetime, center_code: str | None = None
) -> DeviceView:
    """An admin sets what a device pulls: ``station`` (a window PC) or ``center`` (a hall or supervision desk). The
    device's next pull follows it; a window made a desk (or back) re-reads its center's cases at its next G4 check
    when its store no longer matches (``sync.engine``)."""
    if scope not in SCOPES:
        raise DeviceAdminError(Message(refusals.DEVICE_SCOPE_UNKNOWN, scope=scope[:16]))
    device = _find(session, device_id, center_code)
    if device.scope != scope:  # the status fields say why a device may sync or not: a scope is not a status
        log.info("device %s (%s) set to pull %s by %s at %s", device_id, device.station_code, scope, by, now)
    device.scope = scope
    return _view(device)


# --- the admin endpoints ------------------------------------------------------------------------------------------

AdminDep = Annotated[Principal, Depends(require_roles("admin"))]
router = APIRouter(prefix="/api/v1/admin/devices", tags=["admin"])


def _run(central: Central, action: str, device_id: str, who: Principal) -> DeviceView:
    with central.tx() as session:
        try:
            if action == "approve":
                return approve(session, device_id, who.username, central.now(), who.center_code)
            return allow_reenrol(session, device_id, who.username, central.now(), who.center_code)
        except DeviceAdminError as error:
            raise ApiError(409 if "状态" in str(error) else 404, f"device_{action}_refused", said(error)) from None


@router.get("", operation_id="adminListDevices", responses=errors(401, 403))
def admin_list(
    who: AdminDep, central: CentralDep, status: Annotated[str | None, Query(max_length=16)] = None
) -> list[dict[str, object]]:
    """The center's devices with their status (an admin of that center only)."""
    with central.tx() as session:
        return [vars_of(v) for v in list_devices(session, who.center_code, status)]


DeviceId = Annotated[str, Path(max_length=64)]


@router.post("/{device_id}/approve", operation_id="adminApproveDevice", responses=errors(401, 403, 404, 409))
def admin_approve(device_id: DeviceId, who: AdminDep, central: CentralDep) -> OkResponse:
    _run(central, "approve", device_id, who)
    return OkResponse()


@router.post("/{device_id}/reenrol", operation_id="adminReenrolDevice", responses=errors(401, 403, 404, 409))
def admin_reenrol(device_id: DeviceId, who: AdminDep, central: CentralDep) -> OkResponse:
    _run(central, "reenrol", device_id, who)
    return OkResponse()


@router.post("/{device_id}/scope", operation_id="adminSetDeviceScope", responses=errors(401, 403, 404, 409))
def admin_scope(
    device_id: DeviceId,
    who: AdminDep,
    central: CentralDep,
    scope: Annotated[str, Query(pattern="^(station|center)$", description="station: a window PC; center: a desk")],
) -> OkResponse:
    """What the device pulls (an admin of its center only): its station's cases, or every change of the center."""
    with central.tx() as session:
        try:
            set_scope(session, device_id, scope, who.username, central.now(), who.center_code)
        except DeviceAdminError as error:
            raise ApiError(404, "device_scope_refused", said(error)) from None
    return OkResponse()


def vars_of(view: DeviceView) -> dict[str, object]:
    return {name: getattr(view, name) for name in DeviceView.__slots__}


# --- pull, snapshot and summary from a quarantined device ---------------------------------------------------------


def refuse_quarantined_key(
    central: CentralDep,
    device_key: Annotated[str | None, Header(alias=DEVICE_KEY_HEADER, max_length=128)] = None,
    seq: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_DEVICE_SEQ,
            description="the last device_seq the window has numbered: lower than the center holds, the PC was "
            "restored from an older copy and is quarantined here",
        ),
    ] = None,
) -> None:
    """A request carrying the key of a quarantined device is answered "quarantined" only (a retired device's key is
    the re-enrolled device's too: the replacement decides).

    A window that pulls says the last ``device_seq`` it has numbered. A PC restored from an older copy that has
    nothing to send would otherwise never show its regression, and would pull with the old copy's cursor while the
    center skips "its own" events (``changes.pull``): the cases of the lost days would never come back to it. So a
    ``seq`` below what the center holds from the device quarantines it here, as a push would."""
    if not device_key:
        return
    with central.read() as session:
        rows = session.scalars(select(Device).where(Device.key_hash == token_hash(device_key))).all()
    live = [d for d in rows if d.status != RETIRED]
    for device in live:
        if device.status in (QUARANTINED, REENROL) and (error := refusal(device)) is not None:
            raise error
    behind = [d for d in live if d.status == ACTIVE and seq is not None and d.last_seq > seq]
    for device in behind:
        reason = Message(refusals.SEQ_BEHIND, seq=seq, last_seq=device.last_seq)
        with central.tx() as session:
            quarantine(session, device.device_id, reason, central.now())
            held = session.get(Device, device.device_id)
            error = refusal(held) if held is not None else None
        raise error or ApiError(403, "device_quarantined", reason)


NotQuarantined = Depends(refuse_quarantined_key)
