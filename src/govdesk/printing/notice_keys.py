"""Notice signing keys certified by the center (issue 12): where a window keeps its key, the center's certificate of
it and the center's public key, and the check of a scanned notice up to the center's key.

The window's private key never leaves the PC (``<data dir>/keys/notice-signing-key.pem``, 0600). The center signs a
certificate (``domain.trust.NoticeKeyCertificate``) binding the key's public half to the center, the station and the
device, for ``NOTICE_CERT_DAYS`` (``central/receipts.py``); the window asks for it at its sync rounds
(``services.notice_certification``) and renews it when a third of its life is left. A verifier who holds only the
center's public key checks a notice's QR: the payload's key id names the window's key, the certificate binds that key
to the center (its signature, its validity on the notice's date), and the key's signature covers the payload.

One folder for all of it, the same for the program and ``govdesk notice … --basedir``: ``keys_dir(data_dir)``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from govdesk.domain.clock import CST
from govdesk.domain.messages import Message, translate
from govdesk.domain.trust import (
    NoticeKeyCertificate,
    NoticeKeyRevocation,
    TrustFormatError,
    b64,
    judge_revoked,
    unb64,
)
from govdesk.domain.trust import key_id as center_key_id
from govdesk.printing.signing import KEY_FILE_NAME, MISMATCH, NoticeVerifier, SignedPayload, Verdict, key_id

NO_CERTIFICATE = translate(
    "NoticeCheck", "签名不符：签发密钥 {key_id} 没有中心颁发的证书", "notice_check.no_certificate"
)
OUT_OF_VALIDITY = translate(
    "NoticeCheck",
    "签名不符：通知书日期 {day} 不在签发密钥证书的有效期内（{first} 至 {last}）",
    "notice_check.out_of_validity",
)
CERTIFIED = translate(
    "NoticeCheck",
    "{verdict}；签发密钥经中心 {center} 证书核对（站点 {station}，有效至 {last}）",
    "notice_check.certified",
)
CERTIFIED_REVOKED = translate("NoticeCheck", "{certified}；{judged}", "notice_check.certified_revoked")

CERTIFICATE_FILE_NAME = "notice-key-certificate.json"
CENTER_KEY_FILE_NAME = "center-public-key.json"
#: The center's certified notice keys and revocations, as last fetched (``GET /api/v1/trust/notice-keys``).
DIRECTORY_FILE_NAME = "center-notice-keys.json"


def keys_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def notice_key_path(data_dir: Path) -> Path:
    """The window's notice signing key: the one place the program, ``govdesk case`` and ``govdesk notice`` use."""
    return keys_dir(data_dir) / KEY_FILE_NAME


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, text: str) -> None:
    """Atomically, so a crash never leaves half a certificate."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def save_certificate(data_dir: Path, certificate: NoticeKeyCertificate) -> Path:
    path = keys_dir(data_dir) / CERTIFICATE_FILE_NAME
    _write_private(path, json.dumps(certificate.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return path


def load_certificate(data_dir: Path) -> NoticeKeyCertificate | None:
    path = keys_dir(data_dir) / CERTIFICATE_FILE_NAME
    try:
        return NoticeKeyCertificate.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None  # a damaged certificate is asked for again at the next round


def save_center_key(data_dir: Path, public_key: bytes) -> Path:
    path = keys_dir(data_dir) / CENTER_KEY_FILE_NAME
    document = {"algorithm": "Ed25519", "public_key": b64(public_key), "key_id": center_key_id(public_key)}
    _write_private(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return path


def read_center_key(path: Path) -> bytes:
    """The center's raw public key from its JSON (``GET /api/v1/trust/center-key``) or the base64 text alone."""
    return read_center_key_text(path.read_text(encoding="utf-8"), str(path))


def read_center_key_text(text: str, where: str = "中心公钥") -> bytes:
    text = text.strip()
    path = where
    if text.startswith("{"):
        try:
            text = str(json.loads(text)["public_key"])
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path} 不是中心公钥的 JSON（缺少 public_key）") from error
    try:
        raw = unb64(text, "中心公钥")
    except TrustFormatError as error:
        raise ValueError(str(error)) from error
    if len(raw) != 32:
        raise ValueError(f"{path}：中心公钥应为 32 字节的 Ed25519 公钥，实为 {len(raw)} 字节")
    return raw


