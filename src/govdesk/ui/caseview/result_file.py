"""办理结果文件: the result document the back office uploaded (the licence's scan, or a PDF's first page), shown to the
出件 clerk beside the case so the paper handed over can be checked against what the department made. Said where it
came from (this PC's encrypted copy, or fetched from the center just now). Zoom to the width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from govdesk.services.result_files import ResultDocument
from govdesk.ui.backoffice.viewer import render_page
from govdesk.ui.dialogs import GovDialog


class ResultFileDialog(GovDialog):
    dialog_id = "result_file"

    def __init__(self, parent: QWidget, case_no: str, document: ResultDocument) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("办件 {case_no} 的办理结果文件").format(case_no=case_no))
        layout = QVBoxLayout(self)
        ref = document.ref
        kind = "PDF" if ref.content_type == "application/pdf" else self.tr("图片")
        where = self.tr("本机已存副本") if document.kept else self.tr("刚从中心服务器取回，已存本机")
        number = self.tr("证照编号 {no}　").format(no=ref.licence_no) if ref.licence_no else ""
        self.info_label = QLabel(
            self.tr("{number}{kind}，{size} KB；{where}").format(
                number=number, kind=kind, size=max(1, len(document.data) // 1024), where=where
            ),
            self,
        )
        self.info_label.setObjectName("resultFileInfo")
        self.info_label.setWordWrap(True)
        layout.addWidget(self.info_label)
        self.image = render_page(document.data, ref.content_type)
        self.canvas = QLabel(self)
        self.canvas.setObjectName("resultFileCanvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.image.isNull():
            self.canvas.setText(self.tr("该文件无法显示（不是可识别的图片或 PDF）；请联系后台核对"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.viewport().installEventFilter(self)  # zoom to the width whenever the view's width changes
        layout.addWidget(self.scroll_area, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 60, em * 50)

    def _fit(self) -> None:
        if self.image.isNull():
            return
        width = max(100, self.scroll_area.viewport().width() - 8)
        if self.image.width() < width:  # never blown up past its own pixels
            width = self.image.width()
        scaled = self.image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.canvas.setPixmap(QPixmap.fromImage(scaled))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def rendered(self) -> QImage:
        return self.image
