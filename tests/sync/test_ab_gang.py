"""AB岗 on a window PC (regulation 001): the outbox holds the work of every clerk who sat there, and whoever is logged
in when the line returns pushes it all, in order. The center records each event under the clerk who wrote it when that
clerk logged in at this very PC (``govdesk.central.writers``), and checks the kind against that clerk's role as the
center holds it; a name nobody used at this PC is not believed. Real central server over loopback, real store files.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from govdesk.central.db import AuthSession, StoredEvent, User
from govdesk.central.writers import WRITER_SEEN_FOR
from govdesk.protocol import DEVICE_KEY_HEADER
from govdesk.services.auth import AuthService
from govdesk.services.credentials import open_credential_store
from govdesk.services.sync_service import device_key_of
from govdesk.sync.engine import DEVICE_KEY
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center
from tests.sync.conftest import Window, Windows, assert_exactly_once, stored_counts


def _stored(server: RunningServer, event_ids: list[str]) -> list[StoredEvent]:
    with server.central.tx() as session:
        rows = session.scalars(select(StoredEvent).where(StoredEvent.event_id.in_(event_ids))).all()
        session.expunge_all()
    return list(rows)


def _sessions(server: RunningServer, username: str) -> list[tuple[int, str | None]]:
    with server.central.tx() as session:
        user_id = session.scalars(select(User.id).where(User.username == username)).one()
        rows = session.execute(
            select(AuthSession.id, AuthSession.device_id).where(AuthSession.user_id == user_id).order_by(AuthSession.id)
        ).all()
    return [(int(r.id), r.device_id) for r in rows]


def _offline_work_of(window: Window, clerk: str, n: int = 2) -> list[str]:
    """``clerk`` logs in at ``window`` while the line is up (registering it, or pulling), then takes ``n`` cases
    in while it is down: drafted, accepted and submitted, three events each, none pushed."""
    window.login(clerk)
    assert window.sync().ok
    window.intake(n, username=clerk, clerk="王丽")
    return [i for i, status in window.outbox_statuses().items() if status == "pending"]


@pytest.mark.parametrize("role", ["issuing", "supervisor"])
def test_an_intake_clerks_offline_cases_reach_the_center_under_their_name_whoever_pushes_them(
    server: RunningServer, center: Center, windows: Windows, role: str
) -> None:
    """The issuing clerk (出件窗口) covering the PC, or a supervisor sitting down at it: the intake clerk's cases go,
    recorded as the intake clerk's, with the pushing user kept beside each (regulation 000 Art. 20 留痕)."""
    pusher = center.users.get(role) or center.add_user(role)
    window = windows(server.url, center.code)
    events = _offline_work_of(window, center.users["intake"])
    assert len(events) == 6

    window.login(pusher)
    report = window.sync()
    assert report.ok and report.applied == 6, report
    assert set(window.outbox_statuses().values()) == {"sent"}
    assert window.engine.status.needs_attention == 0 and window.engine.status.last_error is None
    for row in _stored(server, events):
        assert row.status == "applied", (row.kind, row.reason)
        assert row.document["actor"]["clerk_id"] == center.users["intake"]
        assert row.document["actor"]["role"] == "intake"
        assert row.document["actor"]["clerk_name"] == "intake员"  # the center's name for them, not the written one
        assert row.pushed_by == pusher
        assert row.written_actor is not None and row.written_actor["clerk_name"] == "王丽"
    assert_exactly_once(server, window)


