"""What the center keeps of what it signs (issue 12; revision 0017): the notice key certificates it issued, their
revocations, and every batch receipt.

- **Certificates and revocations.** An admin of a center revokes a window's notice key (``revoke``: the CLI's
  ``govdesk central notice-key revoke`` and ``POST /api/v1/admin/notice-keys/revoke``), with who, when and why. Every
  key the center certified for that device and not yet revoked is revoked; the center never certifies a revoked key
  again, so the window makes a new key and has it certified at its next round. A revocation is signed when it is
  served (``GET /api/v1/trust/notice-keys``), with the center's key of that moment, so a rotated secret re-signs it.
- **Receipts.** Each signed batch receipt is kept, one per (device, event): a retried push gets the receipt it was
  given the first time, and a second, different claim about an event already anchored (a chain rewritten on the PC,
  then pushed again) is not signed at all (bounded: at most one row per event a device pushed). An auditor compares a
  PC with these (``GET /api/v1/trust/receipts``; ``govdesk db verify --center``): deleting every receipt on the PC, or
  the events they cover, is then found. Regulation 000 Art. 20 (留痕, 可追溯).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.db import Base, Device, UTCDateTime, dump_json
from govdesk.domain.messages import Message
from govdesk.domain.trust import REVOCATION_REASONS, NoticeKeyCertificate, NoticeKeyRevocation, key_id, unb64
from govdesk.protocol import refusals

log = logging.getLogger(__name__)

MAX_REASON = 200


class RevokeRefused(Exception):
    """A revocation refused; the message is Chinese (404: no such device of the center; 409: nothing to revoke)."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


