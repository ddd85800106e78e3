"""The status bar renders each SyncStatus: online/offline, queue depth, last success, last error, clock skew."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from govdesk.services.credentials import FALLBACK_WARNING, NO_KEYRING_FOR_DATABASE
from govdesk.services.sync_facade import CLOCK_SKEW_WARN_SECONDS, SyncState, SyncStatus
from govdesk.ui.statusbar import BOTH_KEYRING_WARNINGS, StatusBar

# The offscreen platform cannot pass a window's size hints to a window manager and says so; not a problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


@pytest.fixture
def bar(qtbot: QtBot) -> StatusBar:
    widget = StatusBar(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1366, widget.sizeHint().height())
    widget.show()
    return widget


def test_the_initial_state_is_offline_and_never_synced(bar: StatusBar) -> None:
    assert bar.online_label.text() == "● 离线"
    assert bar.queue_label.text() == "待上传 0 条"
    assert bar.success_label.text() == "尚未同步"
    assert not bar.error_label.isVisible()
    assert not bar.skew_banner.isVisible()
    assert bar.sync_button.isEnabled()
    assert bar.clerk_label.text() == "未登录 · 未设置窗口"


def test_online_with_a_queue_and_a_success_today(bar: StatusBar) -> None:
    last = NOW - timedelta(minutes=5)
    bar.render_status(SyncStatus(state=SyncState.ONLINE, queue_depth=3, last_success=last))
    assert bar.online_label.text() == "● 在线"
    assert bar.queue_label.text() == "待上传 3 条"
    assert bar.success_label.text() == "上次同步 22:55"  # China Standard Time (14:55 UTC), on any PC's zone
    assert not bar.error_label.isVisible()


def test_a_success_on_another_day_shows_the_date(bar: StatusBar) -> None:
    last = NOW - timedelta(days=3)
    bar.render_status(SyncStatus(state=SyncState.OFFLINE, last_success=last))
    assert bar.success_label.text() == "上次同步 11-19 23:00"  # CST
    assert bar.success_label.toolTip() == "2026-11-19 23:00:00"


def test_the_last_error_is_shown_in_words_and_cleared_by_a_success(bar: StatusBar) -> None:
    error = "中心服务器拒绝了 2 条记录：办件编号重复"
    bar.render_status(SyncStatus(state=SyncState.OFFLINE, queue_depth=2, last_error=error))
    assert bar.error_label.isVisible()
    assert bar.error_label.text() == f"同步失败：{error}"
    assert error in bar.error_label.toolTip()
    bar.render_status(SyncStatus(state=SyncState.ONLINE, last_success=NOW))
    assert not bar.error_label.isVisible()
    assert bar.error_label.text() == ""


def test_while_syncing_the_button_is_disabled(bar: StatusBar) -> None:
    bar.render_status(SyncStatus(state=SyncState.ONLINE, syncing=True))
    assert bar.online_label.text() == "● 正在同步…"
    assert not bar.sync_button.isEnabled()
    bar.render_status(SyncStatus(state=SyncState.ONLINE))
    assert bar.sync_button.isEnabled()


@pytest.mark.parametrize(
    ("skew", "shown", "text"),
    [
        (None, False, ""),
        (CLOCK_SKEW_WARN_SECONDS, False, ""),
        (-CLOCK_SKEW_WARN_SECONDS - 1, True, "本机时间比服务器慢 5 分钟，请校准系统时间"),
        (3600.0, True, "本机时间比服务器快 60 分钟，请校准系统时间"),
    ],
)
def test_the_clock_skew_banner(bar: StatusBar, skew: float | None, shown: bool, text: str) -> None:
    bar.render_status(SyncStatus(state=SyncState.ONLINE, clock_skew_seconds=skew))
    assert bar.skew_banner.isVisible() is shown
    if shown:
        assert bar.skew_banner.text() == text


def test_the_sync_button_emits(qtbot: QtBot, bar: StatusBar) -> None:
    with qtbot.waitSignal(bar.sync_now_clicked, timeout=1000):
        bar.sync_button.click()


def test_clerk_and_window(bar: StatusBar) -> None:
    bar.set_clerk("王芳", "3")
    assert bar.clerk_label.text() == "王芳 · 3号窗口"


def test_the_credential_warning_shows_and_hides(bar: StatusBar) -> None:
    bar.set_credential_warning("未找到系统密钥环：登录凭据仅保存在本次运行中")
    assert bar.credential_label.isVisible()
    bar.set_credential_warning(None)
    assert not bar.credential_label.isVisible()


def test_an_unencrypted_database_stays_said_beside_the_credential_warning(bar: StatusBar) -> None:
    """No OS keyring: the database is plain and logins are not kept — both lasting, both in sight (the database's
    warning was a 15-second status message drawn under the credential banner)."""
    bar.set_credential_warning(FALLBACK_WARNING)
    bar.set_database_warning(NO_KEYRING_FOR_DATABASE)
    assert bar.credential_label.isVisible()
    assert bar.credential_label.toolTip() == BOTH_KEYRING_WARNINGS  # one sentence for both
    assert bar.currentMessage() == ""
    bar.set_credential_warning(None)
    assert bar.credential_label.toolTip() == NO_KEYRING_FOR_DATABASE
    bar.set_database_warning(None)
    assert not bar.credential_label.isVisible()


def test_the_engines_finer_states_and_refused_events(bar: StatusBar, qtbot: QtBot) -> None:
    """The sync engine's status type adds ``state_label`` and ``needs_attention``; the bar shows both."""

    @dataclass(frozen=True)
    class EngineStatus:  # the shape of govdesk.sync.status.SyncStatus, written here so this test stands alone
        online: bool = False
        state_label: str = "需要重新登录"
        queue_depth: int = 4
        needs_attention: int = 2
        last_success: datetime | None = None
        last_error: str | None = None
        syncing: bool = False
        clock_skew_seconds: float | None = None
        clock_skew_warning: bool = False

    bar.render_status(EngineStatus())
    assert bar.online_label.text() == "● 需要重新登录"
    assert bar.queue_label.text() == "待上传 4 条，2 条需处理"
    assert bar.attention_button.isVisible()  # 查看: opens 需处理的记录 (ui/attention.py)
    with qtbot.waitSignal(bar.attention_clicked, timeout=1000):
        bar.attention_button.click()
