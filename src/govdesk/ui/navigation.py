"""The navigation panel (the list of workspaces at the main window's left), sized for the text and the window.

In normal text in a window wide enough, each workspace's icon sits beside its title and the panel is as wide as the
longest title. In large text, or in a window too narrow for the panel and a page side by side (a 1366×768 screen at
150 %), the panel goes compact (适老化, regulation 000 Art. 9: the page gets the width and never scrolls sideways):
each icon above its title, the panel only as wide as the longest title. Widths come from the font and the titles
shown (either language), never from fixed pixels; the panel is fitted again when a workspace is added (workspaces are
hosted after the first paint), when the text size changes and when the window is resized.

``fit(nav)`` installs the fitting on the main window's ``QListWidget`` (once) and fits it now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QListView, QListWidget, QWidget

from govdesk.ui import appearance

#: Below this window width, in average characters of the body text, the panel goes compact: in normal text the
#: widest page (出件) needs about 112 characters and the full panel 17 (measured at 1366×768), with a margin.
COMPACT_BELOW_CHARS = 135


class NavigationFit(QObject):
    """See the module docstring."""

    def __init__(self, nav: QListWidget) -> None:
        super().__init__(nav)
        self.setObjectName("navigationFit")
        self.nav = nav
        self.compact: bool | None = None
        nav.model().rowsInserted.connect(lambda *_: self.fit())
        nav.installEventFilter(self)  # (its font follows the text size after the window applies it)
        self._window: QWidget | None = None

    def want_compact(self) -> bool:
        if appearance.current()[0] == appearance.LARGE:
            return True
        window = self.nav.window()
        return window.width() < self.nav.fontMetrics().averageCharWidth() * COMPACT_BELOW_CHARS

    def fit(self) -> None:
        nav = self.nav
        window = nav.window()
        if window is not self._window:  # (the window the panel is in now: resized, it may need refitting)
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window
        compact = self.want_compact()
        self.compact = compact
        fm = nav.fontMetrics()
        titles = [nav.item(row).text() for row in range(nav.count())]
        # (no workspace hosted yet, at a locked start: room for a title of eleven characters)
        longest = max([fm.horizontalAdvance(title) for title in titles] or [fm.averageCharWidth() * 11])
        frame = 2 * nav.frameWidth()
        pad = fm.averageCharWidth() * 2
        item_size = QSize()  # (its own: the icon beside the title)
        if compact:
            icon = int(fm.height() * 1.3)
            nav.setViewMode(QListView.ViewMode.IconMode)  # (sets a free movement and wrapping: undone below)
            nav.setFlow(QListView.Flow.TopToBottom)
            nav.setWrapping(False)
            nav.setMovement(QListView.Movement.Static)
            nav.setResizeMode(QListView.ResizeMode.Adjust)
            nav.setDragEnabled(False)
            nav.setWordWrap(False)
            nav.setIconSize(QSize(icon, icon))
            inner = max(longest, icon) + pad
            nav.setSpacing(0)
            nav.setGridSize(QSize(inner, icon + fm.height() + fm.height() // 2 + max(4, fm.height() // 3)))
            nav.setFixedWidth(inner + frame + max(4, fm.height() // 4))
            item_size = QSize(inner, icon + fm.height() + fm.height() // 2)
        else:
            icon = int(fm.height() * 2)
            nav.setViewMode(QListView.ViewMode.ListMode)
            nav.setFlow(QListView.Flow.TopToBottom)
            nav.setWrapping(False)
            nav.setMovement(QListView.Movement.Static)
            nav.setGridSize(QSize())
            nav.setIconSize(QSize(icon, icon))
            nav.setSpacing(max(2, fm.height() // 4))
            nav.setFixedWidth(longest + icon + pad * 2 + frame)
        # compact, every item as wide as the panel's inside: the items share one size, which the list took from the
        # first item's title ("Intake"), and a longer one was cut ("Commit…" for Commitments, English in large text)
        for row in range(nav.count()):  # (icon mode centres the title under the icon)
            item = nav.item(row)
            centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            item.setTextAlignment(centred if compact else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            item.setSizeHint(item_size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not hasattr(self, "_window"):  # (while Python tears it down)
            return False
        resized = watched is self._window and event.type() == QEvent.Type.Resize
        if (resized and self.want_compact() != self.compact) or (
            watched is self.nav and event.type() == QEvent.Type.FontChange
        ):
            self.fit()
        return False


def fit(nav: QListWidget) -> NavigationFit:
    """Fit ``nav`` now and keep it fitted (see the module docstring)."""
    fitting = nav.findChild(NavigationFit, "navigationFit", Qt.FindChildOption.FindDirectChildrenOnly)
    if fitting is None:
        fitting = NavigationFit(nav)
    fitting.fit()
    return fitting
