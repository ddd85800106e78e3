"""适老化 (regulation 000 Art. 9): the window's text size and colours, switched at run time, and a focus ring.

The figures are those of the MIIT's 适老化 rules for applications (《互联网应用适老化及无障碍改造专项行动方案》,
GB/T 37668): in the large-text mode body text is at least 18 pt and the largest text on a main screen at least
30 pt, with lines at least 1.3 times the text size apart; in the high-contrast theme text stands at least 4.5:1
against its background, and no state is told by colour alone (a ring and words, not a tint).

- ``apply(app, text_size, theme)`` sets the application's font and palette; every widget without a font or palette
  of its own follows at once. A widget that shows a title or a big figure says so with ``set_text_role`` instead of
  scaling its font itself, so its size follows the mode too (``TITLE`` is 30 pt in large text).
- The high-contrast theme is black on white with navy selection and Fusion's drawing (a native Windows style ignores
  part of a palette), plus a style sheet that gives every field and button a 2-px black border.
- Line spacing: Qt spaces lines by the font's own metrics (1.16 for DejaVu and WenQuanYi, 1.3 and more for Microsoft
  YaHei and Noto Sans CJK). ``ui_font`` keeps the platform's font when its lines are far enough apart, else loads a
  copy of the same font file with a larger line gap under the family ``GovdeskUI`` (the printing font is untouched).
- ``FocusRing``: one ring, 3 px, drawn around whichever control has the keyboard focus (a visible focus on every
  stop, whatever the style draws), blue in the standard theme, black and yellow in high contrast.
"""

from __future__ import annotations

import logging
import shutil
import struct
import subprocess
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyleFactory,
    QWidget,
)

log = logging.getLogger(__name__)

NORMAL, LARGE = "normal", "large"
STANDARD, HIGH_CONTRAST = "standard", "high_contrast"

#: Body text of the large-text mode, and the least that mode's largest text (``TITLE``) may be, in points.
LARGE_BODY_PT = 18.0
LARGE_TITLE_PT = 30.0
#: Lines at least this many times the text size apart.
MIN_LINE_SPACING = 1.3
#: The least contrast of text against its background in the high-contrast theme (WCAG 2 AA, GB/T 37668); the standard
#: theme holds its disabled text and its selection to it too (``standard_palette``).
MIN_CONTRAST = 4.5

#: Text roles (``set_text_role``) and their size as a multiple of the body text.
TITLE, HEADING, FIGURE = "title", "heading", "figure"
ROLE_FACTORS = {TITLE: 1.7, HEADING: 1.3, FIGURE: 1.4}
ROLE_PROPERTY = "govdeskTextRole"

SPACED_FAMILY = "GovdeskUI"

_HC_COLOURS = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f2f2f2",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#002b80",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0000c8",
    QPalette.ColorRole.LinkVisited: "#551a8b",
    QPalette.ColorRole.ToolTipBase: "#ffffe1",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#4a4a4a",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#d0d0d0",
    QPalette.ColorRole.Mid: "#404040",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Shadow: "#000000",
}
#: Disabled text stays readable (7:1 on white): greyed, never faded out.
_HC_DISABLED = "#555555"

HC_STYLE_SHEET = """
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView {
    border: 2px solid #000000; background: #ffffff; color: #000000;
}
QPushButton, QToolButton {
    border: 2px solid #000000; border-radius: 3px; background: #ffffff; color: #000000; padding: 3px 8px;
}
QPushButton:default { border-width: 3px; }
QPushButton:checked, QToolButton:checked { background: #002b80; color: #ffffff; border: 3px solid #000000; }
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled {
    color: #555555; border-style: dashed;
}
QAbstractItemView::item:selected { background: #002b80; color: #ffffff; }
QGroupBox { border: 2px solid #000000; margin-top: 1.2em; padding-top: 0.3em; }
QGroupBox::title { subcontrol-origin: margin; left: 0.5em; color: #000000; }
QToolTip { color: #000000; background: #ffffe1; border: 1px solid #000000; }
"""

#: Ring colours: (outer, inner) in each theme; both stand at least 3:1 against the theme's window.
RING_COLOURS = {STANDARD: ("#0b57d0", "#0b57d0"), HIGH_CONTRAST: ("#000000", "#ffd400")}
RING_WIDTH = 3
_PLACE = QEvent.Type(QEvent.registerEventType())


class _State:
    text_size = NORMAL
    theme = STANDARD
    #: The platform's own font, style and palette, taken once before anything is changed.
    base_font: QFont | None = None
    base_style: str = ""
    base_palette: QPalette | None = None
    spaced_family: str | None = None
    ring: FocusRing | None = None


_state = _State()


def current() -> tuple[str, str]:
    return _state.text_size, _state.theme


