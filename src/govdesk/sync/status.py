"""What the status bar shows about synchronisation: one immutable value, rebuilt and sent on every change.

The engine (``govdesk.sync.engine``) calls its ``on_status(SyncStatus)`` callback whenever any field changes; the
UI renders the value as a whole. The fields of ``govdesk.ui.syncstatus.SyncStatus`` are all here with the same names
and meanings, so the UI can take this type in its place; ``state`` and ``needs_attention`` are added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from govdesk.domain.messages import Message, translate

#: A clock difference to the server larger than this shows the banner (issue 5: "when the skew passes 5 minutes").
CLOCK_SKEW_WARN_SECONDS = 300.0


class SyncState(StrEnum):
    OFFLINE = "offline"  # the server did not answer (or never tried yet): work goes on locally
    ONLINE = "online"  # the server answered the last attempt
    NEEDS_LOGIN = "needs_login"  # the login was refused or revoked: pushing stops, the queue is kept
    PAUSED_TOO_OLD = "paused_too_old"  # the server wants a newer program: pushing stops, the queue is kept
    #: the server's address (plain http to another machine) or its certificate was refused: nothing is sent, no
    #: retries, until the address or the CA bundle is changed (or the clerk asks to sync)
    PAUSED_REFUSED = "paused_refused"
    QUARANTINED = "quarantined"  # the center quarantined this PC (restored from an old backup): no sync, no numbering
    DEVICE_PENDING = "device_pending"  # this PC's registration waits for an admin's approval


#: The words for each state (``domain.messages``: the status bar says them in the clerk's language).
STATE_LABELS: dict[SyncState, Message] = {
    SyncState.OFFLINE: Message(translate("SyncState", "离线", "sync.state.offline")),
    SyncState.ONLINE: Message(translate("SyncState", "在线", "sync.state.online")),
    SyncState.NEEDS_LOGIN: Message(translate("SyncState", "需要重新登录", "sync.state.needs_login")),
    SyncState.PAUSED_TOO_OLD: Message(translate("SyncState", "程序版本过旧，已暂停上传", "sync.state.paused_too_old")),
    SyncState.PAUSED_REFUSED: Message(
        translate("SyncState", "服务器地址或证书未通过检查，已暂停同步", "sync.state.paused_refused")
    ),
    SyncState.QUARANTINED: Message(
        translate("SyncState", "本机已被中心隔离，暂停同步和编号", "sync.state.quarantined")
    ),
    SyncState.DEVICE_PENDING: Message(translate("SyncState", "等待管理员批准本机登记", "sync.state.device_pending")),
}


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The state of the link to the central server at one moment."""

    state: SyncState = SyncState.OFFLINE
    #: Events in the local outbox not yet stored by the server.
    queue_depth: int = 0
    #: Events the server refused or answered with a conflict: a person must look at them.
    needs_attention: int = 0
    #: When the server last answered a sync successfully (timezone-aware), None if never.
    last_success: datetime | None = None
    #: The last error, in words for the clerk (Chinese; a ``domain.messages.Message`` the UI says in the clerk's
    #: language), None if the last attempt succeeded.
    last_error: str | None = None
    #: A sync is running now.
    syncing: bool = False
    #: Local clock minus server clock, in seconds, when known.
    clock_skew_seconds: float | None = None

    @property
    def online(self) -> bool:
        return self.state is SyncState.ONLINE

    @property
    def state_label(self) -> Message:
        return STATE_LABELS[self.state]

    @property
    def clock_skew_warning(self) -> bool:
        return self.clock_skew_seconds is not None and abs(self.clock_skew_seconds) > CLOCK_SKEW_WARN_SECONDS
