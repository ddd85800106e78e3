"""The 综合受理 workspace: hosts the intake page in the main window and routes the global commands to it.

Services come from the application's runtime (``AppContext.runtime``: ``intake`` and ``notices``). Without a
runtime (a shell started without its database) the page says so instead of failing.

Global commands (``handle_global_action``): 新建受理 (Ctrl+N) starts a new intake, keeping the current one as a
draft; 打印 (Ctrl+P) prints the last notices again. Workspace actions: 读卡 (F6), 续办 (Ctrl+R), 材料流转 (Ctrl+T).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from govdesk.services.hall_queue import QueueDesk, open_queue_desk
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui.actions import ActionId, ShortcutId, shortcut_action
from govdesk.ui.context import AppContext
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.intake.idcard import IdCardReader, SimulatedIdCardReader
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.queue_panel import QUEUE_ACTIONS, QueuePanel, bind_queue_actions
from govdesk.ui.workspace import Workspace


class IntakeWorkspace(Workspace):
    """See the module docstring."""

    key = "intake"
    title_source = QT_TRANSLATE_NOOP("Workspaces", "综合受理")
    icon_pixmap = QStyle.StandardPixmap.SP_FileDialogNewFolder

    def __init__(
        self,
        context: AppContext | None,
        intake: IntakeService | None = None,
        notices: NoticeService | None = None,
        reader: IdCardReader | None = None,
        parent: QObject | None = None,
        queue: QueueDesk | None = None,
    ) -> None:
        super().__init__(context, parent)  # type: ignore[arg-type]
        runtime: Any = getattr(context, "runtime", None)
        self.intake = intake if intake is not None else getattr(runtime, "intake", None)
        self.notices = notices if notices is not None else getattr(runtime, "notices", None)
        self.reader: IdCardReader = reader if reader is not None else SimulatedIdCardReader(self)
        self.page: IntakePage | None = None
        self._actions: list[QAction] = []
        settings = getattr(context, "settings", None)
        self.queue = queue or (open_queue_desk(settings) if settings is not None else QueueDesk(None, ""))
        self.queue_panel: QueuePanel | None = None

    def create_widget(self) -> QWidget:
        if self.intake is None:
            label = QLabel(
                self.tr("综合受理暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。")
            )
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        self.page = IntakePage(self.intake, self.notices, self.reader)
        self.queue_panel = QueuePanel(self.queue)
        self.page.add_queue_panel(self.queue_panel)
        # F6 itself is the page's shortcut (it works wherever the page is hosted); the menu shows it
        read = shortcut_action(ShortcutId.INTAKE_READ_CARD, self.tr("读卡"), self.page, owns_key=False)
        read.triggered.connect(self.page.read_card)
        resume = shortcut_action(ShortcutId.INTAKE_RESUME, self.tr("续办…"), self.page)
        resume.triggered.connect(self._focus_resume)
        # Ctrl+T, like F6, is the page's own shortcut; the menu shows it
        transfer = shortcut_action(ShortcutId.INTAKE_TRANSFER, self.tr("材料流转…"), self.page, owns_key=False)
        transfer.triggered.connect(self.page.open_transfer)
        self._actions = [read, resume, transfer]
        return self.page

    def _focus_resume(self) -> None:
        if self.page is not None:
            self.page.ui.resumeEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def attach(self, window: Any) -> None:
        bind_queue_actions(window)  # 叫号 F7, 重呼 F8, 转窗 F9, 过号 F10

    def actions(self) -> list[QAction]:
        return list(self._actions)

    def deactivated(self) -> None:
        if self.page is not None:
            self.page.flush()

    def clerk_changed(self) -> None:
        if self.page is not None:
            self.page.offer_drafts()  # only the clerk's own drafts are offered

    def handle_global_action(self, action_id: str) -> bool:
        if self.page is None:
            return False
        if action_id in QUEUE_ACTIONS and self.queue_panel is not None and self.queue.available:
            return self.queue_panel.handle(action_id)
        if action_id == ActionId.NEW_INTAKE.value:
            self.page.new_intake()
            return True
        if action_id == ActionId.PRINT.value:
            return self.page.print_notices()
        return False
