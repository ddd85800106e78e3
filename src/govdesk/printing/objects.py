"""Inline objects of a notice document: the Code 128 barcode, the QR codes and the seal, drawn as vectors.

Templates place them through ``{{barcode_html}}``, ``{{qr_signature_html}}``, ``{{qr_guide_html}}`` and
``{{seal_html}}``; the fragments carry a text marker that ``insert_objects`` replaces by an object character
whose format says what to draw. Drawing happens when the page is painted, so bars and squares stay vectors in
the PDF and on the printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat

from govdesk.domain.messages import Message, translate
from govdesk.printing.barcode import CODE128_QUIET, code128_modules, draw_code128, draw_qr, qr_matrix
from govdesk.printing.errors import TemplateError

BARCODE_TOO_WIDE = translate(
    "Printing",
    "条形码（含两侧空白区）宽 {barcode:.0f} 像素，超出版面（{page:.0f}）：请在模板中把 {{{{barcod"
    "e_html}}}} 单独放在一行",
    "printing.barcode_too_wide",
)

OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
PROP_KIND = int(QTextFormat.Property.UserProperty) + 1
PROP_KEY = int(QTextFormat.Property.UserProperty) + 2

MM_PER_INCH = 25.4


#: A seal is printed at most this many pixels across (40 mm at ~160 dpi): a larger image only makes the PDF
#: bigger and slower to write (a 600 px seal cost ~120 ms and ~130 KB per notice).
SEAL_MAX_PX = 256


@lru_cache(maxsize=8)
def seal_image(path: str) -> QImage:
    image = QImage(path)
    if image.isNull() or max(image.width(), image.height()) <= SEAL_MAX_PX:
        return image
    mode = Qt.TransformationMode.SmoothTransformation
    return image.scaled(SEAL_MAX_PX, SEAL_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio, mode)


def marker(key: str) -> str:
    return f"@@GDOBJ:{key}@@"


#: The Code 128 module (narrowest bar): 1/75 inch = 0.339 mm, exactly 2 dots at 150 dpi, 4 at 300 and 8 at 600,
#: so bars keep their widths when a printer or a scan rasterises them. The widest case number the numbering can
#: issue (a 6-letter station, 5 or 6 sequence digits) is 332 modules, 352 with the quiet zones: 119.2 mm, which fits
#: the 170 mm between A4's 20 mm margins on a line of its own (not beside the center's name: measured, it ran off).
MODULE_MM = MM_PER_INCH / 75


@dataclass(frozen=True, slots=True)
class Barcode:
    text: str
    height_mm: float = 12.0
    module_mm: float = MODULE_MM


@dataclass(frozen=True, slots=True)
class QrCode:
    data: str
    size_mm: float = 27.0


@dataclass(frozen=True, slots=True)
class Seal:
    image_path: str
    diameter_mm: float = 40.0


@dataclass(frozen=True, slots=True)
class Picture:
    """An image in the flow of the text, scaled to fit its box (a signature drawn on the pad). Given as its bytes:
    the file it came from is sealed at rest (``store.sealed_files``), read by the caller who holds the key."""

    data: bytes
    width_mm: float = 45.0
    height_mm: float = 15.0


DocObject = Barcode | QrCode | Seal | Picture


class ObjectHandler(QPyTextObject):
    """Sizes and draws the objects of one document (keyed by the marker key)."""

    def __init__(self, dpi: float) -> None:
        super().__init__()
        self._dpi = dpi
        self.objects: dict[str, DocObject] = {}
        self._modules: dict[str, str] = {}
        self._matrices: dict[str, tuple[tuple[bool, ...], ...]] = {}
        self._images: dict[str, QImage] = {}

    def mm(self, value: float) -> float:
        return value * self._dpi / MM_PER_INCH

    def add(self, key: str, obj: DocObject) -> None:
        self.objects[key] = obj
        if isinstance(obj, Barcode):
            self._modules[key] = code128_modules(obj.text)
        elif isinstance(obj, QrCode):
            self._matrices[key] = qr_matrix(obj.data)
        elif isinstance(obj, Picture):
            self._images[key] = QImage.fromData(obj.data)
        else:
            self._images[key] = seal_image(obj.image_path)

    def size(self, key: str) -> QSizeF:
        obj = self.objects[key]
        if isinstance(obj, Barcode):
            n = len(self._modules[key]) + 2 * CODE128_QUIET
            return QSizeF(self.mm(n * obj.module_mm), self.mm(obj.height_mm))
        if isinstance(obj, QrCode):
            return QSizeF(self.mm(obj.size_mm), self.mm(obj.size_mm))
        if isinstance(obj, Picture):
            return QSizeF(self.mm(obj.width_mm), self.mm(obj.height_mm))
        # the seal takes no room: it is stamped over the lines that follow it
        return QSizeF(self.mm(obj.diameter_mm), 1.0)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return self.size(str(fmt.property(PROP_KEY)))

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        rect = QRectF(rect)
        key = str(fmt.property(PROP_KEY))
        obj = self.objects[key]
        if isinstance(obj, Barcode):
            draw_code128(painter, rect, self._modules[key])
        elif isinstance(obj, QrCode):
            draw_qr(painter, rect, self._matrices[key])
        elif isinstance(obj, Picture):
            image = self._images[key]
            if not image.isNull():
                size = image.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                bottom = rect.bottom() - size.height()  # on the line it is signed on
                painter.drawImage(QRectF(rect.left(), bottom, size.width(), size.height()), image)
        else:
            image = self._images[key]
            if not image.isNull():
                d = rect.width()
                painter.save()
                painter.setOpacity(0.85)
                painter.drawImage(QRectF(rect.left(), rect.top() - d * 0.12, d, d), image)
                painter.restore()


def insert_objects(doc: QTextDocument, handler: ObjectHandler) -> None:
    """Replace each object marker in ``doc`` by its object character (register the handler first)."""
    for key in handler.objects:
        cursor = doc.find(marker(key))
        while not cursor.isNull():
            fmt = QTextCharFormat(cursor.charFormat())
            fmt.setObjectType(OBJECT_TYPE)
            fmt.setProperty(PROP_KEY, key)
            cursor.insertText("\ufffc", fmt)
            cursor = doc.find(marker(key), cursor)


def check_barcodes_fit(doc: QTextDocument, handler: ObjectHandler) -> None:
    """``TemplateError`` when a barcode (quiet zones included) reaches past the text width of the page: a
    scanner needs the whole symbol and its quiet zones on the paper (an adapted template may squeeze it into a
    narrow table cell)."""
    layout = doc.documentLayout()
    width = doc.pageSize().width()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            key = str(fragment.charFormat().property(PROP_KEY) or "")
            if isinstance(handler.objects.get(key), Barcode):
                at = fragment.position() - block.position()
                line = block.layout().lineForTextPosition(at)
                x: Any = line.cursorToX(at)  # PySide6 answers (x, position); its stubs say object
                left = layout.blockBoundingRect(block).left() + float(x[0])
                right = left + handler.size(key).width()
                if left < -0.5 or right > width + 0.5:
                    raise TemplateError(Message(BARCODE_TOO_WIDE, barcode=right - left, page=width))
            it += 1
        block = block.next()
