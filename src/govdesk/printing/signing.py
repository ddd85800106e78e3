"""The short signature printed in a notice's QR code, and its offline check.

Payload (one line, about 150-170 characters, so the QR stays version 8-10 at level M)::

    GD1|<case_no>|<kind code>|<issued_on YYYYMMDD>|<digest prefix>|<key id>|<base64url Ed25519 signature>

The signature covers everything before it (``GD1|…|<key id>``). The digest prefix is the first 16 hex digits
(64 bits) of ``content_digest(notice)``: with the notice's content at hand (the case in the database, or the
paper re-typed) ``NoticeVerifier.matches_content`` checks that the paper says what was signed. The key id is
the first 8 hex digits of SHA-256 of the raw public key, so a verifier can hold the keys of several centers.

The window's key: generated on first use into a PEM file (mode 0600) at ``<data dir>/keys/notice-signing-key.pem``
(``notice_keys.notice_key_path``), never leaving the PC; the center certifies its public half with the center's key
(``notice_keys``: a certificate binding it to the center, station and device, renewed at sync rounds), so a
verifier needs only the center's public key. ``govdesk notice pubkey`` prints the key and its certificate.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from govdesk.domain.messages import Message, said, translate
from govdesk.domain.notices import KIND_CODES, NOTICE_TITLES, Notice, NoticeKind, content_digest

PAYLOAD_PREFIX = "GD1"
DIGEST_PREFIX_LEN = 16
_KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:8]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class SignedPayload:
    """The fields of a QR payload."""

    case_no: str
    kind: NoticeKind
    issued_on: date
    digest_prefix: str
    key_id: str
    signature: bytes

    def signed_part(self) -> str:
        day = self.issued_on.strftime("%Y%m%d")
        return "|".join((PAYLOAD_PREFIX, self.case_no, KIND_CODES[self.kind], day, self.digest_prefix, self.key_id))

    def text(self) -> str:
        return self.signed_part() + "|" + _b64url(self.signature)

    def describe(self) -> str:
        """Chinese summary, e.g. "办件 … 一次性告知单 2026-11-22"."""
        return Message(DESCRIBED, case_no=self.case_no, title=NOTICE_TITLES[self.kind], day=self.issued_on.isoformat())


DESCRIBED = translate("NoticeCheck", "办件 {case_no} {title} {day}", "notice_check.described")
NOT_OURS = translate(
    "NoticeCheck",
    "不是本系统通知书的二维码内容（格式应为 GD1|办件编号|类型|日期|摘要|密钥|签名）",
    "notice_check.not_ours",
)
UNKNOWN_KIND = translate("NoticeCheck", "未知的通知书类型代码 {code}", "notice_check.unknown_kind")
DAMAGED = translate("NoticeCheck", "二维码内容已损坏：{error}", "notice_check.damaged")
MISMATCH = translate("NoticeCheck", "签名不符：{reason}", "notice_check.mismatch")
UNKNOWN_KEY = translate(
    "NoticeCheck", "签名不符：未知的签发密钥 {key_id}（不是已登记中心签发的通知书）", "notice_check.unknown_key"
)
TAMPERED = translate(
    "NoticeCheck", "签名不符：{notice} 的内容与签名不一致，通知书可能被篡改或伪造", "notice_check.tampered"
)
GENUINE = translate("NoticeCheck", "真实：{notice}（密钥 {key_id}）", "notice_check.genuine")


class PayloadError(ValueError):
    """The scanned text is not a govdesk notice payload (message in Chinese)."""


def parse_payload(text: str) -> SignedPayload:
    parts = text.strip().split("|")
    if len(parts) != 7 or parts[0] != PAYLOAD_PREFIX:
        raise PayloadError(Message(NOT_OURS))
    _, case_no, kind_code, day, digest_prefix, kid, sig = parts
    if kind_code not in _KINDS_BY_CODE:
        raise PayloadError(Message(UNKNOWN_KIND, code=kind_code[:16]))
    try:
        if len(day) != 8 or not day.isdigit():
            raise ValueError(f"日期 {day}")
        issued_on = date(int(day[:4]), int(day[4:6]), int(day[6:8]))
        signature = _unb64url(sig)
    except (ValueError, binascii.Error) as exc:
        raise PayloadError(Message(DAMAGED, error=str(exc)[:80])) from exc
    return SignedPayload(case_no, _KINDS_BY_CODE[kind_code], issued_on, digest_prefix, kid, signature)


class NoticeSigner:
    """Signs notices with the center's Ed25519 key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.key_id = key_id(private_key.public_key())

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._key.public_key()

    @property
    def private_key(self) -> Ed25519PrivateKey:
        return self._key

    def sign(self, notice: Notice) -> SignedPayload:
        unsigned = SignedPayload(
            case_no=notice.case_no,
            kind=notice.kind,
            issued_on=notice.issued_on,
            digest_prefix=content_digest(notice)[:DIGEST_PREFIX_LEN],
            key_id=self.key_id,
            signature=b"",
        )
        signature = self._key.sign(unsigned.signed_part().encode("utf-8"))
        return dataclasses.replace(unsigned, signature=signature)

    def payload(self, notice: Notice) -> str:
        return self.sign(notice).text()


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    message: str  # for the clerk (a ``domain.messages.Message``: Chinese, said in their language)
    payload: SignedPayload | None = None


