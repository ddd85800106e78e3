"""The notices of a decision: archived as PDF at once, shown in an A4 print preview, printed, saved as PDF.

Every notice is rendered into the archive (``NoticeService.render_pdf``) right after the decision, before any
printer is involved; printing draws the same layout on the printer (``NoticeService.print``). A printer failure is
shown in words and loses nothing: the case is saved and the PDF is kept, so it can be printed again (Ctrl+P).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from govdesk.domain.notices import NOTICE_TITLES, Notice
from govdesk.printing.errors import PrintError
from govdesk.printing.render import LAYOUT_DPI, paint_pages
from govdesk.services.notices import NoticeService
from govdesk.ui.actions import ShortcutId, make_shortcut
from govdesk.ui.dialogs import GovDialog, find_settings_store
from govdesk.ui.printers import settings_printer


@dataclass
class IssuedNotice:
    notice: Notice
    pdf: Path | None  # the archived PDF (None when rendering failed)

    @property
    def title(self) -> str:
        return f"{NOTICE_TITLES[self.notice.kind]}（{self.notice.case_no}）"


class NoticeDesk:
    """The notices of the last decision and what the clerk can do with them. Methods return a Chinese message
    for the page to show ("" when all went well)."""

    def __init__(self, service: NoticeService | None) -> None:
        self.service = service
        self.issued: list[IssuedNotice] = []
        self.printer: QPrinter | None = None  # the window's printer, once chosen (asked on the first print)

    def take(self, notices: tuple[Notice, ...], pdfs: tuple[Path | None, ...], problem: str) -> str:
        """The notices a decision archived itself (``IntakeResult.pdfs``); returns its ``problem``."""
        self.issued = [IssuedNotice(notice, pdf) for notice, pdf in zip(notices, pdfs, strict=True)]
        return problem

    def issue(self, notices: tuple[Notice, ...]) -> str:
        """Archive each notice as PDF. A rendering problem is reported; the decision stands."""
        self.issued = []
        errors = []
        for notice in notices:
            pdf = None
            if self.service is None:
                errors.append("通知书服务未就绪，未能生成 PDF")
            else:
                try:
                    pdf = self.service.render_pdf(notice).path
                except PrintError as error:
                    errors.append(str(error))
            self.issued.append(IssuedNotice(notice, pdf))
        if errors:
            return "办件已保存，但通知书未能生成：" + "；".join(errors) + "。可稍后按 Ctrl+P 重新打印。"
        return ""

    def print_all(self, printer: QPrinter) -> str:
        if self.service is None:
            return "通知书服务未就绪，不能打印"
        problems = []
        for issued in self.issued:
            try:
                result = self.service.print(issued.notice, printer)
                issued.pdf = result.path
            except PrintError as error:
                problems.append(f"{issued.title}：{error}")
        if problems:
            return "打印失败（办件已保存，可重新打印）：" + "；".join(problems)
        return ""

    def save_pdf(self, issued: IssuedNotice, path: Path) -> str:
        try:
            if issued.pdf is not None and issued.pdf.exists():
                shutil.copyfile(issued.pdf, path)
            elif self.service is not None:
                self.service.render_pdf(issued.notice, path)
            else:
                return "通知书服务未就绪，不能保存"
        except (OSError, PrintError) as error:
            return f"保存 PDF 失败：{error}"
        return ""

    def paint(self, issued: IssuedNotice, printer: QPrinter) -> None:
        """Draw ``issued`` on ``printer`` (the print preview's), A4 full page, as the PDF is laid out."""
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
            self.chooser.addItem(issued.title)
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
        if issued is not None:
            try:
                self.desk.paint(issued, printer)
            except PrintError as error:
                self.show_message(str(error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def print_notices(self) -> None:
        printer = choose_printer(self, self.desk)
        if printer is not None:
            self.show_message(self.desk.print_all(printer))

    def _save_clicked(self) -> None:
        issued = self.current()
        if issued is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), f"{issued.title}.pdf", "PDF (*.pdf)")
        if name:
            self.show_message(self.desk.save_pdf(issued, Path(name)))


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
