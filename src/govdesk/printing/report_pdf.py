"""A ``Report`` (``report_data``) to an A4 PDF: title, subtitle, bar charts drawn with QPainter (vector, into the
PDF), then each table (QTextDocument: header rows repeat on each page). Text goes in the printing font, so the PDF's
text layer round-trips through pdftotext (PLATFORM.md, Chinese fonts)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from govdesk.domain.messages import Message, translate
from govdesk.printing.errors import PrintError
from govdesk.printing.fonts import require_font
from govdesk.printing.gui import on_gui_thread
from govdesk.printing.report_data import BarChart, Report

REPORT_LOCKED = translate("Printing", "报表无法写入 {path}（文件被占用或目录不可写）", "printing.report_locked")
REPORT_UNSAVED = translate("Printing", "报表无法保存到 {path}：{error}", "printing.report_unsaved")

DPI = 96
MARGIN_MM = 15.0
#: Series colours, distinct in grey print too (dark, middle, light).
COLOURS = (QColor(40, 70, 140), QColor(200, 120, 30), QColor(150, 190, 120), QColor(160, 40, 40))


#: Case numbers and dates are never broken across lines (a reader and pdftotext see them whole).
_WHOLE = re.compile(r"^[0-9A-Z][0-9A-Z-]{6,40}$")


def _cell(value: object) -> str:
    text = html.escape(str(value))
    return f"<td style='white-space:nowrap'>{text}</td>" if _WHOLE.match(text) else f"<td>{text}</td>"


def _html(report: Report) -> str:
    parts = []
    for t in report.tables:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in t.headers)
        body = (
            "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in t.rows)
            or f"<tr><td colspan='{len(t.headers)}'>（无）</td></tr>"
        )
        parts.append(
            f"<h3>{html.escape(t.title)}</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    return "<style>th{background:#e8e8e8;} h3{margin-top:12px;}</style>" + "".join(parts)


def _draw_chart(p: QPainter, chart: BarChart, box: QRectF, font: QFont) -> None:
    p.save()
    p.setFont(font)
    metrics = p.fontMetrics()
    line = metrics.height()
    p.drawText(QRectF(box.left(), box.top(), box.width(), line), Qt.AlignmentFlag.AlignLeft, chart.title)
    legend_y = box.top() + line * 1.3
    x = box.left()
    for i, (name, _) in enumerate(chart.series):
        p.fillRect(QRectF(x, legend_y + line * 0.2, line * 0.8, line * 0.6), COLOURS[i % len(COLOURS)])
        p.drawText(QPointF(x + line, legend_y + line * 0.8), name)
        x += line * 1.5 + metrics.horizontalAdvance(name)
    plot = QRectF(box.left() + line * 2, legend_y + line * 1.5, box.width() - line * 2, box.height() - line * 4.5)
    top = max([v for _, values in chart.series for v in values] + [1])
    p.setPen(QPen(QColor(0, 0, 0), 1))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())
    p.drawText(QRectF(box.left(), plot.top() - line / 2, line * 1.8, line), Qt.AlignmentFlag.AlignRight, str(top))
    p.drawText(QRectF(box.left(), plot.bottom() - line / 2, line * 1.8, line), Qt.AlignmentFlag.AlignRight, "0")
    groups = max(len(chart.categories), 1)
    group_w = plot.width() / groups
    bar_w = group_w * 0.8 / max(len(chart.series), 1)
    for g, category in enumerate(chart.categories):
        gx = plot.left() + g * group_w + group_w * 0.1
        for s, (_, values) in enumerate(chart.series):
            h = plot.height() * values[g] / top
            bar = QRectF(gx + s * bar_w, plot.bottom() - h, bar_w * 0.9, h)
            p.fillRect(bar, COLOURS[s % len(COLOURS)])
            p.drawText(
                QRectF(bar.left() - bar_w, bar.top() - line, bar_w * 3, line),
                Qt.AlignmentFlag.AlignCenter,
                str(values[g]),
            )
        label = QRectF(plot.left() + g * group_w, plot.bottom() + 2, group_w, line * 1.2)
        p.drawText(
            label, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(group_w))
        )
    p.restore()


def render_report_pdf(report: Report, path: Path, font_family: str | None = None) -> Path:
    """Write ``report`` to ``path`` (A4 portrait). ``PrintError`` (Chinese) when it cannot. On the GUI thread
    (``gui.on_gui_thread``)."""
    return on_gui_thread(lambda: _render_report_pdf(report, path, font_family))


def _render_report_pdf(report: Report, path: Path, font_family: str | None) -> Path:
    family = require_font(font_family)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PrintError(Message(REPORT_UNSAVED, path=path, error=error.strerror or error)) from error
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(report.title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())
    body = QFont(family)
    body.setPointSizeF(9.5)
    title = QFont(family)
    title.setPointSizeF(16)
    title.setBold(True)
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError(Message(REPORT_LOCKED, path=path))
    try:
        painter.setFont(title)
        th = painter.fontMetrics().height()
        painter.drawText(QRectF(0, 0, width, th * 1.3), Qt.AlignmentFlag.AlignHCenter, report.title)
        painter.setFont(body)
        bh = painter.fontMetrics().height()
        painter.drawText(QRectF(0, th * 1.5, width, bh * 2.5), Qt.TextFlag.TextWordWrap, report.subtitle)
        y = th * 1.5 + bh * 3
        chart_h = height * 0.3
        for chart in report.charts:
            if y + chart_h > height:
                writer.newPage()
                y = 0.0
            _draw_chart(painter, chart, QRectF(0, y, width, chart_h), body)
            y += chart_h + bh
        doc = QTextDocument()
        doc.setDefaultFont(body)
        doc.setDocumentMargin(0)
        doc.setHtml(_html(report))
        doc.setPageSize(QSizeF(width, height))
        pages = doc.pageCount()
        for n in range(pages):
            writer.newPage()
            painter.save()
            painter.translate(0, -n * height)
            doc.drawContents(painter, QRectF(0, n * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return path