class NoticeKeyCertificateRow(Base):
    """A notice key certificate as the center signed it (revision 0017)."""

    __tablename__ = "notice_key_certificates"
    __table_args__ = (Index("ix_notice_key_certificates_center_id", "center_code", "id"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    station_code: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, base64
    not_before: Mapped[datetime] = mapped_column(UTCDateTime())
    not_after: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)  # the signed certificate's JSON, served as it was signed


class NoticeKeyRevocationRow(Base):
    """A revoked notice key of a center: who revoked it, when, why, and from which day its notices fail."""

    __tablename__ = "notice_key_revocations"
    __table_args__ = (UniqueConstraint("center_code", "public_key", name="uq_notice_key_revocations_center_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    public_key: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(16))
    revoked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    invalid_from: Mapped[datetime] = mapped_column(UTCDateTime())
    reason_code: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    revoked_by: Mapped[str] = mapped_column(String(64))


class BatchReceiptRow(Base):
    """A batch receipt the center signed, as it was sent (revision 0017)."""

    __tablename__ = "batch_receipts"
    __table_args__ = (
        UniqueConstraint("device_id", "event_id", name="uq_batch_receipts_device_event"),
        Index("ix_batch_receipts_device_id_id", "device_id", "id"),
    )
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    center_code: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(64))
    first_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    chain_position: Mapped[int] = mapped_column(BigInteger)
    chain_hash: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    document: Mapped[str] = mapped_column(Text)


# --- certificates and revocations --------------------------------------------------------------------------------


def is_revoked(session: Session, center_code: str, public_key: str) -> NoticeKeyRevocationRow | None:
    return session.scalars(
        select(NoticeKeyRevocationRow).where(
            NoticeKeyRevocationRow.center_code == center_code, NoticeKeyRevocationRow.public_key == public_key
        )
    ).one_or_none()


def keep_certificate(session: Session, certificate: NoticeKeyCertificate, issued_by: str) -> None:
    session.add(
        NoticeKeyCertificateRow(
            serial=certificate.serial,
            center_code=certificate.center_code,
            device_id=certificate.device_id,
            station_code=certificate.station_code,
            public_key=certificate.public_key,
            not_before=datetime.fromisoformat(certificate.not_before),
            not_after=datetime.fromisoformat(certificate.not_after),
            issued_by=issued_by[:64],
            document=dump_json(certificate.to_json()),
        )
    )


@dataclass(frozen=True, slots=True)
class Revoked:
    device_id: str
    station_code: str
    public_key: str
    revoked_at: datetime
    invalid_from: datetime


def revoke(
    session: Session,
    device_id: str,
    reason_code: str,
    reason: str,
    by: str,
    now: datetime,
    *,
    center_code: str | None = None,
    invalid_from: datetime | None = None,
) -> list[Revoked]:
    """Revoke every key the center certified for ``device_id`` and not yet revoked. ``center_code``: the admin's
    center (a device of another center is "not found"); None from the command line (the database's operator)."""
    reason = reason.strip()
    if reason_code not in REVOCATION_REASONS:
        raise RevokeRefused(
            Message(refusals.REVOKE_REASON_CODE, reason_code=reason_code, choices="、".join(REVOCATION_REASONS)), 400
        )
    if not reason or len(reason) > MAX_REASON:
        raise RevokeRefused(Message(refusals.REVOKE_REASON_MISSING, max_reason=MAX_REASON), 400)
    if invalid_from is not None and invalid_from.tzinfo is None:
        raise RevokeRefused(Message(refusals.REVOKE_NO_TIMEZONE), 400)
    if invalid_from is not None and invalid_from > now:
        raise RevokeRefused(Message(refusals.REVOKE_INVALID_FROM_LATER), 400)
    device = session.get(Device, device_id)
    if device is None or (center_code is not None and device.center_code != center_code):
        raise RevokeRefused(Message(refusals.REVOKE_DEVICE_UNKNOWN, device_id=device_id), 404)
    keys = session.execute(
        select(NoticeKeyCertificateRow.public_key, NoticeKeyCertificateRow.station_code)
        .where(NoticeKeyCertificateRow.device_id == device_id)
        .order_by(NoticeKeyCertificateRow.id)
    ).all()
    done: list[Revoked] = []
    seen: set[str] = set()
    for public_key, station_code in keys:
        if public_key in seen or is_revoked(session, device.center_code, public_key) is not None:
            continue
        seen.add(public_key)
        session.add(
            NoticeKeyRevocationRow(
                center_code=device.center_code,
                public_key=public_key,
                device_id=device_id,
                station_code=station_code,
                revoked_at=now,
                invalid_from=invalid_from or now,
                reason_code=reason_code,
                reason=reason,
                revoked_by=by[:64],
            )
        )
        done.append(Revoked(device_id, station_code, public_key, now, invalid_from or now))
    if not done:
        raise RevokeRefused(Message(refusals.REVOKE_NOTHING, device_id=device_id))
    session.flush()
    log.warning(
        "notice key revoked",
        extra={"event": "notice_key_revoked", "device_id": device_id, "by": by, "reason_code": reason_code},
    )
    return done


def signed_revocation(row: NoticeKeyRevocationRow, sign: Any, issuer_key_id: str) -> dict[str, Any]:
    """The revocation in ``NoticeKeyRevocationModel``'s shape, signed now with ``sign`` (the center's key)."""
    revocation = NoticeKeyRevocation(
        center_code=row.center_code,
        public_key=row.public_key,
        device_id=row.device_id,
        station_code=row.station_code,
        revoked_at=row.revoked_at.isoformat(),
        invalid_from=row.invalid_from.isoformat(),
        reason_code=row.reason_code,
        reason=row.reason,
        revoked_by=row.revoked_by,
        issuer_key_id=issuer_key_id,
    )
    return {**revocation.to_json(), "signature": sign(revocation.signed_bytes())}


def revocations_of(session: Session, center_code: str) -> list[NoticeKeyRevocationRow]:
    return list(
        session.scalars(
            select(NoticeKeyRevocationRow)
            .where(NoticeKeyRevocationRow.center_code == center_code)
            .order_by(NoticeKeyRevocationRow.id)
        )
    )


def certificates_page(session: Session, center_code: str, after: int, limit: int) -> list[NoticeKeyCertificateRow]:
    return list(
        session.scalars(
            select(NoticeKeyCertificateRow)
            .where(NoticeKeyCertificateRow.center_code == center_code, NoticeKeyCertificateRow.id > after)
            .order_by(NoticeKeyCertificateRow.id)
            .limit(limit)
        )
    )


@dataclass(frozen=True, slots=True)
class KeyView:
    serial: str
    center_code: str
    device_id: str
    station_code: str
    key_id: str
    not_before: datetime
    not_after: datetime
    issued_by: str
    revoked_at: datetime | None
    revoked_by: str | None
    reason: str | None


def list_keys(session: Session, center_code: str | None = None, device_id: str | None = None) -> list[KeyView]:
    """The certificates issued (newest first), with their revocation; for an admin."""
    query = select(NoticeKeyCertificateRow).order_by(NoticeKeyCertificateRow.id.desc())
    if center_code is not None:
        query = query.where(NoticeKeyCertificateRow.center_code == center_code)
    if device_id is not None:
        query = query.where(NoticeKeyCertificateRow.device_id == device_id)
    views = []
    for row in session.scalars(query.limit(5000)):
        revoked = is_revoked(session, row.center_code, row.public_key)
        views.append(
            KeyView(
                row.serial,
                row.center_code,
                row.device_id,
                row.station_code,
                key_id(unb64(row.public_key, "公钥"))[:8],
                row.not_before,
                row.not_after,
                row.issued_by,
                revoked.revoked_at if revoked else None,
                revoked.revoked_by if revoked else None,
                f"{REVOCATION_REASONS.get(revoked.reason_code, revoked.reason_code)}：{revoked.reason}"
                if revoked
                else None,
            )
        )
    return views


# --- receipts ----------------------------------------------------------------------------------------------------


def keep_receipt(session: Session, receipt: dict[str, Any]) -> dict[str, Any] | None:
    """Keep a signed receipt; returns what to send: ``receipt``, the one kept for the same claim before (a retried
    push), or None when the device already has a receipt for this event with another position or hash."""
    held = _held(session, receipt["device_id"], receipt["event_id"])
    if held is None:
        try:
            with session.begin_nested():
                session.add(
                    BatchReceiptRow(
                        center_code=receipt["center_code"],
                        device_id=receipt["device_id"],
                        event_id=receipt["event_id"],
                        first_seq=receipt["first_seq"],
                        last_seq=receipt["last_seq"],
                        chain_position=receipt["chain_position"],
                        chain_hash=receipt["chain_hash"],
                        issued_at=datetime.fromisoformat(receipt["issued_at"]),
                        document=dump_json(receipt),
                    )
                )
            return receipt
        except IntegrityError:  # the same device's push answered twice at once: the first one's stands
            held = _held(session, receipt["device_id"], receipt["event_id"])
            if held is None:
                raise
    if held.chain_position == receipt["chain_position"] and held.chain_hash == receipt["chain_hash"]:
        kept: dict[str, Any] = json.loads(held.document)
        return kept
    log.warning(
        "a second chain claim for an anchored event: not signed",
        extra={"event": "anchor_conflict", "device_id": receipt["device_id"], "event_id": receipt["event_id"]},
    )
    return None


def _held(session: Session, device_id: str, event_id: str) -> BatchReceiptRow | None:
    return session.scalars(
        select(BatchReceiptRow).where(BatchReceiptRow.device_id == device_id, BatchReceiptRow.event_id == event_id)
    ).one_or_none()


def receipts_page(session: Session, device_id: str, after: int, limit: int) -> list[BatchReceiptRow]:
    return list(
        session.scalars(
            select(BatchReceiptRow)
            .where(BatchReceiptRow.device_id == device_id, BatchReceiptRow.id > after)
            .order_by(BatchReceiptRow.id)
            .limit(limit)
        )
    )
