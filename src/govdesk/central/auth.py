"""Logins, refresh and logout; who is calling (from the bearer token); device registration."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from govdesk.central.context import Central
from govdesk.central.db import AuthSession, Center, Device, User
from govdesk.central.errors import ApiError
from govdesk.central.security import (
    AccessClaims,
    TokenError,
    new_refresh_token,
    sign_access,
    token_hash,
    verify_access,
)
from govdesk.sync.protocol import DeviceRegisterRequest, DeviceRegisterResponse, TokenResponse, UserInfo

_BEARER = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    username: str
    display_name: str
    role: str
    center_code: str
    session_id: int


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
            username=user.username, display_name=user.display_name, role=user.role, center_code=user.center_code
        ),
    )


def open_session(central: Central, session: Session, user: User) -> TokenResponse:
    """A new login for ``user``, whose password was checked (``govdesk.central.login``): its tokens."""
    now = central.now()
    refresh = new_refresh_token()
    auth = AuthSession(
        user_id=user.id, token_hash=token_hash(refresh), created_at=now, expires_at=now + central.refresh_ttl
    )
    session.add(auth)
    session.flush()
    return _issue(central, session, user, auth, refresh, now)


def _session_for_refresh(central: Central, session: Session, refresh: str) -> tuple[AuthSession, User]:
    auth = session.scalars(select(AuthSession).where(AuthSession.token_hash == token_hash(refresh))).one_or_none()
    if auth is None:
        raise _unauthorized("token_invalid", "登录凭据无效，请重新登录")
    user = session.get(User, auth.user_id)
    if user is None or auth.revoked_at is not None or user.revoked:
        raise _unauthorized("token_revoked", "登录已被注销或撤销，请重新登录")
    if central.now() >= auth.expires_at:
        raise _unauthorized("token_expired", "登录已过期，请重新登录")
    return auth, user


def refresh(central: Central, session: Session, refresh_token: str) -> TokenResponse:
    """A new access token for a live refresh token (the refresh token itself stays the same)."""
    auth, user = _session_for_refresh(central, session, refresh_token)
    return _issue(central, session, user, auth, refresh_token, central.now())


def logout(central: Central, session: Session, refresh_token: str) -> None:
    auth = session.scalars(select(AuthSession).where(AuthSession.token_hash == token_hash(refresh_token))).one_or_none()
    if auth is not None and auth.revoked_at is None:
        auth.revoked_at = central.now()


def principal(central: Central, token: str | None) -> Principal:
    """Who sent this bearer token: 401 token_expired (refresh), token_revoked (log in again), token_invalid."""
    if not token:
        raise _unauthorized("not_authenticated", "请先登录")
    now = central.now()
    try:
        claims = verify_access(central.secret, token, now)
    except TokenError as exc:
        if exc.code == "token_expired":
            raise _unauthorized("token_expired", "登录凭据已过期，请刷新") from exc
        raise _unauthorized("token_invalid", "登录凭据无效，请重新登录") from exc
    with central.engine.connect() as connection:
        row = connection.execute(_WHO, {"session_id": claims.session_id, "user_id": claims.user_id}).one_or_none()
    if row is None:  # no such login, no such user, or a login of another user
        raise _unauthorized("token_invalid", "登录凭据无效，请重新登录")
    if row.revoked_at is not None or row.revoked:
        raise _unauthorized("token_revoked", "登录已被注销或撤销，请重新登录")
    return Principal(row.id, row.username, row.display_name, row.role, row.center_code, row.session_id)


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
        _SESSIONS.c.id.label("session_id"),
        _SESSIONS.c.revoked_at,
    )
    .select_from(_SESSIONS.join(_USERS, _USERS.c.id == _SESSIONS.c.user_id))
    .where(_SESSIONS.c.id == bindparam("session_id"), _USERS.c.id == bindparam("user_id"))
)


def register_device(
    session: Session, who: Principal, request: DeviceRegisterRequest, now: datetime
) -> DeviceRegisterResponse:
    """Register a device, or return the same station code when the same device registers again."""
    # Lock the center row: station numbers are handed out one at a time per center.
    center = session.scalars(select(Center).where(Center.code == who.center_code).with_for_update()).one_or_none()
    if center is None:
        raise ApiError(404, "unknown_center", f"中心 {who.center_code} 不存在，请联系管理员")
    device = session.get(Device, request.device_id) if request.device_id else None
    if device is not None and device.center_code != who.center_code:
        raise ApiError(
            409,
            "device_other_center",
            f"本设备已登记在中心 {device.center_code}，不能在中心 {who.center_code} 重复登记",
        )
    if device is None:
        count = (
            session.scalar(select(func.count()).select_from(Device).where(Device.center_code == who.center_code)) or 0
        )
        number = count + 1
        while True:
            station = f"S{number:02d}"
            try:
                with session.begin_nested():
                    device = Device(
                        device_id=request.device_id or str(uuid.uuid4()),
                        center_code=who.center_code,
                        station_code=station,
                        name=request.name,
                        window=request.window,
                        last_seq=0,
                        registered_by=who.username,
                        registered_at=now,
                        alert="",
                    )
                    session.add(device)
                    session.flush()
                break
            except IntegrityError:
                number += 1
                if number > count + 1000:
                    raise ApiError(409, "station_exhausted", "无法分配工作站编号，请联系管理员") from None
    else:
        device.name = request.name or device.name
        device.window = request.window or device.window
    device.last_seen_at = now
    return DeviceRegisterResponse(
        device_id=device.device_id,
        center_code=device.center_code,
        station_code=device.station_code,
        last_seq=device.last_seq,
        registered_at=device.registered_at,
    )
