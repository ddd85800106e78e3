"""Webhooks of the departmental interface: the server tells a department's own system of each case sent to it.

Regulation 000 Art. 31: materials taken at a window are pushed "实时" to the department's back-office system. Each
maintenance round (``app.run_maintenance_once``) turns new stored events of a department's cases — a case sent to
the back office (``case.submitted``), a 补正 answered by the window (``case.resumed``) — into deliveries, then POSTs
the due ones. A delivery carries no personal data (the case id, number, item, what happened); the department's
system pulls the case through the authenticated interface. Each body is signed::

    X-Govdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(webhook secret, "<t>.<body>")>

and retried after a failure (no answer, or not 2xx) with a growing wait, up to ``MAX_ATTEMPTS`` times; a delivery is
identified by ``X-Govdesk-Delivery`` so the receiver drops a repeat. The clock is the server's (injectable).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from datetime import datetime, timedelta
from typing import Any

import requests
from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.context import Central
from govdesk.central.db import Base, CaseRow, StoredEvent, UTCDateTime
from govdesk.central.departments import DepartmentRow
from govdesk.domain.event_kinds import EventKind

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Govdesk-Signature"
DELIVERY_HEADER = "X-Govdesk-Delivery"
#: The kinds a department's system is told of.
HOOK_KINDS = (EventKind.SUBMITTED, EventKind.RESUMED)
MAX_ATTEMPTS = 8
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
TIMEOUT = (3.0, 5.0)
#: Deliveries POSTed per round (a backlog drains over a few rounds, never holding the loop for long).
PER_ROUND = 50


class WebhookDelivery(Base):
    """One notice to one department's system (revision 0016)."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (UniqueConstraint("department_id", "server_seq", name="uq_webhook_department_event"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    server_seq: Mapped[int] = mapped_column(BigInteger)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(secret: str, header: str, body: bytes, now: int, tolerance: int = 300) -> bool:
    """What a receiver checks (documented for departments; used by the tests): the HMAC, and a timestamp within
    ``tolerance`` seconds (a replayed old delivery is refused)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        return False
    if abs(now - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


def enqueue(session: Session, now: datetime) -> int:
    """New stored events of each hooked department's cases become pending deliveries. Returns how many."""
    made = 0
    head = int(session.scalar(select(StoredEvent.server_seq).order_by(StoredEvent.server_seq.desc()).limit(1)) or 0)
    departments = session.scalars(
        select(DepartmentRow).where(DepartmentRow.revoked.is_(False), DepartmentRow.webhook_url != "")
    ).all()
    for dept in departments:
        rows = session.execute(
            select(StoredEvent.server_seq, StoredEvent.kind, StoredEvent.case_id, StoredEvent.document, CaseRow)
            .join(CaseRow, CaseRow.case_id == StoredEvent.case_id)
            .where(
                StoredEvent.server_seq > dept.webhook_cursor,
                StoredEvent.server_seq <= head,
                StoredEvent.center_code == dept.center_code,
                StoredEvent.status == "applied",
                StoredEvent.kind.in_(HOOK_KINDS),
                CaseRow.department == dept.code,
            )
            .order_by(StoredEvent.server_seq)
            .limit(500)
        ).all()
        for seq, kind, case_id, document, case in rows:
            body = {
                "event": kind,
                "event_id": document.get("event_id", ""),
                "occurred_at": document.get("occurred_at", ""),
                "case_id": case_id,
                "case_no": case.case_no,
                "item_code": case.item_code,
                "department": dept.code,
                "state": case.state,
            }
            session.add(
                WebhookDelivery(
                    department_id=dept.id, server_seq=seq, body=body, status="pending", attempts=0,
                    next_attempt_at=now, last_error="",
                )
            )  # fmt: skip
            made += 1
        # a full page: go on from its last event next round; else every event up to ``head`` was looked at
        dept.webhook_cursor = rows[-1][0] if len(rows) == 500 else max(dept.webhook_cursor, head)
    return made


def _wait(attempts: int) -> timedelta:
    wait: timedelta = FIRST_WAIT * (2 ** max(0, attempts - 1))
    return min(wait, LONGEST_WAIT)


def deliver_due(central: Central, now: datetime) -> tuple[int, int]:
    """POST the due deliveries (outside any transaction while waiting on the network). Returns (delivered,
    failed this round)."""
    with central.tx() as session:
        due = session.execute(
            select(WebhookDelivery.id, WebhookDelivery.body, DepartmentRow.webhook_url, DepartmentRow.webhook_secret)
            .join(DepartmentRow, DepartmentRow.id == WebhookDelivery.department_id)
            .where(
                WebhookDelivery.status == "pending",
                WebhookDelivery.next_attempt_at <= now,
                DepartmentRow.revoked.is_(False),
            )
            .order_by(WebhookDelivery.id)
            .limit(PER_ROUND)
        ).all()
    delivered = failed = 0
    for delivery_id, body, url, secret in due:
        data = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(secret, int(now.timestamp()), data),
            DELIVERY_HEADER: str(delivery_id),
        }
        error = ""
        try:
            reply = requests.post(url, data=data, headers=headers, timeout=TIMEOUT, allow_redirects=False)
            if not 200 <= reply.status_code < 300:
                error = f"回调地址答复 HTTP {reply.status_code}"
        except requests.RequestException as exc:
            error = f"回调地址无法连接（{type(exc).__name__}）"
        with central.tx() as session:
            row = session.get(WebhookDelivery, delivery_id)
            if row is None or row.status != "pending":
                continue
            row.attempts += 1
            if not error:
                row.status, row.delivered_at, row.last_error = "delivered", now, ""
                delivered += 1
                continue
            failed += 1
            row.last_error = error
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
                log.warning("webhook delivery %s given up after %d attempts: %s", delivery_id, row.attempts, error)
            else:
                row.next_attempt_at = now + _wait(row.attempts)
    return delivered, failed


def run_round(central: Central, now: datetime) -> None:
    """One round: enqueue what is new, deliver what is due."""
    with central.tx() as session:
        enqueue(session, now)
    deliver_due(central, now)


def backlog(session: Session, department_id: int) -> dict[str, int]:
    """Deliveries of a department by status (the admin's ``department list``)."""
    out = {"pending": 0, "delivered": 0, "failed": 0}
    for status in session.scalars(select(WebhookDelivery.status).where(WebhookDelivery.department_id == department_id)):
        out[status] = out.get(status, 0) + 1
    return out
