"""The back office's queue as a table (ids and display rows held; ``RowsTableModel``), oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from govdesk.services.backoffice import QueueRow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.rows_model import RowsTableModel

RED = QColor("#b00020")
AMBER = QColor("#8a4b00")


class QueueModel(RowsTableModel):
    CONTEXT = "BackOfficeQueue"
    HEADERS = (
        QT_TRANSLATE_NOOP("BackOfficeQueue", "承诺办结"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "办件编号"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "事项"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "状态"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "申请人"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "流转时间"),
        QT_TRANSLATE_NOOP("BackOfficeQueue", "认领人"),
    )

    def cell(self, row: QueueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            state = row.state_label + (
                QCoreApplication.translate("BackOfficeQueue", "（补正中）") if row.correction_open else ""
            )
            values = (row.due_words, row.case_no, row.item, state, row.applicant, row.submitted, row.claimed_by)
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 3):
            if column == 0 and row.overdue:
                return QBrush(RED)
            if column == 3 and row.correction_open:
                return QBrush(AMBER)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.statutory_date:
            return QCoreApplication.translate("BackOfficeQueue", "法定时限：{day}").format(
                day=row.statutory_date.isoformat()
            )
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        return None

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id if 0 <= row < len(self.rows) else ""

    def row_of(self, case_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.case_id == case_id), -1)
