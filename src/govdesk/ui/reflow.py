"""Pages that fit the width they are given (适老化, regulation 000 Art. 9: in large text at 1366×768 and at 150 %
scaling a page never scrolls sideways, and nothing is cut).

``side_by_side(row)``: a row of a page — a ``QBoxLayout`` (a row of buttons, a field beside its buttons), a
``QSplitter`` (two panes) or a form's ``QGridLayout`` (label, field, remark; turned, one column: each on a line of
its own) — lies side by side while the scroll area the page is in has the width for it, and one
under the other when it has not. The rows of one scroll area are decided together whenever that area's width or the
text size changes: every row side by side first; then, in the order they were registered, each row is turned while
the page is still wider than the area. A page not in a scroll area decides against its window's width.

``Narrower``: something of a page other than a layout that has a narrower form (a table whose columns wrap
between words, or whose columns are folded into a second table under it: ``ui/tables.py``). It is registered with
``side_by_side`` like a row and turned the same way, but only after every row of its scroll area: a page first lays
its parts one under the other, and only then narrows its tables.

``never_sideways(area)``: a scroll area inside a page (a column that scrolls on its own) is at least as wide as its
content can be made.

``as_tall_as_its_text(pane)``: a pane of a splitter is never lower than its text needs at its width (a splitter
asks a pane's least height, not the height its wrapped labels and forms need at the width it has).

``narrow_combo(combo)``: a drop-down whose choices are long (an ID type in English) is not as wide as its longest
choice: it is as wide as its column gives, at least ``chars`` characters; its list opens as wide as its longest
choice, and the choice shown is also its tooltip (whole, where the box is narrower than it).

``current_page_only(stack)``: a stack of pages is as wide as the page shown, not its widest page.

``wrap_forms(widget)``: every ``QFormLayout`` below ``widget`` puts a label above its field when the two do not fit
beside each other (``WrapLongRows``), so a form's least width is its widest field, not label plus field.
"""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)


