"""The registry of the main window's global actions (MusicBrainz Picard's ``ui/mainwindow/actions.py``).

Every global command is declared once in ``ACTION_SPECS`` with its text, shortcut and place; ``ActionRegistry``
creates the ``QAction`` objects and the main window connects them in one place. Workspace-specific commands are
wired by their workspace (``Workspace.actions()``), but every key they answer is declared here too, in
``SHORTCUT_SPECS``, and made by ``make_shortcut`` / ``shortcut_action``: the F1 list (``shortcut_table``) is generated
from these tables, so it cannot fall behind (a test finds every ``QAction`` and ``QShortcut`` with a key in it, and
no ``QShortcut`` made elsewhere). ``KEY_SPECS`` lists keys a view handles itself (the materials table's Space).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QWidget

from govdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


class ActionId(StrEnum):
    HELP = "help"
    FOCUS_SEARCH = "focus_search"
    NEW_INTAKE = "new_intake"
    SYNC_NOW = "sync_now"
    ATTENTION = "attention"
    PRINT = "print"
    SWITCH_USER = "switch_user"
    LOCK = "lock"
    LOGOUT = "logout"
    SERVER_SETTINGS = "server_settings"
    SETTINGS = "settings"
    LARGE_TEXT = "large_text"
    HIGH_CONTRAST = "high_contrast"
    QUIT = "quit"
    # the hall's queue (叫号): handled by the workspace shown (``ui/queue_panel.py``)
    QUEUE_CALL = "queue_call"
    QUEUE_RECALL = "queue_recall"
    QUEUE_TRANSFER = "queue_transfer"
    QUEUE_NO_SHOW = "queue_no_show"


class Place(StrEnum):
    FILE_MENU = "file"
    WORKSPACE_MENU = "workspace"
    VIEW_MENU = "view"
    HELP_MENU = "help"


class ActionSpec(NamedTuple):
    """(A ``NamedTuple``, as the two spec types below, not a frozen dataclass: a third of the cost of making the class,
    which this module does before the first paint; issue 15.)"""

    id: ActionId
    # Source text (Chinese), translated in context ``Actions``.
    text: str
    shortcut: str
    tip: str
    place: Place
    on_toolbar: bool = False
    # The name of a ``QStyle.StandardPixmap`` (the style draws it), e.g. "SP_FileIcon"; "" for none.
    icon: str = ""
    # A freedesktop icon-theme name, used when the desktop's theme has it (before ``icon``).
    theme_icon: str = ""
    checkable: bool = False


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.NEW_INTAKE,
        QT_TRANSLATE_NOOP("Actions", "新建受理(&N)"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "开始一件新的综合受理"),
        Place.FILE_MENU,
        on_toolbar=True,
        icon="SP_FileIcon",
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
        icon="SP_BrowserReload",
    ),
    ActionSpec(
        ActionId.ATTENTION,
        QT_TRANSLATE_NOOP("Actions", "需处理的记录(&N)…"),
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "中心拒收或与中心决定冲突的记录：本机所做、中心的决定，由谁、何时"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.SWITCH_USER,
        QT_TRANSLATE_NOOP("Actions", "切换用户(&W)…"),
        "Ctrl+Shift+W",
        QT_TRANSLATE_NOOP("Actions", "AB岗：接班的工作人员登录，接续本窗口的工作（程序不关闭）"),
        Place.FILE_MENU,
        icon="SP_DialogResetButton",
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
        ActionId.SETTINGS,
        QT_TRANSLATE_NOOP("Actions", "设置(&E)…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "本窗口的设置：服务器、窗口、打印、通知书抬头和印章、语言、字号配色、锁定"),
        Place.FILE_MENU,
    ),
    ActionSpec(
        ActionId.LARGE_TEXT,
        QT_TRANSLATE_NOOP("Actions", "大字模式(&T)"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "适老化：正文 18 磅以上的大字显示（再按一次恢复）"),
        Place.VIEW_MENU,
        checkable=True,
    ),
    ActionSpec(
        ActionId.HIGH_CONTRAST,
        QT_TRANSLATE_NOOP("Actions", "高对比度(&H)"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "适老化：黑白高对比度配色（再按一次恢复）"),
        Place.VIEW_MENU,
        checkable=True,
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
        icon="SP_DialogHelpButton",
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ActionRegistry:
    """The ``QAction`` of every ``ActionSpec``, owned by ``parent`` (the main window).

    The icons are set by ``set_icons``: at once, or (``icons_later``: the program's start, issue 15) once the window
    has been painted, because asking the style for one builds ``QStyle``'s Python enums first (about 600 members,
    7-8 ms, all before the first paint otherwise). Until then an action that is to have an icon holds a blank one,
    so its toolbar button has its final size from the first paint and nothing moves when the icons come."""

    def __init__(self, parent: QWidget, *, icons_later: bool = False) -> None:
        self._actions: dict[ActionId, QAction] = {}
        self._parent = parent
        self.specs = ACTION_SPECS
        self.icons_set = False
        blank: QIcon | None = None
        for spec in ACTION_SPECS:
            action = QAction(translate(spec.text), parent)
            action.setObjectName(f"action_{spec.id.value}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = translate(spec.tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            action.setCheckable(spec.checkable)
            if icons_later and _has_icon(spec):
                if blank is None:
                    pixmap = QPixmap(1, 1)
                    pixmap.fill(Qt.GlobalColor.transparent)
                    blank = QIcon(pixmap)
                action.setIcon(blank)
            self._actions[spec.id] = action
        if not icons_later:
            self.set_icons()

    def set_icons(self) -> None:
        """Each action's icon: the desktop theme's (``theme_icon``) when it has it, else the style's (``icon``)."""
        from PySide6.QtWidgets import QStyle

        style = self._parent.style()
        for spec in self.specs:
            action = self._actions[spec.id]
            if spec.theme_icon and QIcon.hasThemeIcon(spec.theme_icon):
                action.setIcon(QIcon.fromTheme(spec.theme_icon))
            elif spec.icon:
                action.setIcon(style.standardIcon(QStyle.StandardPixmap[spec.icon]))
        self.icons_set = True

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionId, QAction]]:
        return iter(self._actions.items())

    def in_place(self, place: Place) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.place == place]

    def on_toolbar(self) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.on_toolbar]

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(keys, what they do, where) rows for the help dialog: the global actions, then every workspace's and
        dialog's keys (``SHORTCUT_SPECS``), then the keys of views (``KEY_SPECS``)."""
        everywhere = translate(EVERYWHERE)
        rows = []
        for spec in self.specs:
            action = self._actions[spec.id]
            rows.append((native(action.shortcut()), translate(spec.tip), everywhere))
        for shortcut in SHORTCUT_SPECS:
            keys = " / ".join(native(QKeySequence(k)) for k in shortcut.keys)
            rows.append((keys, translate(shortcut.tip), translate(shortcut.scope)))
        for key in KEY_SPECS:
            rows.append((translate(key.keys), translate(key.tip), translate(key.scope)))
        return rows


