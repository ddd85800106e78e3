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
  copy of the same font file with a larger line gap under the family ``GovdeskUI`` (``ui.spaced_font``; the printing
  font is untouched).
- The focus ring (``ui.focus_ring``): one ring, 3 px, drawn around whichever control has the keyboard focus (a
  visible focus on every stop, whatever the style draws), blue in the standard theme, black and yellow in high
  contrast; ``apply`` tells it the theme.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyleFactory,
    QWidget,
)

from govdesk.ui.focus_ring import HIGH_CONTRAST as HIGH_CONTRAST  # (the themes: the ring draws in their colours)
from govdesk.ui.focus_ring import STANDARD as STANDARD
from govdesk.ui.focus_ring import install_focus_ring

log = logging.getLogger(__name__)

NORMAL, LARGE = "normal", "large"

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


class _State:
    text_size = NORMAL
    theme = STANDARD
    #: The platform's own font, style and palette, taken once before anything is changed.
    base_font: QFont | None = None
    base_style: str = ""
    base_palette: QPalette | None = None
    spaced_family: str | None = None


_state = _State()


def current() -> tuple[str, str]:
    return _state.text_size, _state.theme


def apply(app: QApplication, text_size: str = NORMAL, theme: str = STANDARD) -> None:
    """Set the text size and theme of the whole application now (widgets already shown follow)."""
    if _state.base_font is None:
        _state.base_font = QFont(app.font())
        _state.base_palette = QPalette(app.palette())
    _state.text_size = text_size if text_size in (NORMAL, LARGE) else NORMAL
    _state.theme = theme if theme in (STANDARD, HIGH_CONTRAST) else STANDARD
    if _state.theme == HIGH_CONTRAST and not _state.base_style:
        # the platform's style, taken before the first change (not before: a start in the standard look never asks
        # for the style, whose Python enums alone take 7-8 ms to build before the first paint; issue 15)
        style = app.style()
        _state.base_style = style.name() if style is not None else ""
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
    ring = install_focus_ring(app, _state.theme)
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


# --- a UI font whose lines are 1.3 apart (``spaced_font``) ---


def ui_font_family(font: QFont) -> str | None:
    """The family to show body text in so that lines are ``MIN_LINE_SPACING`` apart: None when ``font``'s own
    are (Microsoft YaHei, Noto Sans CJK), else ``GovdeskUI`` (loaded once), else None when it cannot be made."""
    if line_spacing_ratio(font) >= MIN_LINE_SPACING:
        return None
    if _state.spaced_family is None:
        _state.spaced_family = _spaced_copy(font) or ""
    return _state.spaced_family or None


def _spaced_copy(font: QFont) -> str | None:
    # (imported here: the respacing reads font files with fontconfig's help, which only large text needs; the first
    # paint does not wait for ``subprocess``)
    from govdesk.ui.spaced_font import load_spaced_copy

    return load_spaced_copy(font, MIN_LINE_SPACING + 0.02, SPACED_FAMILY)
