"""The status bar says, in Chinese, that the center quarantined this PC or has not approved it yet (issue 17, 12)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.sync.status import SyncState, SyncStatus
from govdesk.ui.statusbar import StatusBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
WORDS = (
    "本机（工作站 S01）已于 2026-12-06 10:42 被中心隔离：本机上传的事件序号 4 已被中心收到的其他事件使用"
    "（中心已收到序号 9），本机可能是从旧备份恢复的。在管理员重新登记本机之前，中心不接收本机的任何数据，"
    "本机暂停编号新办件；已录入的办件全部保存在本机，重新登记后会自动补传"
)


def _shot(bar: StatusBar, name: str) -> None:
    folder = Path(os.environ.get("GOVDESK_SHOTS", "/tmp/shots_sync-quarantine"))
    folder.mkdir(parents=True, exist_ok=True)
    assert bar.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize(
    ("state", "label", "words"),
    [
        (SyncState.QUARANTINED, "● 本机已被中心隔离，暂停同步和编号", WORDS),
        (
            SyncState.DEVICE_PENDING,
            "● 等待管理员批准本机登记",
            "本机（工作站 S02）已向中心申请登记，正在等待管理员批准",
        ),
    ],
)
def test_the_bar_says_why_nothing_is_sent(qtbot: QtBot, state: SyncState, label: str, words: str) -> None:
    bar = StatusBar(now=lambda: NOW)
    qtbot.addWidget(bar)
    bar.resize(1366, bar.sizeHint().height())
    bar.show()
    bar.render_status(SyncStatus(state=state, queue_depth=4, last_success=NOW - timedelta(hours=20), last_error=words))
    assert bar.online_label.text() == label
    assert bar.queue_label.text() == "待上传 4 条"
    assert bar.error_label.isVisible()
    assert words[:20] in bar.error_label.toolTip() + bar.error_label.text()
    _shot(bar, f"statusbar-{state.value}")