class NoticeVerifier:
    """Checks scanned payloads offline against the public keys it knows (by key id)."""

    def __init__(self, public_keys: Mapping[str, Ed25519PublicKey]) -> None:
        self._keys = dict(public_keys)

    @classmethod
    def of(cls, *keys: Ed25519PublicKey) -> NoticeVerifier:
        return cls({key_id(k): k for k in keys})

    def verify(self, text: str) -> Verdict:
        try:
            payload = parse_payload(text)
        except PayloadError as exc:
            return Verdict(False, Message(MISMATCH, reason=said(exc)))
        key = self._keys.get(payload.key_id)
        if key is None:
            return Verdict(False, Message(UNKNOWN_KEY, key_id=payload.key_id), payload)
        try:
            key.verify(payload.signature, payload.signed_part().encode("utf-8"))
        except InvalidSignature:
            return Verdict(False, Message(TAMPERED, notice=payload.describe()), payload)
        return Verdict(True, Message(GENUINE, notice=payload.describe(), key_id=payload.key_id), payload)

    @staticmethod
    def matches_content(payload: SignedPayload, notice: Notice) -> bool:
        """True when ``notice`` is the content that was signed (same case, kind, date and digest prefix)."""
        return (
            payload.case_no == notice.case_no
            and payload.kind is notice.kind
            and payload.issued_on == notice.issued_on
            and content_digest(notice).startswith(payload.digest_prefix)
        )


# --- key files ---------------------------------------------------------------------------------------------------

KEY_FILE_NAME = "notice-signing-key.pem"


def load_or_create_private_key(path: Path) -> Ed25519PrivateKey:
    """The center's signing key from ``path`` (PEM, PKCS#8), created there (mode 0600) on first use."""
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path} 不是 Ed25519 私钥")
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key


def public_key_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_public_keys(path: Path) -> dict[str, Ed25519PublicKey]:
    """Public keys from a PEM file (one or several concatenated PEM blocks), by key id."""
    text = path.read_text(encoding="utf-8")
    keys: dict[str, Ed25519PublicKey] = {}
    end = "-----END PUBLIC KEY-----"
    for block in text.split(end):
        if "-----BEGIN PUBLIC KEY-----" not in block:
            continue
        pem = block[block.index("-----BEGIN PUBLIC KEY-----") :] + end + "\n"
        key = serialization.load_pem_public_key(pem.encode("ascii"))
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError(f"{path} 中有非 Ed25519 公钥")
        keys[key_id(key)] = key
    if not keys:
        raise ValueError(f"{path} 中没有公钥（应为 PEM 格式，以 -----BEGIN PUBLIC KEY----- 开头）")
    return keys
