"""Printing a notice on a printer: the PDF first (kept), then the same layout, as vectors, on the QPrinter.

Why not print the PDF file itself: QtPdf (to rasterise the PDF) is not in PySide6-Essentials (``PySide6-Pdf``
6.12.0.140, 2.8 MB, exists on PyPI but would print a bitmap). Drawing the laid-out QTextDocument — laid out once
against the 96-dpi reference, so the layout is the PDF's on every printer — gives vector text and barcodes.
After the native print dialog a driver may have changed the paper: we re-assert A4 / full page, and if the paper
is smaller than A4 the pages are scaled down to fit rather than cut (STYLE.md, Printing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from govdesk.domain.messages import Message, translate
from govdesk.domain.notices import Notice
from govdesk.printing.errors import PrintError
from govdesk.printing.gui import on_gui_thread
from govdesk.printing.render import LAYOUT_DPI, PAGE_MM, NoticeRenderer, RenderResult, WritePdf, paint_pages

DEFAULT_PRINTER = translate("Printing", "默认打印机", "printing.printer.default")
PDF_KEPT = translate("Printing", "通知书 PDF 已保存在 {path}，可稍后重新打印。", "printing.printer.pdf_kept")
UNAVAILABLE = translate("Printing", "打印机“{name}”不可用（未安装或已脱机）。{kept}", "printing.printer.unavailable")
NOT_CONNECTED = translate(
    "Printing", "无法连接打印机“{name}”：请检查打印机是否开机、联网、有纸。{kept}", "printing.printer.not_connected"
)
FAILED = translate("Printing", "打印机“{name}”出错：{error}{kept}", "printing.printer.failed")
REPORTED_ERROR = translate("Printing", "打印机“{name}”报告错误，打印未完成。{kept}", "printing.printer.reported_error")


def _printer_name(printer: QPrinter) -> str:
    return printer.printerName() or printer.outputFileName() or Message(DEFAULT_PRINTER)


def print_notice(
    renderer: NoticeRenderer, notice: Notice, printer: QPrinter, pdf_path: Path, write: WritePdf | None = None
) -> RenderResult:
    """Render ``notice`` to ``pdf_path`` (kept by ``write``: ``NoticeRenderer.render_pdf``), then print it on
    ``printer``. A printer problem raises ``PrintError`` (Chinese message naming the kept PDF); the PDF stays on
    disk either way. On the GUI thread (``gui.on_gui_thread``)."""
    return on_gui_thread(lambda: _print_notice(renderer, notice, printer, pdf_path, write))


def _print_notice(
    renderer: NoticeRenderer, notice: Notice, printer: QPrinter, pdf_path: Path, write: WritePdf | None
) -> RenderResult:
    result = renderer.render_pdf(notice, pdf_path, write)
    kept = Message(PDF_KEPT, path=pdf_path)
    name = _printer_name(printer)
    built = renderer.build(notice)
    if not printer.isValid():
        raise PrintError(Message(UNAVAILABLE, name=name, kept=kept), str(pdf_path))
    printer.setFullPage(True)
    # A4, whatever a driver made of it; A5 only when the window's settings ask for it (设置 → 打印): scaled to fit
    a5 = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    sheet = QPageSize(QPageSize.PageSizeId.A5 if a5 else QPageSize.PageSizeId.A4)
    layout = QPageLayout(sheet, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(Message(NOT_CONNECTED, name=name, kept=kept), str(pdf_path))
    try:
        dpi = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(dpi)
        scale = dpi / LAYOUT_DPI
        need_w = PAGE_MM.width() / 25.4 * dpi
        need_h = PAGE_MM.height() / 25.4 * dpi
        fit = min(1.0, paper.width() / need_w, paper.height() / need_h)
        paint_pages(built, painter, printer, scale * fit)
    except PrintError as exc:
        raise PrintError(Message(FAILED, name=name, error=exc, kept=kept), str(pdf_path)) from exc
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(Message(REPORTED_ERROR, name=name, kept=kept), str(pdf_path))
    return result
