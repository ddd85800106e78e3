"""Code 128 and QR codes drawn as vectors with QPainter (crisp at any resolution).

PLATFORM.md: python-barcode's SVG renders wrongly in QSvgRenderer, so the bars are drawn from python-barcode's
module string; QR squares are drawn from qrcode's module matrix. Adjacent dark modules are merged into one
rectangle, so no hairline gaps appear between them in PDF viewers.
"""

from __future__ import annotations

from functools import lru_cache

from barcode.codex import Code128
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from qrcode import QRCode
from qrcode.constants import ERROR_CORRECT_M

#: Quiet zone each side of a Code 128 symbol, in modules (the standard asks for at least 10).
CODE128_QUIET = 10
#: Quiet zone around a QR symbol, in modules (the standard asks for 4).
QR_QUIET = 4
QR_MASK = 0


@lru_cache(maxsize=64)
def code128_modules(text: str) -> str:
    """The symbol as a string of '1' (bar) and '0' (space) modules, without quiet zones."""
    return str(Code128(text).build()[0])


@lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR symbol's modules (True = dark), without the quiet zone; error correction level M.

    The mask pattern is fixed: qrcode's search for the best of the eight masks is pure Python and took ~110 of
    the ~140 ms a notice's QR cost; any mask is valid and decodes (the tests decode every notice with zbarimg)."""
    qr = QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    qr.add_data(data)
    qr.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in qr.get_matrix())


def _runs(bits: str | tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, dark in enumerate([*bits, False] if isinstance(bits, tuple) else [*bits, "0"]):
        on = dark is True or dark == "1"
        if on and start < 0:
            start = i
        elif not on and start >= 0:
            runs.append((start, i - start))
            start = -1
    return runs


def draw_code128(painter: QPainter, rect: QRectF, modules: str) -> None:
    """Bars filling ``rect`` (quiet zones included in the width)."""
    unit = rect.width() / (len(modules) + 2 * CODE128_QUIET)
    x0 = rect.left() + CODE128_QUIET * unit
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(Qt.GlobalColor.black))
    bars = [QRectF(x0 + start * unit, rect.top(), length * unit, rect.height()) for start, length in _runs(modules)]
    painter.drawRects(bars)  # one call for all the bars
    painter.restore()


def draw_qr(painter: QPainter, rect: QRectF, matrix: tuple[tuple[bool, ...], ...]) -> None:
    """The QR symbol in the square ``rect`` (quiet zone included)."""
    n = len(matrix)
    side = min(rect.width(), rect.height())
    unit = side / (n + 2 * QR_QUIET)
    x0 = rect.left() + QR_QUIET * unit
    y0 = rect.top() + QR_QUIET * unit
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(Qt.GlobalColor.black))
    # a slight vertical overlap hides anti-aliasing seams between rows
    squares = [
        QRectF(x0 + start * unit, y0 + r * unit, length * unit, unit * (1.02 if r < n - 1 else 1.0))
        for r, row in enumerate(matrix)
        for start, length in _runs(row)
    ]
    painter.drawRects(squares)  # one call for all the modules
    painter.restore()
