"""The follow-up table (容缺 promises and deferred notices): colours for due soon (amber) and overdue (red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from govdesk.services.commitments import URGENCY_LABELS, FollowUp, FollowUpKind, Urgency

_Index = QModelIndex | QPersistentModelIndex
#: Background colours (light, so black text stays readable) and the words, for colour-blind clerks too.
URGENCY_COLOURS = {Urgency.DUE_SOON: QColor("#fff3c4"), Urgency.OVERDUE: QColor("#ffd6d6")}
KIND_LABELS = {FollowUpKind.COMMITMENT: "容缺承诺", FollowUpKind.NOTICE: "延后告知"}


class FollowUpModel(QAbstractTableModel):
    HEADERS = ("办件编号", "申请人", "类别", "期限", "剩余", "状态", "待办事项")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUp] = []

    def set_rows(self, rows: list[FollowUp]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        f = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                f.case_no,
                f.applicant_name,
                KIND_LABELS[f.kind],
                f.due_date.isoformat(),
                f.days_text,
                URGENCY_LABELS[f.urgency],
                f.what,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and f.urgency in URGENCY_COLOURS:
            return QBrush(URGENCY_COLOURS[f.urgency])
        if role == Qt.ItemDataRole.ForegroundRole and f.urgency in URGENCY_COLOURS:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.UserRole:
            return f.case_id
        return None
