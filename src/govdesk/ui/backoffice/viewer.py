"""The scanned materials, page by page: each page fetched from the center when shown (never all at once), drawn with
Qt — JPEG and PNG by ``QImage``, a PDF's first page rendered by PDFium (``pypdfium2``; Qt's own PDF module is not
available for the pinned PySide6) into an image Qt draws. Zoom to the width; previous and next page (the buttons,
or PgUp / PgDn)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from govdesk.protocol.office import AttachmentEntry

#: A PDF page is rendered at this scale (72 dpi × 2: readable on screen, a few MB at most).
PDF_SCALE = 2.0


def render_page(data: bytes, content_type: str) -> QImage:
    """The page as an image (null when it cannot be read)."""
    if content_type == "application/pdf" or data[:5] == b"%PDF-":
        return _pdf_first_page(data)
    image = QImage()
    image.loadFromData(data)
    return image


def _pdf_first_page(data: bytes) -> QImage:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency; said as unreadable
        return QImage()
    try:
        document = pdfium.PdfDocument(data)
        try:
            bitmap = document[0].render(scale=PDF_SCALE)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
        finally:
            document.close()
    except (pdfium.PdfiumError, IndexError, OSError):
        return QImage()
    image = QImage()
    image.loadFromData(buffer.getvalue())
    return image


class MaterialsViewer(QWidget):
    """Signals: ``page_wanted(str sha256)`` — the page to fetch (the page answers with ``show_bytes``)."""

    page_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[AttachmentEntry] = []
        self.names: dict[str, str] = {}
        self.index = -1
        self.image = QImage()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("上一页(&P)"), self)
        self.prev_button.setObjectName("prevPageButton")
        self.next_button = QPushButton(self.tr("下一页(&N)"), self)
        self.next_button.setObjectName("nextPageButton")
        self.position_label = QLabel(self)
        self.position_label.setObjectName("pagePosition")
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.position_label, 1)
        layout.addLayout(bar)
        self.canvas = QLabel(self)
        self.canvas.setObjectName("pageCanvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)
        self.scroll_area.setProperty("govdeskScrollsSideways", True)  # (a scanned page wider than the pane)
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.set_pages([], {}, "")

    def set_pages(self, pages: Sequence[AttachmentEntry], names: dict[str, str], note: str) -> None:
        """The case's pages in material order (``names``: material code → name); ``note`` when there are none."""
        self.pages = list(pages)
        self.names = dict(names)
        self.index = -1
        self.image = QImage()
        if not self.pages:
            self._say(note or self.tr("该办件没有电子材料（扫描件）；请以纸质材料为准"))
            self._buttons()
            return
        self.go(0)

    def go(self, index: int) -> None:
        if not (0 <= index < len(self.pages)) or index == self.index:
            return
        self.index = index
        self.image = QImage()  # the last page's image is not drawn again while this one comes
        self._buttons()
        self._say(self.tr("正在读取扫描件…"))
        self.page_wanted.emit(self.pages[index].sha256)

    def show_bytes(self, sha256: str, data: bytes) -> None:
        """The fetched page (ignored when the clerk has turned to another page meanwhile)."""
        if not (0 <= self.index < len(self.pages)) or self.pages[self.index].sha256 != sha256:
            return
        self.image = render_page(data, self.pages[self.index].content_type)
        if self.image.isNull():
            self._say(self.tr("这一页无法显示（文件已损坏或格式不受支持）；请以纸质材料为准"))
            return
        self._draw()

    def show_failure(self, message: str) -> None:
        self._say(message)

    def _say(self, text: str) -> None:
        """Words instead of a page (wrapped, centred)."""
        self.canvas.setPixmap(QPixmap())
        self.canvas.setWordWrap(True)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """PgUp / PgDn turn the pages (the scroll area keeps the arrow keys for a long page)."""
        if event.key() == Qt.Key.Key_PageDown:
            self.go(self.index + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.go(self.index - 1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.image.isNull():
            self._draw()

    def _draw(self) -> None:
        width = max(100, self.scroll_area.viewport().width() - 4)
        scaled = self.image.scaledToWidth(
            min(width, self.image.width() * 2), Qt.TransformationMode.SmoothTransformation
        )
        self.canvas.setText("")
        self.canvas.setWordWrap(False)  # a wrapping label sizes by its width and would crop a tall page
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.canvas.setPixmap(QPixmap.fromImage(scaled))

    def _buttons(self) -> None:
        n = len(self.pages)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < n - 1)
        if not (0 <= self.index < n):
            self.position_label.setText("")
            return
        page = self.pages[self.index]
        name = self.names.get(page.material_code, page.material_code)
        self.position_label.setText(
            self.tr("{name} 第 {page} 页（共 {n} 页中的第 {i} 页）").format(
                name=name, page=page.page, n=n, i=self.index + 1
            )
        )


PageFetcher = Callable[[str], bytes]
