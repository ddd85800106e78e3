"""The 出件 workspace: hosts the result window page; services from ``AppContext.runtime`` (``handoff``,
``evaluation``, ``notices``). The global 打印 (Ctrl+P) prints the last 领取回执 again."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from govdesk.domain.notices import Notice
from govdesk.services.hall_queue import QueueDesk, open_queue_desk
from govdesk.ui.actions import ActionId
from govdesk.ui.context import AppContext
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.queue_panel import QUEUE_ACTIONS, QueuePanel, bind_queue_actions, with_queue_panel
from govdesk.ui.workspace import Workspace

log = logging.getLogger(__name__)


class HandoffWorkspace(Workspace):
    key = "handoff"
    title_source = QT_TRANSLATE_NOOP("Workspaces", "出件")
    icon_pixmap = QStyle.StandardPixmap.SP_DialogApplyButton

    def __init__(
        self,
        context: AppContext | None,
        runtime: Any = None,
        parent: QObject | None = None,
        queue: QueueDesk | None = None,
    ) -> None:
        super().__init__(context, parent)  # type: ignore[arg-type]
        self.runtime = runtime if runtime is not None else getattr(context, "runtime", None)
        settings = getattr(context, "settings", None)
        self.queue = queue or (open_queue_desk(settings) if settings is not None else QueueDesk(None, ""))
        self.queue_panel: QueuePanel | None = None
        self.page: HandoffPage | None = None
        self.last_notice: Notice | None = None
        self._window: Any = None

    def create_widget(self) -> QWidget:
        service = getattr(self.runtime, "handoff", None)
        if service is None:
            label = QLabel(self.tr("出件暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。"))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        self.page = HandoffPage(service, getattr(self.runtime, "evaluation", None), self._archive)
        self.queue_panel = QueuePanel(self.queue)
        self.queue_panel.ticket_called.connect(self._ticket_called)
        return with_queue_panel(self.page, self.queue_panel)

    def _ticket_called(self, _ticket: object) -> None:
        """The applicant called comes up with a notice: the scan box is ready for it."""
        if self.page is not None:
            self.page.ui.scanEdit.setFocus()

    def _archive(self, notice: Notice) -> None:
        """Every receipt is archived as a PDF first (printing goes through the 打印 command)."""
        self.last_notice = notice
        notices = getattr(self.runtime, "notices", None)
        if notices is not None:
            notices.render_pdf(notice)

    def attach(self, window: Any) -> None:
        """The toolbar's 查找办件 (Ctrl+F) opens the case here while this workspace is shown."""
        self._window = window
        window.case_search_requested.connect(self._on_search)
        bind_queue_actions(window)  # 叫号 F7, 重呼 F8, 转窗 F9, 过号 F10

    def _on_search(self, text: str) -> None:
        if self.page is not None and self._window.current_workspace() is self:
            self.page.open_text(text)

    def cases_changed(self) -> None:
        if self.page is not None:
            self.page.refresh()

    def activated(self) -> None:
        if self.page is not None:
            self.page.refresh()
            self.page.ui.scanEdit.setFocus()

    def handle_global_action(self, action_id: str) -> bool:
        if action_id in QUEUE_ACTIONS and self.queue_panel is not None and self.queue.available:
            return self.queue_panel.handle(action_id)
        if action_id != ActionId.PRINT.value or self.last_notice is None:
            return False
        notices = getattr(self.runtime, "notices", None)
        if notices is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.page).exec():
            notices.print(self.last_notice, printer)
        return True
