"""The back office's materials viewer on real files: a scanned JPEG page and a PDF page (rendered by PDFium, drawn by
Qt), page by page, a page that cannot be read said in words, a page that arrives after the clerk turned on ignored;
the queue model passes qtmodeltester. Screenshots go to /tmp/shots_backoffice/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter, QPen
from pytestqt.qtbot import QtBot

from govdesk.protocol.office import AttachmentEntry
from govdesk.services.backoffice import QueueRow
from govdesk.ui.backoffice.models import QueueModel
from govdesk.ui.backoffice.viewer import MaterialsViewer, render_page

SHOTS = Path("/tmp/shots_backoffice")


def scanned_jpeg(text: str) -> bytes:
    """A page as a document camera gives it: A4 at 100 dpi, JPEG."""
    image = QImage(827, 1169, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(40)
    painter.setFont(font)
    painter.drawText(QRect(60, 80, 700, 200), Qt.AlignmentFlag.AlignLeft, text)
    painter.drawRect(60, 300, 700, 700)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def pdf_page(path: Path, text: str) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(20)
    painter.setFont(font)
    painter.drawText(QRect(100, 100, 1000, 300), Qt.AlignmentFlag.AlignLeft, text)
    painter.setPen(QPen(QColor("black"), 8))  # a frame scanned lines are drawn in: a visible stroke
    painter.drawRect(100, 500, 1000, 1000)
    painter.end()
    return path.read_bytes()


def entry(code: str, page: int, sha: str, kind: str, size: int) -> AttachmentEntry:
    return AttachmentEntry(material_code=code, page=page, sha256=sha * 64, size=size, content_type=kind)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_pages_of_a_case_are_shown_one_by_one(qtbot: QtBot, tmp_path: Path) -> None:
    jpeg = scanned_jpeg("个体工商户登记申请书")
    pdf = pdf_page(tmp_path / "lease.pdf", "房屋租赁合同")
    files = {"a" * 64: jpeg, "b" * 64: pdf, "c" * 64: b"%PDF-1.7 not really a pdf"}
    pages = [
        entry("gtgsh_reg_form", 1, "a", "image/jpeg", len(jpeg)),
        entry("premises_proof", 1, "b", "application/pdf", len(pdf)),
        entry("premises_proof", 2, "c", "application/pdf", 25),
    ]
    viewer = MaterialsViewer()
    qtbot.addWidget(viewer)
    asked: list[str] = []
    viewer.page_wanted.connect(asked.append)
    viewer.resize(700, 640)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_pages(
        pages, {"gtgsh_reg_form": "个体工商户登记（备案）申请书", "premises_proof": "经营场所使用证明"}, ""
    )
    assert asked == ["a" * 64] and "正在读取" in viewer.canvas.text()
    viewer.show_bytes(asked[-1], files[asked[-1]])
    assert not viewer.image.isNull() and viewer.canvas.pixmap().width() > 300
    assert viewer.position_label.text() == "个体工商户登记（备案）申请书 第 1 页（共 3 页中的第 1 页）"
    assert not viewer.prev_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.grab().save(str(SHOTS / "materials_viewer_jpeg.png"))

    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == "b" * 64
    viewer.show_bytes("a" * 64, jpeg)  # the first page arriving late: the clerk has turned on, ignored
    assert viewer.image.isNull()
    viewer.show_bytes(asked[-1], files[asked[-1]])
    assert viewer.image.width() > 1000  # A4 at 144 dpi from PDFium
    # the PDF's drawing reached the screen: a scan across the middle of the page crosses the frame's two sides
    middle = viewer.image.height() // 2
    dark = [x for x in range(viewer.image.width()) if viewer.image.pixelColor(x, middle).lightness() < 128]
    assert dark and dark[0] < viewer.image.width() * 0.2 and dark[-1] > viewer.image.width() * 0.8
    qtbot.waitUntil(lambda: viewer.scroll_area.verticalScrollBar().maximum() > 0)  # the whole page, scrolled
    viewer.grab().save(str(SHOTS / "materials_viewer_pdf.png"))

    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)  # from the keyboard, as a clerk turns pages
    assert asked[-1] == "c" * 64
    viewer.show_bytes(asked[-1], files[asked[-1]])
    assert "无法显示" in viewer.canvas.text()
    assert not viewer.next_button.isEnabled()


def test_no_pages_said_in_words() -> None:
    assert render_page(b"garbage", "image/png").isNull()


def test_the_queue_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    model = QueueModel()
    rows = [
        QueueRow("c1", "41122101-S01-20261204-0001", "submitted", "已流转后台", "个体工商户设立登记", "SCJG", "欧**国",
                 "S01", "12-04 09:30", "", date(2026, 12, 18), date(2027, 1, 8), False, "12月18日（剩 9 个工作日）"),
        QueueRow("c2", "41122101-S01-20261204-0002", "in_review", "审批中", "食品经营许可", "SCJG", "李*", "S01",
                 "12-04 10:00", "houtai", date(2026, 12, 1), None, False, "12月1日（已超期）", True),
        QueueRow("c3", "41122101-S01-20261204-0003", "in_review", "审批中", "食品经营许可", "SCJG", "王*", "S01",
                 "12-04 10:30", "houtai", date(2026, 12, 18), None, True, "12月18日（补正中，计时中止）"),
    ]  # fmt: skip
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.index(2, 3).data() == "审批中（补正中）"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "法定时限：2027-01-08"
    assert model.row_of("c3") == 2 and model.case_id(5) == ""
