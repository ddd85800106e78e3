"""The chain anchored at the center: the signed batch receipts a window keeps, and their check (issue 12;
regulation 000, Art. 20: 加强留痕管理，办理过程应有记录、可追溯).

The chain (``chain.py``) alone is tamper-evident only against someone who does not recompute it: whoever holds the
file can delete an event and recompute every later hash and the head, and ``check_chain`` passes. Each push batch's
receipt (``domain.trust.BatchReceipt``) is the center's Ed25519 signature over the chain position and hash of the
batch's last event, as the window held them when it pushed. ``check_receipts`` holds the chain to every receipt:

- the receipt's signature must be the center's (the key kept at the first sync, or one an auditor gives);
- the event at the receipt's position must have the receipt's event id and hash. Since each hash covers every
  event before it, an event changed, deleted or inserted at or before any anchored position is found, recomputed
  chain or not; only events after the last receipt rest on the local chain alone.

The center's public key is kept in ``meta`` (``CENTER_KEY_KEY``) when the window first syncs. Someone who can
rewrite the database can replace that too, so ``govdesk db verify --center-key`` takes the key from the center
(``GET /api/v1/trust/center-key``) and the report names which key was used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from govdesk.domain.trust import BatchReceipt, TrustFormatError, key_id, unb64
from govdesk.store.chain import ChainProblem, read_head, set_meta
from govdesk.store.models import EventRow, MetaRow, ReceiptRow

#: meta: the center's public key (base64 of the raw Ed25519 key) as fetched at the first sync.
CENTER_KEY_KEY = "trust.center_public_key"


@dataclass(frozen=True, slots=True)
class AnchorReport:
    receipts: int
    #: The highest chain position a valid receipt covers (0: none).
    anchored_to: int
    #: Which key the signatures were checked with: "given" (an auditor's), "stored" (kept at the first sync) or "".
    key_source: str
    problems: list[ChainProblem]

    def to_json(self) -> dict[str, Any]:
        return {
            "receipts": self.receipts,
            "anchored_to": self.anchored_to,
            "key_source": self.key_source,
            "problems": [p.to_json() for p in self.problems],
        }


def anchor_of(db: Session | Connection, event_id: str) -> tuple[int, str] | None:
    """(position, hash) of an event in the chain, or None if it is not there."""
    row = db.execute(select(EventRow.position, EventRow.hash).where(EventRow.event_id == event_id)).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def keep_receipt(tx: Session, document: dict[str, Any], received_at: str) -> BatchReceipt:
    """Store a receipt as received (checked for shape; the signature is checked by ``check_receipts``)."""
    receipt = BatchReceipt.from_json(document)
    tx.add(
        ReceiptRow(
            device_id=receipt.device_id,
            first_seq=receipt.first_seq,
            last_seq=receipt.last_seq,
            event_id=receipt.event_id,
            chain_position=receipt.chain_position,
            chain_hash=receipt.chain_hash,
            issued_at=receipt.issued_at,
            key_id=receipt.key_id,
            document=json.dumps(receipt.to_json(), ensure_ascii=False, sort_keys=True),
            received_at=received_at,
        )
    )
    return receipt


def keep_center_key(tx: Session, public_key_b64: str) -> None:
    set_meta(tx, CENTER_KEY_KEY, public_key_b64)


def stored_center_key(db: Session | Connection) -> bytes | None:
    text = db.execute(select(MetaRow.value).where(MetaRow.key == CENTER_KEY_KEY)).scalar_one_or_none()
    if not text:
        return None
    try:
        return unb64(text, "中心公钥")
    except TrustFormatError:
        return None


def receipt_count(db: Session | Connection) -> int:
    return int(db.execute(select(func.count()).select_from(ReceiptRow)).scalar_one())


def check_receipts(db: Session | Connection, center_key: bytes | None = None) -> AnchorReport:
    """Hold the chain to every kept receipt (see the module docstring). ``center_key``: the raw Ed25519 public key
    to check signatures with; by default the one kept at the first sync."""
    key_source = "given" if center_key is not None else ""
    if center_key is None:
        center_key = stored_center_key(db)
        key_source = "stored" if center_key is not None else ""
    rows = db.execute(select(ReceiptRow.document).order_by(ReceiptRow.chain_position, ReceiptRow.receipt_id)).all()
    problems: list[ChainProblem] = []
    anchored_to = 0
    verifier = Ed25519PublicKey.from_public_bytes(center_key) if center_key is not None else None
    if rows and verifier is None:
        problems.append(
            ChainProblem(0, "", "anchor", "本机没有中心的公钥，无法核对中心签发的回执：请用 --center-key 提供")
        )
    head = read_head(db)
    for (document,) in rows:
        try:
            receipt = BatchReceipt.from_json(json.loads(document))
        except (TrustFormatError, ValueError) as error:
            problems.append(ChainProblem(0, "", "anchor", f"一份回执无法读取：{error}"))
            continue
        where = f"第 {receipt.chain_position} 条"
        if verifier is not None and center_key is not None:
            if receipt.key_id != key_id(center_key):
                problems.append(
                    ChainProblem(
                        receipt.chain_position,
                        receipt.event_id,
                        "anchor",
                        f"{where}的回执不是用所给的中心公钥签发的"
                        f"（回执密钥 {receipt.key_id}，公钥 {key_id(center_key)}）",
                    )
                )
                continue
            try:
                verifier.verify(unb64(receipt.signature, "回执签名"), receipt.signed_bytes())
            except (InvalidSignature, TrustFormatError):
                problems.append(
                    ChainProblem(
                        receipt.chain_position, receipt.event_id, "anchor", f"{where}的回执签名不符：回执被伪造或改动过"
                    )
                )
                continue
        row = db.execute(
            select(EventRow.event_id, EventRow.hash).where(EventRow.position == receipt.chain_position)
        ).first()
        if row is None:
            problems.append(
                ChainProblem(
                    receipt.chain_position,
                    receipt.event_id,
                    "anchor",
                    f"中心于 {receipt.issued_at} 签收到{where}，本机却没有这一条：此前的事件被删除过（本地链已被重算）",
                )
            )
        elif row.event_id != receipt.event_id or row.hash != receipt.chain_hash:
            problems.append(
                ChainProblem(
                    receipt.chain_position,
                    receipt.event_id,
                    "anchor",
                    f"与中心于 {receipt.issued_at} 签收的回执不符：{where}及其之前的事件被改动、删除或插入过"
                    "（即使本地链已被重算，也与中心签收时不同）",
                )
            )
        else:
            anchored_to = max(anchored_to, receipt.chain_position)
    if head is not None and anchored_to > head[0]:
        problems.append(ChainProblem(head[0], "", "anchor", "链头记录早于中心签收的位置：末尾的事件被删除过"))
    return AnchorReport(len(rows), anchored_to, key_source, problems)


# --- the PC against the center's own copy of the receipts --------------------------------------------------------

#: meta keys naming this PC's device ids (the first, and the one registered now: a re-enrolment changes both).
DEVICE_ID_KEYS = ("device_id", "sync.registered_device")


def device_ids(db: Session | Connection) -> list[str]:
    """Every device id this file names: its own, the registered one, and those of the receipts it still holds."""
    found = [str(v) for v in db.execute(select(MetaRow.value).where(MetaRow.key.in_(DEVICE_ID_KEYS))).scalars() if v]
    found += [str(v) for v in db.execute(select(ReceiptRow.device_id).distinct()).scalars()]
    return list(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class CenterComparison:
    """This PC's receipts and chain against the receipts the center kept (``GET /api/v1/trust/receipts``)."""

    center_receipts: int
    local_receipts: int
    #: The center's receipts this PC no longer holds.
    missing: int
    #: The highest chain position a center receipt covers that the PC's chain still matches (0: none).
    anchored_to: int
    problems: list[ChainProblem]

    def to_json(self) -> dict[str, Any]:
        return {
            "center_receipts": self.center_receipts,
            "local_receipts": self.local_receipts,
            "missing": self.missing,
            "anchored_to": self.anchored_to,
            "problems": [p.to_json() for p in self.problems],
        }


