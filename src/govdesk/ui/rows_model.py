"""The one read-only table over a list of rows that the work lists share (ready results, follow-ups, moved deadlines).

A subclass names its translation ``CONTEXT`` and its ``HEADERS`` (untranslated, marked with ``QT_TRANSLATE_NOOP`` in
that context) and answers ``cell(row, column, role)``; row bounds, headers and resets are done here once. Each list
still passes pytest-qt's ``qtmodeltester`` in its own tests.

A long list is fetched as it is shown (Anki's browser table; Qt's ``canFetchMore``/``fetchMore``): ``set_source``
takes the number of rows there are and a ``fetch(offset, limit)``; ``set_ids`` takes the ids of every row in the
list's order (ids first) and a ``fetch(ids)`` of their rows. The first ``PAGE`` rows come at once and the view asks
for more as the clerk scrolls. Nothing is capped: ``total`` is every row, and the page says it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from govdesk.domain.messages import Message
from govdesk.ui.i18n import say

Index = QModelIndex | QPersistentModelIndex


def set_heading(
    model: QAbstractItemModel,
    headings: dict[int, str],
    section: int,
    orientation: Qt.Orientation,
    value: Any,
    role: int,
) -> bool:
    """A table model's ``setHeaderData`` for merged columns (``tables.merged_heading``): ``value`` is kept in
    ``headings`` as ``section``'s heading, shown instead of its own (the model's ``headerData`` reads it), or None for
    its own again. Only a horizontal heading's text of a column the model has."""
    if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return False
    if not 0 <= section < model.columnCount():
        return False
    if value is None:
        headings.pop(section, None)
    else:
        headings[section] = str(value)
    model.headerDataChanged.emit(orientation, section, section)
    return True


class RowsTableModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.total = 0
        self._fetch: Callable[[int, int], list[Any]] | None = None
        #: ``set_ids``: every row's id in order, how many of them were fetched, their fetch, a row's id
        self.ids: list[str] = []
        self._fetched_ids = 0
        self._fetch_ids: Callable[[Sequence[str]], list[Any]] | None = None
        self._key: Callable[[Any], str] | None = None
        # headings shown instead of the columns' own (a column with others merged under it, ``ui/tables.py``)
        self._headings: dict[int, str] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = len(self.rows)
        self._fetch = None
        self._forget_ids()
        self.endResetModel()

    def _forget_ids(self) -> None:
        self.ids, self._fetched_ids, self._fetch_ids, self._key = [], 0, None, None

    def set_ids(
        self, ids: Sequence[str], fetch: Callable[[Sequence[str]], list[Any]], key: Callable[[Any], str]
    ) -> None:
        """Ids first: ``ids`` of every row in the list's order; their rows fetched ``PAGE`` at a time as the view
        shows them. ``fetch(some_ids)`` returns the rows of those still there, in order (one gone meanwhile is left
        out, never the rows after it); ``key(row)`` is a row's id (``row_of`` finds a row by it)."""
        self.beginResetModel()
        self._fetch = None
        self.ids, self._fetched_ids, self._fetch_ids, self._key = list(ids), 0, fetch, key
        self.total = len(self.ids)
        self.rows = self._take_ids(self.PAGE)
        self.endResetModel()

    def _take_ids(self, wanted: int) -> list[Any]:
        assert self._fetch_ids is not None
        chunk = self.ids[self._fetched_ids : self._fetched_ids + wanted]
        self._fetched_ids += len(chunk)
        more = list(self._fetch_ids(chunk)) if chunk else []
        self.total -= len(chunk) - len(more)  # gone meanwhile (closed, handed off): not counted any more
        return more

    def row_of(self, row_id: str) -> int | None:
        """The row of ``row_id`` (``set_ids``), fetching the rows up to it; None when it is not on the list."""
        if self._key is None:
            return None
        if row_id not in self.ids:
            return None
        position = self.ids.index(row_id)
        while self._fetched_ids <= position and self.canFetchMore():
            self.fetchMore()
        return next((i for i, row in enumerate(self.rows) if self._key(row) == row_id), None)

    def set_source(self, total: int, fetch: Callable[[int, int], list[Any]]) -> None:
        """``total`` rows, fetched ``PAGE`` at a time as the view shows them (``fetch(offset, limit)``)."""
        self.beginResetModel()
        self._forget_ids()
        self._fetch = fetch
        self.rows = list(fetch(0, min(self.PAGE, total))) if total else []
        self.total = max(total, len(self.rows))
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._fetch_ids is not None:
            return self._fetched_ids < len(self.ids)
        return self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._fetch_ids is not None:
            more = self._take_ids(self.PAGE)
        else:
            assert self._fetch is not None
            wanted = min(self.PAGE, self.total - len(self.rows))
            more = list(self._fetch(len(self.rows), wanted))
            if len(more) < wanted:  # fewer there now than counted (handed off meanwhile): the end is here
                self.total = len(self.rows) + len(more)
        if more:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def words(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and section in self._headings:
            return self._headings[section]
        if horizontal and 0 <= section < len(self.HEADERS):
            header = self.HEADERS[section]  # marked in ``CONTEXT``, or a service's ``Message`` (a figure's name)
            return say(header) if isinstance(header, Message) else self.words(header)
        return None

    def setHeaderData(
        self, section: int, orientation: Qt.Orientation, value: Any, role: int = Qt.ItemDataRole.DisplayRole
    ) -> bool:
        """A column's heading shown instead of its own (``value``), or its own again (None): a column with others
        merged under it names them too (``set_heading``)."""
        return set_heading(self, self._headings, section, orientation, value, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if not (0 <= index.column() < len(self.HEADERS)):
            return None
        value = self.cell(self.rows[index.row()], index.column(), role)
        # A label or note from a service (``domain.messages.Message``) in the clerk's language.
        return say(value) if isinstance(value, str) else value

    def cell(self, row: Any, column: int, role: int) -> Any:  # pragma: no cover - every subclass answers
        raise NotImplementedError
