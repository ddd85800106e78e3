"""The 现场巡查 page: walk the hall with the checklist (GB/T 36112 and the center's own items), mark each item
合格/不合格 with what was seen, attach photos, sign on the pad or on paper, print the record.

Every answer is saved as it is given (a laptop closed mid-walk keeps them). All service calls go through the
operations gateway; a refusal is said beside the buttons. Signals: ``changed()`` after a save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import minute_text
from govdesk.domain.events import Role
from govdesk.domain.inspection import Finding, Inspection, InspectionState
from govdesk.services.supervision_records import Saved, SupervisionRecords
from govdesk.ui import reflow, tables
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.operations import operations_for
from govdesk.ui.supervision_records.center_items import CenterItemsRefusal
from govdesk.ui.supervision_records.common import MessageLine
from govdesk.ui.widgets.signature import SignaturePad

PASS, FAIL = QT_TRANSLATE_NOOP("InspectionPage", "合格"), QT_TRANSLATE_NOOP("InspectionPage", "不合格")
#: The photos' count after a finding's note; the text before "{n}" cuts it off again when the note is read back.
PHOTOS = QT_TRANSLATE_NOOP("InspectionPage", "（照片 {n} 张）")


class InspectionPage(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(self, service: SupervisionRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.inspection: Inspection | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建巡查(&N)"), self)
        self.new_button.setObjectName("newInspectionButton")
        self.history = QComboBox(self)
        self.history.setObjectName("inspectionHistory")
        self.history.setAccessibleName(self.tr("以往的巡查"))
        top.addWidget(self.new_button)
        top.addWidget(QLabel(self.tr("以往巡查："), self))
        top.addWidget(self.history, 1)
        layout.addLayout(top)
        self.refusal = CenterItemsRefusal(service, self)  # shown when the center refused an admin's edit
        layout.addWidget(self.refusal)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("checklistTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("检查内容"), self.tr("结果"), self.tr("情况说明")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # every item of the checklist shown, the content and the remark wrapping: the page scrolls (ui/tables.py)
        tables.fit(self.table, text=(1, 3))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("为所选项附照片(&P)…"), self)
        self.photo_button.setObjectName("photoButton")
        self.camera_button = QPushButton(self.tr("从相机/高拍仪取照片(&C)"), self)
        self.camera_button.setObjectName("cameraButton")
        self.items_button = QPushButton(self.tr("本中心检查项(&I)…"), self)
        self.items_button.setObjectName("centerItemsButton")
        self.items_button.setVisible(service.window.actor.role is Role.ADMIN)  # an admin keeps them
        self.camera_button.setToolTip(
            self.tr("取相机或高拍仪拍出的照片（设备驱动写入：{folder}）").format(folder=service.camera_folder)
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("inspectionSummary")
        row.addWidget(self.photo_button)
        row.addWidget(self.camera_button)
        row.addWidget(self.items_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.pad = SignaturePad(self)
        self.pad.set_placeholder(self.tr("巡查人签名"))
        self.pad.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.pad)
        sign_row = QHBoxLayout()
        self.on_paper = QCheckBox(self.tr("在打印的记录上签名"), self)
        self.sign_button = QPushButton(self.tr("签名并完成(&S)"), self)
        self.sign_button.setObjectName("signInspectionButton")
        self.print_button = QPushButton(self.tr("生成巡查记录 PDF(&R)…"), self)
        self.print_button.setObjectName("printInspectionButton")
        sign_row.addWidget(self.on_paper)
        sign_row.addStretch(1)
        sign_row.addWidget(self.sign_button)
        sign_row.addWidget(self.print_button)
        layout.addLayout(sign_row)
        self.message = MessageLine("inspectionMessage", self)
        layout.addWidget(self.message)
        for line in (row, sign_row, top):  # (narrow: stacked; 适老化, ui/reflow.py)
            reflow.side_by_side(line)
        self.new_button.clicked.connect(self.start)
        self.history.activated.connect(self._open_chosen)
        self.photo_button.clicked.connect(self.ask_photo)
        self.camera_button.clicked.connect(self.take_camera_photos)
        self.items_button.clicked.connect(self.edit_center_items)
        self.sign_button.clicked.connect(self.sign)
        self.print_button.clicked.connect(self.ask_pdf)
        self.table.itemChanged.connect(self._note_edited)
        self.refresh_history()
        self._show()

    # ------------------------------------------------------------------ what is shown

    def refresh_history(self) -> None:
        self.refusal.refresh()
        found = operations_for(self).query(self, self.service.inspections, failure=self.message.refused) or []
        self.history.clear()
        for insp in found:
            failed = insp.summary()[1]
            state = self.tr("已签名") if insp.state is InspectionState.SIGNED else self.tr("进行中")
            when = minute_text(insp.started_at)
            words = self.tr("{when}　{state}　不合格 {failed} 项").format(when=when, state=state, failed=failed)
            self.history.addItem(words, insp.inspection_id)

    def _open_chosen(self, index: int) -> None:
        inspection_id = self.history.itemData(index)
        if inspection_id:
            self.open(str(inspection_id))

    def open(self, inspection_id: str) -> None:
        self.inspection = operations_for(self).query(
            self, lambda: self.service.inspection(inspection_id), failure=self.message.refused
        )
        self._show()

    def _show(self) -> None:
        insp = self.inspection
        signed = insp is not None and insp.state is InspectionState.SIGNED
        for widget in (self.photo_button, self.camera_button, self.sign_button, self.pad, self.on_paper):
            widget.setEnabled(insp is not None and not signed)
        self.print_button.setEnabled(insp is not None)
        self._filling = True
        self.table.setRowCount(0)
        if insp is not None:
            self.table.setRowCount(len(insp.checklist.items))
            for row, item in enumerate(insp.checklist.items):
                finding = insp.findings.get(item.code)
                for col, text in ((0, item.area), (1, item.text)):
                    cell = QTableWidgetItem(text)
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    cell.setData(Qt.ItemDataRole.UserRole, item.code)
                    self.table.setItem(row, col, cell)
                combo = QComboBox(self.table)
                combo.addItems(["", self.tr(PASS), self.tr(FAIL)])
                combo.setAccessibleName(self.tr("“{item}”的结果").format(item=item.text))
                combo.setCurrentIndex(0 if finding is None else (1 if finding.passed else 2))
                combo.setEnabled(not signed)
                combo.currentIndexChanged.connect(lambda _i, code=item.code: self._result_chosen(code))
                self.table.setCellWidget(row, 2, combo)
                photos = self.tr(PHOTOS).format(n=len(finding.photos)) if finding is not None and finding.photos else ""
                note = QTableWidgetItem((finding.note if finding is not None else "") + photos)
                note.setData(Qt.ItemDataRole.UserRole, item.code)
                if signed:
                    note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, 3, note)
            passed, failed = insp.summary()
            left = len(insp.unanswered())
            self.summary.setText(
                self.tr("合格 {p} 项，不合格 {f} 项，未检查 {left} 项").format(p=passed, f=failed, left=left)
            )
        else:
            self.summary.setText(self.tr("点“新建巡查”开始一次现场巡查。"))
        self._filling = False

    def _row_of(self, code: str) -> int:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == code:
                return row
        return -1

    def _answer_of(self, code: str) -> Finding | None:
        row = self._row_of(code)
        combo = self.table.cellWidget(row, 2)
        note = self.table.item(row, 3)
        if not isinstance(combo, QComboBox) or combo.currentIndex() == 0:
            return None
        text = note.text() if note is not None else ""
        text = text.split(self.tr(PHOTOS).split("{n}")[0].rstrip())[0]
        current = self.inspection.findings.get(code) if self.inspection is not None else None
        photos = current.photos if current is not None else ()
        return Finding(code, combo.currentIndex() == 1, text, photos)

    # ------------------------------------------------------------------ doing

    def start(self) -> None:
        operations_for(self).run(
            self, self.service.start_inspection, success=self._started, failure=self.message.refused
        )

    def _started(self, inspection: Inspection) -> None:
        self.inspection = inspection
        self.refresh_history()
        self._show()
        self.message.say(self.tr("已开始巡查：逐项选择合格或不合格，不合格请写明情况。"))

    def _result_chosen(self, code: str) -> None:
        if self._filling:
            return
        finding = self._answer_of(code)
        if finding is not None and not finding.passed and not finding.note.strip():
            row = self._row_of(code)
            self.table.setCurrentCell(row, 3)
            note = self.table.item(row, 3)
            if note is not None:
                self.table.editItem(note)
            self.message.say(self.tr("请在“情况说明”中写明看到的问题，回车保存。"))
            return
        self._save_answer(code)

    def _note_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 3:
            return
        self._save_answer(str(item.data(Qt.ItemDataRole.UserRole)))

    def _save_answer(self, code: str) -> None:
        insp, finding = self.inspection, self._answer_of(code)
        if insp is None or finding is None:
            return
        inspection_id = insp.inspection_id
        operations_for(self).run(
            self, lambda: self.service.answer(inspection_id, finding), success=self._saved, failure=self.message.refused
        )

    def _chosen_item(self) -> str | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        if self.inspection is None or cell is None:
            self.message.say(self.tr("请先在列表中选择要附照片的检查项"), error=True)
            return None
        return str(cell.data(Qt.ItemDataRole.UserRole))

    def ask_photo(self) -> None:
        code = self._chosen_item()
        if code is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择照片"), "", self.tr("照片 (*.jpg *.jpeg *.png)"))
        if path:
            self.attach_photo(code, Path(path))

    def edit_center_items(self) -> None:
        """An admin keeps the center's own checklist items; the next inspection started asks them too."""
        from govdesk.ui.supervision_records.center_items import CenterItemsDialog

        if CenterItemsDialog.ask(self, self.service):
            self.refusal.refresh()
            self.message.say(self.tr("本中心检查项已保存，下次开始的巡查将包括这些检查项；同步后报送中心。"))

    def take_camera_photos(self) -> None:
        """The photos the camera or 高拍仪 took since the last time, attached to the chosen item."""
        code = self._chosen_item()
        if code is None or self.inspection is None:
            return
        inspection_id, folder = self.inspection.inspection_id, self.service.camera_folder

        def taken(result: tuple[Saved | None, list[str]]) -> None:
            saved, refused = result
            if saved is not None:
                self._saved(saved, self.tr("已从相机/高拍仪取得照片。"))
            if refused:
                self.message.say(self.tr("以下文件未附上：") + "；".join(refused), error=True)

        operations_for(self).run(
            self,
            lambda: self.service.take_camera_photos(inspection_id, code, folder),
            success=taken,
            failure=self.message.refused,
            label=self.tr("正在取照片…"),
        )

    def attach_photo(self, code: str, path: Path) -> None:
        assert self.inspection is not None
        inspection_id = self.inspection.inspection_id
        operations_for(self).run(
            self,
            lambda: self.service.attach_photo(inspection_id, code, path),
            success=self._saved,
            failure=self.message.refused,
            label=self.tr("正在保存照片…"),
        )

    def sign(self) -> None:
        insp = self.inspection
        if insp is None:
            return
        png = None if self.pad.is_empty() else self.pad.png_bytes()
        paper = self.on_paper.isChecked()
        operations_for(self).run(
            self,
            lambda: self.service.sign_inspection(insp.inspection_id, png, paper),
            success=lambda saved: self._saved(saved, self.tr("巡查记录已签名，将在下次同步时报送中心。")),
            failure=self.message.refused,
        )

    def ask_pdf(self) -> None:
        if self.inspection is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存巡查记录"),
            self.tr("巡查记录-{when}.pdf").format(when=f"{self.inspection.started_at:%Y%m%d-%H%M}"),
            "PDF (*.pdf)",
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        assert self.inspection is not None
        inspection_id = self.inspection.inspection_id
        operations_for(self).run(
            self,
            lambda: self.service.inspection_pdf(inspection_id, path),
            success=lambda p: self.message.say(self.tr("巡查记录已保存：{path}").format(path=p)),
            failure=self.message.refused,
            label=self.tr("正在生成巡查记录…"),
        )

    def _saved(self, saved: Saved, words: str = "") -> None:
        self.open(saved.record_id)
        self.refresh_history()
        self.changed.emit()
        if words:
            self.message.say(words)

    def messages(self) -> str:
        return self.message.text()
