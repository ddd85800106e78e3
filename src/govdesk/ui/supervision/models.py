"""The supervision lists as ``RowsTableModel``s: figures per window/clerk, warning cards, promises, undecided
applications, twice-notified applicants, ratings. Each holds the service's frozen rows and answers cells."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from govdesk.services.supervision_types import (
    FIGURE_COLUMNS,
    Figures,
    GroupBy,
    Level,
    PromiseCard,
    RatingFigures,
    WarningCard,
    WarningGroup,
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


class WarningGroupsModel(RowsTableModel):
    """The 超期预警 cards' groups (by department, clerk or item) with their counts; the first row is every card.
    ``UserRole`` answers the group's key ("" for every card)."""

    CONTEXT = CONTEXT
    HEADINGS: ClassVar[dict[GroupBy, str]] = {
        GroupBy.DEPARTMENT: QT_TRANSLATE_NOOP("Supervision", "部门"),
        GroupBy.CLERK: QT_TRANSLATE_NOOP("Supervision", "经办人"),
        GroupBy.ITEM: QT_TRANSLATE_NOOP("Supervision", "事项"),
    }
    HEADERS = (
        HEADINGS[GroupBy.DEPARTMENT],
        QT_TRANSLATE_NOOP("Supervision", "红牌"),
        QT_TRANSLATE_NOOP("Supervision", "黄牌"),
        QT_TRANSLATE_NOOP("Supervision", "环节超时"),
        QT_TRANSLATE_NOOP("Supervision", "合计"),
    )

    def set_groups(self, by: GroupBy, groups: tuple[WarningGroup, ...]) -> None:
        """``groups`` under a first row that counts them all."""
        self.HEADERS = (self.HEADINGS[by], *type(self).HEADERS[1:])
        every = WarningGroup(
            by,
            "",
            QCoreApplication.translate("Supervision", "全部"),
            sum(g.red for g in groups),
            sum(g.yellow for g in groups),
            sum(g.step for g in groups),
        )
        self.set_rows([every, *groups])  # a reset: the view asks for the headings again

    def cell(self, row: WarningGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and row.red:
            return LEVEL_COLOURS[Level.RED]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.red:
            return QColor(0, 0, 0)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.label, str(row.red), str(row.yellow), str(row.step), str(row.total))[column]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a case list: its heading (untranslated, in ``CONTEXT``) and the cell's text of a row (the model
    is passed for its translations)."""

    header: str
    text: Callable[[CaseListModel, Any], str]


class CaseListModel(RowsTableModel):
    """A list of cases shown by a column spec (``Column``s); ``UserRole`` answers the row's ``case_id`` (the case
    view opens on it), ``BackgroundRole`` the colour ``background(row)`` gives, if any."""

    CONTEXT = CONTEXT

    def __init__(
        self,
        columns: tuple[Column, ...],
        parent: Any = None,
        background: Callable[[Any], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.HEADERS = tuple(c.header for c in columns)
        self.background = background

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row) if self.background is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[column].text(self, row)


def _promise_state(model: CaseListModel, row: PromiseCard) -> str:
    if row.overdue:
        return QCoreApplication.translate("Supervision", "已逾期 {n} 个工作日").format(n=-row.days_left)
    return QCoreApplication.translate("Supervision", "剩余 {n} 个工作日").format(n=row.days_left)


#: 容缺受理承诺 not fulfilled (red when overdue).
PROMISE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Supervision", "办件编号"), lambda _m, r: r.case_no),
    Column(QT_TRANSLATE_NOOP("Supervision", "事项"), lambda _m, r: r.item_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "申请人"), lambda _m, r: r.applicant_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "受理人"), lambda _m, r: r.clerk_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "补交期限"), lambda _m, r: r.due.isoformat()),
    Column(QT_TRANSLATE_NOOP("Supervision", "情况"), _promise_state),
)
#: Received and undecided: deferred notices past due, art. 32's five days.
UNDECIDED_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Supervision", "办件编号"), lambda _m, r: r.case_no),
    Column(QT_TRANSLATE_NOOP("Supervision", "事项"), lambda _m, r: r.item_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "申请人"), lambda _m, r: r.applicant_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "收件人"), lambda _m, r: r.clerk_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "收件日期"), lambda _m, r: r.received.isoformat()),
    Column(QT_TRANSLATE_NOOP("Supervision", "情况"), lambda _m, r: r.note),
)
#: 一次告知 broken: both notices side by side.
TWICE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Supervision", "第二次告知"), lambda _m, r: f"{r.case_no}（{r.second_day.isoformat()}）"),
    Column(
        QT_TRANSLATE_NOOP("Supervision", "第一次告知"), lambda _m, r: f"{r.first_case_no}（{r.first_day.isoformat()}）"
    ),
    Column(QT_TRANSLATE_NOOP("Supervision", "申请人"), lambda _m, r: r.applicant_name),
    Column(QT_TRANSLATE_NOOP("Supervision", "告知人"), lambda _m, r: f"{r.clerk_name}（{r.window}）"),
    Column(QT_TRANSLATE_NOOP("Supervision", "第一次列出"), lambda _m, r: "、".join(r.first_listed)),
    Column(QT_TRANSLATE_NOOP("Supervision", "第二次列出"), lambda _m, r: "、".join(r.second_listed)),
    Column(QT_TRANSLATE_NOOP("Supervision", "第一次未列出"), lambda _m, r: "、".join(r.new)),
)


def promises_model(parent: Any = None) -> CaseListModel:
    return CaseListModel(PROMISE_COLUMNS, parent, lambda r: LEVEL_COLOURS[Level.RED] if r.overdue else None)


def undecided_model(parent: Any = None) -> CaseListModel:
    return CaseListModel(UNDECIDED_COLUMNS, parent)


def twice_model(parent: Any = None) -> CaseListModel:
    return CaseListModel(TWICE_COLUMNS, parent)


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
