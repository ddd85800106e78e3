"""The main window's status bar (qutebrowser's ``mainwindow/statusbar/bar.py``): the link to the server at a glance.

It renders one ``SyncStatus`` as a whole (online/offline, queue depth, last success, last error in words, the
clock-skew banner), the clerk and window, and the visible credential warning; it holds no state of its own
beyond what it shows.

Signals:
    sync_now_clicked(): the clerk pressed 立即同步.
    attention_clicked(): the clerk asked to see the records that need attention.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStatusBar, QWidget

from govdesk.domain.clock import CST
from govdesk.services.sync_status import SyncStatus
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, say

# The credential store's and the database key's warnings (services/credentials.py FALLBACK_WARNING and
# NO_KEYRING_FOR_DATABASE), listed here for translators.
QT_TRANSLATE_NOOP("Credentials", "未找到系统密钥环：登录凭据仅保存在本次运行中")
QT_TRANSLATE_NOOP("Credentials", "未找到系统密钥环：本机数据库未加密，请联系管理员启用系统密钥环")
#: Both at once (the usual case: no keyring for either), in one sentence the status bar has room for.
BOTH_KEYRING_WARNINGS = QT_TRANSLATE_NOOP(
    "Credentials", "未找到系统密钥环：本机数据库未加密，登录凭据仅保存在本次运行中，请联系管理员启用系统密钥环"
)

# Longest shown error, in average characters; the full text is in the tooltip.
ERROR_CHARS = 22

_BANNER_STYLE = "QLabel { background: #b3261e; color: white; padding: 0 0.5em; font-weight: bold; }"
_WARNING_STYLE = "QLabel { background: #fff3cd; color: #664d03; padding: 0 0.5em; }"
_ONLINE_STYLE = "QLabel { color: #146c2e; font-weight: bold; }"
_OFFLINE_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
_ERROR_STYLE = "QLabel { color: #b3261e; }"


class SyncStatusLike(Protocol):
    """What the status bar reads. Optional extras it shows when present: ``state_label`` (str, shown instead of
    离线 when not online) and ``needs_attention`` (int, refused or conflicting events)."""

    @property
    def online(self) -> bool: ...

    @property
    def queue_depth(self) -> int: ...

    @property
    def last_success(self) -> datetime | None: ...

    @property
    def last_error(self) -> str | None: ...

    @property
    def syncing(self) -> bool: ...

    @property
    def clock_skew_seconds(self) -> float | None: ...

    @property
    def clock_skew_warning(self) -> bool: ...


class ElidedLabel(QLabel):
    """A one-line label that gives up width gracefully: it shrinks to a few characters, draws "…" where the text
    is cut, and shows the whole text as its tooltip. The status bar never forces the window wider than the screen.
    """

    MIN_CHARS = 6

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if text else "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * self.MIN_CHARS), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        margin = self.fontMetrics().averageCharWidth() // 2
        rect.adjust(margin, 0, -margin, 0)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.end()


class StatusBar(QStatusBar):
    """See the module docstring. ``now`` is injectable for tests (the time "today" is judged against)."""

    sync_now_clicked = Signal()
    attention_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._now = now or (lambda: datetime.now().astimezone())
        self.status: SyncStatusLike = SyncStatus()

        self.skew_banner = self._label("clockSkewBanner", _BANNER_STYLE, elided=True)
        self.credential_label = self._label("credentialWarning", _WARNING_STYLE, elided=True)
        self._credential_warning: str | None = None
        self._database_warning: str | None = None
        self.online_label = self._label("onlineLabel")
        self.queue_label = self._label("queueLabel")
        self.success_label = self._label("lastSuccessLabel")
        self.error_label = self._label("lastErrorLabel", elided=True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.sync_button = QPushButton(self.tr("立即同步"), self)
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setToolTip(self.tr("立即与中心服务器交换数据 (F5)"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_button.clicked.connect(self.sync_now_clicked)
        self.attention_button = QPushButton(self.tr("查看"), self)
        self.attention_button.setObjectName("attentionButton")
        self.attention_button.setToolTip(self.tr("查看中心拒收或有冲突的记录 (Ctrl+Shift+N)"))
        self.attention_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (the keyboard has Ctrl+Shift+N)
        self.attention_button.clicked.connect(self.attention_clicked)
        self.attention_button.hide()
        self.clerk_label = self._label("clerkLabel")

        for banner in (self.skew_banner, self.credential_label):
            banner.hide()
            self.add_banner(banner)
        for widget in (
            self.online_label,
            self.queue_label,
            self.attention_button,
            self.success_label,
            self.error_label,
            self.sync_button,
            self.clerk_label,
        ):
            self.addPermanentWidget(widget)
        self.set_clerk(None, "")
        self.render_status(self.status)

    def add_banner(self, banner: QLabel) -> None:
        """A warning banner on the left: the banners shown share the room the sync state leaves them equally (by
        their text's width, the keyring warning took it all and the calendar's warning was a bare "…")."""
        policy = banner.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        banner.setSizePolicy(policy)
        self.addWidget(banner, 1)

    def _label(self, name: str, style: str = "", elided: bool = False) -> QLabel:
        label = ElidedLabel(self) if elided else QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if style:
            label.setStyleSheet(style)
        return label

    def render_status(self, status: SyncStatusLike) -> None:
        """Show ``status`` (replacing what was shown)."""
        self.status = status
        if status.syncing:
            self.online_label.setText(self.tr("● 正在同步…"))
            self.online_label.setStyleSheet(_ONLINE_STYLE)
        elif status.online:
            self.online_label.setText(self.tr("● 在线"))
            self.online_label.setStyleSheet(_ONLINE_STYLE)
        else:
            label = getattr(status, "state_label", None)
            if isinstance(label, str) and label and label != "离线":
                # The engine's finer state (需要重新登录, 程序版本过旧…): a ``domain.messages.Message``, said in the
                # clerk's language.
                self.online_label.setText(self.tr("● {state}").format(state=say(label)))
            else:
                self.online_label.setText(self.tr("● 离线"))
            self.online_label.setStyleSheet(_OFFLINE_STYLE)
        self.online_label.setToolTip(
            self.tr("已连接中心服务器")
            if status.online
            else self.tr("未连接中心服务器：办件照常保存在本机，联网后自动上传")
        )

        queue = self.tr("待上传 %n 条", "", status.queue_depth)
        attention = getattr(status, "needs_attention", 0)
        if isinstance(attention, int) and attention > 0:
            queue += self.tr("，%n 条需处理", "", attention)
        self.attention_button.setVisible(isinstance(attention, int) and attention > 0)
        self.queue_label.setText(queue)
        self.queue_label.setToolTip(self.tr("本机已保存、尚未被中心服务器接收的记录数"))

        if status.last_success is None:
            self.success_label.setText(self.tr("尚未同步"))
        else:
            self.success_label.setText(self.tr("上次同步 {time}").format(time=self._when(status.last_success)))
        self.success_label.setToolTip(
            "" if status.last_success is None else status.last_success.astimezone(CST).strftime("%Y-%m-%d %H:%M:%S")
        )

        if status.last_error:
            self.error_label.setText(self.tr("同步失败：{error}").format(error=say(status.last_error)))
            self.error_label.setStyleSheet(_ERROR_STYLE)
            self.error_label.setMaximumWidth(self.fontMetrics().averageCharWidth() * ERROR_CHARS * 2)
            self.error_label.show()
        else:
            self.error_label.clear()
            self.error_label.setToolTip("")
            self.error_label.hide()

        self.sync_button.setEnabled(not status.syncing)

        if status.clock_skew_warning and status.clock_skew_seconds is not None:
            minutes = max(1, round(abs(status.clock_skew_seconds) / 60))
            direction = self.tr("快") if status.clock_skew_seconds > 0 else self.tr("慢")
            self.skew_banner.setText(
                self.tr("本机时间比服务器{direction} {minutes} 分钟，请校准系统时间").format(
                    direction=direction, minutes=minutes
                )
            )
            self.skew_banner.setToolTip(
                self.skew_banner.text()
                + "\n"
                + self.tr("办件时间和期限以服务器时间为准；本机时间不准会导致期限计算错误")
            )
            self.skew_banner.show()
        else:
            self.skew_banner.hide()

    def _when(self, moment: datetime) -> str:
        local = moment.astimezone(CST)  # China Standard Time, whatever the PC's zone (UTC here)
        if local.date() == self._now().astimezone(CST).date():
            return local.strftime("%H:%M")
        return local.strftime("%m-%d %H:%M")

    def set_clerk(self, clerk_name: str | None, window_number: str) -> None:
        who = clerk_name or self.tr("未登录")
        where = self.tr("{number}号窗口").format(number=window_number) if window_number else self.tr("未设置窗口")
        self.clerk_label.setText(f"{who} · {where}")

    def set_credential_warning(self, text: str | None) -> None:
        """Show (or hide, with None) the warning that logins are not kept (no OS keyring). The text comes from the
        services layer in Chinese; it is translated here when a translation exists."""
        self._credential_warning = text
        self._show_keyring_warnings()

    def set_database_warning(self, text: str | None) -> None:
        """Show (or hide) the warning that the local database is not encrypted (no OS keyring for its key): a lasting
        state, so it stays in sight beside the credential warning for as long as the program runs (a temporary
        status message lay under the credential banner and was gone after 15 s)."""
        self._database_warning = text
        self._show_keyring_warnings()

    def _show_keyring_warnings(self) -> None:
        database, credentials = self._database_warning, self._credential_warning
        text = BOTH_KEYRING_WARNINGS if database and credentials else database or credentials
        self.credential_label.setText(QCoreApplication.translate("Credentials", text) if text else "")
        self.credential_label.setVisible(bool(text))
