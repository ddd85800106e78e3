"""The follow-up table (容缺 promises and deferred notices): colours for due soon (amber) and overdue (red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from govdesk.services.commitments import FollowUp, FollowUpKind, Urgency
from govdesk.ui.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
#: Background colours (light, so black text stays readable) and the words, for colour-blind clerks too.
URGENCY_COLOURS = {Urgency.DUE_SOON: QColor("#fff3c4"), Urgency.OVERDUE: QColor("#ffd6d6")}
KIND_LABELS = {
    FollowUpKind.COMMITMENT: QT_TRANSLATE_NOOP("FollowUpModel", "容缺承诺"),
    FollowUpKind.NOTICE: QT_TRANSLATE_NOOP("FollowUpModel", "延后告知"),
}
# The table's words for the urgency (the same as the service's ``URGENCY_LABELS``, in the UI language).
URGENCY_WORDS = {
    Urgency.OK: QT_TRANSLATE_NOOP("FollowUpModel", "正常"),
    Urgency.DUE_SOON: QT_TRANSLATE_NOOP("FollowUpModel", "即将到期"),
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("FollowUpModel", "已逾期"),
}

#: After a date counted on a provisional holiday year (issue 10).
PROVISIONAL_MARK = QT_TRANSLATE_NOOP("FollowUpModel", "（暂定）")


def _words(text: str) -> str:
    return QCoreApplication.translate("FollowUpModel", text)


def days_words(days_left: int) -> str:
    """``FollowUp.days_text`` in the UI language: 剩3个工作日 / 今天到期 / 已逾期 / 逾期2个工作日."""
    if days_left < 0:
        if days_left < -1:
            return QCoreApplication.translate("FollowUpModel", "逾期{n}个工作日").format(n=-days_left)
        return _words(URGENCY_WORDS[Urgency.OVERDUE])
    if days_left == 0:
        return QCoreApplication.translate("FollowUpModel", "今天到期")
    return QCoreApplication.translate("FollowUpModel", "剩{n}个工作日").format(n=days_left)


class FollowUpModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "办件编号"),
        QT_TRANSLATE_NOOP("FollowUpModel", "申请人"),
        QT_TRANSLATE_NOOP("FollowUpModel", "类别"),
        QT_TRANSLATE_NOOP("FollowUpModel", "期限"),
        QT_TRANSLATE_NOOP("FollowUpModel", "剩余"),
        QT_TRANSLATE_NOOP("FollowUpModel", "状态"),
        QT_TRANSLATE_NOOP("FollowUpModel", "待办事项"),
    )

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
            return _words(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        f = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                f.case_no,
                f.applicant_name,
                _words(KIND_LABELS[f.kind]),
                f.due_date.isoformat() + (_words(PROVISIONAL_MARK) if f.provisional else ""),
                days_words(f.days_left),
                _words(URGENCY_WORDS[f.urgency]),
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
