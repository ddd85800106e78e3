"""The 补正 dialog: every material to fix at once (一次告知, 《行政许可法》 art. 32), each with why and how.

The case's recorded materials are listed to tick; another material can be added by name. OK asks the service's check
(``BackOfficeService.check_correction``): a refusal is said in red inside the dialog, which stays open with everything
typed. ``CorrectionDialog.ask(parent, materials, check, initial)`` → ``(items, note)`` or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.backoffice import CorrectionItem
from govdesk.protocol.office import MaterialEntry
from govdesk.services.errors import GovdeskError
from govdesk.ui.dialogs import GovDialog
from govdesk.ui.operations import operations_for

Check = Callable[[list[CorrectionItem], str], None]
RED = "#b00020"
_NAME, _REASON, _FIX = 0, 1, 2


class CorrectionDialog(GovDialog):
    dialog_id = "backoffice_correction"

    def __init__(
        self,
        parent: QWidget,
        materials: Sequence[MaterialEntry],
        check: Check,
        initial: tuple[list[CorrectionItem], str] | None = None,
        settings_store: Any = None,
    ) -> None:
        super().__init__(parent, settings_store)
        self.check = check
        self.setWindowTitle(self.tr("要求窗口补正"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "勾选需补正的全部材料，写明原因和补正要求（一次告知）。提交后办件退回窗口，计时中止，并短信告知申请人。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("correctionTable")
        self.table.setHorizontalHeaderLabels([self.tr("材料（勾选需补正的）"), self.tr("原因"), self.tr("如何补正")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_FIX, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.codes: list[str] = []
        for m in materials:
            self._add_row(m.name, m.code, editable_name=False)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加其他材料(&A)"), self)
        self.add_button.setObjectName("addMaterialButton")
        self.add_button.clicked.connect(lambda: self._add_row("", "", editable_name=True, focus=True))
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("correctionNote")
        self.note_edit.setMaxLength(500)
        form.addRow(self.tr("说明(&M)"), self.note_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("correctionError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("退回补正(&O)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("correctionOk")
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if initial is not None:
            self._restore(*initial)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 64, em * 30)

    def _add_row(self, name: str, code: str, *, editable_name: bool, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        if editable_name:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if editable_name else Qt.CheckState.Unchecked)
        self.table.setItem(row, _NAME, item)
        self.table.setItem(row, _REASON, QTableWidgetItem(""))
        self.table.setItem(row, _FIX, QTableWidgetItem(""))
        self.codes.append(code)
        if focus:
            self.table.setCurrentCell(row, _NAME)
            self.table.editItem(item)
        return row

    def _restore(self, items: list[CorrectionItem], note: str) -> None:
        for wanted in items:
            row = next((r for r in range(self.table.rowCount()) if self._text(r, _NAME) == wanted.name), -1)
            if row < 0:
                row = self._add_row(wanted.name, wanted.material_code, editable_name=True)
            self.set_row(row, True, wanted.reason, wanted.fix)
        self.note_edit.setText(note)

    def set_row(self, row: int, checked: bool, reason: str, fix: str = "") -> None:
        """Tick (or not) a material and fill in why and how (the clerk's typing; a test's too)."""
        name = self.table.item(row, _NAME)
        assert name is not None
        name.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.item(row, _REASON).setText(reason)  # type: ignore[union-attr]
        self.table.item(row, _FIX).setText(fix)  # type: ignore[union-attr]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def items(self) -> list[CorrectionItem]:
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, _NAME)
            if name is None or name.checkState() != Qt.CheckState.Checked:
                continue
            out.append(
                CorrectionItem(self._text(row, _NAME), self._text(row, _REASON), self._text(row, _FIX), self.codes[row])
            )
        return out

    def try_accept(self) -> None:
        """The service's check through the gateway's one error path: a refusal is said in the dialog, nothing
        typed is lost."""
        items, note = self.items(), self.note_edit.text()

        def check() -> bool:
            self.check(items, note)
            return True

        if operations_for(self).query(self, check, failure=self._refused):
            self.accept()

    def _refused(self, refused: GovdeskError) -> None:
        self.error_label.setText(str(refused))
        self.error_label.show()

    def answer(self) -> tuple[list[CorrectionItem], str]:
        return self.items(), self.note_edit.text().strip()
