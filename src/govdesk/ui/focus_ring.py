"""The focus ring (适老化 and keyboard access, issue 15): one ring, 3 px, drawn around whichever control has the
keyboard focus (a visible focus on every stop, whatever the style draws), blue in the standard theme, black and
yellow in high contrast; and every scroll area around the focus scrolls it into sight."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QSplitter, QStackedWidget, QWidget

STANDARD, HIGH_CONTRAST = "standard", "high_contrast"
RING_COLOURS = {STANDARD: ("#0b57d0", "#0b57d0"), HIGH_CONTRAST: ("#000000", "#ffd400")}
RING_WIDTH = 3
_PLACE = QEvent.Type(QEvent.registerEventType())


class _Shown:
    theme = STANDARD
    ring: FocusRing | None = None


_shown = _Shown()


class FocusRing(QWidget):
    """A ring around the control that has the keyboard focus, stacked on top, following it as it moves; never takes
    the mouse or the focus.

    It lives in the control's parent, cut to what of the parent is in sight; where the control touches the parent's
    edge (or the window's, or is scrolled half out of sight), the ring's side is drawn just inside the control's
    edge: the ring is always a whole rectangle in sight, never cut."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._place_pending = False
        #: where the control stood in each scroll area's content when the ring was last placed
        self._where: tuple[tuple[int, int], ...] = ()

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self.target = None
        if widget is None or not _is_stop(widget):
            self.hide()
            return
        host = _host_for(widget)
        if host is None:
            self.hide()
            return
        self.target = widget
        # (the control and every container around it up to the window: a move of any of them moves the control or
        # what of it is in sight, as a scroll area scrolls)
        current: QWidget | None = widget
        while current is not None:
            current.installEventFilter(self)
            self._watched.append(current)
            if current.isWindow():
                break
            current = current.parentWidget()
        if self.parentWidget() is not host:
            self.setParent(host)
        self._where = _places_in_content(widget)
        self._place()

    def drawn_rect(self) -> QRect:
        """Where the ring is drawn, in its host's coordinates (its band lies just inside this rectangle)."""
        return self.geometry()

    def _place(self) -> None:
        target = self.target
        host = self.parentWidget()
        if target is None or host is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(host, target.rect().topLeft())
        rect = QRect(top_left, target.size()).adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        rect = rect.intersected(visible_rect(host))
        if rect != self.geometry():
            self.setGeometry(rect)
        self.raise_()
        if self.isHidden():
            self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
        if not moved or not hasattr(self, "_watched"):  # (while Python tears the ring down)
            return False
        if watched is self.target and self.target is not None:
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.target.hasFocus():
                scroll_into_view(self.target)  # (laid out again after it took the focus: still in sight)
            self._place()
        elif watched in self._watched and self.target is not None and self.target.hasFocus():
            where = _places_in_content(self.target)
            if where != self._where:
                # it moved within what scrolls, not by a scroll: the page was laid out again under the focus (a
                # wrapped message grew above it); the control stays in sight
                self._where = where
                scroll_into_view(self.target)
        if watched in self._watched and watched is not self.target and not self._place_pending:
            # a container around it moved (a scroll): placed once the event is done, as showing the ring in the
            # middle of a container's own resize would lay that container out again before its resize is through
            self._place_pending = True
            QCoreApplication.postEvent(self, QEvent(_PLACE))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == _PLACE:
            self._place_pending = False
            self._place()
            return True
        return super().event(event)

    def colours(self) -> tuple[QColor, QColor]:
        outer, inner = RING_COLOURS[_shown.theme]
        return QColor(outer), QColor(inner)

    def paintEvent(self, _event: object) -> None:
        target, host = self.target, self.parentWidget()
        if target is None or host is None or not shiboken6.isValid(target):
            return
        outer, inner = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # the band just inside this widget's own rectangle: where the control leaves no room outside (the window's
        # edge), that side lies over the control's own edge, so the ring stays whole
        ring = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(outer)
        band = RING_WIDTH if outer == inner else 2
        for rect in _band(ring, band):
            painter.drawRect(rect)
        if outer != inner:
            painter.setBrush(inner)
            for rect in _band(ring.adjusted(2, 2, -2, -2), RING_WIDTH - 2):
                painter.drawRect(rect)
        painter.setPen(QPen(outer))
        painter.end()


def _band(rect: QRect, width: int) -> list[QRect]:
    """The four sides of a frame ``width`` thick just inside ``rect``."""
    if width <= 0:
        return []
    return [
        QRect(rect.left(), rect.top(), rect.width(), width),
        QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width),
        QRect(rect.left(), rect.top(), width, rect.height()),
        QRect(rect.right() - width + 1, rect.top(), width, rect.height()),
    ]


