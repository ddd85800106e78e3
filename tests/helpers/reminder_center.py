"""A real central server holding one 超期预警 card's case of the known hall (``supervision_history``), taken in by the
card's clerk from a registered window, and a supervisor of that center logged in on the window's keyring: what a
supervisor's 催办 reminder needs (issue 13)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from govdesk.central import admin
from govdesk.services.auth import AuthService
from govdesk.services.credentials import CredentialStore
from govdesk.services.supervision_types import WarningCard
from tests.central.conftest import PASSWORD, PASSWORD_HASH, Center, RunningServer, make_center, register_window


@dataclass
class ReminderCenter:
    center: Center
    clerk: str  # the card's clerk, a user of the center
    supervisor: str


def center_holding(
    server: RunningServer, card: WarningCard, credentials: CredentialStore, clerk_phone: str | None
) -> ReminderCenter:
    """A fresh center (``测试中心<code>``) whose user ``card.clerk_id`` (with ``clerk_phone`` registered, or none)
    pushed the card's case with its id and number; a supervisor logged in on ``credentials``."""
    center = make_center(server)
    with server.central.tx() as session:
        admin.add_user(
            session, card.clerk_id, card.clerk_name, "intake", center.code, PASSWORD, datetime.now(UTC),
            password_hash=PASSWORD_HASH,
        )  # fmt: skip
        if clerk_phone is not None:
            admin.set_phone(session, card.clerk_id, clerk_phone)
    center.users["intake"] = card.clerk_id
    window = register_window(center)
    first = {"case_no": card.case_no, "item_codes": [card.item_code], "applicant": {"name": "李四"}}
    events = [
        window.event(card.case_id, kind, first if i == 0 else {})
        for i, kind in enumerate(("case.drafted", "case.accepted", "case.submitted"))
    ]
    assert [r["status"] for r in window.push_events(events)] == ["applied"] * 3
    supervisor = center.add_user("supervisor")
    AuthService(server.url, credentials).login(supervisor, PASSWORD)
    return ReminderCenter(center, card.clerk_id, supervisor)
