"""The client reads the server's protocol version on every answer, not only on a 426: the real central server on
loopback behind a proxy that announces another ``X-Govdesk-Protocol`` (a center upgraded to protocol 2.0, a minor
update 1.1, an old 0.9). A newer major version pauses sync in words and keeps the queue; the status bar says it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from govdesk.protocol import MAX_PULL_LIMIT, PROTOCOL_VERSION, PULL_LIMIT_2_0, parse_version
from govdesk.sync.errors import ClientTooOld, ServerTooOld
from govdesk.sync.status import SyncState
from govdesk.ui.statusbar import StatusBar
from tests.central.conftest import (
    PASSWORD,
    Center,
    RunningServer,
    _close_clients,  # noqa: F401  (autouse: closes the httpx clients Center.login opens)
)
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    Windows,
    assert_exactly_once,
    center,
    proxy,
    server,
    windows,
)
from tests.sync.proxy import FaultProxy

MAJOR = parse_version(PROTOCOL_VERSION)[0]


def test_a_server_on_a_newer_protocol_pauses_sync_in_words(
    server: RunningServer,  # noqa: F811
    center: Center,  # noqa: F811
    proxy: FaultProxy,  # noqa: F811
    windows: Windows,  # noqa: F811
    qtbot: QtBot,
) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok
    assert window.client.server_protocol == PROTOCOL_VERSION

    newer = f"{MAJOR + 1}.0"
    proxy.state.protocol = newer  # the center was upgraded; its answers are 200 all the same
    window.intake(2)
    report = window.sync()
    assert not report.ok and isinstance(report.error, ClientTooOld), report
    status = window.engine.status
    assert status.state is SyncState.PAUSED_TOO_OLD
    assert f"同步协议 {newer}" in (status.last_error or "") and "请升级 govdesk" in (status.last_error or "")
    assert window.store.outbox_depth() == 6  # nothing marked from an answer we cannot trust
    assert window.engine._next_wait() is None  # paused until sync_now (an upgrade), not retried in a loop
    with pytest.raises(ClientTooOld):  # a login's answer is read the same way
        window.client.login(center.users["intake"], PASSWORD)

    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.render_status(status)
    assert bar.online_label.text() == "● 程序版本过旧，已暂停上传"
    assert f"同步协议 {newer}" in bar.error_label.toolTip()

    proxy.state.protocol = f"{MAJOR}.7"  # a minor update: still our protocol
    window.engine.sync_now()
    report = window.sync()
    assert report.ok, report.error
    assert window.client.server_protocol == f"{MAJOR}.7" and window.store.outbox_depth() == 0
    assert_exactly_once(server, window)


def test_a_server_on_an_older_protocol_is_told_and_retried(
    center: Center,  # noqa: F811
    proxy: FaultProxy,  # noqa: F811
    windows: Windows,  # noqa: F811
) -> None:
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    proxy.state.protocol = f"{MAJOR - 1}.9"
    window.intake(1)
    report = window.sync()
    assert isinstance(report.error, ServerTooOld), report
    assert "联系管理员升级中心服务器" in report.error.message
    assert window.engine.retry_state.failures == 1  # retried with back-off: the admin will upgrade it
    proxy.state.protocol = None
    assert window.sync().ok and window.store.outbox_depth() == 0


def test_pull_pages_are_as_large_as_the_server_takes(
    server: RunningServer,  # noqa: F811
    center: Center,  # noqa: F811
    proxy: FaultProxy,  # noqa: F811
    windows: Windows,  # noqa: F811
) -> None:
    """Protocol 2.1 pulls pages of 2,000 changes; a 2.0 server refuses more than 500 (422), so a window asks such a
    server for 500 (its last answer said 2.0) and still syncs."""
    window = windows(proxy.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok
    assert f"limit={MAX_PULL_LIMIT}" in _last_pull(proxy)
    proxy.state.protocol = "2.0"  # a center not yet upgraded
    window.intake(1)
    assert window.sync().ok
    assert f"limit={PULL_LIMIT_2_0}" in _last_pull(proxy)


def _last_pull(through: FaultProxy) -> str:
    with through.state.lock:
        return [path for _, path, _ in through.state.log if path.startswith("/api/v1/sync/pull")][-1]
