"""材料流转 (Ctrl+T): the paper materials of accepted cases passed from the window to the back office, listed and
signed on a 材料流转交接单 (regulation 002, 三 (一): 纸质材料 … 做好材料交接签收).

The dialog lists ``IntakeService.awaiting_transfer()`` (accepted and 容缺-accepted cases not yet passed on); the
clerk selects some with the keyboard, checks the receiving department (by default the one the selected cases'
items belong to: ``IntakeService.receiving_department``) and presses 流转并打印交接单: ``IntakeService.transfer``
submits them in one transaction (their events go to the central server's queue), each sheet is archived as PDF
through the notice desk and shown in the intake's print preview (print / save as PDF). The cases leave the list.

Signals:
    transferred(list): the ``TransferSheet``s of a transfer that was recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from govdesk.domain.clock import CST
from govdesk.domain.notices import TransferSheet
from govdesk.domain.transitions import STATE_LABELS, CaseState
from govdesk.services.intake import CaseSummary, IntakeService
from govdesk.ui import tables
from govdesk.ui.actions import ShortcutId, make_shortcut
from govdesk.ui.dialogs import GovDialog
from govdesk.ui.generated.ui_intake_transfer import Ui_TransferForm
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, error_text, say
from govdesk.ui.intake.noticeview import NoticeDesk, NoticePreviewDialog
from govdesk.ui.operations import operations_for

_Index = QModelIndex | QPersistentModelIndex

OK_STYLE = "QLabel { color: #1e6b30; background: #e6f4ea; padding: 4px; }"
ERROR_STYLE = "QLabel { color: #b00020; background: #fdecea; padding: 4px; }"
HINT_STYLE = "color: #5f6368;"


class TransferModel(QAbstractTableModel):
    """The cases waiting for transfer: 办件编号, 申请人, 办理事项, 收件日期, 状态 (one row per case, oldest first)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TransferModel", "办件编号"),
        QT_TRANSLATE_NOOP("TransferModel", "申请人"),
        QT_TRANSLATE_NOOP("TransferModel", "办理事项"),
        QT_TRANSLATE_NOOP("TransferModel", "收件日期"),
        QT_TRANSLATE_NOOP("TransferModel", "状态"),
    )

    def __init__(self, item_names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = item_names
        self._rows: list[CaseSummary] = []

    def set_rows(self, rows: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def items_text(self, summary: CaseSummary) -> str:
        return "、".join(self._names.get(code, code) for code in summary.item_codes)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return summary.case_no
            if column == 1:
                return summary.applicant_name
            if column == 2:
                return self.items_text(summary)
            if column == 3:
                return summary.received_at.astimezone(CST).date().isoformat()
            if column == 4:
                return say(STATE_LABELS[CaseState(summary.state)])
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.items_text(summary)
        if role == Qt.ItemDataRole.UserRole:
            return summary.case_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.HEADERS):
                return None
            return QCoreApplication.translate("TransferModel", self.HEADERS[section])
        return section + 1


class TransferDialog(GovDialog):
    """See the module docstring."""

    dialog_id = "intake_transfer"
    transferred = Signal(list)

    def __init__(self, parent: QWidget, intake: IntakeService, desk: NoticeDesk) -> None:
        super().__init__(parent)
        self.intake = intake
        self.desk = desk
        self.preview_dialog: NoticePreviewDialog | None = None
        self.setWindowTitle(self.tr("材料流转"))
        self.ui = Ui_TransferForm()
        body = QWidget(self)
        self.ui.setupUi(body)
        QVBoxLayout(self).addWidget(body)
        ui = self.ui
        self.model = TransferModel({it.code: it.name for it in intake.catalog.items}, self)
        view = ui.transferView
        view.setModel(self.model)
        view.verticalHeader().hide()
        fm = self.fontMetrics()
        # the columns as wide as their content and headings, the items taking the rest and wrapping; narrow (English
        # in large text in a window 1,100 px wide: "Service items" was cut to 81 px), the case number wraps after its
        # centre code and the state between words; the list scrolls upright, never sideways (ui/tables.py)
        tables.scrolls_upright(view, text=2, wrap=(0, 4))
        combo = ui.departmentCombo
        combo.addItems(sorted({d.name for d in intake.catalog.departments()}))
        combo.setCurrentIndex(-1)
        department_edit = combo.lineEdit()
        assert department_edit is not None  # the form makes the combo editable
        department_edit.setPlaceholderText(self.tr("按各办件事项所属部门"))
        ui.keysLabel.setStyleSheet(HINT_STYLE)
        for label in (ui.listLabel, ui.keysLabel):  # (never wider than the window: English in large text)
            label.setWordWrap(True)
        ui.messageLabel.hide()
        self._list_text = str(ui.listLabel.text())
        self._department_typed = False  # the clerk chose a department: selecting rows no longer changes it
        department_edit.textEdited.connect(self._department_edited)
        combo.activated.connect(self._department_edited)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.transferButton.clicked.connect(self.transfer)
        ui.closeButton.clicked.connect(self.reject)
        make_shortcut(ShortcutId.TRANSFER_CONFIRM, self, self.transfer)
        combo.setMinimumWidth(fm.averageCharWidth() * 36)
        view.setMinimumHeight(fm.height() * 12)
        self.resize(fm.averageCharWidth() * 130, fm.height() * 30)
        self.reload()

    # ------------------------------------------------------------------ the list

    def reload(self) -> None:
        """Read the cases waiting for transfer again (after a transfer, the ones passed on are gone)."""
        self.model.set_rows(self.intake.awaiting_transfer())
        view = self.ui.transferView
        if self.model.rowCount():
            view.selectionModel().setCurrentIndex(self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()
        empty = not self.model.rowCount()
        self.ui.transferButton.setEnabled(not empty)
        count = self.tr("（共 {n} 件）").format(n=self.model.rowCount())
        self.ui.listLabel.setText(
            self.tr("待流转的办件(&L)：没有了，已受理的办件都已移交后台") if empty else self._list_text + count
        )

    def selected(self) -> list[CaseSummary]:
        rows = sorted(index.row() for index in self.ui.transferView.selectionModel().selectedRows())
        return [self.model.summary(row) for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.ui.selectedLabel.setText(self.tr("已选 {n} 件").format(n=len(chosen)))
        if not self._department_typed:
            self.ui.departmentCombo.setEditText(self.intake.receiving_department(chosen) if chosen else "")

    def _department_edited(self, *_args: object) -> None:
        self._department_typed = True

    def department(self) -> str:
        return str(self.ui.departmentCombo.currentText()).strip()

    # ------------------------------------------------------------------ passing on

    def transfer(self) -> None:
        """流转并打印交接单 (Alt+T, Ctrl+Enter): submit the selected cases, archive and show their sheets."""
        chosen = self.selected()
        if not chosen:
            self.say(self.tr("请先选择要流转的办件（↑↓ 选择，Ctrl+A 全选）"), error=True)
            self.ui.transferView.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        case_ids, department = [s.case_id for s in chosen], self.department()
        operations_for(self).run(
            self,
            lambda: self.intake.transfer(case_ids, department),
            success=self._transferred,
            failure=lambda error: self.say(error_text(error), error=True),
            label=self.tr("正在流转…"),
        )

    def _transferred(self, sheets: list[TransferSheet]) -> None:
        self._department_typed = False
        self.reload()
        self.desk.issue(self, tuple(sheets), lambda problem: self._sheets_issued(sheets, problem))

    def _sheets_issued(self, sheets: list[TransferSheet], problem: str) -> None:
        """The sheets are archived (off the GUI thread), or said why not: say so and show them."""
        numbers = "、".join(s.case_no for s in sheets)
        done = self.tr("已流转 {n} 件，交接单已存档：{nos}").format(n=len(sheets), nos=numbers)
        self.say(done + (("\n" + problem) if problem else ""), error=bool(problem))
        self.transferred.emit(sheets)
        self.show_sheets()
        self.ui.transferView.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_sheets(self) -> NoticePreviewDialog | None:
        """The sheets just made, in the intake's print preview (打印 / 另存为 PDF / 关闭)."""
        if not self.desk.issued:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        self.preview_dialog = NoticePreviewDialog(self, self.desk)
        self.preview_dialog.open()
        return self.preview_dialog

    def say(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        label.setVisible(bool(text))

    def message(self) -> str:
        label = self.ui.messageLabel
        return str(label.text()) if not label.isHidden() else ""
