"""Tokens after days offline (expired access: refreshed once; expired or revoked login: needs login, queue kept, no
loop of 401s), a client too old for the server (paused, queue kept), and the clock-skew banner."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from govdesk.central.admin import revoke_user
from govdesk.protocol import CLIENT_VERSION_HEADER
from govdesk.sync.errors import ClientTooOld
from govdesk.sync.status import SyncState
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center, stop_server
from tests.sync.conftest import Window, Windows, assert_exactly_once, start_central
from tests.sync.proxy import FaultProxy

PUSH = "/api/v1/sync/push"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A server of this test's own: the test moves its clock."""
    running = start_central(tmp_path / "own.db", tmp_path)
    yield running
    stop_server(running)


@pytest.fixture
def own_proxy(own_server: RunningServer) -> Iterator[FaultProxy]:
    running = FaultProxy(int(own_server.url.rsplit(":", 1)[1]))
    yield running
    running.close()


def _logged_in(windows: Windows, proxy: FaultProxy, center: Center) -> Window:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok  # registered, nothing to push
    return window


def _idle_run(window: Window, seconds: float) -> None:
    """Let ``run()`` loop for a while (it must not hammer the server when paused)."""

    async def idle() -> None:
        task = asyncio.ensure_future(window.engine.run())
        await asyncio.sleep(seconds)
        window.engine.stop()
        await task

    window.run(idle())


def test_expired_access_token_after_days_offline_is_refreshed_once(
    own_server: RunningServer, own_proxy: FaultProxy, windows: Windows
) -> None:
    center = make_center(own_server)
    window = _logged_in(windows, own_proxy, center)
    window.intake(2)
    own_server.clock.offset = timedelta(days=3)  # access tokens last 15 minutes, logins 30 days
    report = window.sync()
    assert report.ok, report.error
    assert own_proxy.statuses(PUSH) == ["401", "200"]
    assert [p for _m, p, _s in own_proxy.log].count("/api/v1/auth/refresh") == 1
    assert_exactly_once(own_server, window)


@pytest.mark.parametrize("how", ["revoked", "login_expired"])
def test_refused_login_keeps_the_queue_and_asks_to_log_in(
    own_server: RunningServer, own_proxy: FaultProxy, windows: Windows, how: str
) -> None:
    center = make_center(own_server)
    window = _logged_in(windows, own_proxy, center)
    window.intake(2)
    if how == "revoked":
        with own_server.central.tx() as session:
            revoke_user(session, center.users["intake"], datetime.now(UTC))
    else:
        own_server.clock.offset = timedelta(days=31)
    report = window.sync()
    assert not report.ok
    status = window.engine.status
    assert status.state is SyncState.NEEDS_LOGIN and "登录" in (status.last_error or "")
    assert status.queue_depth == 6
    requests_before = len(own_proxy.log)
    # login, register, the center's public key (receipts), bootstrap, pull; then at most one push and one refresh:
    # no 401 loop
    assert requests_before <= 7
    # The refresh token the server refused is gone from the keyring; the access token lived in memory only.
    assert keyring.get_password("govdesk", f"{own_proxy.url}|pc") is None
    _idle_run(window, 0.3)
    window.engine.sync_now()
    window.sync()
    assert len(own_proxy.log) == requests_before  # paused: nothing sent until the clerk logs in again
    assert window.engine.status.state is SyncState.NEEDS_LOGIN
    if how == "revoked":
        with own_server.central.tx() as session:
            from govdesk.central.db import User

            user = session.query(User).filter_by(username=center.users["intake"]).one()
            user.revoked = False
    else:
        own_server.clock.offset = timedelta(0)
    window.login(center.users["intake"])
    assert window.sync().ok
    assert window.engine.status.state is SyncState.ONLINE and window.engine.status.queue_depth == 0
    assert_exactly_once(own_server, window)


def test_client_too_old_pauses_and_keeps_the_queue(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows
) -> None:
    old = windows(proxy.url, center.code)
    old.login(center.users["intake"])
    assert old.sync().ok
    # The server now wants a newer program than this one (the same as an upgrade of MIN_CLIENT_VERSION).
    old.client.session.headers[CLIENT_VERSION_HEADER] = "0.0.1"
    with pytest.raises(ClientTooOld):
        old.client.login(center.users["intake"], PASSWORD)
    old.intake(2)
    report = old.sync()
    assert not report.ok
    status = old.engine.status
    assert status.state is SyncState.PAUSED_TOO_OLD and "升级" in (status.last_error or "")
    assert status.queue_depth == 6
    sent = len(proxy.log)
    _idle_run(old, 0.3)
    assert len(proxy.log) == sent  # paused, not retrying in a loop
    assert old.store.outbox_depth() == 6


def test_clock_skew_is_measured_from_the_server(own_server: RunningServer, windows: Windows) -> None:
    center = make_center(own_server)
    window = windows(own_server.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok
    assert window.engine.status.clock_skew_seconds is not None
    assert abs(window.engine.status.clock_skew_seconds) < 2
    assert not window.engine.status.clock_skew_warning
    # The server's Date header comes from the real clock (uvicorn); the skew is what the local clock says against
    # it. A local clock 10 minutes fast:
    window.client._wall = lambda: datetime.now(UTC) + timedelta(minutes=10)
    assert window.sync().ok
    skew = window.engine.status.clock_skew_seconds
    assert skew is not None and 598 <= skew <= 602
    assert window.engine.status.clock_skew_warning
