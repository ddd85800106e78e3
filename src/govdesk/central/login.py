"""``POST /api/v1/auth/login``: locked out after repeated failures, audited, and argon2 kept off sync's threads.

- Every attempt is recorded (``login_attempts``: the name as typed, the address, the time, the outcome): the audit of
  logins (regulation 000 Art. 20 留痕; GB/T 22239-2019 level 3 requires 登录失败处理 — a limit on failed logins and a
  lock-out).
- Lock-out: ``ACCOUNT_FAILURES`` failures for one account, or ``ADDRESS_FAILURES`` from one address, within
  ``WINDOW`` answer 429 until the window has passed, even with the right password (else guessing goes on). A success
  starts the account's count again. The checks read the database, so every server process sees the same count.
- argon2 (tens of milliseconds and 64 MB a verification at its default cost) runs on ``ARGON2_THREADS`` threads of
  its own, never on the event loop or the thread pool that serves pushes and pulls; at most ``ARGON2_WAITING``
  logins wait for it, the next are answered 503 at once. Before, a flood of logins took all forty of the pool's
  threads (and 2.5 GB) and a window's push waited behind them.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from govdesk.central.auth import open_session
from govdesk.central.context import Central
from govdesk.central.db import LoginAttempt, User
from govdesk.central.errors import ApiError
from govdesk.central.security import verify_password
from govdesk.central.writers import device_at
from govdesk.domain.messages import Message
from govdesk.protocol import TokenResponse, refusals

log = logging.getLogger(__name__)

WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURES = 5
#: A window's clerks share one address behind a township's NAT: higher than one account's limit.
ADDRESS_FAILURES = 30
#: argon2's lanes run on threads of their own (parallelism 4 at the default cost): half the cores for logins at most.
ARGON2_THREADS = max(1, (os.cpu_count() or 2) // 2)
ARGON2_WAITING = 16
FAILED = ("bad_password", "unknown_user", "disabled")


@dataclass
class LoginGate:
    """One server process's argon2 threads and how many logins wait for them (touched on the event loop only)."""

    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(ARGON2_THREADS, thread_name_prefix="argon2")
    )
    waiting: int = 0

    def close(self) -> None:
        self.executor.shutdown(wait=True)


def _record(central: Central, username: str, address: str, outcome: str) -> None:
    with central.tx() as session:
        session.add(LoginAttempt(username=username[:64], address=address[:64], at=central.now(), outcome=outcome))


def _prepare(
    central: Central, username: str, address: str
) -> tuple[tuple[str, int] | None, tuple[int, str, bool] | None]:
    """In one transaction: ("account" or "address", seconds left) when the lock-out holds, and the user's id,
    password hash and whether the account is disabled (None: no such user)."""
    now = central.now()
    with central.tx() as session:
        row = session.execute(
            select(User.id, User.password_hash, User.revoked).where(User.username == username)
        ).one_or_none()
        stored = None if row is None else (row.id, row.password_hash, row.revoked)
        last_ok = session.scalar(
            select(func.max(LoginAttempt.at)).where(LoginAttempt.username == username, LoginAttempt.outcome == "ok")
        )
        since = max(now - WINDOW, last_ok) if last_ok else now - WINDOW
        for what, column, value, limit, start in (
            ("account", LoginAttempt.username, username, ACCOUNT_FAILURES, since),
            ("address", LoginAttempt.address, address, ADDRESS_FAILURES, now - WINDOW),
        ):
            recent = session.scalars(
                select(LoginAttempt.at)
                .where(column == value, LoginAttempt.at > start, LoginAttempt.outcome.in_(FAILED))
                .order_by(LoginAttempt.at.desc())
                .limit(limit)
            ).all()
            if len(recent) >= limit:
                return (what, max(1, math.ceil((recent[-1] + WINDOW - now).total_seconds()))), stored
    return None, stored


def _finish(central: Central, user_id: int, username: str, address: str, device_key: str | None) -> TokenResponse:
    with central.tx() as session:
        session.add(LoginAttempt(username=username, address=address[:64], at=central.now(), outcome="ok"))
        user = session.get(User, user_id)
        assert user is not None
        return open_session(central, session, user, device_at(session, user.center_code, device_key))


async def login(
    central: Central, gate: LoginGate, username: str, password: str, address: str, device_key: str | None = None
) -> TokenResponse:
    """``device_key``: the key of the PC the login is made at, when it has one (the login is bound to that PC: AB岗,
    ``govdesk.central.writers``); a key of no device of the user's center binds nothing."""
    username = username[:64]
    if gate.waiting >= ARGON2_WAITING:  # answered before any database work: a flood costs nothing more
        log.debug("login refused: %d logins already wait for argon2", gate.waiting)
        raise ApiError(503, "login_busy", Message(refusals.LOGIN_BUSY), headers={"Retry-After": "2"})
    gate.waiting += 1
    ok = False
    try:
        locked, stored = await run_in_threadpool(_prepare, central, username, address)
        if locked is None:
            loop = asyncio.get_running_loop()
            ok = await loop.run_in_executor(gate.executor, verify_password, stored[1] if stored else None, password)
    finally:
        gate.waiting -= 1
    if locked is not None:
        what, seconds = locked
        await run_in_threadpool(_record, central, username, address, "locked")
        log.warning("login locked out (%s): too many failures within %s", what, WINDOW)
        minutes = math.ceil(seconds / 60)
        message = Message(refusals.ACCOUNT_LOCKED if what == "account" else refusals.ADDRESS_LOCKED, minutes=minutes)
        raise ApiError(429, f"{what}_locked", message, {"retry_after": seconds}, {"Retry-After": str(seconds)})
    if not ok or stored is None:
        outcome = "unknown_user" if stored is None else "bad_password"
        await run_in_threadpool(_record, central, username, address, outcome)
        raise ApiError(
            401, "bad_credentials", Message(refusals.BAD_CREDENTIALS), headers={"WWW-Authenticate": "Bearer"}
        )
    user_id, _hash, revoked = stored
    if revoked:
        await run_in_threadpool(_record, central, username, address, "disabled")
        raise ApiError(403, "account_disabled", Message(refusals.ACCOUNT_DISABLED))
    return await run_in_threadpool(_finish, central, user_id, username, address, device_key)
