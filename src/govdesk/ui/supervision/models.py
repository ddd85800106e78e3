"""The supervision lists as ``RowsTableModel``s: figures per window/clerk, warning cards, promises, undecided
applications, twice-notified applicants, ratings. Each holds the service's frozen rows and answers cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from govdesk.services.supervision_types import (
    FIGURE_COLUMNS,
    Figures,
    Level,
    PromiseCard,
    RatingFigures,
    TwiceNotified,
    UndecidedCard,
    WarningCard,
)
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.rows_model import RowsTableModel

CONTEXT = "Supervision"
#: Card colours: readable on white, and the text says the level too (never colour alone).
LEVEL_COLOURS = {
    Level.RED: QColor(255, 224, 224),
    Level.YELLOW: QColor(255, 245, 204),
    Level.STEP: QColor(232, 236, 255),
}


class FiguresModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "窗口"),
        QT_TRANSLATE_NOOP("Supervision", "工作人员"),
        *(h for _, h in FIGURE_COLUMNS),
    )

    def cell(self, row: Figures, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.window
        if column == 1:
            return row.clerk_name or "—"
        return str(row.value(FIGURE_COLUMNS[column - 2][0]))


class WarningsModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "预警"),
        QT_TRANSLATE_NOOP("Supervision", "办件编号"),
        QT_TRANSLATE_NOOP("Supervision", "事项"),
        QT_TRANSLATE_NOOP("Supervision", "部门"),
        QT_TRANSLATE_NOOP("Supervision", "受理人"),
        QT_TRANSLATE_NOOP("Supervision", "申请人"),
        QT_TRANSLATE_NOOP("Supervision", "承诺办结"),
        QT_TRANSLATE_NOOP("Supervision", "情况"),
    )

    def cell(self, row: WarningCard, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return LEVEL_COLOURS[row.level]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(0, 0, 0)
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        due = row.due.isoformat() if row.due else "—"
        values = (
            row.level_label,
            row.case_no,
            row.item_name,
            row.department,
            f"{row.clerk_name}（{row.window}）",
            row.applicant_name,
            due,
            row.note,
        )
        return values[column]


class PromisesModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "办件编号"),
        QT_TRANSLATE_NOOP("Supervision", "事项"),
        QT_TRANSLATE_NOOP("Supervision", "申请人"),
        QT_TRANSLATE_NOOP("Supervision", "受理人"),
        QT_TRANSLATE_NOOP("Supervision", "补交期限"),
        QT_TRANSLATE_NOOP("Supervision", "情况"),
    )

    def cell(self, row: PromiseCard, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return LEVEL_COLOURS[Level.RED]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = (
            QCoreApplication.translate("Supervision", "已逾期 {n} 个工作日").format(n=-row.days_left)
            if row.overdue
            else QCoreApplication.translate("Supervision", "剩余 {n} 个工作日").format(n=row.days_left)
        )
        values = (row.case_no, row.item_name, row.applicant_name, row.clerk_name, row.due.isoformat(), state)
        return values[column]


class UndecidedModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "办件编号"),
        QT_TRANSLATE_NOOP("Supervision", "事项"),
        QT_TRANSLATE_NOOP("Supervision", "申请人"),
        QT_TRANSLATE_NOOP("Supervision", "收件人"),
        QT_TRANSLATE_NOOP("Supervision", "收件日期"),
        QT_TRANSLATE_NOOP("Supervision", "情况"),
    )

    def cell(self, row: UndecidedCard, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.case_no, row.item_name, row.applicant_name, row.clerk_name, row.received.isoformat(), row.note)
        return values[column]


class TwiceModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "第二次告知"),
        QT_TRANSLATE_NOOP("Supervision", "第一次告知"),
        QT_TRANSLATE_NOOP("Supervision", "申请人"),
        QT_TRANSLATE_NOOP("Supervision", "告知人"),
        QT_TRANSLATE_NOOP("Supervision", "第一次列出"),
        QT_TRANSLATE_NOOP("Supervision", "第二次列出"),
        QT_TRANSLATE_NOOP("Supervision", "第一次未列出"),
    )

    def cell(self, row: TwiceNotified, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            f"{row.case_no}（{row.second_day.isoformat()}）",
            f"{row.first_case_no}（{row.first_day.isoformat()}）",
            row.applicant_name,
            f"{row.clerk_name}（{row.window}）",
            "、".join(row.first_listed),
            "、".join(row.second_listed),
            "、".join(row.new),
        )
        return values[column]


class RatingsModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "窗口/人员/事项"),
        QT_TRANSLATE_NOOP("Supervision", "评价数"),
        QT_TRANSLATE_NOOP("Supervision", "满意"),
        QT_TRANSLATE_NOOP("Supervision", "差评"),
        QT_TRANSLATE_NOOP("Supervision", "平均分（1最好）"),
    )

    def cell(self, row: RatingFigures, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.key, str(row.count), str(row.good), str(row.bad), f"{row.average:.2f}")
        return values[column]
