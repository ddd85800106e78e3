"""Devices: registration (a station code and a device key, issued once) and the key checked on every push.

A device is bound to the credential that registered it (issue 12; DESIGN.md "Sync": "A device is bound to the
credential that enrolled it"): its first registration binds a random device key, of which the server keeps only the
SHA-256; a push on the device, and a registration of it again, must present it (``DEVICE_KEY_HEADER``). The window
makes its key and keeps it BEFORE it registers, and presents it at the first registration (a lost reply then
costs nothing: the registration is sent again with the same key); a caller presenting none is issued one in the
answer, once. Before,
any clerk of the center could push under another window's device id (the ids travel in every pull), consuming its
sequence and wedging it. A center registers at most ``quota`` devices (``create_app(device_quota=...)``).

A new device is ``pending`` until an admin of its center approves it, and a device quarantined after a sequence
regression comes back under a new identity once an admin allows it (``govdesk.central.quarantine``).

Devices registered before revision 0006 have no key: they push as before, and the user who registered one binds it
by registering it again (its key is bound then). Nobody else can.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.db import Center, Device
from govdesk.central.errors import ApiError
from govdesk.central.quarantine import ACTIVE, PENDING, QUARANTINED, REENROL, RETIRED, refusal
from govdesk.central.security import token_hash
from govdesk.central.writers import bind_session
from govdesk.domain.messages import Message
from govdesk.protocol import DeviceRegisterRequest, DeviceRegisterResponse, refusals

#: Devices a center may register (a county hall and its townships: a few dozen windows).
DEFAULT_QUOTA = 200
MIN_KEY, MAX_KEY = 32, 128
#: A retired device (re-enrolled after a quarantine) keeps the hash of its key under this prefix: the key then names
#: one live device (its replacement), and the old id still answers the replacement to the same PC after a lost reply.
RETIRED_KEY_PREFIX = "retired:"


def new_device_key() -> str:
    return secrets.token_urlsafe(32)


def key_matches(key_hash: str | None, presented: str | None) -> bool:
    """Whether ``presented`` is the device's key (a device with no key, registered before keys, matches anything)."""
    if key_hash is None:
        return True
    return presented is not None and hmac.compare_digest(key_hash, token_hash(presented))


def wrong_key() -> ApiError:
    return ApiError(
        403,
        "device_key_invalid",
        Message(refusals.DEVICE_KEY_INVALID),
    )


def _proposed(presented: str | None) -> bool:
    """Whether the caller brought a key of its own fit to bind (random, 32 to 128 characters)."""
    return presented is not None and MIN_KEY <= len(presented) <= MAX_KEY


def _bind(session: Session, device: Device, presented: str | None) -> str:
    """Bind ``device`` to the caller's key, or to a new one; returns the key to give back ("" when it was the
    caller's own). A key that names another device already is not bound twice (the pull names a window by its key:
    one key, one device): a new one is issued."""
    usable = presented is not None and _proposed(presented) and not _key_taken(session, presented)
    key = presented if usable and presented is not None else new_device_key()
    device.key_hash = token_hash(key)
    return "" if key == presented else key


def _key_taken(session: Session, key: str) -> bool:
    return session.scalar(select(func.count()).select_from(Device).where(Device.key_hash == token_hash(key))) != 0


def _registered_again(session: Session, device: Device, who: Principal, presented: str | None) -> str:
    """The same device registering again: with its key; a device without one is bound now, by its registrant only.
    Returns the key to give back (only one the server made when binding)."""
    if device.key_hash is not None:
        if not key_matches(device.key_hash, presented):
            raise ApiError(
                409,
                "device_bound",
                Message(refusals.DEVICES_DEVICE_BOUND),
            )
        return ""
    if device.registered_by != who.username:
        raise ApiError(409, "device_bound", Message(refusals.DEVICE_BOUND))
    return _bind(session, device, presented)


