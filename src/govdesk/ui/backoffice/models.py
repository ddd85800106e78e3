"""The back office's queue as a table (ids and display rows held; ``RowsTableModel``), oldest first, read from the
server a page at a time as the clerk scrolls (keyset cursor; nothing capped: the heading says how many there are).

The network is never asked from the GUI thread: when the view wants more rows (Qt's ``canFetchMore``/``fetchMore``)
the model emits ``more_wanted(str cursor)`` and the page runs that request through the operations gateway, then hands
the page back with ``append_page``.

Signals: ``more_wanted(str)`` — the view reached the end of the rows held and the server has more from this cursor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from govdesk.services.backoffice import QueuePage, QueueRow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, say
from govdesk.ui.rows_model import Index, RowsTableModel

RED = QColor("#b00020")
AMBER = QColor("#8a4b00")


class QueueModel(RowsTableModel):
    more_wanted = Signal(str)

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
            state = say(row.state_label) + (
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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cursor: str | None = None  # where the server's next page starts; None: every row is held
        self.loading = False  # a page asked for and not back yet (asked once)

    def set_rows(self, rows: list[Any]) -> None:
        self.cursor, self.loading = None, False
        super().set_rows(rows)

    def set_first_page(self, page: QueuePage) -> None:
        self.beginResetModel()
        self.rows = list(page.rows)
        self.total = max(page.total, len(self.rows))
        self.cursor = page.next_cursor
        self.loading = False
        self.endResetModel()

    def append_page(self, cursor: str, page: QueuePage) -> bool:
        """The page that starts at ``cursor``; False (nothing changed) when the list was reloaded meanwhile."""
        if cursor != self.cursor:
            return False
        self.loading = False
        self.cursor = page.next_cursor
        held = {r.case_id for r in self.rows}
        fresh = [r for r in page.rows if r.case_id not in held]
        self.total = max(page.total, len(self.rows) + len(fresh))
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        return True

    def fetch_failed(self) -> None:
        """The page could not be read: the next scroll (or 刷新) asks again."""
        self.loading = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.cursor is not None and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.cursor is not None:
            self.loading = True
            self.more_wanted.emit(self.cursor)

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id if 0 <= row < len(self.rows) else ""

    def row_of(self, case_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.case_id == case_id), -1)