class Narrower(QObject):
    """A part of a page with a wide and a narrow form (see the module docstring); ``widget`` is the part, whose least
    width the form sets at once when turned."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.wide = True

    def set_wide(self, on: bool) -> None:  # pragma: no cover - each kind says how
        raise NotImplementedError


Row = QBoxLayout | QSplitter | QGridLayout | Narrower
#: Narrowers come after every row (their order plus this).
_AFTER_ROWS = 1 << 40

_DECIDE = QEvent.Type(QEvent.registerEventType())
_ORDER = itertools.count()


def side_by_side(row: Row) -> None:
    """``row`` lies side by side only when its page has the width (see the module docstring)."""
    owner = _widget_of(row)
    if owner is None:
        raise ValueError("a row must be in a widget before it can reflow")
    watcher = owner.findChild(_RowWatcher, "reflowRows", Qt.FindChildOption.FindDirectChildrenOnly)
    if watcher is None:
        watcher = _RowWatcher(owner)
    watcher.rows.append((next(_ORDER) + (_AFTER_ROWS if isinstance(row, Narrower) else 0), row))
    watcher.request()


def _widget_of(row: Row) -> QWidget | None:
    """The widget ``row`` is (a splitter, a narrower's part) or lays out (a layout)."""
    if isinstance(row, Narrower):
        return row.widget
    return row if isinstance(row, QSplitter) else row.parentWidget()


def never_sideways(area: QScrollArea) -> None:
    """``area`` (a column of a page that scrolls on its own) is never narrower than its content can be made, its
    rows turned: the page around it makes the room, or turns its own rows."""
    area.setProperty(_FIT, True)
    content = area.widget()
    _Scope.of(content if content is not None else area).request()


_FIT = "govdeskNeverSideways"


def content_changed(widget: QWidget) -> None:
    """``widget``'s least width changed (a table's columns fitted to new rows, ``ui/tables.py``): the scroll areas
    around it, from the nearest out, decide their rows again."""
    parent: QWidget | None = widget
    while parent is not None:  # (the layouts above keep the least widths they knew until their next pass)
        layout = parent.layout()
        if layout is not None:
            layout.invalidate()
        parent.updateGeometry()
        parent = parent.parentWidget()
    current: QWidget | None = widget
    while current is not None and shiboken6.isValid(current):
        _Scope.of(current).request()
        current = _area_of(current)


def as_tall_as_its_text(pane: QWidget, row: Row | None = None) -> None:
    """See the module docstring; with ``row``, only while that row of the pane is turned (one under the other: its
    parts at the pane's whole width, their wrapped text measured at it)."""
    _TallEnough(pane, row)


class _TallEnough(QObject):
    def __init__(self, pane: QWidget, row: Row | None) -> None:
        super().__init__(pane)
        self.pane = pane
        self.row = row
        self._pending = False
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if resized and watched is getattr(self, "pane", None) and not self._pending:
            self._pending = True  # (measured once the layouts' own updates are done, never inside one)
            QCoreApplication.postEvent(self, QEvent(_TALL))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() != _TALL:
            return super().event(event)
        self._pending = False
        pane = self.pane
        if shiboken6.isValid(pane):
            layout = pane.layout()
            need = layout.totalHeightForWidth(pane.width()) if layout is not None and layout.hasHeightForWidth() else 0
            if self.row is not None and is_side_by_side(self.row):
                need = 0
            # (only where it was given less, or holds more than it now needs: a pane given the height already is
            # not laid out again under the clerk's focus)
            if pane.height() < need or pane.minimumHeight() > need:
                pane.setMinimumHeight(max(0, need))
        return True


_TALL = QEvent.Type(QEvent.registerEventType())


def narrow_combo(combo: QComboBox, chars: int = 20) -> None:
    """See the module docstring."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()

    def widest() -> None:
        if shiboken6.isValid(view):
            view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())

    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(widest)
    combo.currentTextChanged.connect(combo.setToolTip)
    widest()
    combo.setToolTip(combo.currentText())


def current_page_only(stack: QStackedWidget) -> None:
    """``stack`` is as wide and tall as the page it shows, not as its largest page (Qt's default): a page never
    scrolls sideways for another one not shown."""
    keeper = _PageKeeper(stack)
    stack.currentChanged.connect(keeper.shown)
    keeper.shown(stack.currentIndex())


class _PageKeeper(QObject):
    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        self.policies: dict[int, QSizePolicy] = {}

    def shown(self, current: int) -> None:
        ignored = QSizePolicy.Policy.Ignored
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is None:
                continue
            own = self.policies.setdefault(id(page), QSizePolicy(page.sizePolicy()))
            page.setSizePolicy(own if index == current else QSizePolicy(ignored, ignored))
        self.stack.updateGeometry()


def wrap_forms(widget: QWidget) -> None:
    """Every form below ``widget`` puts a label above its field when both do not fit side by side."""
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


def rows_below(widget: QWidget) -> list[Row]:
    """The rows registered in ``widget`` and below it (for tests and a look at a page)."""
    rows: list[tuple[int, Row]] = []
    for watcher in widget.findChildren(_RowWatcher):
        rows += [(order, row) for order, row in watcher.rows if shiboken6.isValid(row)]
    return [row for _order, row in sorted(rows, key=lambda pair: pair[0])]


def is_side_by_side(row: Row) -> bool:
    if isinstance(row, Narrower):
        return row.wide
    if isinstance(row, QSplitter):
        return row.orientation() == Qt.Orientation.Horizontal
    if isinstance(row, QGridLayout):
        return not row.property(_STACKED)
    return row.direction() in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)


def _set_side_by_side(row: Row, on: bool) -> bool:
    """Turn ``row``; True when it changed."""
    if is_side_by_side(row) == on:
        return False
    if isinstance(row, Narrower):
        row.wide = on
        row.set_wide(on)
    elif isinstance(row, QSplitter):
        _turn_splitter(row, on)
    elif isinstance(row, QGridLayout):
        _turn_grid(row, on)
    else:
        row.setDirection(QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom)
    return True


def _turn_splitter(splitter: QSplitter, on: bool) -> None:
    """Side by side with the widths it had; stacked, each pane but the last as low as it can be and the last (the
    case or details beside a list) with the rest of the height."""
    if on:
        splitter.setOrientation(Qt.Orientation.Horizontal)
        widths = splitter.property(_WIDTHS) or [1_000] * splitter.count()  # (never laid out: shared alike)
        splitter.setSizes([int(w) for w in widths])
        return
    widths = splitter.sizes()
    if splitter.isVisible() and all(w > 0 for w in widths):  # (the widths a clerk or the page gave, kept)
        splitter.setProperty(_WIDTHS, widths)
    splitter.setOrientation(Qt.Orientation.Vertical)
    count = splitter.count()
    lows = [
        max(1, w.minimumSizeHint().height(), w.minimumHeight()) if (w := splitter.widget(i)) else 1
        for i in range(count)
    ]
    splitter.setSizes([*lows[:-1], max(lows[-1], 10_000)])


_WIDTHS = "govdeskSideBySideWidths"
_STACKED = "govdeskStacked"
#: A grid's cells as it was made: (its widget or layout, row, column, rows spanned, columns spanned), and its
#: columns' stretch; kept from its first turn, by the grid's id (with the grid: an id is used again after a grid
#: is deleted).
_Cells = list[tuple[QWidget | QLayout, int, int, int, int]]
_GRIDS: dict[int, tuple[QGridLayout, _Cells, list[int]]] = {}


def _turn_grid(grid: QGridLayout, on: bool) -> None:
    """A form's grid (label, field, remark in columns) as made, or in one column: each cell on a line of its own,
    row after row."""
    if id(grid) not in _GRIDS or _GRIDS[id(grid)][0] is not grid:
        cells: _Cells = []
        for index in range(grid.count()):
            item = grid.itemAt(index)
            part: QWidget | QLayout | None = (item.widget() or item.layout()) if item is not None else None
            if part is not None:
                position = [int(x) for x in grid.getItemPosition(index)]  # type: ignore[attr-defined]
                cells.append((part, position[0], position[1], position[2], position[3]))
        _GRIDS[id(grid)] = (grid, cells, [grid.columnStretch(c) for c in range(grid.columnCount())])
    _grid, cells, stretch = _GRIDS[id(grid)]
    width = len(stretch)
    for part, *_where in cells:
        if isinstance(part, QWidget):
            grid.removeWidget(part)
        else:
            grid.removeItem(part)
    for part, row, column, rows, columns in cells:
        # turned: one column, each cell on a line of its own in its row's order (label, field, remark)
        where = (row, column, rows, columns) if on else (row * width + column, 0, 1, 1)
        if isinstance(part, QWidget):
            grid.addWidget(part, *where)
        else:
            grid.addLayout(part, *where)
    for column in range(width):
        grid.setColumnStretch(column, stretch[column] if on else int(column == 0))
    grid.setProperty(_STACKED, not on)


class _RowWatcher(QObject):
    """The rows of one widget: finds their scroll area when shown and tells its ``_Scope``."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("reflowRows")
        self.owner = owner
        self.rows: list[tuple[int, Row]] = []  # (the order registered, the row)
        owner.installEventFilter(self)

    def request(self) -> None:
        if self.owner.isVisible():
            _Scope.of(self.owner).request()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        owner = getattr(self, "owner", None)  # (None while Python tears the watcher down)
        if (
            isinstance(owner, QWidget)
            and watched is owner
            and event.type() in (QEvent.Type.Show, QEvent.Type.FontChange)
        ):
            _Scope.of(owner).request()
        return False


def _area_of(widget: QWidget) -> QScrollArea | None:
    """The resizable scroll area ``widget`` is shown in (None: the window holds it)."""
    parent = widget.parentWidget() if not widget.isWindow() else None
    while parent is not None and not parent.isWindow():  # (a dialog's rows are its own, never its parent page's)
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.widgetResizable() and parent is area.viewport():
            return area
        parent = area
    return None


class _Scope(QObject):
    """The rows shown in one scroll area (or one window), decided together."""

    def __init__(self, host: QWidget, area: QScrollArea | None) -> None:
        super().__init__(host)
        self.setObjectName("reflowScope")
        self.host = host
        self.area = area
        self.decided_at: tuple[int, float] | None = None
        self._pending = False
        self._deciding = False
        host.installEventFilter(self)

    @staticmethod
    def of(widget: QWidget) -> _Scope:
        area = _area_of(widget)
        host: QWidget = area if area is not None else widget.window()
        scope = host.findChild(_Scope, "reflowScope", Qt.FindChildOption.FindDirectChildrenOnly)
        if scope is None:
            scope = _Scope(host, area)
        return scope

    def request(self) -> None:
        """Decide once the events already posted (the layouts' own updates) are done."""
        if not self._pending:
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(_DECIDE))

    def event(self, event: QEvent) -> bool:
        if event.type() == _DECIDE:
            self._pending = False
            self.decide(force=True)
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not getattr(self, "host", None):  # (None while Python tears the scope down)
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.decide()
        elif event.type() == QEvent.Type.FontChange:
            self.request()
        return False

    # --- deciding ---

    def content(self) -> QWidget | None:
        if self.area is not None:
            return self.area.widget()
        return self.host

    def available(self) -> int:
        """The width the content gets without a sideways scroll bar (the upright one counted as shown, so the
        answer does not change as it comes and goes)."""
        area = self.area
        if area is None:
            return min(self.host.width(), _room_of(self.host))
        width = area.width() - 2 * area.frameWidth()
        if area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            width -= area.verticalScrollBar().sizeHint().width()
        return width

    def rows(self) -> list[Row]:
        """The rows of this area's content, those of tabs not shown too (a set of tabs is as wide as its widest)."""
        content = self.content()
        found: list[tuple[int, Row]] = []
        if content is None:
            return []
        for watcher in content.findChildren(_RowWatcher):
            if _area_of(watcher.owner) is self.area and _counts(watcher.owner, content):
                found += [(order, row) for order, row in watcher.rows if shiboken6.isValid(row)]
        return [row for _order, row in sorted(found, key=lambda pair: pair[0])]

    def needed(self, rows: list[Row]) -> int:
        """The least width of the content as the rows lie now."""
        content = self.content()
        if content is None:
            return 0
        for row in rows:
            _invalidate_up(row, content)
        if content.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            return 0
        if content.isWindow():  # (a window's least size is its layout's, set by the layout as it last was)
            return content.minimumSizeHint().width()
        return max(content.minimumWidth(), content.minimumSizeHint().width())

    def decide(self, *, force: bool = False) -> None:
        if self._deciding or not shiboken6.isValid(self.host):
            return
        available = self.available()
        rows = self.rows()
        fit = self.area is not None and bool(self.area.property(_FIT))
        key = (available, self.host.font().pointSizeF())
        if (not rows and not fit) or (key == self.decided_at and not force):
            return
        self._deciding = True
        try:
            self.decided_at = key
            if fit and self.area is not None:  # at least as wide as its content with every row turned
                for row in rows:
                    _set_side_by_side(row, False)
                self.area.setMinimumWidth(self.needed(rows) + self.area.width() - available)
            for row in rows:
                _set_side_by_side(row, True)
            turned = []
            for row in rows:
                if self.needed(rows) <= available:
                    break
                _set_side_by_side(row, False)
                turned.append(row)
            for row in reversed(turned):  # (a row turned early may not have been in the way: back again)
                before = self.needed(rows)
                _set_side_by_side(row, True)
                if self.needed(rows) > max(available, before):
                    _set_side_by_side(row, False)
            self.needed(rows)
        finally:
            self._deciding = False


def _room_of(window: QWidget) -> int:
    """The most width a window's content may need: a dialog is never wider than the window it belongs to (a case's
    tabs, a choice of cases: in English in large text in a window 1,100 px wide, a dialog of 1,279 px went past it);
    a main window, what it is given."""
    owner = window.parentWidget() if window.isWindow() else None
    if owner is None:
        return window.width()
    return owner.window().width()


def _counts(widget: QWidget, content: QWidget) -> bool:
    """``widget``'s width counts in ``content``'s: it is not on a hidden page whose size is ignored (a workspace not
    shown, ``current_page_only``)."""
    current: QWidget | None = widget
    while current is not None and current is not content:
        ignored = current.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored
        if ignored and current.isHidden():
            return False
        current = current.parentWidget()
    return True


def _invalidate_up(row: Row, content: QWidget) -> None:
    """Forget the cached sizes from ``row`` up to ``content`` (a parent's layout keeps its children's sizes until
    its next layout pass; the decision measures now)."""
    widget = _widget_of(row)
    layout_up: QObject | None = row if isinstance(row, QLayout) else None
    while isinstance(layout_up, QLayout):  # (a row inside a form inside the page's layout: each keeps its own)
        layout_up.invalidate()
        layout_up = layout_up.parent()
    while widget is not None:
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
        widget.updateGeometry()
        if widget is content:
            break
        widget = widget.parentWidget()
