"""Tables and lists inside a page that never scroll sideways on their own, and show their rows (适老化, regulation
000 Art. 9: in large text at 1366×768 and at 150 % nothing needs a scroll bar of its own but the page).

``fit(view, text=..., most=...)``: the columns are as wide as their content; the text columns (the last one unless
named) share the rest of the width and wrap, and every row is as tall as its wrapped text. The view is never narrower
than its columns can be made (a text column keeps ``TEXT_CHARS`` characters): the page around it makes the room or
turns its own rows (``ui/reflow.py``). It is as tall as all its rows, so the page scrolls and not the table; with
``most``, as tall as that many rows at most (a list that can grow long scrolls upright beyond them, never sideways).
A row made current from the keyboard is scrolled into view in the scroll area around the table.

``scrolls_upright(view)``: a work list that fills its column and is meant to scroll upright (a queue of results or
cases, one row per case, as long as the day made it); its columns still fit, it never scrolls sideways.

Column choices per width, decided from the width the page has and never from the language (the page's own rows
are turned first, ``ui/reflow.py``; these come after them, as narrowers, ``reflow.Narrower``):

- ``wrap``: columns whose cells wrap between words when the page is narrow (a kind of promise, the days left, a
  case number between its centre code and the rest). Such a column is never narrower than the longest unbreakable
  part of any of its cells, as Qt itself breaks the lines (``QTextBoundaryFinder``): an English word is never cut
  ("Condit…"), nor a case number inside its date and sequence; nor narrower than ``WRAP_CHARS`` characters (a
  Chinese cell is not one character a line). With the width, it is one line.
- ``fold(view, keep=...)``: a table of many columns of figures is folded in two when the page is narrow: its first
  ``keep`` columns (what a row is: the window, the clerk) and half of the others, and under it a second table with
  the same first columns and the other half. Every figure stays in sight, and each table's headings stay whole.

A list view (``QListView``/``QListWidget``) wraps its items' text to its width and is as tall as its items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTextBoundaryFinder,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govdesk.ui import reflow
from govdesk.ui.focus_ring import RING_WIDTH

#: The least width of a text column, in average characters of the table's font.
TEXT_CHARS = 8
#: The least width of a column that wraps between words (``wrap``), in average characters of the table's font.
WRAP_CHARS = 5
#: A work list that scrolls upright shows at least this many rows; its rows wrap while it holds no more than
#: ``UPRIGHT_ROWS_WRAPPED`` (beyond, each row is one line high: measuring every row would slow a long list down).
UPRIGHT_ROWS_SHOWN = 2
UPRIGHT_ROWS_WRAPPED = 200
#: The properties a test reads: the rows a view shows at most (0: all), and that it is a list meant to scroll upright.
ROWS_SHOWN = "govdeskRowsShown"
SCROLLS_UPRIGHT = "govdeskScrollsUpright"

_FIT = QEvent.Type(QEvent.registerEventType())


def fit(
    view: QAbstractItemView,
    *,
    text: Iterable[int] | int | None = None,
    most: int = 0,
    wrap: Iterable[int] = (),
    merge: dict[int, tuple[int, ...]] | None = None,
) -> None:
    """See the module docstring; ``text``: the columns that take the rest of the width and wrap (default: the
    last); ``most``: the rows shown at most (0: all); ``wrap``: the columns that wrap between words when the page
    is narrow; ``merge``: {a column: the columns shown under its text, in its cell, when the page is narrow}."""
    columns = (text,) if isinstance(text, int) else tuple(text) if text is not None else None
    _Fitter(view, columns, most, upright=False, wrap=tuple(wrap), merge=merge or {})


def scrolls_upright(
    view: QAbstractItemView,
    *,
    text: Iterable[int] | int | None = None,
    wrap: Iterable[int] = (),
    merge: dict[int, tuple[int, ...]] | None = None,
    rows: int = 0,
) -> None:
    """See the module docstring: the columns fit, the rows scroll; ``rows``: at least that many of its first rows
    in sight, as tall as they are (wrapped), where the default is ``UPRIGHT_ROWS_SHOWN`` lines."""
    columns = (text,) if isinstance(text, int) else tuple(text) if text is not None else None
    _Fitter(view, columns, 0, upright=True, wrap=tuple(wrap), merge=merge or {}, least_rows=rows)


def fold(view: QTableView, *, keep: int) -> QWidget:
    """``view`` (already fitted) in a box that the page lays out in its place: when the page is narrow, its columns
    after the first ``keep`` are shared with a second table under it (see the module docstring). The second table
    shows the same model, is fitted alike and named after the first (``…More``)."""
    box = QWidget()
    box.setObjectName(f"{view.objectName()}Box")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH)  # (room for the focus ring)
    layout.addWidget(view)
    more = QTableView()
    more.setObjectName(f"{view.objectName()}More")
    more.setModel(view.model())
    more.setSelectionBehavior(view.selectionBehavior())
    more.setSelectionMode(view.selectionMode())
    more.setEditTriggers(view.editTriggers())
    more.setAlternatingRowColors(view.alternatingRowColors())
    more.verticalHeader().setVisible(view.verticalHeader().isVisible())
    more.setAccessibleName(view.accessibleName())
    fitter = _fitter_of(view)
    if fitter is None:
        raise ValueError("fit the table before folding it")
    _Fitter(more, fitter.text, fitter.most, upright=fitter.upright, wrap=fitter.wrap)
    more.setVisible(False)
    layout.addWidget(more)
    reflow.side_by_side(_Folding(box, view, more, keep))
    return box


def _fitter_of(view: QAbstractItemView) -> _Fitter | None:
    found = view.findChild(_Fitter, "tableFit", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _Fitter) else None


class _Wrapping(reflow.Narrower):
    """A table's ``wrap`` columns: whole (wide) or wrapped between words (narrow)."""

    def __init__(self, fitter: _Fitter) -> None:
        super().__init__(fitter.view)
        self.setObjectName("tableWrap")
        self.fitter = fitter

    def set_wide(self, on: bool) -> None:
        self.fitter.tight = not on
        self.fitter.fit(quiet=True)


