"""Logins, refresh and logout; who is calling (from the bearer token); device registration."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from govdesk.central.context import Central
from govdesk.central.db import AuthSession, RefreshToken, User
from govdesk.central.errors import ApiError
from govdesk.central.security import (
    AccessClaims,
    TokenError,
    new_refresh_token,
    sign_access,
    token_hash,
    verify_access,
)
from govdesk.domain.messages import Message
from govdesk.protocol import TokenResponse, UserInfo, refusals

_BEARER = {"WWW-Authenticate": "Bearer"}
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    username: str
    display_name: str
    role: str
    center_code: str
    session_id: int
    #: a back-office user's department (``users.department``, revision 0019): read with every request, so a change
    #: by an admin holds at once
    department: str = ""
    #: the device this login was first used at (``auth_sessions.device_id``, revision 0026), None until then
    session_device: str | None = None


def _unauthorized(code: str, message: str) -> ApiError:
    return ApiError(401, code, message, headers=_BEARER)


def _issue(
    central: Central, session: Session, user: User, auth: AuthSession, refresh: str, now: datetime
) -> TokenResponse:
    expires = now + central.access_ttl
    claims = AccessClaims(user.id, user.username, user.role, user.center_code, auth.id, expires)
    return TokenResponse(
        access_token=sign_access(central.secret, claims),
        expires_at=expires,
        refresh_token=refresh,
        refresh_expires_at=auth.expires_at,
        user=UserInfo(
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            center_code=user.center_code,
            department=user.department,
        ),
    )


#: A replaced refresh token coming back this soon is a retry after a lost reply (a township line), not a theft.
REFRESH_GRACE = timedelta(seconds=60)


def open_session(central: Central, session: Session, user: User, device_id: str | None = None) -> TokenResponse:
    """A new login for ``user``, whose password was checked (``govdesk.central.login``): its tokens. ``device_id``:
    the PC it was made at, when the login presented that device's key (``govdesk.central.writers``)."""
    now = central.now()
    refresh = new_refresh_token()
    auth = AuthSession(
        user_id=user.id,
        token_hash=token_hash(refresh),
        created_at=now,
        expires_at=now + central.refresh_ttl,
        device_id=device_id,
    )
    session.add(auth)
    session.flush()
    session.add(RefreshToken(session_id=auth.id, token_hash=auth.token_hash, issued_at=now))
    return _issue(central, session, user, auth, refresh, now)


def _live_session(central: Central, session: Session, auth: AuthSession) -> User:
    user = session.get(User, auth.user_id)
    if user is None or auth.revoked_at is not None or user.revoked:
        raise _unauthorized("token_revoked", Message(refusals.TOKEN_REVOKED))
    if central.now() >= auth.expires_at:
        raise _unauthorized("token_expired", Message(refusals.TOKEN_EXPIRED))
    return user


class ReusedToken(Exception):
    """A used-up refresh token came back: the login is ended (committed), then answered 401 ``token_reused``."""


def refresh(central: Central, session: Session, refresh_token: str) -> TokenResponse:
    """A new access token AND a new refresh token; the one given is used up (rotation, with reuse detection).

    A used-up token coming back ends the login at once (its access tokens too): either the clerk's PC or someone
    who copied the token is replaying it, and the server cannot tell which (OAuth 2.0 Security BCP, refresh token
    rotation; GB/T 22239-2019 level 3 身份鉴别). Within ``REFRESH_GRACE`` of its replacement, while the replacement
    was never used, it is taken as the retry of a request whose reply was lost, and rotated once more. Raises
    ``ReusedToken`` after ending the login: the caller commits, then answers ``reused_token_error()``.
    """
    now = central.now()
    given = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == token_hash(refresh_token)).with_for_update()
    ).one_or_none()
    if given is None:
        raise _unauthorized("token_invalid", Message(refusals.TOKEN_INVALID))
    auth = session.scalars(select(AuthSession).where(AuthSession.id == given.session_id).with_for_update()).one()
    user = _live_session(central, session, auth)
    if given.replaced_at is not None:
        current = session.scalars(
            select(RefreshToken).where(RefreshToken.session_id == auth.id, RefreshToken.replaced_at.is_(None))
        ).one_or_none()
        if current is None or current.issued_at != given.replaced_at or now - given.replaced_at > REFRESH_GRACE:
            auth.revoked_at = now
            log.warning("a used-up refresh token came back: login session %d ended", auth.id)
            raise ReusedToken()
        given = current  # the replacement that the lost reply carried is never used: it is replaced in turn
    given.replaced_at = now
    fresh = new_refresh_token()
    auth.token_hash = token_hash(fresh)
    session.add(RefreshToken(session_id=auth.id, token_hash=auth.token_hash, issued_at=now))
    session.flush()
    return _issue(central, session, user, auth, fresh, now)


def reused_token_error() -> ApiError:
    return _unauthorized("token_reused", Message(refusals.TOKEN_REUSED))


def logout(central: Central, session: Session, refresh_token: str) -> None:
    """End the login that any of its refresh tokens belongs to."""
    hashed = token_hash(refresh_token)
    given = session.scalars(select(RefreshToken).where(RefreshToken.token_hash == hashed)).one_or_none()
    auth = session.get(AuthSession, given.session_id) if given is not None else None
    if auth is not None and auth.revoked_at is None:
        auth.revoked_at = central.now()


def principal(central: Central, token: str | None) -> Principal:
    """Who sent this bearer token: 401 token_expired (refresh), token_revoked (log in again), token_invalid."""
    if not token:
        raise _unauthorized("not_authenticated", Message(refusals.NOT_AUTHENTICATED))
    now = central.now()
    try:
        claims = verify_access(central.secret, token, now)
    except TokenError as exc:
        if exc.code == "token_expired":
            raise _unauthorized("token_expired", Message(refusals.AUTH_TOKEN_EXPIRED)) from exc
        raise _unauthorized("token_invalid", Message(refusals.TOKEN_INVALID)) from exc
    with central.reader.connect() as connection:  # every request: never the write lock
        row = connection.execute(_WHO, {"session_id": claims.session_id, "user_id": claims.user_id}).one_or_none()
    if row is None:  # no such login, no such user, or a login of another user
        raise _unauthorized("token_invalid", Message(refusals.TOKEN_INVALID))
    if row.revoked_at is not None or row.revoked:
        raise _unauthorized("token_revoked", Message(refusals.TOKEN_REVOKED))
    return Principal(
        row.id,
        row.username,
        row.display_name,
        row.role,
        row.center_code,
        row.session_id,
        row.department,
        row.session_device,
    )


#: Every request's caller: the login session and its user in one prepared query (the ORM's two ``get``s cost a
#: millisecond and more per request).
_USERS = cast(Table, User.__table__)
_SESSIONS = cast(Table, AuthSession.__table__)
_WHO = (
    select(
        _USERS.c.id,
        _USERS.c.username,
        _USERS.c.display_name,
        _USERS.c.role,
        _USERS.c.center_code,
        _USERS.c.revoked,
        _USERS.c.department,
        _SESSIONS.c.id.label("session_id"),
        _SESSIONS.c.revoked_at,
        _SESSIONS.c.device_id.label("session_device"),
    )
    .select_from(_SESSIONS.join(_USERS, _USERS.c.id == _SESSIONS.c.user_id))
    .where(_SESSIONS.c.id == bindparam("session_id"), _USERS.c.id == bindparam("user_id"))
)
