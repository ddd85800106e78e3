"""The registry of the main window's global actions (MusicBrainz Picard's ``ui/mainwindow/actions.py``).

Every global command is declared once in ``ACTION_SPECS`` with its text, shortcut and place; ``ActionRegistry``
creates the ``QAction`` objects and the main window connects them in one place. Workspace-specific commands are
not here: a workspace brings its own actions (``Workspace.actions()``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from govdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


class ActionId(StrEnum):
    HELP = "help"
    FOCUS_SEARCH = "focus_search"
    NEW_INTAKE = "new_intake"
    SYNC_NOW = "sync_now"
    PRINT = "print"
    SWITCH_USER = "switch_user"
    LOCK = "lock"
    LOGOUT = "logout"
    SERVER_SETTINGS = "server_settings"
    QUIT = "quit"
    # the hall's queue (叫号): handled by the workspace shown (``ui/queue_panel.py``)
    QUEUE_CALL = "queue_call"
    QUEUE_RECALL = "queue_recall"
    QUEUE_TRANSFER = "queue_transfer"
    QUEUE_NO_SHOW = "queue_no_show"


class Place(StrEnum):
    FILE_MENU = "file"
    WORKSPACE_MENU = "workspace"
    HELP_MENU = "help"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: ActionId
    # Source text (Chinese), translated in context ``Actions``.
    text: str
    shortcut: str
    tip: str
    place: Place
    on_toolbar: bool = False
    icon: QStyle.StandardPixmap | None = None
    # A freedesktop icon-theme name, used when the desktop's theme has it (before ``icon``).
    theme_icon: str = ""


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.NEW_INTAKE,
        QT_TRANSLATE_NOOP("Actions", "新建受理(&N)"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "开始一件新的综合受理"),
        Place.FILE_MENU,
        on_toolbar=True,
        icon=QStyle.StandardPixmap.SP_FileIcon,
    ),
    ActionSpec(
        ActionId.PRINT,
        QT_TRANSLATE_NOOP("Actions", "打印(&P)…"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Actions", "打印当前页面的通知书或回执"),
        Place.FILE_MENU,
        on_toolbar=True,
        theme_icon="document-print",
    ),
    ActionSpec(
        ActionId.SYNC_NOW,
        QT_TRANSLATE_NOOP("Actions", "立即同步(&S)"),
        "F5",
        QT_TRANSLATE_NOOP("Actions", "立即与中心服务器交换数据"),
        Place.FILE_MENU,
        on_toolbar=True,
        icon=QStyle.StandardPixmap.SP_BrowserReload,
    ),
    ActionSpec(
        ActionId.SWITCH_USER,
        QT_TRANSLATE_NOOP("Actions", "切换用户(&W)…"),
        "Ctrl+Shift+W",
        QT_TRANSLATE_NOOP("Actions", "AB岗：接班的工作人员登录，接续本窗口的工作（程序不关闭）"),
        Place.FILE_MENU,
        icon=QStyle.StandardPixmap.SP_DialogResetButton,
    ),
    ActionSpec(
        ActionId.LOCK,
        QT_TRANSLATE_NOOP("Actions", "锁定(&L)"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "离开窗口时锁定：隐藏办件信息，重新登录后继续（同步照常进行）"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.LOGOUT,
        QT_TRANSLATE_NOOP("Actions", "注销(&O)"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "退出登录，并在中心服务器上结束本次登录"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.SERVER_SETTINGS,
        QT_TRANSLATE_NOOP("Actions", "中心服务器设置(&C)…"),
        "Ctrl+Shift+,",
        QT_TRANSLATE_NOOP("Actions", "中心服务器的地址和本单位的 CA 根证书"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.QUIT,
        QT_TRANSLATE_NOOP("Actions", "退出(&Q)"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Actions", "关闭程序（未同步的数据保留在本机，下次启动继续上传）"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.FOCUS_SEARCH,
        QT_TRANSLATE_NOOP("Actions", "查找办件(&F)"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Actions", "转到办件搜索框（也可直接扫描条码）"),
        Place.WORKSPACE_MENU,
    ),
    ActionSpec(
        ActionId.QUEUE_CALL,
        QT_TRANSLATE_NOOP("Actions", "叫号"),
        "F7",
        QT_TRANSLATE_NOOP("Actions", "叫号：呼叫排队叫号机上的下一位"),
        Place.WORKSPACE_MENU,
    ),
    ActionSpec(
        ActionId.QUEUE_RECALL,
        QT_TRANSLATE_NOOP("Actions", "重呼"),
        "F8",
        QT_TRANSLATE_NOOP("Actions", "重呼：再次呼叫当前号票"),
        Place.WORKSPACE_MENU,
    ),
    ActionSpec(
        ActionId.QUEUE_TRANSFER,
        QT_TRANSLATE_NOOP("Actions", "转窗…"),
        "F9",
        QT_TRANSLATE_NOOP("Actions", "转窗：把当前号票转到另一个窗口（输入窗口号后按回车）"),
        Place.WORKSPACE_MENU,
    ),
    ActionSpec(
        ActionId.QUEUE_NO_SHOW,
        QT_TRANSLATE_NOOP("Actions", "过号"),
        "F10",
        QT_TRANSLATE_NOOP("Actions", "过号：当前号票的申请人未到"),
        Place.WORKSPACE_MENU,
    ),
    ActionSpec(
        ActionId.HELP,
        QT_TRANSLATE_NOOP("Actions", "快捷键帮助(&K)"),
        "F1",
        QT_TRANSLATE_NOOP("Actions", "显示所有快捷键"),
        Place.HELP_MENU,
        icon=QStyle.StandardPixmap.SP_DialogHelpButton,
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ActionRegistry:
    """The ``QAction`` of every ``ActionSpec``, owned by ``parent`` (the main window)."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        self.specs = ACTION_SPECS
        style = parent.style()
        for spec in ACTION_SPECS:
            action = QAction(translate(spec.text), parent)
            action.setObjectName(f"action_{spec.id.value}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = translate(spec.tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            if spec.theme_icon and QIcon.hasThemeIcon(spec.theme_icon):
                action.setIcon(QIcon.fromTheme(spec.theme_icon))
            elif spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            self._actions[spec.id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionId, QAction]]:
        return iter(self._actions.items())

    def in_place(self, place: Place) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.place == place]

    def on_toolbar(self) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.on_toolbar]

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(shortcut, description) rows for the help dialog, in registry order."""
        rows = []
        for spec in self.specs:
            action = self._actions[spec.id]
            rows.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), translate(spec.tip)))
        return rows
