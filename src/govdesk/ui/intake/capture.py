"""采集材料: the pages of one material, captured as it is checked (regulation 000 Art. 31: materials taken at the
window go to the back office at once, electronically).

Pages come from a file the clerk picks (JPEG, PNG or PDF), or from the folder the 高拍仪 (document camera) or
scanner's driver writes to: the dialog watches it while open and takes each finished file in (Qt's camera support,
QtMultimedia, is not in PySide6-Essentials, and a 高拍仪's driver writes files anyway). A page can be turned, cropped
(drag a frame over it), moved and removed; the page count shows as pages come. Every service call goes through the
operations gateway; a file that is no scan is refused in words and nothing captured before it is lost.

``CaptureDialog.ask(...)`` returns the material's pages in order, or None when the clerk cancels.

Signals:
    pages_changed(int): the number of pages now held (the count shown beside the list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QIcon, QMouseEvent, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRubberBand,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.attachments import PageRef, page_count
from govdesk.services.attachments import AttachmentService, FolderTake
from govdesk.services.errors import GovdeskError
from govdesk.ui.i18n import error_text
from govdesk.ui.operations import operations_for

#: How often the 高拍仪's folder is looked at while the dialog is open (ms).
WATCH_MS = 800
THUMB = 150


class CaptureDialog(QDialog):
    """See the module docstring."""

    pages_changed = Signal(int)

    def __init__(
        self,
        service: AttachmentService,
        material_name: str,
        pages: tuple[PageRef, ...],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captureDialog")
        self.service = service
        self.folder = Path(folder)
        self.pages: list[PageRef] = list(pages)
        self._thumbs: dict[str, QPixmap] = {}
        self._taking = False
        self.setWindowTitle(self.tr("采集材料：{name}").format(name=material_name))
        fm = self.fontMetrics()
        em, line = fm.averageCharWidth(), fm.height()

        title = QLabel(material_name, self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageCount")
        self.list = QListWidget(self)
        self.list.setObjectName("pageList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + em * 4, THUMB + line * 3))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMinimumSize(em * 90, THUMB + line * 5)
        self.message = QLabel(self)
        self.message.setObjectName("captureMessage")
        self.message.setWordWrap(True)
        self.folder_label = QLabel(self.tr("高拍仪/扫描仪输出文件夹：{folder}").format(folder=self.folder), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.watch = QCheckBox(self.tr("自动取图（高拍仪拍摄后自动加入）"), self)
        self.watch.setObjectName("watchFolder")
        self.watch.setChecked(True)

        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.take_button = QPushButton(self.tr("从高拍仪取图"), self)
        self.left_button = QPushButton(self.tr("向左旋转"), self)
        self.right_button = QPushButton(self.tr("向右旋转"), self)
        self.crop_button = QPushButton(self.tr("裁剪…"), self)
        self.up_button = QPushButton(self.tr("前移"), self)
        self.down_button = QPushButton(self.tr("后移"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        tools = QHBoxLayout()
        for button in (self.add_button, self.take_button):
            tools.addWidget(button)
        tools.addSpacing(em * 2)
        for button in (self.left_button, self.right_button, self.crop_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完成"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.folder_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.watch)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.take_from_device)
        self.watch.toggled.connect(self._watch_toggled)
        self.add_button.clicked.connect(self.add_files)
        self.take_button.clicked.connect(self.take_from_device)
        self.left_button.clicked.connect(lambda: self.rotate(-1))
        self.right_button.clicked.connect(lambda: self.rotate(1))
        self.crop_button.clicked.connect(self.crop)
        self.up_button.clicked.connect(lambda: self.move_page(-1))
        self.down_button.clicked.connect(lambda: self.move_page(1))
        self.delete_button.clicked.connect(self.delete)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show()

    @classmethod
    def ask(
        cls, parent: QWidget | None, service: AttachmentService, name: str, pages: tuple[PageRef, ...], folder: Path
    ) -> tuple[PageRef, ...] | None:
        dialog = cls(service, name, pages, folder, parent)
        try:
            return tuple(dialog.pages) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.timer.stop()
            dialog.deleteLater()

    # --- taking pages in --------------------------------------------------------------------------------------

    def add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("选择材料扫描件"), str(Path.home()), self.tr("扫描件 (*.jpg *.jpeg *.png *.pdf)")
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Take these files in, one by one; one that is no scan is said, the others are kept."""
        service = self.service

        def taken(take: FolderTake) -> None:
            self._taken((list(take.pages), [f"{name}：{why}" for name, why in take.problems]))

        operations_for(self).run(
            self, lambda: service.capture_files(paths), success=taken, label=self.tr("正在保存扫描件…")
        )

    def take_from_device(self) -> None:
        """Whatever the 高拍仪 wrote since the last look (the timer's, or the button's)."""
        if self._taking:
            return
        self._taking = True
        folder, service = self.folder, self.service

        def done(take: FolderTake) -> None:
            self._taking = False
            self._taken((list(take.pages), [f"{name}：{why}" for name, why in take.problems]))

        def failed(error: GovdeskError) -> None:
            self._taking = False
            self.watch.setChecked(False)  # a folder that cannot be read: said once, not every 0.8 s
            self._say(error_text(error), error=True)

        operations_for(self).run(self, lambda: service.take_from_folder(folder), success=done, failure=failed)

    def _taken(self, result: tuple[list[PageRef], list[str]]) -> None:
        taken, problems = result
        self.pages.extend(taken)
        self._show(select=len(self.pages) - 1 if taken else None)
        if problems:
            self._say("；".join(problems), error=True)
        elif taken:
            self._say(self.tr("已加入 {n} 页").format(n=page_count(tuple(taken))))

    # --- editing ------------------------------------------------------------------------------------------------

    def _current(self) -> int:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.pages) else -1

    def rotate(self, quarter_turns: int) -> None:
        row = self._current()
        if row < 0:
            return
        ref, service = self.pages[row], self.service
        operations_for(self).run(
            self,
            lambda: service.rotate(ref, quarter_turns),
            success=lambda new: self._replace(row, ref, new),
            failure=lambda error: self._say(error_text(error), error=True),
        )

    def crop(self) -> None:
        row = self._current()
        if row < 0:
            return
        ref = self.pages[row]
        pixmap = self._pixmap(ref)
        if pixmap is None:
            self._say(self.tr("PDF 文件不能在此裁剪：请在扫描时调整，或改用图片格式扫描"), error=True)
            return
        box = CropDialog.ask(self, pixmap)
        if box is None:
            return
        service = self.service
        operations_for(self).run(
            self,
            lambda: service.crop(ref, box),
            success=lambda new: self._replace(row, ref, new),
            failure=lambda error: self._say(error_text(error), error=True),
        )

    def _replace(self, row: int, old: PageRef, new: PageRef) -> None:
        if row < len(self.pages) and self.pages[row] == old:
            self.pages[row] = new
            self._show(select=row)
            self._say(self.tr("已更新第 {n} 页").format(n=row + 1))

    def move_page(self, step: int) -> None:
        row = self._current()
        target = row + step
        if row < 0 or not 0 <= target < len(self.pages):
            return
        self.pages[row], self.pages[target] = self.pages[target], self.pages[row]
        self._show(select=target)

    def delete(self) -> None:
        row = self._current()
        if row < 0:
            return
        del self.pages[row]
        self._show(select=min(row, len(self.pages) - 1) if self.pages else None)
        self._say(self.tr("已删除第 {n} 页").format(n=row + 1))

    # --- showing ------------------------------------------------------------------------------------------------

    def _watch_toggled(self, on: bool) -> None:
        if on and self.isVisible():
            self.timer.start()
        else:
            self.timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_toggled(self.watch.isChecked())  # the folder is watched only while the dialog is open

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _say(self, text: str, *, error: bool = False) -> None:
        colour = "#b00020" if error else "#1e6b34"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    def _pixmap(self, ref: PageRef) -> QPixmap | None:
        if ref.content_type == "application/pdf":
            return None
        if ref.sha256 not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(self.service.preview_bytes(ref))
            self._thumbs[ref.sha256] = pixmap
        return self._thumbs[ref.sha256]

    def _icon(self, ref: PageRef) -> QIcon:
        pixmap = self._pixmap(ref)
        if pixmap is not None and not pixmap.isNull():
            return QIcon(
                pixmap.scaled(
                    THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        tile = QPixmap(THUMB * 3 // 4, THUMB)
        tile.fill(QColor("#f3f3f3"))
        painter = QPainter(tile)
        painter.setPen(QColor("#8a1c1c"))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawRect(tile.rect().adjusted(0, 0, -1, -1))
        painter.drawText(tile.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("PDF\n{n} 页").format(n=ref.pages))
        painter.end()
        return QIcon(tile)

    def _show(self, select: int | None = None) -> None:
        self.list.clear()
        for i, ref in enumerate(self.pages, start=1):
            text = self.tr("第 {n} 页 · {kb} KB").format(n=i, kb=max(1, ref.size // 1024))
            item = QListWidgetItem(self._icon(ref), text)
            item.setToolTip(ref.sha256)
            self.list.addItem(item)
        if select is not None and 0 <= select < len(self.pages):
            self.list.setCurrentRow(select)
        count = page_count(tuple(self.pages))
        self.count_label.setText(self.tr("共 {n} 页").format(n=count) if count else self.tr("尚未采集"))
        self._enable()
        self.pages_changed.emit(count)

    def _enable(self) -> None:
        row = self._current()
        chosen = row >= 0
        image = chosen and self.pages[row].content_type != "application/pdf"
        for button in (self.left_button, self.right_button, self.crop_button):
            button.setEnabled(image)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.pages) - 1)


class CropDialog(QDialog):
    """Drag a frame over the page: what is inside is kept. ``ask`` returns it as fractions of the page, or None."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropDialog")
        self.setWindowTitle(self.tr("裁剪：拖动鼠标框出要保留的部分"))
        line = self.fontMetrics().height()
        self.shown = pixmap.scaled(
            line * 40, line * 40, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image = QLabel(self)
        self.image.setPixmap(self.shown)
        self.image.setFixedSize(self.shown.size())
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self.image)
        self.selection = QRect()
        self._origin = QPoint()
        self.image.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("裁剪"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image)
        layout.addWidget(buttons)

    def select(self, rect: QRect) -> None:
        """Frame ``rect`` (in the shown image's pixels), as a drag does."""
        self.selection = rect.normalized().intersected(self.image.rect())
        self.band.setGeometry(self.selection)
        self.band.setVisible(not self.selection.isEmpty())

    def box(self) -> tuple[float, float, float, float] | None:
        if self.selection.isEmpty():
            return None
        w, h = self.shown.width(), self.shown.height()
        r = self.selection
        return (r.left() / w, r.top() / h, (r.right() + 1) / w, (r.bottom() + 1) / h)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.image and isinstance(event, QMouseEvent):
            kind = event.type()
            position = event.position().toPoint()
            if kind == QMouseEvent.Type.MouseButtonPress:
                self._origin = position
                self.select(QRect(position, QSize()))
                return True
            if kind in (QMouseEvent.Type.MouseMove, QMouseEvent.Type.MouseButtonRelease):
                self.select(QRect(self._origin, position))
                return True
        return False

    @classmethod
    def ask(cls, parent: QWidget | None, pixmap: QPixmap) -> tuple[float, float, float, float] | None:
        dialog = cls(pixmap, parent)
        try:
            return dialog.box() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
