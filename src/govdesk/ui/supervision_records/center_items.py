"""本中心检查项: an admin keeps the center's own items of the hall checklist (GB/T 36112-2018 is the base; a center
adds its own rules), each an area and what is checked. Saved on this PC at once and published to the center after the
next sync round, from where every supervisor's PC of the center takes them.

``CenterItemsDialog.ask(parent, service)`` returns True once saved, None when cancelled. A refusal (an empty area
or text, a clerk who is not an admin) is said in the dialog and nothing typed is lost.

``CenterItemsRefusal``: when the center refused a published edit for a reason other than another admin's newer
version (the account no longer an admin's there, an item its rules refuse), the admin reads the center's words on the
inspection page and in the dialog; the edit stays on this PC until it is sent again, changed, or discarded for the
center's version. Signals: ``changed()`` after the edit was sent again or discarded.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.events import Role
from govdesk.domain.inspection import STANDARD_ITEMS, ChecklistItem
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.ui import reflow
from govdesk.ui.dialogs import GovDialog
from govdesk.ui.operations import operations_for
from govdesk.ui.supervision_records.common import MessageLine

AREAS = tuple(dict.fromkeys(i.area for i in STANDARD_ITEMS))


class CenterItemsDialog(GovDialog):
    dialog_id = "center_checklist_items"

    def __init__(self, parent: QWidget, service: SupervisionRecords) -> None:
        super().__init__(parent)
        self.service = service
        self.saved = False
        self.setWindowTitle(self.tr("本中心检查项"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "国家标准 GB/T 36112-2018 的 {n} 项检查内容之外，本中心自行规定的检查项（保存后随下次同步报送中心，"
                "本中心各督查人员的电脑随之更新）："
            ).format(n=len(STANDARD_ITEMS)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("centerItemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("检查内容")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("中") * 8)  # an area and its arrow
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加一项(&A)"), self)
        self.add_button.setObjectName("addCenterItem")
        self.remove_button = QPushButton(self.tr("删除所选(&D)"), self)
        self.remove_button.setObjectName("removeCenterItem")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        reflow.side_by_side(row)  # (narrow: stacked; 适老化, ui/reflow.py)
        self.message = MessageLine("centerItemsMessage", self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        refusal = service.checklist_refusal()
        if refusal:
            self.message.say(
                self.tr("中心服务器未接受上次的修改：{words}。请修改后保存，保存后随下次同步重新报送。").format(
                    words=refusal
                ),
                error=True,
            )
        self.codes: list[str] = []
        for item in service.center_items():
            self.add_row(item.area, item.text, item.code)
        self.add_button.clicked.connect(lambda: self.add_row(AREAS[0], ""))
        self.remove_button.clicked.connect(self.remove_row)
        self.resize(self.fontMetrics().horizontalAdvance("中") * 48, self.fontMetrics().height() * 24)

    def add_row(self, area: str, text: str, code: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        combo = QComboBox(self.table)
        combo.setEditable(True)  # a center may name an area of its own
        combo.addItems(AREAS)
        combo.setCurrentText(area)
        self.table.setCellWidget(r, 0, combo)
        self.table.setItem(r, 1, QTableWidgetItem(text))
        self.codes.append(code or f"own-{uuid.uuid4().hex[:10]}")
        if not text:
            self.table.setCurrentCell(r, 1)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self.codes[r]

    def items(self) -> list[ChecklistItem]:
        out = []
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 0)
            area = combo.currentText().strip() if isinstance(combo, QComboBox) else ""
            cell = self.table.item(r, 1)
            out.append(ChecklistItem(self.codes[r], area, cell.text().strip() if cell else "", "本中心规定"))
        return out

    def save(self) -> None:
        items = self.items()
        service = self.service

        def done(_changes: object) -> None:
            self.saved = True
            self.accept()

        operations_for(self).run(
            self, lambda: service.set_center_items(items), success=done, failure=self.message.refused
        )


class CenterItemsRefusal(QWidget):
    """See the module docstring: the center's words and what the admin can do (hidden while nothing is refused)."""

    changed = Signal()

    def __init__(self, service: SupervisionRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.words = MessageLine("centerItemsRefusal", self)
        self.resend_button = QPushButton(self.tr("重新报送(&U)"), self)
        self.resend_button.setObjectName("resendCenterItems")
        self.discard_button = QPushButton(self.tr("放弃修改，采用中心的版本"), self)
        self.discard_button.setObjectName("discardCenterItems")
        row.addWidget(self.words, 1)
        row.addWidget(self.resend_button)
        row.addWidget(self.discard_button)
        self.resend_button.clicked.connect(self.resend)
        self.discard_button.clicked.connect(self.discard)
        self.refresh()

    def refresh(self) -> None:
        refusal = operations_for(self).query(self, self.service.checklist_refusal) or ""
        self.setVisible(bool(refusal))
        admin = self.service.window.actor.role is Role.ADMIN  # a supervisor at this PC reads it; an admin acts
        self.resend_button.setVisible(admin)
        self.discard_button.setVisible(admin)
        if refusal:
            self.words.say(
                self.tr(
                    "本中心检查项的修改未被中心服务器接受：{words}。修改仍保留在本机（本机巡查暂按修改后的检查项），"
                    "其他督查人员的电脑仍用中心的版本。可在“本中心检查项”中修改后保存、重新报送，或放弃修改。"
                ).format(words=refusal),
                error=True,
            )

    def resend(self) -> None:
        operations_for(self).run(self, self.service.resend_center_items, success=self._done, failure=self.words.refused)

    def discard(self) -> None:
        operations_for(self).run(
            self, self.service.discard_center_items, success=self._done, failure=self.words.refused
        )

    def _done(self, _changes: object) -> None:
        self.refresh()
        self.changed.emit()
