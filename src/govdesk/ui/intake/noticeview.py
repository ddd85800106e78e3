"""The notices of a decision: archived as PDF at once, shown in an A4 print preview, printed, saved as PDF.

Every notice is rendered into the archive (``NoticeService.archive_all``) right after the decision, before any
printer is involved; printing draws the same layout on the printer (``NoticeService.print_all``). Both run through
the operations gateway's store lane (``ui/operations.py``), off the GUI thread: the window never freezes while a PDF
is rendered or a printer is slow. A printer failure is said in words and loses nothing: the case is saved and the
PDF is kept, so it can be printed again (Ctrl+P). Only the print preview paints on the GUI thread (Qt asks for its
pages there), through the gateway's inline ``query``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from govdesk.domain.notices import Notice
from govdesk.printing.render import LAYOUT_DPI, paint_pages
from govdesk.services.errors import GovdeskError
from govdesk.services.notices import Archived, NoticeService, NotPrinted, notice_title
from govdesk.ui.actions import ShortcutId, make_shortcut
from govdesk.ui.dialogs import GovDialog, find_settings_store
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.printers import settings_printer

#: What a desk's caller is told once the work is done: a problem in words ("" when all went well).
Then = Callable[[str], None]


@dataclass
class IssuedNotice:
    notice: Notice
    pdf: Path | None  # the archived PDF (None when rendering failed)

    @property
    def title(self) -> str:
        return notice_title(self.notice)


class NoticeDesk:
    """The notices of the last decision and what the clerk can do with them. The work runs through the operations
    gateway; ``then(problem)`` is called on the GUI thread when it is done ("" when all went well)."""

    def __init__(self, service: NoticeService | None) -> None:
        self.service = service
        self.issued: list[IssuedNotice] = []
        self.printer: QPrinter | None = None  # the window's printer, once chosen (asked on the first print)

    def take(self, notices: tuple[Notice, ...], pdfs: tuple[Path | None, ...], problem: str) -> str:
        """The notices a decision archived itself (``IntakeResult.pdfs``); returns its ``problem``."""
        self.issued = [IssuedNotice(notice, pdf) for notice, pdf in zip(notices, pdfs, strict=True)]
        return problem

    def issue(self, parent: QWidget, notices: tuple[Notice, ...], then: Then) -> None:
        """Archive each notice as PDF, off the GUI thread. A rendering problem is said; the decision stands."""
        self.issued = [IssuedNotice(notice, None) for notice in notices]
        service = self.service
        if service is None:
            then(
                QCoreApplication.translate(
                    "NoticeDesk", "办件已保存，但通知书未能生成：通知书服务未就绪，未能生成 PDF。"
                )
            )
            return

        def archived(done: Archived) -> None:
            self.issued = [IssuedNotice(notice, pdf) for notice, pdf in zip(notices, done.pdfs, strict=True)]
            then(say(done.problem))

        operations_for(parent).run(
            parent,
            lambda: service.archive_all(notices),
            success=archived,
            failure=lambda error: then(error_text(error)),
            label=QCoreApplication.translate("NoticeDesk", "正在生成通知书…"),
            lane=Lane.STORE,
        )

    def print_all(self, parent: QWidget, printer: QPrinter, then: Then) -> None:
        """Print every notice on ``printer``, off the GUI thread (one print at a time: the store lane keeps order);
        a printer failure is said with every PDF kept."""
        service = self.service
        if service is None:
            then(QCoreApplication.translate("NoticeDesk", "通知书服务未就绪，不能打印"))
            return
        issued = list(self.issued)
        notices = tuple(i.notice for i in issued)

        def printed(pdfs: tuple[Path, ...]) -> None:
            for one, pdf in zip(issued, pdfs, strict=True):
                one.pdf = pdf
            then("")

        def failed(error: GovdeskError) -> None:
            if isinstance(error, NotPrinted):
                for one, pdf in zip(issued, error.pdfs, strict=True):
                    one.pdf = pdf or one.pdf  # a notice whose print wrote no PDF keeps its archived one
            then(error_text(error))

        operations_for(parent).run(
            parent,
            lambda: service.print_all(notices, printer),
            success=printed,
            failure=failed,
            label=QCoreApplication.translate("NoticeDesk", "正在打印通知书…"),
            lane=Lane.STORE,
        )

    def save_pdf(self, parent: QWidget, issued: IssuedNotice, path: Path, then: Then) -> None:
        service = self.service
        if service is None:
            then(QCoreApplication.translate("NoticeDesk", "通知书服务未就绪，不能保存"))
            return
        notice, archived = issued.notice, issued.pdf
        operations_for(parent).run(
            parent,
            lambda: service.save_copy(notice, archived, path),
            success=lambda _path: then(""),
            failure=lambda error: then(error_text(error)),
            label=QCoreApplication.translate("NoticeDesk", "正在保存 PDF…"),
            lane=Lane.STORE,
        )

    def paint(self, issued: IssuedNotice, printer: QPrinter) -> None:
        """Draw ``issued`` on ``printer`` (the print preview's), A4 full page, as the PDF is laid out. On the GUI
        thread: Qt asks for the preview's pages in its ``paintRequested`` and shows them when the slot returns."""
        if self.service is None:
            return
        built = self.service.renderer.build(issued.notice)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            paint_pages(built, painter, printer, printer.resolution() / LAYOUT_DPI)
        finally:
            painter.end()


class NoticePreviewDialog(GovDialog):
    """A4 print preview of the decision's notices, with 打印 (Ctrl+P), 另存为 PDF and 关闭 (Esc)."""

    dialog_id = "intake_notice_preview"

    def __init__(self, parent: QWidget, desk: NoticeDesk) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("通知书预览"))
        layout = QVBoxLayout(self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("noticeChooser")
        for issued in desk.issued:
            self.chooser.addItem(say(issued.title))
        layout.addWidget(self.chooser)
        self.preview = QPrintPreviewWidget(self)
        self.preview.setObjectName("noticePreview")
        self.preview.paintRequested.connect(self._paint)
        layout.addWidget(self.preview, 1)
        self.message = QLabel(self)
        self.message.setObjectName("noticeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))  # Qt's own "Close" stays English when no Qt translator is installed
        close.setObjectName("closeButton")
        self.print_button = QPushButton(self.tr("打印 (Ctrl+P)"), self)
        self.save_button = QPushButton(self.tr("另存为 PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(self.print_notices)
        self.save_button.clicked.connect(self._save_clicked)
        make_shortcut(ShortcutId.NOTICE_PRINT, self, self.print_notices)
        self.chooser.currentIndexChanged.connect(lambda _i: self.preview.updatePreview())
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 110, fm.height() * 44)
        self.print_button.setDefault(True)

    def current(self) -> IssuedNotice | None:
        i = self.chooser.currentIndex()
        return self.desk.issued[i] if 0 <= i < len(self.desk.issued) else None

    def _paint(self, printer: Any) -> None:
        issued = self.current()
        if issued is not None:  # inline (Qt shows the pages when this returns); a refusal said below the preview
            operations_for(self).query(
                self,
                lambda: self.desk.paint(issued, printer),
                failure=lambda error: self.show_message(error_text(error)),
            )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def print_notices(self) -> None:
        printer = choose_printer(self, self.desk)
        if printer is not None:
            self.show_message("")
            self.desk.print_all(self, printer, self.show_message)

    def _save_clicked(self) -> None:
        issued = self.current()
        if issued is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), f"{say(issued.title)}.pdf", "PDF (*.pdf)")
        if name:
            self.desk.save_pdf(self, issued, Path(name), self.show_message)


def choose_printer(parent: QWidget, desk: NoticeDesk) -> QPrinter | None:
    """The window's printer: the one chosen before, else the clerk chooses it now (remembered for the day)."""
    if desk.printer is not None:
        return desk.printer
    store = find_settings_store(parent)
    configured = settings_printer(store.settings) if store is not None else None  # 设置 → 打印: the dialog opens on it
    printer = configured or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    desk.printer = printer
    return printer