def apply(app: QApplication, text_size: str = NORMAL, theme: str = STANDARD) -> None:
    """Set the text size and theme of the whole application now (widgets already shown follow)."""
    if _state.base_font is None:
        _state.base_font = QFont(app.font())
        style = app.style()
        _state.base_style = style.name() if style is not None else ""
        _state.base_palette = QPalette(app.palette())
    _state.text_size = text_size if text_size in (NORMAL, LARGE) else NORMAL
    _state.theme = theme if theme in (STANDARD, HIGH_CONTRAST) else STANDARD
    if _state.theme == HIGH_CONTRAST and _state.base_style.lower() != "fusion":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    elif _state.theme == STANDARD and _state.base_style and app.style().name() != _state.base_style:
        native = QStyleFactory.create(_state.base_style)
        if native is not None:
            app.setStyle(native)
    # (each only when it changes: a start in the standard look costs nothing)
    font, palette = body_font(), _palette()
    if font != app.font():
        app.setFont(font)
    if palette != app.palette():
        app.setPalette(palette)
    sheet = HC_STYLE_SHEET if _state.theme == HIGH_CONTRAST else ""
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)
    for widget in app.allWidgets():
        if widget.property(ROLE_PROPERTY):
            _apply_role(widget)
        elif widget.styleSheet():  # its own style sheet fixed its font at polish: polish again, with the new font
            widget.setStyleSheet(widget.styleSheet())
    ring = install_focus_ring(app)
    ring.update()
    log.info("appearance: %s text, %s theme", _state.text_size, _state.theme, extra={"event": "appearance"})


def body_font() -> QFont:
    """The body text of the current mode."""
    base = _state.base_font if _state.base_font is not None else QFont(QGuiApplication.font())
    font = QFont(base)
    if _state.text_size == LARGE:
        font.setPointSizeF(max(LARGE_BODY_PT, base.pointSizeF()))
        family = ui_font_family(font)
        if family:
            font.setFamilies([family, *base.families()])
    return font


def set_text_role(widget: QWidget, role: str, *, bold: bool = True) -> None:
    """``widget`` shows a title (``TITLE``), a heading or a big figure: its size follows the mode."""
    widget.setProperty(ROLE_PROPERTY, role)
    widget.setProperty("govdeskTextBold", bold)
    _apply_role(widget)


def role_point_size(role: str) -> float:
    size = body_font().pointSizeF() * ROLE_FACTORS.get(role, 1.0)
    if role == TITLE and _state.text_size == LARGE:
        size = max(size, LARGE_TITLE_PT)
    return size


def _apply_role(widget: QWidget) -> None:
    role = str(widget.property(ROLE_PROPERTY))
    font = body_font()
    font.setPointSizeF(role_point_size(role))
    font.setBold(bool(widget.property("govdeskTextBold")))
    widget.setFont(font)


def line_spacing_ratio(font: QFont) -> float:
    """How far apart the lines of ``font`` are, as a multiple of its size (1.0: lines touch)."""
    metrics = QFontMetricsF(font)
    pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * _dpi() / 72.0
    return metrics.lineSpacing() / pixels if pixels > 0 else 0.0


def _dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def _palette() -> QPalette:
    if _state.theme != HIGH_CONTRAST:
        return standard_palette(QPalette(_state.base_palette) if _state.base_palette is not None else QPalette())
    palette = QPalette()
    for role, colour in _HC_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_HC_DISABLED))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    selection = QColor(_HC_COLOURS[QPalette.ColorRole.Highlight])
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, selection)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


#: Text roles and the backgrounds they are drawn on, held to ``MIN_CONTRAST`` in the standard theme's disabled group.
_TEXT_ON = (
    (QPalette.ColorRole.WindowText, (QPalette.ColorRole.Window,)),
    (QPalette.ColorRole.Text, (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)),
    (QPalette.ColorRole.ButtonText, (QPalette.ColorRole.Button,)),
)
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def standard_palette(platform: QPalette) -> QPalette:
    """The platform's palette with its two unreadable pairs mended, keeping its hues (GB/T 37668, WCAG 2 AA: 4.5:1):
    disabled text (Qt's Fusion palette greys it to #bebebe on #efefef, 1.62:1) is darkened until it stands
    ``MIN_CONTRAST`` against its backgrounds, and the selection (#308cc6 under white text, 3.69:1) until its text
    does. A platform palette that already meets them is left as it is."""
    palette = QPalette(platform)
    disabled = QPalette.ColorGroup.Disabled
    for text_role, backgrounds in _TEXT_ON:
        colour = palette.color(disabled, text_role)
        for background in backgrounds:
            colour = readable(colour, palette.color(disabled, background))
        palette.setColor(disabled, text_role, colour)
    for group in _GROUPS:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        palette.setColor(
            group, QPalette.ColorRole.Highlight, readable(palette.color(group, QPalette.ColorRole.Highlight), text)
        )
    return palette


def readable(colour: QColor, against: QColor, least: float = MIN_CONTRAST) -> QColor:
    """``colour`` moved away from ``against`` in lightness (darker on a light ``against``, lighter on a dark one),
    hue and saturation kept, just until the two stand ``least`` apart; ``colour`` itself when they already do."""
    result = QColor(colour)
    darken = relative_luminance(against) > 0.18
    hue, saturation, lightness, alpha = (
        colour.hslHueF(),
        colour.hslSaturationF(),
        colour.lightnessF(),
        colour.alphaF(),
    )
    while contrast_ratio(result, against) < least and (lightness > 0.0 if darken else lightness < 1.0):
        lightness = max(0.0, lightness - 0.01) if darken else min(1.0, lightness + 0.01)
        result = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
    return result