class _Merged(reflow.Narrower):
    """A table's ``merge`` columns: each in its own column (wide), or under another's text in its cell (narrow;
    turned after the wrapping, when that was not narrow enough). Merged, the host column's heading names the columns
    under it too ("Due date / Days left / Status"), each heading in the clerk's language: the model shows it through
    ``setHeaderData`` (``MERGED_HEADING``), and its own heading again when the columns part."""

    def __init__(self, fitter: _Fitter) -> None:
        super().__init__(fitter.view)
        self.setObjectName("tableMerge")
        self.fitter = fitter

    def set_wide(self, on: bool) -> None:
        fitter = self.fitter
        fitter.merged = not on
        view = fitter.view
        if isinstance(view, QTableView) and shiboken6.isValid(view):
            for merged in fitter.merge.values():
                for column in merged:
                    view.setColumnHidden(column, not on)
            model = view.model()
            if model is not None:
                for host, merged in fitter.merge.items():
                    merged_heading(model, host, () if on else merged)
        fitter.fit(quiet=True)


#: What a model whose columns merge (``fit(merge=...)``) takes through ``setHeaderData``: a heading shown instead
#: of a column's own, None for its own again. ``RowsTableModel`` and the materials' model do.
MERGED_HEADING = Qt.ItemDataRole.DisplayRole
#: Between the headings of merged columns (the host's first).
HEADING_JOIN = " / "


def merged_heading(model: QAbstractItemModel, host: int, merged: tuple[int, ...]) -> None:
    """``host``'s heading names ``merged`` too, or (none merged) is its own again."""
    horizontal = Qt.Orientation.Horizontal
    model.setHeaderData(host, horizontal, None, MERGED_HEADING)
    if not merged:
        return
    words = [str(model.headerData(column, horizontal, MERGED_HEADING) or "") for column in (host, *merged)]
    if not model.setHeaderData(host, horizontal, HEADING_JOIN.join(w for w in words if w), MERGED_HEADING):
        raise TypeError(f"{type(model).__name__} shows no heading of merged columns (setHeaderData)")


