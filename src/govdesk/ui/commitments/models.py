"""The follow-up table (容缺 promises and deferred notices): colours for due soon (amber) and overdue (red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from govdesk.services.commitments import FollowUp, FollowUpKind, Urgency
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.rows_model import RowsTableModel

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


class FollowUpModel(RowsTableModel):
    """Ids first (``set_ids``): the rows a screen shows are made when shown, so the page opens as fast over 3,000
    promises as over 10 (``benchmarks/bench_commitments.py``)."""

    CONTEXT = "FollowUpModel"
    PAGE = 30  # a screenful and a half; more as the clerk scrolls
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "办件编号"),
        QT_TRANSLATE_NOOP("FollowUpModel", "申请人"),
        QT_TRANSLATE_NOOP("FollowUpModel", "类别"),
        QT_TRANSLATE_NOOP("FollowUpModel", "期限"),
        QT_TRANSLATE_NOOP("FollowUpModel", "剩余"),
        QT_TRANSLATE_NOOP("FollowUpModel", "状态"),
        QT_TRANSLATE_NOOP("FollowUpModel", "待办事项"),
    )
    CASE, KIND, DUE, LEFT, STATUS = 0, 2, 3, 4, 5

    rows: list[FollowUp]

    def cell(self, f: FollowUp, column: int, role: int) -> Any:
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
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole and f.urgency in URGENCY_COLOURS:
            return QBrush(URGENCY_COLOURS[f.urgency])
        if role == Qt.ItemDataRole.ForegroundRole and f.urgency in URGENCY_COLOURS:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.UserRole:
            return f.case_id
        return None
