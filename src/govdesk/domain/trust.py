"""What the central server signs with its key, byte for byte, so the window, the server and an auditor agree.

Regulation 000, Art. 20 (加强留痕管理，办理过程应有记录、可追溯): a window's hash-chained log can be recomputed whole
by anyone holding the file, so it is anchored at the center.

- ``BatchReceipt``: for each accepted push batch the server signs the device, the batch's sequence range and the
  window's chain position and hash of the batch's last event. ``govdesk db verify`` checks the local chain against
  the receipts: a change before an anchor cannot be hidden by recomputing the chain, since the anchored hash would
  have to change too, and only the center can sign a new one.
- ``NoticeKeyCertificate``: the center certifies a window's notice signing key (which center and station it belongs
  to, from when to when), so a printed notice's signature is checked up to the center's key.

The signed bytes are a fixed ASCII label, a newline, then the canonical JSON of the fields (sorted keys, no spaces,
characters kept): ``signed_bytes()``. Signing and checking (Ed25519) happen in the outer layers; this is pure.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

RECEIPT_LABEL = b"govdesk batch receipt v1\n"
CERTIFICATE_LABEL = b"govdesk notice key certificate v1\n"
_HASH = re.compile(r"^[0-9a-f]{64}$")


class TrustFormatError(ValueError):
    """A receipt or certificate that is not in the agreed shape; ``str()`` says what, in Chinese."""


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(public_key: bytes) -> str:
    """A short name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as error:
        raise TrustFormatError(f"{what}不是有效的 base64 文本") from error


@dataclass(frozen=True, slots=True)
class BatchReceipt:
    """The center's signed word that ``device_id`` pushed ``first_seq``…``last_seq`` and that the window's chain
    then held ``event_id`` at ``chain_position`` with ``chain_hash``."""

    center_code: str
    device_id: str
    first_seq: int
    last_seq: int
    event_id: str
    chain_position: int
    chain_hash: str
    issued_at: str  # ISO 8601 with offset, the server's time
    key_id: str
    signature: str = ""  # base64 Ed25519 over signed_bytes(); not itself signed

    def signed_bytes(self) -> bytes:
        content = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "signature"}
        return RECEIPT_LABEL + canonical(content)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> BatchReceipt:
        if not isinstance(data, dict):
            raise TrustFormatError("回执不是一个对象")
        try:
            receipt = cls(
                center_code=str(data["center_code"]),
                device_id=str(data["device_id"]),
                first_seq=int(data["first_seq"]),
                last_seq=int(data["last_seq"]),
                event_id=str(data["event_id"]),
                chain_position=int(data["chain_position"]),
                chain_hash=str(data["chain_hash"]),
                issued_at=str(data["issued_at"]),
                key_id=str(data["key_id"]),
                signature=str(data.get("signature", "")),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise TrustFormatError(f"回执缺少或写错了字段：{error}") from error
        if not _HASH.match(receipt.chain_hash) or receipt.chain_position < 1 or receipt.first_seq > receipt.last_seq:
            raise TrustFormatError("回执的链位置、校验值或序号范围无效")
        return receipt


@dataclass(frozen=True, slots=True)
class NoticeKeyCertificate:
    """The center's signed word that ``public_key`` (raw Ed25519, base64) signs the notices of ``station_code`` of
    ``center_code`` on device ``device_id`` from ``not_before`` to ``not_after``."""

    serial: str
    center_code: str
    station_code: str
    device_id: str
    public_key: str
    not_before: str  # ISO 8601 with offset
    not_after: str
    issuer_key_id: str
    signature: str = ""

    def signed_bytes(self) -> bytes:
        content = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "signature"}
        return CERTIFICATE_LABEL + canonical(content)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def valid_at(self, when: datetime) -> bool:
        return datetime.fromisoformat(self.not_before) <= when <= datetime.fromisoformat(self.not_after)

    @classmethod
    def from_json(cls, data: Any) -> NoticeKeyCertificate:
        if not isinstance(data, dict):
            raise TrustFormatError("证书不是一个对象")
        try:
            cert = cls(
                **{f.name: str(data[f.name]) for f in fields(cls) if f.name != "signature"},
                signature=str(data.get("signature", "")),
            )
            datetime.fromisoformat(cert.not_before)
            datetime.fromisoformat(cert.not_after)
        except (KeyError, TypeError, ValueError) as error:
            raise TrustFormatError(f"证书缺少或写错了字段：{error}") from error
        return cert
