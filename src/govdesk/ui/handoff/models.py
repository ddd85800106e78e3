"""The table of results waiting at the window (a read-only model over ``HandoffService.ready()`` rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from govdesk.domain.clock import CST
from govdesk.services.handoff import ReadyRow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex


class ReadyModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ReadyModel", "办件编号"),
        QT_TRANSLATE_NOOP("ReadyModel", "申请人"),
        QT_TRANSLATE_NOOP("ReadyModel", "手机"),
        QT_TRANSLATE_NOOP("ReadyModel", "待领取自"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReadyRow] = []

    def set_rows(self, rows: list[ReadyRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return QCoreApplication.translate("ReadyModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.case_no, row.applicant_name, row.phone_masked, _when(row.ready_since))[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        return None


def _when(at: datetime) -> str:
    return at.astimezone(CST).strftime("%m-%d %H:%M")