def _has_icon(spec: ActionSpec) -> bool:
    return bool(spec.icon) or bool(spec.theme_icon and QIcon.hasThemeIcon(spec.theme_icon))


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


EVERYWHERE = QT_TRANSLATE_NOOP("Actions", "全局")


class ShortcutId(StrEnum):
    INTAKE_DECIDE = "intake_decide"
    INTAKE_READ_CARD = "intake_read_card"
    INTAKE_TRANSFER = "intake_transfer"
    INTAKE_RESUME = "intake_resume"
    HANDOFF_CONFIRM = "handoff_confirm"
    HANDOFF_SCAN = "handoff_scan"
    TRANSFER_CONFIRM = "transfer_confirm"
    NOTICE_PRINT = "notice_print"


class ShortcutSpec(NamedTuple):
    """Keys one workspace or dialog answers (``keys``: portable key sequences; the first is the one shown)."""

    id: ShortcutId
    keys: tuple[str, ...]
    tip: str
    scope: str


SHORTCUT_SPECS: tuple[ShortcutSpec, ...] = (
    ShortcutSpec(
        ShortcutId.INTAKE_DECIDE,
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Actions", "作出所选的受理决定"),
        QT_TRANSLATE_NOOP("Actions", "综合受理"),
    ),
    ShortcutSpec(
        ShortcutId.INTAKE_READ_CARD,
        ("F6",),
        QT_TRANSLATE_NOOP("Actions", "读卡：从身份证阅读器读取申请人信息"),
        QT_TRANSLATE_NOOP("Actions", "综合受理"),
    ),
    ShortcutSpec(
        ShortcutId.INTAKE_RESUME,
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Actions", "续办：输入或扫描一次性告知单上的办件编号"),
        QT_TRANSLATE_NOOP("Actions", "综合受理"),
    ),
    ShortcutSpec(
        ShortcutId.INTAKE_TRANSFER,
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Actions", "材料流转：把已受理办件的纸质材料移交后台，打印交接单"),
        QT_TRANSLATE_NOOP("Actions", "综合受理"),
    ),
    ShortcutSpec(
        ShortcutId.HANDOFF_CONFIRM,
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Actions", "出件：按所选方式交付办理结果"),
        QT_TRANSLATE_NOOP("Actions", "出件"),
    ),
    ShortcutSpec(
        ShortcutId.HANDOFF_SCAN,
        ("F3",),
        QT_TRANSLATE_NOOP("Actions", "转到扫码框（扫描通知书条码）"),
        QT_TRANSLATE_NOOP("Actions", "出件"),
    ),
    ShortcutSpec(
        ShortcutId.TRANSFER_CONFIRM,
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Actions", "移交所选办件的材料并打印交接单"),
        QT_TRANSLATE_NOOP("Actions", "材料流转对话框"),
    ),
    ShortcutSpec(
        ShortcutId.NOTICE_PRINT,
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("Actions", "打印预览中的通知书"),
        QT_TRANSLATE_NOOP("Actions", "通知书预览"),
    ),
)


