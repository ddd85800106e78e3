"""Departments that keep their own approval system (统一受理接口, regulation 000 Art. 31): their credentials.

An admin issues a department a credential (``govdesk central department add``): a key id and a secret shown ONCE,
stored only as a SHA-256 (the secret is 256 random bits, so a plain hash is enough). The department's system sends
``X-Govdesk-Department-Key: <key id>.<secret>`` with every call of ``/api/v1/dept/...``; it sees only its own
center's cases of its own department (``cases.department``, the catalog item's department code), and what it does is
recorded as a back-office actor named for the department (regulation 000 Art. 20 留痕). A revoked credential is
refused at once. A webhook address (https, or loopback for tests) and its HMAC secret are optional: the server then
tells the department's system of each case sent to it (``central/webhooks.py``).
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.auth import Principal
from govdesk.central.db import Base, Center, UTCDateTime
from govdesk.central.errors import ApiError
from govdesk.central.security import token_hash
from govdesk.domain.events import Actor, Role
from govdesk.domain.messages import Message
from govdesk.protocol import refusals

#: The header a department's system authenticates with.
DEPARTMENT_KEY_HEADER = "X-Govdesk-Department-Key"
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class AdminRefused(Exception):
    """An admin's department command refused; the message is Chinese."""


class DepartmentRow(Base):
    """A department's credential for the departmental interface (revision 0016)."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    code: Mapped[str] = mapped_column(String(32))  # the catalog's department code (cases.department)
    name: Mapped[str] = mapped_column(String(128))
    webhook_url: Mapped[str] = mapped_column(String(500), default="")
    webhook_secret: Mapped[str] = mapped_column(String(128), default="")
    #: The last stored event (``events.server_seq``) already turned into webhook deliveries.
    webhook_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True, slots=True)
class Issued:
    """A credential just issued: ``key`` (key id + secret) is shown once and never stored."""

    key_id: str
    key: str
    webhook_secret: str


@dataclass(frozen=True, slots=True)
class DepartmentPrincipal:
    """The department calling the interface."""

    id: int
    key_id: str
    center_code: str
    code: str
    name: str

    def as_principal(self) -> Principal:
        """The department as a back-office user of its own department (for the reads and uploads the workspace's
        routes make: the same checks, the same words)."""
        return Principal(
            user_id=0, username=f"dept:{self.code}", display_name=self.name, role="back_office",
            center_code=self.center_code, session_id=0, department=self.code,
        )  # fmt: skip

    def actor(self, operator: str = "") -> Actor:
        """The back-office actor its steps are recorded as; ``operator`` (the person in its own system) is kept in
        the name, never trusted as an account."""
        who = f"{self.name}（{operator.strip()[:32]}）" if operator.strip() else self.name
        return Actor(
            clerk_id=f"dept:{self.code}", clerk_name=who[:64], role=Role.BACK_OFFICE, center_code=self.center_code,
            station_code="", window="统一受理接口",
        )  # fmt: skip


def check_webhook_url(url: str) -> str:
    """A webhook address: https, or http to this machine only (citizens' data never crosses a network in clear)."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AdminRefused(f"回调地址“{url[:100]}”无法识别，应以 https:// 开头")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise AdminRefused("回调地址须为 https（明文 http 只允许本机地址），办件信息不得明文传输")
    return url


def add_department(
    session: Session, center_code: str, code: str, name: str, now: datetime, *, webhook_url: str = "", by: str = ""
) -> Issued:
    """Issue a credential to department ``code`` of ``center_code`` (several may be live, for a key change)."""
    if session.get(Center, center_code) is None:
        raise AdminRefused(f"没有编号为 {center_code} 的中心")
    if not _CODE.match(code):
        raise AdminRefused(f"部门编码“{code[:40]}”不正确：应为 1–32 位字母、数字、下划线或短横线（与事项目录一致）")
    if not name.strip():
        raise AdminRefused("请填写部门名称")
    url = check_webhook_url(webhook_url)
    key_id = "dk_" + secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    hook_secret = secrets.token_urlsafe(32) if url else ""
    session.add(
        DepartmentRow(
            key_id=key_id, secret_hash=token_hash(secret), center_code=center_code, code=code, name=name.strip()[:128],
            webhook_url=url, webhook_secret=hook_secret, webhook_cursor=_event_head(session), revoked=False,
            created_by=by[:64], created_at=now,
        )
    )  # fmt: skip
    session.flush()
    return Issued(key_id, f"{key_id}.{secret}", hook_secret)


def _event_head(session: Session) -> int:
    """Webhooks start with what happens after the credential is issued (older cases: pull them)."""
    from sqlalchemy import func

    from govdesk.central.db import StoredEvent

    return int(session.scalar(select(func.max(StoredEvent.server_seq))) or 0)


def list_departments(session: Session) -> list[DepartmentRow]:
    return list(session.scalars(select(DepartmentRow).order_by(DepartmentRow.center_code, DepartmentRow.code)))


def revoke_department(session: Session, key_id: str, now: datetime) -> DepartmentRow:
    row = session.scalars(select(DepartmentRow).where(DepartmentRow.key_id == key_id)).one_or_none()
    if row is None:
        raise AdminRefused(f"没有编号为 {key_id[:40]} 的部门接入凭据")
    row.revoked = True
    row.revoked_at = now
    return row


def authenticate(session: Session, header: str | None) -> DepartmentPrincipal:
    """The department a ``X-Govdesk-Department-Key`` header names; 401 in words for anything else."""
    key_id, _, secret = (header or "").strip().partition(".")
    if not key_id or not secret or len(header or "") > 200:
        raise ApiError(
            401,
            "department_key_required",
            Message(refusals.DEPARTMENT_KEY_REQUIRED, department_key_header=DEPARTMENT_KEY_HEADER),
        )
    row = session.scalars(select(DepartmentRow).where(DepartmentRow.key_id == key_id)).one_or_none()
    expected = row.secret_hash if row is not None else token_hash("")
    if not hmac.compare_digest(expected, token_hash(secret)) or row is None:
        raise ApiError(401, "department_key_invalid", Message(refusals.DEPARTMENT_KEY_INVALID))
    if row.revoked:
        raise ApiError(401, "department_key_revoked", Message(refusals.DEPARTMENT_KEY_REVOKED))
    return DepartmentPrincipal(row.id, row.key_id, row.center_code, row.code, row.name)
