"""What one server process holds: the engine, the clock, the SMS gateway and settings — nothing shared state-wise.

Everything that must be shared between server processes (tokens' signing key, counters, sessions) is in the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from govdesk.central.db import Meta
from govdesk.central.security import new_secret
from govdesk.central.sms import SmsGateway
from govdesk.domain.clock import Clock


class SystemClock:
    """The real time, timezone-aware (UTC). The domain never reads it; the server may."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Central:
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    sms: SmsGateway
    secret: str
    access_ttl: timedelta
    refresh_ttl: timedelta
    change_retention: timedelta | None
    auto_approve_after: timedelta | None
    last_prune: datetime | None = None

    @contextmanager
    def tx(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with self.sessions() as session, session.begin():
            yield session

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)


def load_or_create_secret(sessions: sessionmaker[Session]) -> str:
    """The token signing key, made once and kept in the database so every server process signs alike."""
    with sessions() as session, session.begin():
        value = session.scalar(select(Meta.value).where(Meta.key == "token_secret"))
        if value:
            return value
        try:
            with session.begin_nested():
                session.execute(insert(Meta).values(key="token_secret", value=new_secret()))
        except IntegrityError:
            pass  # another process made it first
        return session.scalar(select(Meta.value).where(Meta.key == "token_secret")) or ""