def load_center_key(data_dir: Path) -> bytes | None:
    try:
        return read_center_key(keys_dir(data_dir) / CENTER_KEY_FILE_NAME)
    except (OSError, ValueError):
        return None


def certificate_problem(certificate: NoticeKeyCertificate, center_key: bytes) -> str:
    """Why ``certificate`` is not the center's word (Chinese), or "" when its signature is the center's."""
    if certificate.issuer_key_id != center_key_id(center_key):
        return f"通知书签名密钥的证书不是由所给的中心公钥签发的（证书签发密钥 {certificate.issuer_key_id}）"
    try:
        Ed25519PublicKey.from_public_bytes(center_key).verify(
            unb64(certificate.signature, "证书签名"), certificate.signed_bytes()
        )
    except (InvalidSignature, TrustFormatError):
        return "通知书签名密钥的证书签名不符：证书被伪造或改动过"
    return ""


def renewal_due(certificate: NoticeKeyCertificate | None, public_key: Ed25519PublicKey, now: datetime) -> bool:
    """Ask the center (again) when there is no certificate, it is for another key, or a third of its life is left."""
    if certificate is None or certificate.public_key != b64(raw_public(public_key)):
        return True
    start, end = datetime.fromisoformat(certificate.not_before), datetime.fromisoformat(certificate.not_after)
    return now >= end - (end - start) / 3


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    ok: bool
    message: str  # Chinese
    payload: SignedPayload | None = None


def revocation_problem(revocation: NoticeKeyRevocation, center_key: bytes) -> str:
    """Why ``revocation`` is not the center's word (Chinese), or ""."""
    if revocation.issuer_key_id != center_key_id(center_key):
        return "吊销记录不是由所给的中心公钥签发的"
    try:
        Ed25519PublicKey.from_public_bytes(center_key).verify(
            unb64(revocation.signature, "吊销记录签名"), revocation.signed_bytes()
        )
    except (InvalidSignature, TrustFormatError):
        return "吊销记录签名不符"
    return ""


def verify_with_certificates(
    text: str,
    center_key: bytes,
    certificates: list[NoticeKeyCertificate],
    revocations: list[NoticeKeyRevocation] | None = None,
) -> ChainVerdict:
    """A scanned payload checked up to the center's key: the certificates of the key that signed it (signature,
    validity on the notice's date), the notice's own signature, then the center's revocations of that key
    (``domain.trust.judge_revoked``: before its 失效日 still genuine, on or after it not). Revocations whose
    signature is not the center's are ignored (they could only be a forger's)."""
    by_key: dict[str, tuple[Ed25519PublicKey, list[NoticeKeyCertificate]]] = {}
    for certificate in certificates:
        try:
            public = Ed25519PublicKey.from_public_bytes(unb64(certificate.public_key, "证书中的公钥"))
        except (TrustFormatError, ValueError):
            continue
        by_key.setdefault(key_id(public), (public, []))[1].append(certificate)
    verdict: Verdict = NoticeVerifier({kid: pair[0] for kid, pair in by_key.items()}).verify(text)
    payload = verdict.payload
    if payload is None:
        return ChainVerdict(False, verdict.message)
    if payload.key_id not in by_key:
        return ChainVerdict(False, Message(NO_CERTIFICATE, key_id=payload.key_id), payload)
    public, candidates = by_key[payload.key_id]
    problems = [certificate_problem(c, center_key) for c in candidates]
    genuine = [c for c, problem in zip(candidates, problems, strict=True) if not problem]
    if not genuine:
        return ChainVerdict(False, Message(MISMATCH, reason=problems[0]), payload)
    if not verdict.ok:
        return ChainVerdict(False, verdict.message, payload)
    # a notice carries its day only: valid when that day (CST) is within one of the key's certificates' days
    spans = [
        (
            datetime.fromisoformat(c.not_before).astimezone(CST).date(),
            datetime.fromisoformat(c.not_after).astimezone(CST).date(),
            c,
        )
        for c in genuine
    ]
    within = [span for span in spans if span[0] <= payload.issued_on <= span[1]]
    if not within:
        first, last = min(span[0] for span in spans), max(span[1] for span in spans)
        return ChainVerdict(
            False,
            Message(OUT_OF_VALIDITY, day=payload.issued_on.isoformat(), first=first.isoformat(), last=last.isoformat()),
            payload,
        )
    _first, last, certificate = max(within, key=lambda span: span[1])
    said = Message(
        CERTIFIED,
        verdict=verdict.message,
        center=certificate.center_code,
        station=certificate.station_code,
        last=last.isoformat(),
    )
    raw = b64(raw_public(public))
    revoked = [
        r
        for r in revocations or []
        if r.public_key == raw and r.center_code == certificate.center_code and not revocation_problem(r, center_key)
    ]
    if revoked:
        judged = judge_revoked(
            payload.issued_on, min(revoked, key=lambda r: datetime.fromisoformat(r.invalid_from)), CST
        )
        if not judged.ok:
            return ChainVerdict(False, judged.message, payload)
        return ChainVerdict(True, Message(CERTIFIED_REVOKED, certified=said, judged=judged.message), payload)
    return ChainVerdict(True, said, payload)


