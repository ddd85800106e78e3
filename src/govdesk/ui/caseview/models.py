"""Read-only table models of the case view and its chooser: rows of words the service already made display-ready.

``TextRowsModel`` shows tuples of strings under translated headers; ``UserRole`` gives the row's id (a case id for
the chooser, the row number elsewhere), ``ToolTipRole`` the full text (long explanations do not fit a column).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from govdesk.services.case_story import EventRow, FoundCase, NoticeRow, Row
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, say

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CaseView"


class TextRowsModel(QAbstractTableModel):
    """Rows of text with an id each; ``headers`` are untranslated (context ``CaseView``)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list[tuple[str, ...]] = []
        self.ids: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], ids: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.ids = list(ids) if ids is not None else [str(i) for i in range(len(self.rows))]
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(CONTEXT, self.headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if not (0 <= index.column() < len(self.headers)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return say(self.rows[index.row()][index.column()])  # a service's words in the clerk's language
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        return None


FOUND_HEADERS = (
    QT_TRANSLATE_NOOP("CaseView", "办件编号"),
    QT_TRANSLATE_NOOP("CaseView", "申请人"),
    QT_TRANSLATE_NOOP("CaseView", "状态"),
    QT_TRANSLATE_NOOP("CaseView", "事项"),
    QT_TRANSLATE_NOOP("CaseView", "收件时间"),
)
EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("CaseView", "时间（北京时间）"),
    QT_TRANSLATE_NOOP("CaseView", "经办人"),
    QT_TRANSLATE_NOOP("CaseView", "角色"),
    QT_TRANSLATE_NOOP("CaseView", "窗口"),
    QT_TRANSLATE_NOOP("CaseView", "办理情况"),
)
MATERIAL_HEADERS = (
    QT_TRANSLATE_NOOP("CaseView", "材料"),
    QT_TRANSLATE_NOOP("CaseView", "状态"),
    QT_TRANSLATE_NOOP("CaseView", "说明"),
)
NOTICE_HEADERS = (
    QT_TRANSLATE_NOOP("CaseView", "出具日期"),
    QT_TRANSLATE_NOOP("CaseView", "通知书"),
    QT_TRANSLATE_NOOP("CaseView", "份次"),
    QT_TRANSLATE_NOOP("CaseView", "可否补打"),
)


def found_model(cases: Sequence[FoundCase], parent: Any = None) -> TextRowsModel:
    model = TextRowsModel(FOUND_HEADERS, parent)
    model.set_rows([(c.case_no, c.applicant, c.state, c.items, c.received) for c in cases], [c.case_id for c in cases])
    return model


def event_rows(events: Sequence[EventRow]) -> list[tuple[str, ...]]:
    return [(e.when, e.who, e.role, e.window, e.what) for e in events]


def material_rows(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    return [(r.label, r.value, r.note) for r in rows]


def notice_rows(notices: Sequence[NoticeRow]) -> list[tuple[str, ...]]:
    can = QCoreApplication.translate("CaseView", "可补打")
    cannot = QCoreApplication.translate("CaseView", "仅可查看（未存内容）")
    return [
        (
            n.issued_on,
            n.title,
            QCoreApplication.translate("CaseView", "第 {n} 份").format(n=n.number),
            can if n.can_reprint else cannot,
        )
        for n in notices
    ]