def _new_device(
    session: Session, who: Principal, request: DeviceRegisterRequest, now: datetime, quota: int, status: str
) -> Device:
    """A new device row with the center's next free station code (the center row is locked by the caller)."""
    live = Device.center_code == who.center_code, Device.status != RETIRED
    count = session.scalar(select(func.count()).select_from(Device).where(*live)) or 0
    if count >= quota:
        raise ApiError(
            409,
            "device_quota",
            Message(refusals.DEVICE_QUOTA, count=count, quota=quota),
        )
    taken = session.scalar(select(func.count()).select_from(Device).where(Device.center_code == who.center_code)) or 0
    number = taken + 1
    while True:
        station = f"S{number:02d}"
        try:
            with session.begin_nested():
                device = Device(
                    device_id=request.device_id or str(uuid.uuid4()),
                    center_code=who.center_code,
                    station_code=station,
                    name=request.name,
                    window=request.window,
                    last_seq=0,
                    registered_by=who.username,
                    registered_at=now,
                    alert="",
                    status=status,
                    status_at=now,
                    status_by="" if status == PENDING else who.username,
                    status_reason="",
                )
                session.add(device)
                session.flush()
            return device
        except IntegrityError:
            number += 1
            if number > taken + 1000:
                raise ApiError(409, "station_exhausted", Message(refusals.STATION_EXHAUSTED)) from None


def _reenrolled(
    session: Session,
    old: Device,
    who: Principal,
    request: DeviceRegisterRequest,
    now: datetime,
    quota: int,
    presented_key: str | None,
) -> Device:
    """The quarantined ``old`` device, allowed by an admin, comes back: a new identity and station code, bound to
    the same key (the same PC); ``old`` is retired (``central.quarantine``)."""
    fresh = DeviceRegisterRequest(device_id=None, name=request.name or old.name, window=request.window or old.window)
    device = _new_device(session, who, fresh, now, quota, ACTIVE)
    device.key_hash = old.key_hash
    if presented_key is not None:  # the key names one live device: the retired one keeps it for a lost reply only
        old.key_hash = token_hash(RETIRED_KEY_PREFIX + presented_key)
    device.replaces = old.device_id
    device.scope = old.scope  # a hall desk re-enrolled stays a hall desk
    device.status_by = old.status_by  # the admin who allowed it
    device.status_reason = f"隔离后重新登记，替代设备 {old.device_id}（原工作站 {old.station_code}）"
    old.status, old.status_at, old.replaced_by = RETIRED, now, device.device_id
    return device


def register_device(
    session: Session,
    who: Principal,
    request: DeviceRegisterRequest,
    now: datetime,
    presented_key: str | None,
    quota: int,
    approval: str = "admin",
    scope: str = "station",
) -> DeviceRegisterResponse:
    """Register a device (pending until an admin approves it, unless ``approval`` is "auto"; a new key, issued
    once), or answer the same station code when the same device registers again with its key; a quarantined device
    re-enrolled by an admin gets its new identity here (``central.quarantine``)."""
    # Lock the center row: station numbers are handed out one at a time per center.
    center = session.scalars(select(Center).where(Center.code == who.center_code).with_for_update()).one_or_none()
    if center is None:
        raise ApiError(404, "unknown_center", Message(refusals.UNKNOWN_CENTER, center_code=who.center_code))
    device = session.get(Device, request.device_id, with_for_update=True) if request.device_id else None
    if device is not None and device.center_code != who.center_code:
        raise ApiError(
            409,
            "device_other_center",
            Message(refusals.DEVICE_OTHER_CENTER, registered_center=device.center_code, center_code=who.center_code),
        )
    key = ""
    replaces = ""
    if device is None:
        device = _new_device(session, who, request, now, quota, ACTIVE if approval == "auto" else PENDING)
        device.scope = scope
        key = _bind(session, device, presented_key)
    else:
        shown = presented_key
        if device.status == RETIRED and presented_key is not None:
            shown = RETIRED_KEY_PREFIX + presented_key
        key = _registered_again(session, device, who, shown)
        if device.status == RETIRED and device.replaced_by:  # the answer of a re-enrolment was lost: the same again
            replaces, device = device.device_id, session.get(Device, device.replaced_by)
            assert device is not None
        elif device.status == REENROL:
            replaces, device = device.device_id, _reenrolled(session, device, who, request, now, quota, presented_key)
        elif device.status == QUARANTINED and (error := refusal(device)) is not None:
            raise error
        device.name = request.name or device.name
        device.window = request.window or device.window
    bind_session(session.connection(), who, device.device_id)  # this login was used at this PC (AB岗: ``writers``)
    device.last_seen_at = now
    return DeviceRegisterResponse(
        device_id=device.device_id,
        center_code=device.center_code,
        station_code=device.station_code,
        last_seq=device.last_seq,
        registered_at=device.registered_at,
        device_key=key,
        status=PENDING if device.status == PENDING else ACTIVE,
        replaces=replaces,
    )
