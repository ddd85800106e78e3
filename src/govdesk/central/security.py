"""Passwords (argon2) and tokens.

- Access token: ``base64url(json claims) + "." + base64url(HMAC-SHA256)``, short-lived, carrying the user, role,
  center, session id and expiry. The session id lets the server refuse it at once when the login is revoked.
- Refresh token: 32 random bytes, base64url (43 characters, far under Windows Credential Manager's 2,560 bytes);
  only its SHA-256 is stored. It is replaced on every use, and a used-up one coming back ends the login
  (``auth.refresh``); a retry within a minute of a lost reply is rotated again, so a township line's lost reply
  does not log the clerk out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
_dummy_hash: list[str] = []  # made on first use: hashing costs a noticeable fraction of a second


def _dummy() -> str:
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash("govdesk-dummy-password"))
    return _dummy_hash[0]


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches; with no hash (unknown user) it still spends the same time."""
    try:
        return _hasher.verify(password_hash or _dummy(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_hex(32)


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: int
    username: str
    role: str
    center_code: str
    session_id: int
    expires_at: datetime


class TokenError(Exception):
    """``code`` is ``token_expired`` or ``token_invalid``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_access(secret: str, claims: AccessClaims) -> str:
    body = {
        "uid": claims.user_id,
        "usr": claims.username,
        "rol": claims.role,
        "ctr": claims.center_code,
        "sid": claims.session_id,
        "exp": int(claims.expires_at.timestamp()),
    }
    raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    mac = hmac.new(secret.encode(), raw, hashlib.sha256).digest()
    return f"{_b64(raw)}.{_b64(mac)}"


def verify_access(secret: str, token: str, now: datetime) -> AccessClaims:
    try:
        raw_b64, mac_b64 = token.split(".")
        raw = _unb64(raw_b64)
        mac = _unb64(mac_b64)
    except ValueError as exc:
        raise TokenError("token_invalid") from exc
    if not hmac.compare_digest(mac, hmac.new(secret.encode(), raw, hashlib.sha256).digest()):
        raise TokenError("token_invalid")
    try:
        body = json.loads(raw)
        claims = AccessClaims(
            user_id=int(body["uid"]),
            username=str(body["usr"]),
            role=str(body["rol"]),
            center_code=str(body["ctr"]),
            session_id=int(body["sid"]),
            expires_at=datetime.fromtimestamp(int(body["exp"]), UTC),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise TokenError("token_invalid") from exc
    if now >= claims.expires_at:
        raise TokenError("token_expired")
    return claims