def shortcut_spec(shortcut_id: ShortcutId) -> ShortcutSpec:
    return next(s for s in SHORTCUT_SPECS if s.id == shortcut_id)


def make_shortcut(
    shortcut_id: ShortcutId,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """The ``QShortcut`` of every key of ``shortcut_id`` on ``parent``, calling ``slot``."""
    made = []
    for keys in shortcut_spec(shortcut_id).keys:
        shortcut = QShortcut(QKeySequence(keys), parent)
        shortcut.setObjectName(f"shortcut_{shortcut_id.value}")
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def shortcut_action(shortcut_id: ShortcutId, text: str, parent: QObject, *, owns_key: bool = True) -> QAction:
    """A workspace's menu action for ``shortcut_id``: with the key itself (``owns_key``), or only showing it when
    the page's own ``QShortcut`` answers it (so it works wherever the page is hosted)."""
    spec = shortcut_spec(shortcut_id)
    shown = native(QKeySequence(spec.keys[0]))
    action = QAction(text if owns_key else f"{text}\t{shown}", parent)
    action.setObjectName(f"action_{shortcut_id.value}")
    if owns_key:
        action.setShortcut(QKeySequence(spec.keys[0]))
    action.setToolTip(f"{translate(spec.tip)} ({shown})")
    return action


class KeySpec(NamedTuple):
    """A key a view handles itself (not a shortcut): listed in F1 all the same."""

    keys: str
    tip: str
    scope: str


KEY_SPECS: tuple[KeySpec, ...] = (
    KeySpec(
        QT_TRANSLATE_NOOP("Actions", "空格"),
        QT_TRANSLATE_NOOP("Actions", "申请材料：收到 / 缺少"),
        QT_TRANSLATE_NOOP("Actions", "综合受理 · 申请材料表"),
    ),
    KeySpec(
        "D",
        QT_TRANSLATE_NOOP("Actions", "申请材料：不符合要求（填写原因）"),
        QT_TRANSLATE_NOOP("Actions", "综合受理 · 申请材料表"),
    ),
    KeySpec(
        "1 / 2 / 3",
        QT_TRANSLATE_NOOP("Actions", "申请材料：原件 / 复印件 / 电子件（并标为收到）"),
        QT_TRANSLATE_NOOP("Actions", "综合受理 · 申请材料表"),
    ),
    KeySpec(
        "S",
        QT_TRANSLATE_NOOP("Actions", "申请材料：拍摄或导入扫描件"),
        QT_TRANSLATE_NOOP("Actions", "综合受理 · 申请材料表"),
    ),
    KeySpec(
        "Delete",
        QT_TRANSLATE_NOOP("Actions", "从本次办理中移除所选事项"),
        QT_TRANSLATE_NOOP("Actions", "综合受理 · 本次办理"),
    ),
    KeySpec(
        QT_TRANSLATE_NOOP("Actions", "Alt+带下划线的字母"),
        QT_TRANSLATE_NOOP("Actions", "转到该字段或按下该按钮"),
        EVERYWHERE,
    ),
    KeySpec(
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("Actions", "转到下一个 / 上一个控件（当前控件有蓝色或黑黄边框）"),
        EVERYWHERE,
    ),
)