class _Merging(QStyledItemDelegate):
    """Narrow, a cell shows its merged columns' text on lines under its own (``merge``)."""

    def __init__(self, fitter: _Fitter) -> None:
        super().__init__(fitter.view)
        self.fitter = fitter

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        fitter = self.fitter
        if not fitter.merged or index.column() not in fitter.merge:
            return
        lines = [option.text]
        for column in fitter.merge[index.column()]:
            words = index.model().index(index.row(), column, index.parent()).data(Qt.ItemDataRole.DisplayRole)
            if words:
                lines.append(str(words))
        option.text = "\u2028".join(line for line in lines if line)  # (a line break a cell keeps: "\n" is dropped)


class _Folding(reflow.Narrower):
    """A table of figures whole (wide), or folded in two (narrow; ``fold``)."""

    def __init__(self, box: QWidget, view: QTableView, more: QTableView, keep: int) -> None:
        super().__init__(box)
        self.setObjectName("tableFold")
        self.view, self.more, self.keep = view, more, keep

    def set_wide(self, on: bool) -> None:
        if not (shiboken6.isValid(self.view) and shiboken6.isValid(self.more)):
            return
        count = self.view.horizontalHeader().count()
        half = self.keep + (count - self.keep + 1) // 2
        for column in range(self.keep, count):
            self.view.setColumnHidden(column, not on and column >= half)
            self.more.setColumnHidden(column, on or column < half)
        self.more.setVisible(not on)
        for view in (self.view, self.more):
            fitter = _fitter_of(view)
            if fitter is not None:
                fitter.fit(quiet=True)


