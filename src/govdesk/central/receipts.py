"""The center's signing key, the signed receipt of each push batch, and certificates of windows' notice keys.

One Ed25519 key per center server, derived (HKDF-SHA256) from the secret that already lives outside the database
(``GOVDESK_CENTRAL_SECRET(_FILE)``, ``context.load_secret``): nothing new to keep, and rotating that secret rotates
this key (its ``key_id`` changes; windows take the new public key at their next round). The public key is served at
``GET /api/v1/trust/center-key``, to windows and to auditors.

- Receipts (``domain.trust.BatchReceipt``, regulation 000 Art. 20 留痕可追溯): a push whose request names the chain
  position and hash of its last event (``anchor``) gets a receipt when that last event was stored (applied, or
  already held). A client's claim is all the server signs about the hash: it never sees the window's chain, so the
  receipt proves what the window said *then*, which is exactly what a later rewrite of the window's file cannot
  change.
- Notice key certificates (``domain.trust.NoticeKeyCertificate``): ``POST /api/v1/trust/notice-key`` from a
  logged-in intake, issuing or back-office user on a device registered to their center, presenting the device key.
  Valid for ``NOTICE_CERT_DAYS``; a window renews it when less than a third is left. A key an admin revoked is
  never certified again (409 ``notice_key_revoked``: the window makes a new key).
- The center keeps every receipt and certificate it signs (``trust_records``, revision 0017).
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import APIRouter, Header
from sqlalchemy import func, select

from govdesk.central.context import Central
from govdesk.central.db import Device
from govdesk.central.deps import CentralDep, PrincipalDep, errors
from govdesk.central.devices import key_matches, wrong_key
from govdesk.central.errors import ApiError
from govdesk.central.trust_records import NoticeKeyCertificateRow, is_revoked, keep_certificate, keep_receipt
from govdesk.domain.clock import minute_text
from govdesk.domain.events import Role
from govdesk.domain.messages import Message, said
from govdesk.domain.trust import BatchReceipt, NoticeKeyCertificate, b64, key_id, unb64
from govdesk.protocol import (
    DEVICE_KEY_HEADER,
    CenterKeyResponse,
    NoticeKeyCertificateModel,
    NoticeKeyRequest,
    PushRequest,
    refusals,
)

NOTICE_CERT_DAYS = 90
#: Certificates one device may get in a day (a renewal every 60 days, a new key after a revocation: a few at most).
MAX_CERTS_PER_DAY = 5
#: Roles whose windows print notices (受理, 出件 and 后台 print; a supervisor or admin does not).
NOTICE_ROLES = frozenset({Role.INTAKE.value, Role.ISSUING.value, Role.BACK_OFFICE.value})
_HKDF_INFO = b"govdesk center signing key v1"

router = APIRouter(prefix="/api/v1/trust", tags=["trust"])


@lru_cache(maxsize=8)
def center_key(secret: str) -> Ed25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(secret.encode("utf-8"))
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_bytes(secret: str) -> bytes:
    return center_key(secret).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def center_key_id(secret: str) -> str:
    return key_id(public_key_bytes(secret))


def batch_receipt(
    central: Central, center_code: str, request: PushRequest, answers: list[dict[str, Any]], now: datetime
) -> dict[str, Any] | None:
    """The signed receipt for this batch (a dict in ``BatchReceiptModel``'s shape), or None: no anchor, an anchor
    not on the batch's last event, or a last event that was not stored (e.g. behind a sequence gap)."""
    anchor = request.anchor
    if anchor is None or not request.events or not answers:
        return None
    last = request.events[-1]
    if anchor.event_id != last.event_id or answers[-1].get("server_seq") is None:
        return None
    receipt = BatchReceipt(
        center_code=center_code,
        device_id=request.device_id,
        first_seq=request.events[0].device_seq,
        last_seq=last.device_seq,
        event_id=anchor.event_id,
        chain_position=anchor.position,
        chain_hash=anchor.hash,
        issued_at=now.isoformat(),
        key_id=center_key_id(central.secret),
    )
    signature = center_key(central.secret).sign(receipt.signed_bytes())
    with central.tx() as session:  # the center keeps what it signs (``trust_records``)
        return keep_receipt(session, {**receipt.to_json(), "signature": b64(signature)})


@router.get("/center-key", operation_id="centerKey", responses=errors())
def get_center_key(central: CentralDep) -> CenterKeyResponse:
    """Public: the key that signs batch receipts and notice key certificates."""
    raw = public_key_bytes(central.secret)
    return CenterKeyResponse(public_key=b64(raw), key_id=key_id(raw))


DeviceKey = Annotated[
    str | None, Header(alias=DEVICE_KEY_HEADER, max_length=128, description="the key issued at registration")
]


@router.post("/notice-key", operation_id="certifyNoticeKey", responses=errors(400, 401, 403, 404, 409, 429))
def certify_notice_key(
    body: NoticeKeyRequest, who: PrincipalDep, central: CentralDep, device_key: DeviceKey = None
) -> NoticeKeyCertificateModel:
    """Certify a window's notice signing key for its device and station (every field checked, none believed)."""
    if who.role not in NOTICE_ROLES:
        raise ApiError(403, "role_forbidden", Message(refusals.ROLE_FORBIDDEN))
    raw = unb64_or_400(body.public_key)
    if len(raw) != 32:
        raise ApiError(400, "key_invalid", Message(refusals.KEY_INVALID))
    now = central.now()
    with central.tx() as session:
        device = session.execute(select(Device).where(Device.device_id == body.device_id)).scalar_one_or_none()
        if device is None or device.center_code != who.center_code:
            raise ApiError(404, "device_unknown", Message(refusals.DEVICE_UNKNOWN))
        if not key_matches(device.key_hash, device_key):
            raise wrong_key()
        issued_today = session.scalar(
            select(func.count())
            .select_from(NoticeKeyCertificateRow)
            .where(
                NoticeKeyCertificateRow.device_id == device.device_id,
                NoticeKeyCertificateRow.not_before > now - timedelta(days=1),
            )
        )
        if (issued_today or 0) >= MAX_CERTS_PER_DAY:  # each is kept and sent to every window of the center
            raise ApiError(
                429,
                "notice_key_quota",
                Message(refusals.NOTICE_KEY_QUOTA, max_certs_per_day=MAX_CERTS_PER_DAY),
            )
        revoked = is_revoked(session, device.center_code, b64(raw))
        if revoked is not None:
            raise ApiError(
                409,
                "notice_key_revoked",
                Message(
                    refusals.NOTICE_KEY_REVOKED,
                    revoked_at=minute_text(revoked.revoked_at),
                ),
            )
        cert = NoticeKeyCertificate(
            serial=secrets.token_hex(8),
            center_code=device.center_code,
            station_code=device.station_code,
            device_id=device.device_id,
            public_key=b64(raw),
            not_before=now.isoformat(),
            not_after=(now + timedelta(days=NOTICE_CERT_DAYS)).isoformat(),
            issuer_key_id=center_key_id(central.secret),
        )
        cert = replace(cert, signature=b64(center_key(central.secret).sign(cert.signed_bytes())))
        keep_certificate(session, cert, who.username)  # the center keeps what it certified, to revoke it later
    return NoticeKeyCertificateModel(**cert.to_json())


def unb64_or_400(text: str) -> bytes:
    try:
        return unb64(text, "通知书签名公钥")
    except ValueError as error:
        raise ApiError(400, "key_invalid", said(error)) from error
