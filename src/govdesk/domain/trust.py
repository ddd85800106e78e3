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
from datetime import date, datetime, tzinfo
from typing import Any

from govdesk.domain.errors import GovdeskError
from govdesk.domain.messages import Message, translate

RECEIPT_LABEL = b"govdesk batch receipt v1\n"
CERTIFICATE_LABEL = b"govdesk notice key certificate v1\n"
_HASH = re.compile(r"^[0-9a-f]{64}$")

NOT_BASE64 = translate("Trust", "{what}不是有效的 base64 文本", "trust.not_base64")
RECEIPT_NOT_OBJECT = translate("Trust", "回执不是一个对象", "trust.receipt.not_object")
RECEIPT_FIELDS = translate("Trust", "回执缺少或写错了字段：{error}", "trust.receipt.fields")
RECEIPT_INVALID = translate("Trust", "回执的链位置、校验值或序号范围无效", "trust.receipt.invalid")
CERTIFICATE_NOT_OBJECT = translate("Trust", "证书不是一个对象", "trust.certificate.not_object")
CERTIFICATE_FIELDS = translate("Trust", "证书缺少或写错了字段：{error}", "trust.certificate.fields")
REVOCATION_NOT_OBJECT = translate("Trust", "吊销记录不是一个对象", "trust.revocation.not_object")
REVOCATION_FIELDS = translate("Trust", "吊销记录缺少或写错了字段：{error}", "trust.revocation.fields")


class TrustFormatError(GovdeskError, ValueError):
    """A receipt or certificate that is not in the agreed shape; ``str()`` says what, in Chinese (a keyed
    ``Message``: a supervisor's receipt audit says it in the clerk's language)."""


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
        raise TrustFormatError(Message(NOT_BASE64, what=what)) from error


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
            raise TrustFormatError(Message(RECEIPT_NOT_OBJECT))
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
            raise TrustFormatError(Message(RECEIPT_FIELDS, error=error)) from error
        if not _HASH.match(receipt.chain_hash) or receipt.chain_position < 1 or receipt.first_seq > receipt.last_seq:
            raise TrustFormatError(Message(RECEIPT_INVALID))
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
            raise TrustFormatError(Message(CERTIFICATE_NOT_OBJECT))
        try:
            cert = cls(
                **{f.name: str(data[f.name]) for f in fields(cls) if f.name != "signature"},
                signature=str(data.get("signature", "")),
            )
            datetime.fromisoformat(cert.not_before)
            datetime.fromisoformat(cert.not_after)
        except (KeyError, TypeError, ValueError) as error:
            raise TrustFormatError(Message(CERTIFICATE_FIELDS, error=error)) from error
        return cert


REVOCATION_LABEL = b"govdesk notice key revocation v1\n"
#: Why a notice key was revoked (an admin's choice; the words the verifier shows).
REVOCATION_REASONS = {
    "compromised": Message(
        translate("Trust", "密钥可能泄露（电脑被盗、被入侵或密钥文件外流）", "trust.reason.compromised")
    ),
    "retired": Message(translate("Trust", "设备停用或更换", "trust.reason.retired")),
    "superseded": Message(translate("Trust", "密钥已更换", "trust.reason.superseded")),
    "other": Message(translate("Trust", "其他原因", "trust.reason.other")),
}
REVOKED_AT = translate("Trust", "签发密钥已于 {when} 被中心吊销（{why}）", "trust.revoked_at")
REVOKED_AT_SAID = translate("Trust", "签发密钥已于 {when} 被中心吊销（{why}：{reason}）", "trust.revoked_at_said")
BEFORE_CUTOFF = translate(
    "Trust",
    "{revoked}；本通知书日期 {day} 早于密钥失效日 {cutoff}，按吊销前签发认定为真实",
    "trust.before_cutoff",
)
BEFORE_CUTOFF_LEAKED = translate(
    "Trust",
    "{revoked}；本通知书日期 {day} 早于密钥失效日 {cutoff}，按吊销前签发认定为真实；"
    "因密钥可能泄露，如有疑问请向中心核对该办件的记录",
    "trust.before_cutoff_leaked",
)
ON_CUTOFF = translate(
    "Trust",
    "签名不符：{revoked}；本通知书日期 {day} 正是密钥失效日，无法证明签于吊销之前，"
    "不能认定为真实，请向中心核实办件记录",
    "trust.on_cutoff",
)
AFTER_CUTOFF = translate(
    "Trust",
    "签名不符：{revoked}；本通知书日期 {day} 晚于密钥失效日 {cutoff}，不能认定为真实，请向中心核实办件记录",
    "trust.after_cutoff",
)