class _Fitter(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        text: tuple[int, ...] | None,
        most: int,
        *,
        upright: bool,
        wrap: tuple[int, ...] = (),
        merge: dict[int, tuple[int, ...]] | None = None,
        least_rows: int = 0,
    ) -> None:
        super().__init__(view)
        self.least_rows = least_rows
        self.setObjectName("tableFit")
        self.view = view
        self.text = text
        self.most = most
        self.upright = upright
        self.merge = dict(merge or {})
        self.wrap = wrap
        self.tight = False  # (the ``wrap`` columns wrapped: the page is narrow; set by ``_Wrapping``)
        self.merged = False  # (the ``merge`` columns under others: narrower still; set by ``_Merged``)
        self._pending = False
        self._fitting = False
        self._model: QObject | None = None
        self._told = -1  # the least width the page around was last told of
        view.setProperty(ROWS_SHOWN, most)
        view.setProperty(SCROLLS_UPRIGHT, upright)
        if isinstance(view, (QTableView, QListView)):
            view.setWordWrap(True)
        if isinstance(view, QListView):
            view.setUniformItemSizes(False)
            view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.installEventFilter(self)
        if isinstance(view, QTableView):  # (a stretched column's width follows the view's: its rows as tall again)
            view.horizontalHeader().sectionResized.connect(self._section_resized)
        self._watch_model()
        self.fit()  # (the columns' modes at once: a table filled before the next turn of the loop is sized)
        self.request()
        if self.merge:
            view.setItemDelegate(_Merging(self))
        if self.wrap:
            reflow.side_by_side(_Wrapping(self))
        if self.merge:
            reflow.side_by_side(_Merged(self))

    # --- when to fit ---

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.request)  # (a slot without arguments: the signals' own are not needed)
        selection = self.view.selectionModel()
        if selection is not None and not self.upright:
            selection.currentChanged.connect(self._current_changed)

    @Slot(int, int, int)
    def _section_resized(self, _section: int, _old: int, _new: int) -> None:
        if not getattr(self, "_fitting", True):
            self.request()

    @Slot()
    def request(self) -> None:
        if getattr(self, "_pending", True) is False:  # (an attribute gone: Python tears the fitter down)
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(_FIT))

    def event(self, event: QEvent) -> bool:
        if event.type() == _FIT:
            self._pending = False
            self.fit()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "view", None) and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Show,
            QEvent.Type.Resize,
        ):
            self.request()
        return False

    # --- fitting ---

    def fit(self, *, quiet: bool = False) -> None:
        """``quiet``: the page is deciding its rows and measures at once (no need to tell it the new width)."""
        view = getattr(self, "view", None)  # (None while Python tears the fitter down)
        if view is None or getattr(self, "_fitting", True) or not shiboken6.isValid(view) or view.model() is None:
            return
        self._watch_model()
        self._fitting = True
        try:
            self._quiet = quiet
            if isinstance(view, QTableView):
                self._fit_table(view)
            elif isinstance(view, QListView):
                self._fit_list(view)
        finally:
            self._fitting = False

    def _text_columns(self, view: QTableView) -> list[int]:
        header = view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if self.text is not None:
            return [c for c in self.text if c in shown]
        return shown[-1:]

    def _fit_table(self, view: QTableView) -> None:
        header = view.horizontalHeader()
        texts = self._text_columns(view)
        em = view.fontMetrics().averageCharWidth()
        header.setStretchLastSection(False)
        width = 2 * view.frameWidth()
        if view.verticalHeader().isVisible():
            width += view.verticalHeader().sizeHint().width()
        # each column between its least width (its heading on two lines, or two a part: ``_heading_least``; its
        # content whole; a text column TEXT_CHARS characters) and its whole width (heading and content on one
        # line); text columns stretch
        least: dict[int, int] = {}
        whole: dict[int, int] = {}
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            halved = _heading_least(header, column, em)
            if column in texts:  # (wrapped between words: never narrower than its longest, "Mate…" for Materials)
                least[column] = max(halved, em * TEXT_CHARS, _widest_part(view, column))
            else:
                content = view.sizeHintForColumn(column)
                whole[column] = max(header.sectionSizeHint(column), content)
                if self._wraps(column):  # (between words only: never a word cut)
                    content = max(_widest_part(view, column), em * WRAP_CHARS)
                least[column] = min(whole[column], max(halved, content))
        width += sum(least.values())
        if self.upright or self.most:
            width += view.verticalScrollBar().sizeHint().width()  # (room for the upright bar when it comes)
        inside = view.viewport().width()
        bar = view.verticalScrollBar()
        if (self.upright or self.most) and not bar.isVisible():
            inside -= bar.sizeHint().width()  # (the upright bar may come with the rows: the columns leave it room)
        room = inside - sum(least[c] for c in texts)
        give = sum(whole[c] - least[c] for c in whole)
        # (not laid out yet: its width is not known; fitted again when shown)
        whole_all = give <= 0 or room >= sum(whole.values()) or not view.isVisible()
        widths = dict(whole) if whole_all else self._narrowed(least, whole, room - sum(least[c] for c in whole))
        shares: dict[int, int] = {}
        if len(texts) > 1 and view.isVisible():  # (Qt stretches them alike: one may need more than its like share)
            others = sum(widths[c] for c in whole)
            shares = _shared({c: least[c] for c in texts}, max(sum(least[c] for c in texts), inside - others))
        for column in least:
            if column in shares:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, shares[column])
            elif column in texts:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif whole_all:  # (room for every column whole: Qt keeps it so as rows come)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, widths[column])
        header.setMinimumSectionSize(min(header.minimumSectionSize(), em * 2))
        self._set_width(view, width)
        _wrap_headings(header)
        rows = view.model().rowCount(view.rootIndex())
        wrapping = texts or any(self._wraps(c) for c in whole)
        if wrapping and view.wordWrap() and (not self.upright or rows <= UPRIGHT_ROWS_WRAPPED):
            view.resizeRowsToContents()
        if self.upright:  # (at least a few rows in sight, however short the column)
            line = view.verticalHeader().defaultSectionSize()
            heading = max(header.minimumHeight(), header.sizeHint().height())
            tall = UPRIGHT_ROWS_SHOWN * line
            if self.least_rows:  # (its first rows as tall as their wrapped text, a line for each row not there)
                shown = min(rows, self.least_rows)
                vertical = view.verticalHeader()
                tall = sum(vertical.sectionSize(r) for r in range(shown)) + (self.least_rows - shown) * line
            view.setMinimumHeight(heading + tall + 2 * view.frameWidth())
            return
        shown = rows if not self.most else min(rows, self.most)
        vertical = view.verticalHeader()
        height = sum(vertical.sectionSize(r) for r in range(shown)) if shown else vertical.defaultSectionSize()
        if not header.isHidden():
            height += max(header.minimumHeight(), header.sizeHint().height())
        self._set_height(view, height + 2 * view.frameWidth())

    def _wraps(self, column: int) -> bool:
        """The column wraps between words now (narrow: a ``wrap`` column, or one with merged columns' lines)."""
        return (self.tight and column in self.wrap) or (self.merged and column in self.merge)

    def _narrowed(self, least: dict[int, int], whole: dict[int, int], extra: int) -> dict[int, int]:
        """The columns' widths when not all are whole: ``extra``, the room beyond every column's least, makes the
        wrapped columns whole first, the cheapest first (a column that wraps anyway gains nothing from a little
        more: "容缺承/诺"); what is left is shared by the others in proportion to what they lack."""
        widths = {column: least[column] for column in whole}
        wrapped = sorted((c for c in whole if self._wraps(c)), key=lambda c: whole[c] - least[c])
        for column in wrapped:
            cost = whole[column] - least[column]
            if cost <= extra:
                widths[column], extra = whole[column], extra - cost
        rest = [c for c in whole if c not in wrapped]
        give = sum(whole[c] - least[c] for c in rest)
        share = 1.0 if give <= 0 else max(0.0, min(1.0, extra / give))
        for column in rest:
            widths[column] += int((whole[column] - least[column]) * share)
        return widths

    def _fit_list(self, view: QListView) -> None:
        em = view.fontMetrics().averageCharWidth()
        scroll_bar = view.verticalScrollBar().sizeHint().width() if self.most or self.upright else 0
        self._set_width(view, em * TEXT_CHARS + 2 * view.frameWidth() + scroll_bar)
        if self.upright:
            return
        model = view.model()
        rows = model.rowCount(view.rootIndex())
        shown = rows if not self.most else min(rows, self.most)
        spacing = view.spacing()
        # (shown, each item as tall as its text wrapped at the list's width, as the list laid it out:
        # ``sizeHintForRow`` is one line whatever the width, and a list of wrapped lines, narrow, scrolled on its own;
        # not shown yet, its width is not known either: one line each until it is shown and fitted again)
        tall = [view.sizeHintForRow(r) for r in range(shown)]
        if view.isVisible():
            view.doItemsLayout()
            root = view.rootIndex()
            tall = [max(h, view.visualRect(model.index(r, 0, root)).height()) for r, h in enumerate(tall)]
        height = sum(h + 2 * spacing for h in tall)
        if not shown:
            height = view.fontMetrics().height() + 2 * spacing
        self._set_height(view, height + 2 * view.frameWidth())

    def _set_width(self, view: QAbstractScrollArea, width: int) -> None:
        view.setMinimumWidth(width)
        if getattr(self, "_quiet", False):
            self._told = width  # (the page measures it at once)
        elif view.isVisible() and self._told != width:  # (the page around makes the room, or turns its rows)
            self._told = width
            reflow.content_changed(view)

    def _set_height(self, view: QAbstractScrollArea, height: int) -> None:
        height = max(height, view.minimumSizeHint().height())
        view.setMinimumHeight(height)
        if not self.most:
            view.setMaximumHeight(height)  # (no room below the last row: what follows comes right after it)

    # --- the current row in sight ---

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = getattr(self, "view", None)
        if view is None or not shiboken6.isValid(view) or not current.isValid() or not view.hasFocus():
            return
        rect = view.visualRect(current)
        area = _area_around(view)
        if area is None or area.widget() is None:
            return
        centre = view.viewport().mapTo(area.widget(), QPoint(rect.center().x(), rect.center().y()))
        area.ensureVisible(centre.x(), centre.y(), 0, rect.height())


