"""Routes: what the center keeps of what it signs (``trust_records``), every field hostile.

- ``GET /api/v1/trust/notice-keys``: any logged-in user gets the certified notice keys (a page) and the revocations of
  their OWN center, each revocation signed now with the center's key. Windows take it at each round.
- ``GET /api/v1/trust/receipts?device_id=``: the receipts the center signed for one device. An admin or a supervisor
  (the hall's auditor: 卷宗评查) gets any device of their center; anyone else only the device whose key they present
  (``DEVICE_KEY_HEADER``). Another center's device, or an unknown one, is "not found" alike.
- ``GET /api/v1/admin/notice-keys`` and ``POST /api/v1/admin/notice-keys/revoke``: an admin of the center lists and
  revokes (who, when and why recorded).
Pages are at most ``MAX_TRUST_PAGE`` rows; query values are bounded; a request body is bounded by the body limit.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query

from govdesk.central.auth import Principal
from govdesk.central.db import Device
from govdesk.central.deps import CentralDep, PrincipalDep, errors, require_roles
from govdesk.central.devices import key_matches
from govdesk.central.errors import ApiError
from govdesk.central.receipts import center_key, center_key_id
from govdesk.central.trust_records import (
    RevokeRefused,
    certificates_page,
    list_keys,
    receipts_page,
    revocations_of,
    revoke,
    signed_revocation,
)
from govdesk.domain.events import Role
from govdesk.domain.messages import Message, said
from govdesk.domain.trust import b64
from govdesk.protocol import (
    DEVICE_KEY_HEADER,
    MAX_TRUST_PAGE,
    NoticeKeyDirectory,
    NoticeKeyView,
    ReceiptList,
    RevokeNoticeKeyRequest,
    refusals,
)

router = APIRouter(prefix="/api/v1", tags=["trust"])

#: Who may read any device's receipts of their center (an auditor's check of a PC against the center).
AUDIT_ROLES = frozenset({Role.ADMIN.value, Role.SUPERVISOR.value})

After = Annotated[int, Query(ge=0, le=2**62, description="the last row of the previous page (0: from the start)")]
Limit = Annotated[int, Query(ge=1, le=MAX_TRUST_PAGE)]
AdminDep = Annotated[Principal, Depends(require_roles(Role.ADMIN.value))]


@router.get("/trust/notice-keys", operation_id="noticeKeyDirectory", responses=errors(401))
def notice_key_directory(
    who: PrincipalDep, central: CentralDep, after: After = 0, limit: Limit = MAX_TRUST_PAGE
) -> NoticeKeyDirectory:
    """The caller's center's certified notice keys (oldest first, a page) and all its revocations, signed."""
    key = center_key(central.secret)
    issuer = center_key_id(central.secret)

    def sign(data: bytes) -> str:
        return b64(key.sign(data))

    with central.tx() as session:
        rows = certificates_page(session, who.center_code, after, limit)
        revocations = [signed_revocation(r, sign, issuer) for r in revocations_of(session, who.center_code)]
        certificates = [row.document for row in rows]
        last = rows[-1].id if len(rows) == limit else None
    return NoticeKeyDirectory.model_validate(
        {
            "center_code": who.center_code,
            "certificates": [_json(c) for c in certificates],
            "revocations": revocations,
            "next_after": last,
            "cursor": rows[-1].id if rows else after,
        }
    )


@router.get("/trust/receipts", operation_id="deviceReceipts", responses=errors(401, 403, 404))
def device_receipts(
    who: PrincipalDep,
    central: CentralDep,
    device_id: Annotated[str, Query(min_length=1, max_length=64)],
    after: After = 0,
    limit: Limit = MAX_TRUST_PAGE,
    device_key: Annotated[str | None, Header(alias=DEVICE_KEY_HEADER, max_length=128)] = None,
) -> ReceiptList:
    """The receipts the center signed for ``device_id`` (see the module docstring for who may read them)."""
    with central.tx() as session:
        device = session.get(Device, device_id)
        if device is None or device.center_code != who.center_code:
            raise ApiError(404, "device_unknown", Message(refusals.ROUTES_TRUST_DEVICE_UNKNOWN, device_id=device_id))
        if who.role not in AUDIT_ROLES and (device.key_hash is None or not key_matches(device.key_hash, device_key)):
            raise ApiError(403, "receipts_forbidden", Message(refusals.RECEIPTS_FORBIDDEN))
        rows = receipts_page(session, device_id, after, limit)
        return ReceiptList.model_validate(
            {
                "device_id": device.device_id,
                "station_code": device.station_code,
                "replaces": device.replaces,
                "replaced_by": device.replaced_by,
                "receipts": [_json(row.document) for row in rows],
                "next_after": rows[-1].id if len(rows) == limit else None,
            }
        )


@router.get("/admin/notice-keys", tags=["admin"], operation_id="adminListNoticeKeys", responses=errors(401, 403))
def admin_notice_keys(
    who: AdminDep, central: CentralDep, device_id: Annotated[str | None, Query(max_length=64)] = None
) -> list[NoticeKeyView]:
    """The notice key certificates the center issued (newest first), with their revocations."""
    with central.tx() as session:
        views = list_keys(session, who.center_code, device_id)
    return [
        NoticeKeyView(
            serial=v.serial,
            device_id=v.device_id,
            station_code=v.station_code,
            key_id=v.key_id,
            not_before=v.not_before.isoformat(),
            not_after=v.not_after.isoformat(),
            issued_by=v.issued_by,
            revoked_at=v.revoked_at.isoformat() if v.revoked_at else None,
            revoked_by=v.revoked_by,
            reason=v.reason,
        )
        for v in views
    ]


@router.post(
    "/admin/notice-keys/revoke",
    tags=["admin"],
    operation_id="adminRevokeNoticeKey",
    responses=errors(400, 401, 403, 404, 409),
)
def admin_revoke_notice_key(body: RevokeNoticeKeyRequest, who: AdminDep, central: CentralDep) -> list[NoticeKeyView]:
    """Revoke every notice key the center certified for a device of the admin's center (recorded who, when, why)."""
    with central.tx() as session:
        try:
            revoke(
                session,
                body.device_id,
                body.reason_code,
                body.reason,
                who.username,
                central.now(),
                center_code=who.center_code,
                invalid_from=body.invalid_from,
            )
        except RevokeRefused as error:
            raise ApiError(error.status, "notice_key_revoke_refused", said(error)) from None
    return admin_notice_keys(who, central, body.device_id)


def _json(text: str) -> object:
    return json.loads(text)
