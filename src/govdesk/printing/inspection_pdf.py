"""The printed 现场巡查记录: every checklist item with its result and note, the photos' count, who inspected and
when, and the signature (the pad's image, or a line to sign on paper); then the photos this PC has, each under the
item it shows (scaled down: a record of a dozen photos stays a small PDF). Regulation 000 Art. 50–51 (留痕).

The images come as bytes, decrypted by the caller (they are sealed at rest beside the database): nothing plain is
written but the PDF, where the supervisor chose."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from govdesk.domain.clock import CST
from govdesk.domain.inspection import Inspection
from govdesk.domain.messages import Message, translate
from govdesk.printing.errors import PrintError
from govdesk.printing.fonts import require_coverage, require_font
from govdesk.printing.gui import on_gui_thread

PDF_UNWRITABLE = translate(
    "Printing",
    "无法写入 PDF 文件 {path}：请检查目录是否存在、是否有写入权限、磁盘是否已满。",
    "printing.pdf_unwritable",
)
INSPECTION_PAGE_BREAK = translate("Printing", "无法换页，巡查记录未能完整写出。", "printing.inspection_page_break")

DPI = 96
MARGIN_MM = 18.0
#: A photo on the printed record: at most this many pixels on its longer side (about 8 cm at 96 dpi), two a row.
PHOTO_PIXELS = 300


def _photos_html(inspection: Inspection, shown: set[str]) -> str:
    cells = []
    for item in inspection.checklist.items:
        f = inspection.findings.get(item.code)
        for n, digest in enumerate(f.photos if f is not None else (), start=1):
            if digest in shown:
                caption = html.escape(f"{item.area}·{item.text}（{n}）")
                cells.append(f'<td align="center"><img src="photo:{digest}"><br>{caption}</td>')
    if not cells:
        return ""
    rows = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
    heading = '<h3 style="page-break-before: always">附：现场照片</h3>'  # on a page of their own, with the heading
    return f'{heading}<table cellspacing="0" cellpadding="6" width="100%">{rows}</table>'


def _html(inspection: Inspection, center_name: str, shown: set[str] | None = None, signed_image: bool = True) -> str:
    rows = []
    for item in inspection.checklist.items:
        f = inspection.findings.get(item.code)
        result = "—" if f is None else ("合格" if f.passed else "不合格")
        note = html.escape(f.note) if f is not None else ""
        photos = f"（照片 {len(f.photos)} 张）" if f is not None and f.photos else ""
        style = ' style="color:#b00020; font-weight:bold"' if f is not None and not f.passed else ""
        rows.append(
            f"<tr><td>{html.escape(item.area)}</td><td>{html.escape(item.text)}</td>"
            f"<td{style}>{result}</td><td>{note}{photos}</td></tr>"
        )
    passed, failed = inspection.summary()
    started = inspection.started_at.astimezone(CST).strftime("%Y年%m月%d日 %H:%M")
    signed = inspection.signed_at.astimezone(CST).strftime("%Y年%m月%d日 %H:%M") if inspection.signed_at else "未签名"
    if inspection.signature and inspection.signature != "paper" and signed_image:
        sign = '<img src="signature:" height="60">'
    else:
        sign = "＿＿＿＿＿＿＿＿（签字）"
    return f"""
<h2 align="center">{html.escape(center_name)}现场巡查记录</h2>
<p>巡查人：{html.escape(inspection.inspector.clerk_name)}　开始时间：{started}　签名时间：{signed}</p>
<p>检查 {passed + failed} 项，合格 {passed} 项，不合格 <b>{failed}</b> 项（依据 GB/T 36112-2018 及本中心规定）</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th width="10%">类别</th><th width="45%">检查内容</th><th width="10%">结果</th><th>情况说明</th></tr>
{"".join(rows)}
</table>
<p><br>巡查人签名：{sign}</p>
<p style="font-size:8pt">记录编号：{html.escape(inspection.inspection_id)}</p>
{_photos_html(inspection, shown or set())}
"""


def render_inspection_pdf(
    inspection: Inspection,
    center_name: str,
    path: Path,
    signature_image: bytes | None = None,
    photos: Mapping[str, bytes] | None = None,
) -> int:
    """Write the record as an A4 PDF at ``path``; returns the page count. ``signature_image``: the pad's image (PNG
    or JPEG bytes; None, or bytes that are no image: a line to sign on). ``photos``: the photos' bytes by SHA-256
    (one this PC does not have, or cannot read, is left out). ``PrintError`` in words. On the GUI thread
    (``gui.on_gui_thread``)."""
    return on_gui_thread(lambda: _render_inspection_pdf(inspection, center_name, path, signature_image, photos))


def _render_inspection_pdf(
    inspection: Inspection,
    center_name: str,
    path: Path,
    signature_image: bytes | None,
    photos: Mapping[str, bytes] | None,
) -> int:
    family = require_font(None)
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFamily(family)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    signed_image = False
    if signature_image is not None:
        image = QImage.fromData(signature_image)
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("signature:"), image)
            signed_image = True
    shown: set[str] = set()
    for digest, data in (photos or {}).items():
        image = QImage.fromData(data)
        if image.isNull():
            continue
        if max(image.width(), image.height()) > PHOTO_PIXELS:
            image = image.scaled(
                PHOTO_PIXELS,
                PHOTO_PIXELS,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{digest}"), image)
        shown.add(digest)
    doc.setHtml(_html(inspection, center_name, shown, signed_image))
    require_coverage(doc.toPlainText(), family)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"现场巡查记录 {inspection.inspection_id}")
    writer.setCreator("govdesk")
    rect = writer.pageLayout().paintRectPixels(DPI)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError(Message(PDF_UNWRITABLE, path=path))
    try:
        pages = doc.pageCount()
        for page in range(pages):
            if page and not writer.newPage():
                raise PrintError(Message(INSPECTION_PAGE_BREAK))
            painter.save()
            painter.translate(0, -page * rect.height())
            doc.drawContents(painter, QRectF(0, page * rect.height(), rect.width(), rect.height()))
            painter.restore()
    finally:
        painter.end()
    return pages