#: What a heading cannot be broken inside: a run of Latin letters, digits and the marks within words (a Chinese
#: heading breaks between any two characters).
_UNBROKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F'’.\-/()]+|\S")


def _longest_word(header: QHeaderView, column: int) -> int:
    """The width of the heading's longest unbreakable part with the section's margins: a column narrower than that
    cut an English heading in the middle of a word ("eceive" for Received), where a Chinese one wraps."""
    model = header.model()
    if model is None:
        return 0
    words = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    fm = header.fontMetrics()
    widest = max((fm.horizontalAdvance(part) for part in _UNBROKEN.findall(words)), default=0)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return widest + 2 * margin + 4


def _heading_least(header: QHeaderView, column: int, em: int) -> int:
    """The least width of a column's heading: on two lines, or two lines a part where it names several columns or
    things ("Notes / what is wrong", "Due date / Days left": broken after each " / "); never a word cut."""
    model = header.model()
    words = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
    fm = header.fontMetrics()
    whole = header.sectionSizeHint(column)
    margins = max(0, whole - fm.horizontalAdvance(words))  # (the section's margins, a sort arrow's room)
    parts = words.split(HEADING_JOIN)
    slash = HEADING_JOIN.rstrip()  # (each part but the last ends its line with it)
    parts = [part + slash for part in parts[:-1]] + parts[-1:]
    halved = max((fm.horizontalAdvance(part) + margins + 1) // 2 + em for part in parts)
    return max(halved, _longest_word(header, column))


def _shared(least: dict[int, int], room: int) -> dict[int, int]:
    """``room`` shared alike by the text columns, but none given less than its least."""
    left, shares = dict(least), {}
    while left:
        alike = room // len(left)
        above = {column: width for column, width in left.items() if width > alike}
        if not above:
            break
        for column, width in above.items():
            shares[column] = width
            room -= width
            del left[column]
    for n, column in enumerate(sorted(left)):
        shares[column] = room // len(left) + (1 if n < room % len(left) else 0)
    return shares


def _parts(text: str) -> list[str]:
    """``text`` cut where Qt may break its lines (between words; a Chinese text between any two characters)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    parts, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        if end > start:
            parts.append(text[start:end].rstrip())
        start = end
    return parts


def _widest_part(view: QTableView, column: int) -> int:
    """The widest unbreakable part of the cells of ``column`` (the first ``UPRIGHT_ROWS_WRAPPED`` rows), with the
    cell's margins."""
    model = view.model()
    root = view.rootIndex()
    fm = view.fontMetrics()
    widest = 0
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    for row in range(min(model.rowCount(root), UPRIGHT_ROWS_WRAPPED)):
        index = model.index(row, column, root)
        words = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(delegate, _Merging):  # (the text shown: with the merged columns' lines)
            delegate.initStyleOption(option, index)
            words = option.text
        if words:
            widest = max(widest, *(fm.horizontalAdvance(part) for part in _parts(str(words))))
    if not widest:
        return 0
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return widest + 2 * margin + 2 + view.showGrid()


def _wrap_headings(header: QHeaderView) -> None:
    """The headings wrap at their columns' widths; the header is as tall as the tallest."""
    wrap = Qt.TextFlag.TextWordWrap.value  # (a text flag the header's alignment carries to its painting)
    header.setDefaultAlignment(Qt.AlignmentFlag(header.defaultAlignment().value | wrap))
    model = header.model()
    if model is None:
        return
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    tallest = 0
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        words = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        room = QRect(0, 0, max(1, header.sectionSize(section) - 2 * margin), 10_000)
        tallest = max(tallest, fm.boundingRect(room, int(Qt.TextFlag.TextWordWrap), words).height())
    header.setMinimumHeight(0)
    header.setMinimumHeight(max(header.sizeHint().height(), tallest + 2 * margin + 2))


def _area_around(widget: QWidget) -> QScrollArea | None:
    """The scroll area whose content holds ``widget``."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            return area
        parent = area
    return None
