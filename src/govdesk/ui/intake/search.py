"""The item search (查找事项): a list model of search hits and bundles, and the controller of the search panel.

Search runs on every keystroke through ``IntakeService.search_items`` (ranked, this station's frequent items
first); the catalog's bundles (一件事一次办, regulation 000, Art. 28) whose name matches are offered above the items.
Keyboard: type, ↓ to the list (or Enter to take the first hit), Enter to take the current row, Esc back to typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView

from govdesk.domain.catalog import Bundle
from govdesk.domain.catalog_search import SearchHit, to_pinyin
from govdesk.services.intake import IntakeService
from govdesk.ui.i18n import say

CodeRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ResultRow:
    kind: str  # "item" or "bundle"
    code: str
    text: str
    tooltip: str


def _row_of_hit(hit: SearchHit) -> ResultRow:
    item = hit.item
    limit = say(item.promised_limit.describe())
    text = f"{item.name}\n    {item.department.name} · {limit}"
    tip = QCoreApplication.translate("ItemSearch", "{code}\n{department} · 承诺时限 {limit}").format(
        code=item.code, department=item.department.name, limit=limit
    )
    if hit.matched:
        tip += "\n" + QCoreApplication.translate("ItemSearch", "匹配：{matched}").format(matched=hit.matched)
    return ResultRow("item", item.code, text, tip)


def _row_of_bundle(bundle: Bundle, names: list[str]) -> ResultRow:
    together = "、".join(names)
    text = QCoreApplication.translate("ItemSearch", "【一件事】{name}").format(name=bundle.name) + f"\n    {together}"
    return ResultRow(
        "bundle",
        bundle.code,
        text,
        QCoreApplication.translate("ItemSearch", "一次办理：{items}").format(items=together),
    )


def bundle_matches(bundle: Bundle, query: str) -> bool:
    q = query.strip().lower()
    if not q:
        return True
    full, initials = to_pinyin(bundle.name)
    return q in bundle.name.lower() or q in full or q in initials


class SearchResultModel(QAbstractListModel):
    """The rows shown under the search field: bundles first, then items, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == CodeRole:
            return row.code
        if role == KindRole:
            return row.kind
        return None


class ItemSearch(QObject):
    """Drives the search field, the department filter and the result list of the intake page.

    Signals:
        item_chosen(str): the clerk took an item (its code).
        bundle_chosen(str): the clerk took a bundle (its code).
    """

    item_chosen = Signal(str)
    bundle_chosen = Signal(str)

    def __init__(self, intake: IntakeService, edit: QLineEdit, departments: QComboBox, view: QListView) -> None:
        super().__init__(edit)
        self.intake = intake
        self.edit, self.departments, self.view = edit, departments, view
        self.model = SearchResultModel(self)
        view.setModel(self.model)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        departments.addItem(self.tr("全部部门"), "")
        for dept in intake.catalog.departments():
            departments.addItem(dept.name, dept.code)
        edit.textChanged.connect(self.refresh)
        departments.currentIndexChanged.connect(self.refresh)
        edit.returnPressed.connect(self._take_first)
        view.activated.connect(self._take)
        edit.installEventFilter(self)
        view.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        query = self.edit.text()
        dept = self.departments.currentData() or None
        hits = self.intake.search_items(query, department=dept)
        rows = [_row_of_hit(h) for h in hits]
        bundles = []
        if not dept:
            catalog = self.intake.catalog
            for b in catalog.bundles:
                if bundle_matches(b, query):
                    bundles.append(_row_of_bundle(b, [catalog.item(c).name for c in b.item_codes]))
        self.model.set_rows(bundles + rows if query.strip() else rows + bundles)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _take_first(self) -> None:
        index = self.view.currentIndex()
        self._take(index if index.isValid() else self.model.index(0, 0))

    def _take(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        if row.kind == "bundle":
            self.bundle_chosen.emit(row.code)
        else:
            self.item_chosen.emit(row.code)
        self.edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.edit and key == Qt.Key.Key_Down and self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take(self.view.currentIndex())
            return True
        if watched is self.view and key == Qt.Key.Key_Escape:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
