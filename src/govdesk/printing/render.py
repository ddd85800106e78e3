"""Notices to PDF and to printers: template → QTextDocument (A4, 20 mm margins) → pages.

The document is laid out once against a 96-dpi PDF reference device (so CSS pixels and points keep their
meaning), paginated by QTextDocument (table header rows repeat on each page, ``<thead>``), and drawn page by
page: to a QPdfWriter at the same resolution, or to a printer with the painter scaled to its resolution — the
same layout on every device (STYLE.md, Printing). Page numbers ("第 1 页 / 共 2 页") and, from page 2 on, the
case number are drawn in the margins.

Printing: QtPdf is not in PySide6-Essentials, so instead of rasterising the PDF we print the same laid-out
document to the QPrinter as vectors; the PDF is always written first and kept, so a printer error loses nothing.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from govdesk.domain.messages import Message, translate
from govdesk.domain.notices import NOTICE_TITLES, Notice
from govdesk.printing import context
from govdesk.printing.errors import PrintError
from govdesk.printing.fonts import require_coverage, require_font
from govdesk.printing.gui import on_gui_thread
from govdesk.printing.objects import OBJECT_TYPE, ObjectHandler, check_barcodes_fit, insert_objects
from govdesk.printing.paginate import cut_rows, table_break
from govdesk.printing.signing import NoticeSigner
from govdesk.printing.templates import TemplateSet, fill

PDF_UNWRITABLE = translate(
    "Printing",
    "无法写入 PDF 文件 {path}：请检查目录是否存在、是否有写入权限、磁盘是否已满。",
    "printing.pdf_unwritable",
)
PAGE_BREAK = translate("Printing", "打印机无法换页（可能缺纸或脱机）。", "printing.page_break")

LAYOUT_DPI = 96
MARGIN_MM = 20.0
BODY_PT = 11.0
PAGE_MM = QSizeF(210.0, 297.0)  # A4
#: Text drawn in the margins (page numbers, continuation line): checked for glyph coverage like the body.
_MARGIN_TEXT = "第页共续办件编号：/0123456789（）"


def _px(mm: float) -> float:
    return mm * LAYOUT_DPI / 25.4


@dataclass
class NoticeDocument:
    """A laid-out notice: keep ``handler`` alive as long as ``doc`` (the layout calls it to draw)."""

    notice: Notice
    doc: QTextDocument
    handler: ObjectHandler
    payload: str
    font_family: str
    _ref: QPdfWriter
    _buffer: QBuffer

    @property
    def page_count(self) -> int:
        return self.doc.pageCount()

    @property
    def content_size(self) -> QSizeF:
        return self.doc.pageSize()


@dataclass(frozen=True, slots=True)
class RenderResult:
    path: Path
    pages: int
    payload: str


_devices = threading.local()


def _layout_device() -> tuple[QPdfWriter, QBuffer]:
    """The paint device every layout on this thread measures against: one per thread, made once.

    A layout only reads the device's metrics (``LAYOUT_DPI``); nothing is ever painted on it. One per layout leaked:
    ``setPaintDevice`` hands the writer to C++, which never deletes it (8–9 KB per notice laid out, found by the
    soak test ``tests/printing/test_soak.py``). Per thread because notices are laid out on the GUI thread (previews)
    and on the operations gateway's worker (archiving and printing), and a paint device belongs to one thread.
    """
    found: tuple[QPdfWriter, QBuffer] | None = getattr(_devices, "pair", None)
    if found is None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(LAYOUT_DPI)
        found = (writer, buffer)
        _devices.pair = found
    return found


class NoticeRenderer:
    """Renders notices with the center's templates and signs them with the center's key."""

    def __init__(
        self,
        signer: NoticeSigner,
        templates: TemplateSet | None = None,
        font_family: str | None = None,
        read_image: context.ReadImage = context.read_plain,
    ):
        """``read_image``: how a signature file the notice names is read (sealed at rest: the caller's key)."""
        self.signer = signer
        self.templates = templates or TemplateSet()
        self._font_family = font_family
        self.read_image = read_image

    def build(self, notice: Notice) -> NoticeDocument:
        """Lay out ``notice`` (A4 pages at 96 dpi); raises FontMissingError / TemplateError. On the GUI thread
        (``gui.on_gui_thread``)."""
        return on_gui_thread(lambda: self._build(notice))

    def _build(self, notice: Notice) -> NoticeDocument:
        family = require_font(self._font_family)
        payload = self.signer.payload(notice)
        ctx = context.build(notice, payload, self.read_image)
        template = self.templates.html(notice.kind)
        source = f"模板 {notice.kind.value}.html "
        splitter = table_break(template)
        breaks: set[int] = set()
        while True:
            rows = [splitter + row if i in breaks else row for i, row in enumerate(ctx.rows)]
            html = fill(template, {**ctx.values, "material_rows_html": "\n".join(rows)}, source)
            built = self._layout(notice, html, ctx, family, payload)
            cut = [i for i in cut_rows(built.doc) if i not in breaks]
            # a row cut although it starts a page (taller than a page) cannot be helped: stop there
            if not cut or not splitter or cut[0] == 0:
                break
            breaks.add(cut[0])
        require_coverage(built.doc.toPlainText() + _MARGIN_TEXT, family)
        check_barcodes_fit(built.doc, built.handler)
        return built

    def _layout(
        self, notice: Notice, html: str, ctx: context.NoticeContext, family: str, payload: str
    ) -> NoticeDocument:
        ref, buffer = _layout_device()
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(ref)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        font = QFont(family)
        font.setPointSizeF(BODY_PT)
        doc.setDefaultFont(font)
        handler = ObjectHandler(LAYOUT_DPI)
        for key, obj in ctx.objects.items():
            handler.add(key, obj)
        doc.documentLayout().registerHandler(OBJECT_TYPE, handler)
        doc.setHtml(html)
        insert_objects(doc, handler)
        width = _px(PAGE_MM.width() - 2 * MARGIN_MM)
        height = _px(PAGE_MM.height() - 2 * MARGIN_MM)
        doc.setPageSize(QSizeF(width, height))
        return NoticeDocument(notice, doc, handler, payload, family, ref, buffer)

    def render_pdf(self, notice: Notice, path: Path, write: WritePdf | None = None) -> RenderResult:
        """Write the notice as an A4 PDF at ``path`` (its Qt part on the GUI thread: ``gui.on_gui_thread``).
        ``write``: how the PDF's bytes are kept at ``path`` (the archive seals them: ``store.sealed_files``); by
        default as they are, whole or not at all."""
        return on_gui_thread(lambda: self._render_pdf(notice, path, write or write_plain))

    def _render_pdf(self, notice: Notice, path: Path, write: WritePdf) -> RenderResult:
        built = self._build(notice)
        buffer = QBuffer()  # the PDF is made in memory: no plaintext copy of an archived notice touches the disk
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(LAYOUT_DPI)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        writer.setTitle(f"{NOTICE_TITLES[notice.kind]} {notice.case_no}")
        writer.setCreator("govdesk")
        painter = QPainter()
        if not painter.begin(writer):
            raise PrintError(Message(PDF_UNWRITABLE, path=path))
        try:
            paint_pages(built, painter, writer, 1.0)
        finally:
            painter.end()
        data = bytes(buffer.data().data())
        buffer.close()
        try:
            write(path, data)
        except OSError as error:
            raise PrintError(Message(PDF_UNWRITABLE, path=path)) from error
        return RenderResult(path, built.page_count, built.payload)


#: Keeps a rendered PDF's bytes at a path (raises ``OSError`` when it cannot).
WritePdf = Callable[[Path, bytes], None]


def write_plain(path: Path, data: bytes) -> None:
    """The PDF as it is, at ``path``: written to a temporary name beside it, then renamed (whole or not at all)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".part-{path.name}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def paint_pages(built: NoticeDocument, painter: QPainter, device: QPagedPaintDevice, scale: float) -> None:
    """Draw every page of ``built`` on ``device`` (whose origin is the paper's corner), scaled by ``scale``."""
    doc = built.doc
    size = built.content_size
    margin = _px(MARGIN_MM)
    total = doc.pageCount()
    footer_font = QFont(built.font_family)
    # the painter is scaled from layout units: size the font so it is 9 pt on paper whatever the device's dpi
    footer_font.setPointSizeF(9.0 * LAYOUT_DPI / device.logicalDpiY())
    layout = doc.documentLayout()
    for page in range(total):
        if page and not device.newPage():
            raise PrintError(Message(PAGE_BREAK))
        painter.save()
        painter.scale(scale, scale)
        painter.save()
        painter.translate(margin, margin - page * size.height())
        clip = QRectF(0, page * size.height(), size.width(), size.height())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        layout.draw(painter, ctx)
        painter.restore()
        painter.setFont(footer_font)
        bottom = QRectF(margin, margin + size.height() + _px(4), size.width(), _px(8))
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"第 {page + 1} 页 / 共 {total} 页"
        )
        if page:
            top = QRectF(margin, margin - _px(10), size.width(), _px(8))
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{NOTICE_TITLES[built.notice.kind]}（续） 办件编号：{built.notice.case_no}",
            )
        painter.restore()