def _is_stop(widget: QWidget) -> bool:
    """A control the keyboard stops at (not a window, not the ring)."""
    return (
        not widget.isWindow()
        and widget.objectName() != "focusRing"
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _can_host(widget: QWidget) -> bool:
    """The ring may be a child of ``widget``: not a splitter or a stack (they would take it for a pane or a page),
    nor a scroll area's frame."""
    return not isinstance(widget, (QSplitter, QStackedWidget)) and type(widget) is not QAbstractScrollArea


def _host_for(widget: QWidget) -> QWidget | None:
    """The container the ring lives in: the control's parent, unless that one lays its children out itself (a
    splitter or a stack would take the ring for a page) or is a scroll area's frame. (A container further out, with
    room for the ring outside the control, upset the layout of a form whose rows have a height for their width: a
    wrapped message under a field kept a stale height; where the parent leaves no room, the ring's side lies over
    the control's edge instead, ``FocusRing``.)"""
    host = widget.parentWidget()
    while host is not None and not _can_host(host):
        host = host.parentWidget()
    return host


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget``'s rectangle its containers leave in sight (a scroll area's viewport, the window)."""
    rect = widget.rect()
    offset = QPoint(0, 0)
    current = widget
    while not current.isWindow():
        parent = current.parentWidget()
        if parent is None:
            break
        offset += current.pos()
        rect = rect.intersected(parent.rect().translated(-offset))
        current = parent
    return rect


def install_focus_ring(app: QApplication, theme: str | None = None) -> FocusRing:
    """The application's one focus ring (made on first use; follows ``focusChanged``), in ``theme``'s colours from
    now on when given (``appearance.apply``)."""
    if theme is not None:
        _shown.theme = theme
    ring = _shown.ring
    if ring is None or not shiboken6.isValid(ring):
        ring = FocusRing()
        if _shown.ring is None:  # connected once; the ring itself may be made again (its host was deleted)
            app.focusChanged.connect(_focus_changed)
        _shown.ring = ring
        ring.follow(app.focusWidget())
    return ring


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        if new is not None and _is_stop(new):
            scroll_into_view(new)
        install_focus_ring(app).follow(new)


def scroll_into_view(widget: QWidget) -> None:
    """Every scroll area around ``widget``, innermost first, scrolls it into sight with room for the ring (Qt
    scrolls only the areas a Tab passed through: a Tab from outside a column that scrolls on its own left the
    control out of sight)."""
    current = widget.parentWidget()
    while current is not None and not current.isWindow():
        content = current.widget() if isinstance(current, QScrollArea) else None
        if isinstance(current, QScrollArea) and content is not None and content.isAncestorOf(widget):
            current.ensureWidgetVisible(widget, RING_WIDTH * 3, RING_WIDTH * 3)
        current = current.parentWidget()


def _places_in_content(widget: QWidget) -> tuple[tuple[int, int], ...]:
    """Where ``widget`` stands in the content of the scroll area around it, and where that area stands in the
    content of the next one out, and so on (a scroll leaves these alone, also a scroll of an area inside another:
    出件's list and case in large text, which scroll within the workspace's area)."""
    found: list[tuple[int, int]] = []
    inner = widget
    current = widget.parentWidget()
    while current is not None and not current.isWindow():
        content = current.widget() if isinstance(current, QScrollArea) else None
        if content is not None and content.isAncestorOf(widget):
            place = inner.mapTo(content, QPoint(0, 0))
            found.append((place.x(), place.y()))
            inner = current
        current = current.parentWidget()
    return tuple(found)


def focus_ring() -> FocusRing | None:
    ring = _shown.ring
    return ring if ring is not None and shiboken6.isValid(ring) else None