def test_a_clerk_who_logged_in_at_another_pc_only_is_not_believed(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """A colleague's name on this PC's events, when that colleague never logged in here: the events are the pushing
    user's, and an issuing clerk may not take a case in (refused, for a person to look at: 需处理的记录)."""
    colleague = center.add_user("intake", "2")
    elsewhere = windows(server.url, center.code, name="other")
    elsewhere.login(colleague)
    assert elsewhere.sync().ok  # the colleague's login is bound to the other PC
    window = windows(server.url, center.code)
    window.login(center.users["issuing"])
    assert window.sync().ok
    window.intake(1, username=colleague)
    events = window.outbox_ids()
    report = window.sync()
    assert report.ok and report.applied == 0, report
    assert set(window.outbox_statuses().values()) == {"refused"}
    assert window.engine.status.needs_attention == 3
    rows = _stored(server, events)
    assert {r.code for r in rows} == {"forbidden_role"}
    assert {r.document["actor"]["clerk_id"] for r in rows} == {center.users["issuing"]}
    assert {r.written_actor["clerk_id"] for r in rows if r.written_actor} == {colleague}


def test_a_revoked_account_or_a_login_older_than_a_month_is_not_believed(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    first, second = center.add_user("intake", "a"), center.add_user("intake", "b")
    window = windows(server.url, center.code)
    for clerk in (first, second):  # each logs in while the line is up (bound to this PC) ...
        window.login(clerk)
        assert window.sync().ok
    for clerk in (first, second):  # ... and takes a case in while it is down
        window.intake(1, username=clerk)
    events = window.outbox_ids()
    assert len(events) == 6 and set(window.outbox_statuses().values()) == {"pending"}
    with server.central.tx() as session:
        session.execute(update(User).where(User.username == first).values(revoked=True))
        second_id = session.scalars(select(User.id).where(User.username == second)).one()
        long_ago = datetime.now(UTC) - WRITER_SEEN_FOR - timedelta(days=1)
        session.execute(update(AuthSession).where(AuthSession.user_id == second_id).values(expires_at=long_ago))
    window.login(center.users["issuing"])
    report = window.sync()
    assert report.ok and report.applied == 0, report
    assert {r.code for r in _stored(server, events)} == {"forbidden_role"}
    assert set(stored_counts(server, events).values()) == {1}


def test_a_login_is_bound_to_the_pc_it_is_used_at_by_a_pull_and_never_moved(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """A clerk who only pulled (nothing to push) before the line went down is still believed afterwards; a login
    bound to one PC is not bound again by another."""
    clerk = center.users["intake"]
    window = windows(server.url, center.code)
    window.login(clerk)
    assert window.sync().ok  # registered: the first login bound by the registration
    window.login(clerk)  # a second login at the same PC: nothing to push, a pull binds it
    assert window.sync().ok and window.sync().pushed == 0
    device = window.engine._device_id
    assert device is not None
    assert [bound for _id, bound in _sessions(server, clerk)] == [device, device]

    other = windows(server.url, center.code, name="other")
    other.client.tokens.set_refresh_token(window.client.tokens.get_refresh_token() or "")  # the same login copied
    other.client.refresh()
    assert other.sync().ok
    assert [bound for _id, bound in _sessions(server, clerk)] == [device, device]  # not moved to the other PC

    window.intake(1, username=clerk)
    window.login(center.users["issuing"])
    assert window.sync().applied == 3


def test_a_login_presenting_the_pcs_key_is_bound_at_once(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """The line drops right after the intake clerk's login, before any pull: the login itself carried the PC's key,
    so the center knows she sat there, and the issuing clerk's push of her offline case is hers. A key of another
    center's PC binds nothing."""
    window = windows(server.url, center.code)
    window.login(center.users["issuing"])
    assert window.sync().ok  # the PC registered (its key kept; every request carries it from now on)
    device = window.engine._device_id
    window.login(center.users["intake"])  # no round after it
    assert _sessions(server, center.users["intake"])[-1][1] == device
    window.intake(1, username=center.users["intake"])
    events = window.outbox_ids()
    window.login(center.users["issuing"])
    assert window.sync().applied == 3
    assert {r.document["actor"]["clerk_id"] for r in _stored(server, events)} == {center.users["intake"]}

    other = make_center(server)
    client = server.client()
    key = window.store.get_meta(DEVICE_KEY)
    assert key
    reply = client.post(
        "/api/v1/auth/login",
        json={"username": other.users["intake"], "password": PASSWORD},
        headers={DEVICE_KEY_HEADER: key},
    )
    assert reply.status_code == 200, reply.text
    assert [bound for _id, bound in _sessions(server, other.users["intake"])] == [None]


def test_the_windows_login_sends_the_pcs_key_once_it_has_one(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """``AuthService``, the login of the lock screen and of the login dialog, asks for the PC's key at each login
    (``services.sync_service.device_key_of``): none before the first registration, the PC's after it."""
    window = windows(server.url, center.code)
    auth = AuthService(server.url, open_credential_store(), device_key=lambda: device_key_of(window.store))
    auth.login(center.users["intake"], PASSWORD)  # a new PC: no key yet
    window.login(center.users["issuing"])
    assert window.sync().ok  # registered
    auth.login(center.users["intake"], PASSWORD)
    assert [bound for _id, bound in _sessions(server, center.users["intake"])] == [None, window.engine._device_id]
