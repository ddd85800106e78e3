"""The table of results waiting at the window (a read-only model over ``HandoffService.ready()`` rows): the case,
the applicant (their masked phone in the tooltip), the item and the result, since when it waits (China Standard
Time), and 容缺 results withheld."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from govdesk.domain.clock import CST
from govdesk.services.handoff import ReadyRow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.rows_model import RowsTableModel


class ReadyModel(RowsTableModel):
    CONTEXT = "ReadyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReadyModel", "办件编号"),
        QT_TRANSLATE_NOOP("ReadyModel", "申请人"),
        QT_TRANSLATE_NOOP("ReadyModel", "待领取自"),
        QT_TRANSLATE_NOOP("ReadyModel", "容缺"),
        QT_TRANSLATE_NOOP("ReadyModel", "办理结果"),
        QT_TRANSLATE_NOOP("ReadyModel", "事项"),
    )
    # No phone column: masked it served no one, and at 1366 it squeezed the item's name to "…"; the applicant's
    # tooltip has it, the case's details show it.
    WITHHELD = QT_TRANSLATE_NOOP("ReadyModel", "暂缓发放")
    WITHHELD_TIP = QT_TRANSLATE_NOOP("ReadyModel", "容缺受理：承诺的材料补齐前不能出件")
    CASE_COLUMN = 0
    WAIT_COLUMN = 2
    WITHHELD_COLUMN = 3
    ITEM_COLUMN = 5

    APPLICANT_COLUMN = 1

    rows: list[ReadyRow]

    def cell(self, row: ReadyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.withheld:
            return self.words(self.WITHHELD_TIP)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.APPLICANT_COLUMN and row.phone_masked:
            return f"{row.applicant_name} {row.phone_masked}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            withheld = self.words(self.WITHHELD) if row.withheld else ""
            return (
                row.case_no,
                row.applicant_name,
                _when(row.ready_since),
                withheld,
                row.result_name,
                row.item_names,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.withheld:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        return None


def _when(at: datetime) -> str:
    return at.astimezone(CST).strftime("%m-%d %H:%M")