def compare_with_center(
    db: Session | Connection, center_receipts: list[BatchReceipt], center_key: bytes, unknown: list[str] | None = None
) -> CenterComparison:
    """Hold this PC to the receipts the center signed for its devices: each must still be on the PC, and the chain
    must still hold each one's event and hash. Deleting every receipt on the PC, or the events they cover (and
    recomputing the chain), is said in words. A receipt not signed with ``center_key`` is not believed (and said)."""
    verifier = Ed25519PublicKey.from_public_bytes(center_key)
    problems: list[ChainProblem] = [
        ChainProblem(0, "", "center", f"中心没有设备 {device} 的记录：它不是本中心的设备，或本机的设备编号被改过")
        for device in unknown or []
    ]
    genuine: list[BatchReceipt] = []
    for receipt in center_receipts:
        try:
            if receipt.key_id != key_id(center_key):
                raise InvalidSignature
            verifier.verify(unb64(receipt.signature, "回执签名"), receipt.signed_bytes())
        except (InvalidSignature, TrustFormatError):
            problems.append(
                ChainProblem(
                    receipt.chain_position,
                    receipt.event_id,
                    "center",
                    f"中心提供的第 {receipt.chain_position} 条的回执签名与中心公钥不符（中心的回执记录须核查）",
                )
            )
            continue
        genuine.append(receipt)
    local = {
        (str(r.device_id), str(r.event_id), int(r.chain_position), str(r.chain_hash))
        for r in db.execute(
            select(ReceiptRow.device_id, ReceiptRow.event_id, ReceiptRow.chain_position, ReceiptRow.chain_hash)
        )
    }
    missing = [r for r in genuine if (r.device_id, r.event_id, r.chain_position, r.chain_hash) not in local]
    if genuine and len(missing) == len(genuine) and not local:
        last = max(r.chain_position for r in genuine)
        problems.append(
            ChainProblem(
                0,
                "",
                "center",
                f"本机的中心回执已全部被删除：中心为本机签发并保存了 {len(genuine)} 份回执"
                f"（覆盖第 1 至 {last} 条事件），本机一份也没有",
            )
        )
    elif missing:
        positions = "、".join(str(r.chain_position) for r in sorted(missing, key=lambda r: r.chain_position)[:10])
        more = " 等" if len(missing) > 10 else ""
        problems.append(
            ChainProblem(
                0,
                "",
                "center",
                f"本机缺少中心签发的 {len(missing)} 份回执（链位置 {positions}{more}）：回执被删除过",
            )
        )
    center_claims = {(r.device_id, r.event_id, r.chain_position, r.chain_hash) for r in genuine}
    unknown_receipts = local - center_claims
    if unknown_receipts:
        problems.append(
            ChainProblem(
                0,
                "",
                "center",
                f"本机有 {len(unknown_receipts)} 份中心没有记录的回执：这些回执不是本中心签发的，或来自别的服务器",
            )
        )
    anchored_to = 0
    head = read_head(db)
    events_here = int(db.execute(select(func.count()).select_from(EventRow)).scalar_one())
    lost = 0
    for receipt in sorted(genuine, key=lambda r: r.chain_position):
        row = db.execute(
            select(EventRow.event_id, EventRow.hash).where(EventRow.position == receipt.chain_position)
        ).first()
        if row is None:
            lost += 1
            continue
        if row.event_id != receipt.event_id or row.hash != receipt.chain_hash:
            problems.append(
                ChainProblem(
                    receipt.chain_position,
                    receipt.event_id,
                    "center",
                    f"与中心保存的回执（{receipt.issued_at}）不符：第 {receipt.chain_position} 条及其之前的事件"
                    "被改动、删除或插入过（即使本地链已被重算）",
                )
            )
            continue
        anchored_to = max(anchored_to, receipt.chain_position)
    if lost:
        last = max(r.chain_position for r in genuine)
        problems.append(
            ChainProblem(
                head[0] if head is not None else 0,
                "",
                "center",
                f"中心签收到本机第 {last} 条事件，本机却只有 {events_here} 条：中心回执覆盖的 {lost} 个位置上的事件"
                "已不在本机（事件被删除过）",
            )
        )
    return CenterComparison(len(genuine), len(local), len(missing), anchored_to, problems)