# --- the center's directory of notice keys (certificates and revocations) ------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyDirectory:
    center_code: str
    fetched_at: str  # ISO 8601, when the window last got it from the center
    certificates: list[NoticeKeyCertificate]
    revocations: list[NoticeKeyRevocation]
    #: The center's position in its certificates: the next round asks only for those after it.
    cursor: int = 0
    #: The key id of the center key the certificates and revocations were checked with.
    center_key_id: str = ""

    def revocation_of(self, public_key_b64: str) -> NoticeKeyRevocation | None:
        return next((r for r in self.revocations if r.public_key == public_key_b64), None)


def save_directory(data_dir: Path, directory: KeyDirectory) -> Path:
    path = keys_dir(data_dir) / DIRECTORY_FILE_NAME
    document = {
        "center_code": directory.center_code,
        "fetched_at": directory.fetched_at,
        "certificates": [c.to_json() for c in directory.certificates],
        "revocations": [r.to_json() for r in directory.revocations],
        "cursor": directory.cursor,
        "center_key_id": directory.center_key_id,
    }
    _write_private(path, json.dumps(document, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def read_directory(path: Path) -> KeyDirectory:
    """A directory file (this window's, or the center's answer an auditor saved); ``ValueError`` in words."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KeyDirectory(
            str(data.get("center_code", "")),
            str(data.get("fetched_at", "")),
            [NoticeKeyCertificate.from_json(c) for c in data.get("certificates", [])],
            [NoticeKeyRevocation.from_json(r) for r in data.get("revocations", [])],
            int(data.get("cursor", 0)),
            str(data.get("center_key_id", "")),
        )
    except (OSError, ValueError, TypeError, AttributeError) as error:
        raise ValueError(f"{path} 不是中心的通知书密钥清单：{error}") from error


def load_directory(data_dir: Path) -> KeyDirectory | None:
    try:
        return read_directory(keys_dir(data_dir) / DIRECTORY_FILE_NAME)
    except ValueError:
        return None  # none yet, or damaged: fetched again at the next round


def replace_revoked_key(data_dir: Path) -> Ed25519PrivateKey:
    """A new notice key in place of a revoked one (atomically; the revoked private key is destroyed with the file it
    was in: it signs nothing again). The certificate of the old key stays in the directory, for its old notices."""
    path = notice_key_path(data_dir)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    _write_private(path, pem.decode("ascii"))
    (keys_dir(data_dir) / CERTIFICATE_FILE_NAME).unlink(missing_ok=True)
    return key


def key_stamp(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (a replaced key is a new file): its inode and modification time."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def days_left(certificate: NoticeKeyCertificate, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    return (datetime.fromisoformat(certificate.not_after) - now) // timedelta(days=1)