@dataclass(frozen=True, slots=True)
class NoticeKeyRevocation:
    """The center's signed word that the notice key ``public_key`` (of ``device_id``, ``station_code``) was revoked at
    ``revoked_at`` by ``revoked_by``, for ``reason``, and that notices dated on or after ``invalid_from``'s day are
    not to be believed (``judge_revoked``)."""

    center_code: str
    public_key: str  # raw Ed25519, base64: every certificate of this key is revoked
    device_id: str
    station_code: str
    revoked_at: str  # ISO 8601 with offset, the server's time
    invalid_from: str  # ISO 8601 with offset; <= revoked_at (earlier for a key that leaked before it was noticed)
    reason_code: str  # a key of REVOCATION_REASONS
    reason: str  # the admin's words
    revoked_by: str
    issuer_key_id: str
    signature: str = ""

    def signed_bytes(self) -> bytes:
        content = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "signature"}
        return REVOCATION_LABEL + canonical(content)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> NoticeKeyRevocation:
        if not isinstance(data, dict):
            raise TrustFormatError(Message(REVOCATION_NOT_OBJECT))
        try:
            revocation = cls(
                **{f.name: str(data[f.name]) for f in fields(cls) if f.name != "signature"},
                signature=str(data.get("signature", "")),
            )
            datetime.fromisoformat(revocation.revoked_at)
            datetime.fromisoformat(revocation.invalid_from)
        except (KeyError, TypeError, ValueError) as error:
            raise TrustFormatError(Message(REVOCATION_FIELDS, error=error)) from error
        return revocation


@dataclass(frozen=True, slots=True)
class RevokedJudgement:
    ok: bool
    message: str  # for the clerk or the auditor (a ``domain.messages.Message``: Chinese, said in their language)


def judge_revoked(issued_on: date, revocation: NoticeKeyRevocation, tz: tzinfo) -> RevokedJudgement:
    """How a notice dated ``issued_on`` and signed with a revoked key is judged.

    The decision (issue 12): a notice's QR carries its day only, never a time, so the rule is by days in China
    Standard Time (``tz``), against the day the key stopped being trusted (``invalid_from``: the revocation itself,
    or earlier when the admin says the key may have leaked before):

    - dated BEFORE that day: still genuine, said with the revocation. Voiding them would tell every applicant who
      holds an honest 受理通知书 or 一次性告知单 printed by that window that their paper is a fake (the decisions the
      notices record were made and stand: 行政许可法 art. 32); a stolen key cannot sign a day before it was stolen
      unless the thief backdates, which is exactly what an admin's earlier ``invalid_from`` closes, and the words
      send a doubtful reader to the center's case record.
    - dated ON or AFTER that day: not genuine. The same day fails too: without a time on the paper nothing shows it
      was signed before the revocation, and a false "genuine" costs more than a check at the center.
    """
    when = datetime.fromisoformat(revocation.revoked_at).astimezone(tz).strftime("%Y-%m-%d %H:%M")
    cutoff = datetime.fromisoformat(revocation.invalid_from).astimezone(tz).date()
    why = REVOCATION_REASONS.get(revocation.reason_code, revocation.reason_code)
    revoked = (
        Message(REVOKED_AT_SAID, when=when, why=why, reason=revocation.reason)
        if revocation.reason
        else Message(REVOKED_AT, when=when, why=why)
    )
    day, last = issued_on.isoformat(), cutoff.isoformat()
    if issued_on < cutoff:
        leaked = revocation.reason_code == "compromised"
        return RevokedJudgement(
            True, Message(BEFORE_CUTOFF_LEAKED if leaked else BEFORE_CUTOFF, revoked=revoked, day=day, cutoff=last)
        )
    if issued_on == cutoff:
        return RevokedJudgement(False, Message(ON_CUTOFF, revoked=revoked, day=day))
    return RevokedJudgement(False, Message(AFTER_CUTOFF, revoked=revoked, day=day, cutoff=last))
