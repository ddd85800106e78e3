"""The 承诺跟踪 workspace: the commitments page and, beside it, 期限调整 (dates the official holiday arrangement moved);
services from ``AppContext.runtime`` (``commitments``, ``notices``, ``recount``). Notices it produces are archived as
PDFs; 打印 (Ctrl+P) prints the last one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStyle, QTabWidget, QWidget

from govdesk.domain.notices import Notice
from govdesk.ui.actions import ActionId
from govdesk.ui.commitments.moved import MovedDeadlinesPanel
from govdesk.ui.commitments.page import CommitmentsPage
from govdesk.ui.context import AppContext
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, error_text
from govdesk.ui.operations import operations_for
from govdesk.ui.workspace import Workspace


class CommitmentsWorkspace(Workspace):
    key = "commitments"
    title_source = QT_TRANSLATE_NOOP("Workspaces", "承诺跟踪")
    icon_pixmap = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def __init__(self, context: AppContext | None, runtime: Any = None, parent: QObject | None = None) -> None:
        super().__init__(context, parent)  # type: ignore[arg-type]
        self.runtime = runtime if runtime is not None else getattr(context, "runtime", None)
        self.page: CommitmentsPage | None = None
        self.moved: MovedDeadlinesPanel | None = None
        self.tabs: QTabWidget | None = None
        self.last_notice: Notice | None = None
        self._window: Any = None

    def create_widget(self) -> QWidget:
        service = getattr(self.runtime, "commitments", None)
        if service is None:
            label = QLabel(
                self.tr("承诺跟踪暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。")
            )
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        self.page = CommitmentsPage(service)
        self.page.notice_ready.connect(self._archive)
        recount = getattr(self.runtime, "recount", None)
        if recount is None:
            return self.page
        self.tabs = QTabWidget()
        self.tabs.setObjectName("commitmentTabs")
        self.tabs.addTab(self.page, self.tr("承诺与告知"))
        self.moved = MovedDeadlinesPanel(recount)
        self.tabs.addTab(self.moved, "")
        self.moved.count_changed.connect(self._moved_count)
        self.moved.refresh()
        return self.tabs

    def _moved_count(self, waiting: int) -> None:
        if self.tabs is not None and self.moved is not None:
            title = self.tr("期限调整（{n} 件待告知）").format(n=waiting) if waiting else self.tr("期限调整")
            self.tabs.setTabText(self.tabs.indexOf(self.moved), title)

    def _archive(self, notice: Notice) -> None:
        """A notice the page produced (延期办理告知书, 撤销告知) goes into the archive, off the GUI thread; a rendering
        problem is said at the top of the page (the recorded act stands)."""
        self.last_notice = notice
        notices = getattr(self.runtime, "notices", None)
        page = self.page
        if notices is not None and page is not None:
            operations_for(page).run(
                page,
                lambda: notices.render_pdf(notice),
                failure=lambda error: page.say_at_top(error_text(error), error=True),
                label=self.tr("正在生成告知书…"),
            )

    def attach(self, window: Any) -> None:
        """The toolbar's 查找办件 (Ctrl+F) selects the case here while this workspace is shown."""
        self._window = window
        window.case_search_requested.connect(self._on_search)

    def _on_search(self, text: str) -> None:
        if self.page is not None and self._window.current_workspace() is self:
            self.page.find_text(text)

    def cases_changed(self) -> None:
        self.activated()

    def activated(self) -> None:
        if self.page is not None:
            self.page.refresh()
        if self.moved is not None:
            self.moved.refresh()

    def handle_global_action(self, action_id: str) -> bool:
        if action_id != ActionId.PRINT.value or self.last_notice is None or self.page is None:
            return False
        notices = getattr(self.runtime, "notices", None)
        if notices is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        page, notice = self.page, self.last_notice
        if QPrintDialog(printer, page).exec():  # printed off the GUI thread; a printer failure said in words
            operations_for(page).run(
                page,
                lambda: notices.print(notice, printer),
                success=lambda _result: page.say_at_top(self.tr("告知书已送打印。")),
                failure=lambda error: page.say_at_top(error_text(error), error=True),
                label=self.tr("正在打印告知书…"),
            )
        return True
