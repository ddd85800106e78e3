"""The 出件 workspace: hosts the result window page; services from ``AppContext.runtime`` (``handoff``,
``evaluation``, ``notices``).

出件并打印回执 prints: every 领取回执 is archived as a PDF first, then printed on the window's printer — the one
chosen before (打印, Ctrl+P, asks with the print dialog and remembers it), else the system's default printer; where
no printer is installed the receipt opens in a print preview, from which it can be printed or saved. The applicant
rates on ``ApplicantScreen`` (their own screen, or a large-text window turned to them) unless the runtime brings a
rating device (``runtime.rating_device``)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from govdesk.domain.notices import Notice
from govdesk.services.hall_queue import QueueDesk, open_queue_desk
from govdesk.ui.actions import ActionId
from govdesk.ui.context import AppContext
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.intake.noticeview import IssuedNotice, NoticeDesk
from govdesk.ui.operations import operations_for
from govdesk.ui.printers import settings_printer
from govdesk.ui.queue_panel import QUEUE_ACTIONS, QueuePanel, bind_queue_actions, with_queue_panel
from govdesk.ui.widgets.rating import ApplicantScreen, RatingDevice
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
        self.desk = NoticeDesk(getattr(self.runtime, "notices", None))
        self.preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None
        self._window: Any = None

    def create_widget(self) -> QWidget:
        service = getattr(self.runtime, "handoff", None)
        if service is None:
            label = QLabel(self.tr("出件暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。"))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        evaluation = getattr(self.runtime, "evaluation", None)
        page = HandoffPage(service, evaluation, self.print_receipt, delivery=getattr(self.runtime, "delivery", None))
        device: RatingDevice | None = getattr(self.runtime, "rating_device", None)
        if device is None and evaluation is not None:
            device = ApplicantScreen(page, evaluation.check, evaluation.needs_reason)
        page.rating.set_device(device)
        self.page = page
        self.queue_panel = QueuePanel(self.queue)
        self.queue_panel.ticket_called.connect(self._ticket_called)
        return with_queue_panel(page, self.queue_panel)

    def _ticket_called(self, _ticket: object) -> None:
        """The applicant called comes up with a notice: the scan box is ready for it."""
        if self.page is not None:
            self.page.ui.scanEdit.setFocus()

    # --- printing ---

    def window_printer(self) -> QPrinter | None:
        """The printer chosen at this window, else the system's default one; None when none is installed."""
        if self.desk.printer is not None:
            return self.desk.printer
        context: AppContext | None = self.context  # (None: the workspace hosted alone, in tests)
        return settings_printer(context.settings if context is not None else None)  # 设置 → 打印, else the default

    def print_receipt(self, notice: Notice) -> None:
        """Archive ``notice`` as a PDF and print it (see the module docstring), off the GUI thread through the
        operations gateway; the page is told how it ended (``HandoffPage.receipt_printed``)."""
        self.last_notice = notice
        page = self.page
        if page is None:
            return None
        printer = self.window_printer()
        if printer is not None:
            self.desk.issued = [IssuedNotice(notice, None)]
            # the PDF is archived first, then printed from the same layout
            self.desk.print_all(page, printer, page.receipt_printed)
            return None

        def issued(problem: str) -> None:
            if problem:
                page.receipt_printed(problem)
                return
            self.show_preview(self.desk.issued[0])
            page.receipt_printed(self.tr("本机未安装打印机：回执已保存为 PDF，并在预览中打开，可从预览打印。"))

        self.desk.issue(page, (notice,), issued)
        return None

    def show_preview(self, issued: IssuedNotice) -> None:
        self._preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog does not own it
        preview = QPrintPreviewDialog(self._preview_printer, self.page)
        preview.setWindowTitle(self.tr("领取回执预览"))
        preview.paintRequested.connect(lambda printer: self._paint(issued, printer))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.preview = preview
        preview.finished.connect(lambda _code: setattr(self, "preview", None))
        preview.open()

    def _paint(self, issued: IssuedNotice, printer: QPrinter) -> None:
        """The preview's pages, inline (Qt shows them when this returns); a refusal said over the page."""
        if self.page is not None:
            operations_for(self.page).query(self.page, lambda: self.desk.paint(issued, printer))

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
        """打印 (Ctrl+P): the last 领取回执 again, on a printer chosen in the print dialog (remembered); 叫号 keys
        go to the queue panel."""
        if action_id in QUEUE_ACTIONS and self.queue_panel is not None and self.queue.available:
            return self.queue_panel.handle(action_id)
        if action_id != ActionId.PRINT.value or self.last_notice is None or not self.desk.issued:
            return False
        page = self.page
        if page is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, page).exec():
            self.desk.printer = printer
            self.desk.print_all(page, printer, page.receipt_printed)
        return True