# --- the contrast of two colours (WCAG 2) ---


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


# --- a UI font whose lines are 1.3 apart ---


def ui_font_family(font: QFont) -> str | None:
    """The family to show body text in so that lines are ``MIN_LINE_SPACING`` apart: None when ``font``'s own
    are (Microsoft YaHei, Noto Sans CJK), else ``GovdeskUI`` (loaded once), else None when it cannot be made."""
    if line_spacing_ratio(font) >= MIN_LINE_SPACING:
        return None
    if _state.spaced_family is None:
        _state.spaced_family = _load_spaced_copy(font) or ""
    return _state.spaced_family or None


def _load_spaced_copy(font: QFont) -> str | None:
    path = _font_file(font.family())
    if path is None:
        log.info("appearance: no font file found for %s; lines stay as the font spaces them", font.family())
        return None
    try:
        data = spaced_font_data(path.read_bytes(), MIN_LINE_SPACING + 0.02, SPACED_FAMILY)
    except (OSError, ValueError, struct.error) as error:
        log.info("appearance: %s cannot be respaced (%s)", path, error)
        return None
    font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def _font_file(family: str) -> Path | None:
    """The TrueType file of ``family`` (fontconfig; the one platform where the shipped fonts need it)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        out = subprocess.run(
            [fc_match, "-f", "%{file}", f"{family}:style=Regular"], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out)
    return path if out and path.suffix.lower() == ".ttf" and path.is_file() else None


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = (offset, length)
    return tables


def spaced_font_data(data: bytes, ratio: float, family: str) -> bytes:
    """A copy of the TrueType font ``data`` whose lines are ``ratio`` times its size apart (a larger line gap in
    ``hhea`` and ``OS/2``), named ``family`` (the name records of family and full name, same length, padded)."""
    out = bytearray(data)
    tables = _tables(data)
    if b"hhea" not in tables or b"head" not in tables or b"name" not in tables:
        raise ValueError("not a TrueType font with hhea, head and name tables")
    (units,) = struct.unpack_from(">H", data, tables[b"head"][0] + 18)
    hhea = tables[b"hhea"][0]
    ascender, descender = struct.unpack_from(">hh", data, hhea + 4)
    gap = max(0, round(ratio * units) - (ascender - descender))
    struct.pack_into(">h", out, hhea + 8, gap)
    if b"OS/2" in tables:
        os2 = tables[b"OS/2"][0]
        typo_ascender, typo_descender = struct.unpack_from(">hh", data, os2 + 68)
        struct.pack_into(">h", out, os2 + 72, max(0, round(ratio * units) - (typo_ascender - typo_descender)))
        (win_descent,) = struct.unpack_from(">H", data, os2 + 76)
        struct.pack_into(">H", out, os2 + 76, win_descent + gap)  # (win metrics clip: keep room below)
    _rename(out, tables[b"name"][0], family)
    return bytes(out)


def _rename(out: bytearray, name_table: int, family: str) -> None:
    _format, count, storage = struct.unpack_from(">HHH", out, name_table)
    for i in range(count):
        platform, _encoding, _language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", out, name_table + 6 + 12 * i
        )
        if name_id not in (1, 4, 6, 16):
            continue
        start = name_table + storage + offset
        if platform in (0, 3):  # UTF-16BE
            text = family.encode("utf-16-be")
            pad = " ".encode("utf-16-be")
        else:
            text, pad = family.encode("latin-1"), b" "
        if len(text) > length:
            raise ValueError("the font's name is shorter than the new one")
        out[start : start + length] = text + pad * ((length - len(text)) // len(pad))


# --- the focus ring ---


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
        outer, inner = RING_COLOURS[_state.theme]
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


def install_focus_ring(app: QApplication) -> FocusRing:
    """The application's one focus ring (made on first use; follows ``focusChanged``)."""
    ring = _state.ring
    if ring is None or not shiboken6.isValid(ring):
        ring = FocusRing()
        if _state.ring is None:  # connected once; the ring itself may be made again (its host was deleted)
            app.focusChanged.connect(_focus_changed)
        _state.ring = ring
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
    """Where ``widget`` stands in the content of every scroll area around it (a scroll leaves these alone)."""
    found: list[tuple[int, int]] = []
    current = widget.parentWidget()
    while current is not None and not current.isWindow():
        content = current.widget() if isinstance(current, QScrollArea) else None
        if content is not None and content.isAncestorOf(widget):
            place = widget.mapTo(content, QPoint(0, 0))
            found.append((place.x(), place.y()))
        current = current.parentWidget()
    return tuple(found)


def focus_ring() -> FocusRing | None:
    ring = _state.ring
    return ring if ring is not None and shiboken6.isValid(ring) else None
