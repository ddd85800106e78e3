"""Whether this client can talk to a server announcing protocol ``X-Govdesk-Protocol: M.N`` (on every answer).

The same major version is compatible (a newer minor only adds optional fields, which the models ignore). A newer
major means the server has moved on: this program must be upgraded, pushing pauses (``ClientTooOld``). An older major
means the server must be upgraded (``ServerTooOld``, retried with back-off). An unreadable version is treated as
incompatible. Every message is for the clerk, in Chinese, and says the cases are safe on this PC.
"""

from __future__ import annotations

from govdesk.domain.messages import Message, translate
from govdesk.protocol import PROTOCOL_VERSION, parse_version
from govdesk.sync.errors import ClientTooOld, ServerTooOld, SyncError

UNKNOWN = translate(
    "SyncVersion",
    "中心服务器的同步协议版本无法识别（{shown}），已暂停同步：请确认服务器地址，或升级 govdesk；办件已保存在本机",
    "sync.version.unknown",
)
NEWER = translate(
    "SyncVersion",
    "中心服务器已升级到同步协议 {shown}，本机程序只支持 {major}.x，已暂停同步：请升级 govdesk；办件已保存在本机",
    "sync.version.newer",
)
OLDER = translate(
    "SyncVersion",
    "中心服务器的同步协议 {shown} 比本机程序旧（需要 {major}.x）：请联系管理员升级中心服务器，升级后会自动继续同步；"
    "办件已保存在本机",
    "sync.version.older",
)


def protocol_error(announced: str, ours: str = PROTOCOL_VERSION) -> SyncError | None:
    """None when a server announcing ``announced`` speaks our protocol; else the error to raise, in words."""
    major = parse_version(ours)[0]
    shown = announced.strip()[:16]
    try:
        theirs = parse_version(announced)[0]
    except ValueError:
        return ClientTooOld(
            Message(UNKNOWN, shown=shown),
            code="protocol_unknown",
        )
    if theirs > major:
        return ClientTooOld(
            Message(NEWER, shown=shown, major=major),
            code="protocol_newer",
        )
    if theirs < major:
        return ServerTooOld(
            Message(OLDER, shown=shown, major=major),
            code="protocol_older",
        )
    return None
