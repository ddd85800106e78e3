"""What one server process holds: the engine, the clock, the SMS gateway and settings — nothing shared state-wise.

Everything that must be shared between server processes (counters, sessions) is in the database, except the
tokens' signing key, which is kept apart from it (``load_secret``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from govdesk.central.db import READ_ONLY
from govdesk.central.security import new_secret
from govdesk.central.sms import SmsGateway
from govdesk.central.write_gate import WriteGate
from govdesk.domain.clock import Clock

log = logging.getLogger(__name__)


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
    device_quota: int = 200  # devices a center may register (``devices.py``)
    device_approval: str = "admin"  # "admin": a new device waits for approval; "auto": the demo (``quarantine.py``)
    device_scope: str = "station"  # a new device's pull scope (``changes.py``): "center" for the one-PC demo
    last_prune: datetime | None = None

    @cached_property
    def write_gate(self) -> WriteGate | None:
        """SQLite's writers in line, light ones first (``write_gate``); None on PostgreSQL."""
        return WriteGate() if self.engine.dialect.name == "sqlite" else None

    @contextmanager
    def tx(self, heavy: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception. ``heavy``: a large push,
        which lets the light writers go first on SQLite (``write_gate``)."""
        gate = self.write_gate
        with gate.writing(heavy) if gate is not None else nullcontext(), self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One transaction that only reads (pulls, pages, checks): on SQLite it does not take the write lock, so
        it never waits for a push nor makes one wait. Nothing may be written in it."""
        with self.sessions(bind=self.reader) as session, session.begin():
            yield session

    @cached_property
    def reader(self) -> Engine:
        """The engine for reading (``read``): the same pool, transactions begun without the write lock."""
        return self.engine.execution_options(**{READ_ONLY: True})

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)


#: The token signing key itself (at least 32 characters), e.g. from a key store's agent or a container secret.
SECRET_ENV = "GOVDESK_CENTRAL_SECRET"
#: A file holding it (made, readable by the server's user only, when missing): every server process names the same.
SECRET_FILE_ENV = "GOVDESK_CENTRAL_SECRET_FILE"
_MIN_SECRET = 32


class SecretError(Exception):
    """The token signing key cannot be had; the message is Chinese, for the administrator."""


def load_secret(db_url: str, secret_file: Path | str | None = None) -> str:
    """The access tokens' signing key, from OUTSIDE the business database (issue 12; GB/T 39786-2021 §8.4: keys
    apart from the data they protect): whoever reads a copy of the database (a backup, a report account) must not
    be able to sign a token as any user. Until revision 0005 it was a row of ``meta``; that row is deleted.

    From ``$GOVDESK_CENTRAL_SECRET``, else the file ``secret_file`` or ``$GOVDESK_CENTRAL_SECRET_FILE``, else (SQLite
    only: one machine) the file beside the database, ``<database>.secret``; a missing file is made with mode 0600.
    PostgreSQL with several server processes needs one of the first two, the same for every process.
    """
    value = os.environ.get(SECRET_ENV, "").strip()
    if value:
        if len(value) < _MIN_SECRET:
            raise SecretError(f"环境变量 {SECRET_ENV} 中的令牌签名密钥太短（至少 {_MIN_SECRET} 个字符）")
        return value
    path = secret_file or os.environ.get(SECRET_FILE_ENV)
    if not path:
        database = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite:///") else ""
        if not database or database == ":memory:":
            raise SecretError(
                f"令牌签名密钥不能存放在业务数据库中：请用环境变量 {SECRET_FILE_ENV} 指定密钥文件"
                f"（各中心服务器进程使用同一文件），或用 {SECRET_ENV} 直接提供"
            )
        path = f"{database}.secret"
    return _read_or_create(Path(path))


def _read_or_create(path: Path) -> str:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass  # made before (or by another server process just now)
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(new_secret() + "\n")
    text = path.read_text("ascii").strip()
    if len(text) < _MIN_SECRET:
        raise SecretError(f"密钥文件 {path} 中的令牌签名密钥太短或为空（至少 {_MIN_SECRET} 个字符）")
    if path.stat().st_mode & 0o077:
        log.warning("the token signing key file %s is readable by other users: chmod 600 it", path)
    return text
