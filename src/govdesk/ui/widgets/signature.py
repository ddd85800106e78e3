"""The signature pad: the person collecting a result signs with a mouse, a pen (tablet) or a finger (touch); the
strokes are drawn into a white ``QImage`` kept with the hand-over as a PNG (regulation 002 三 (三): 交接签收).

Signals: ``changed()`` — a stroke was added or the pad was cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("请领取人在此签名（鼠标、手写笔或手指）"))
        self._image = QImage(self._initial_size(), QImage.Format.Format_RGB32)
        self._image.fill(QColor("white"))
        self._last: QPointF | None = None
        self._strokes = 0
        self._ink = QRectF()  # where the strokes are (the PNG is cropped to it)
        self._placeholder = self.tr("领取人签名")

    def set_placeholder(self, text: str) -> None:
        """The grey words shown while nothing is signed (who signs here)."""
        self._placeholder = text
        self.update()

    def _initial_size(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 50, fm.height() * 6)

    def sizeHint(self) -> QSize:
        return self._initial_size()

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 30, fm.height() * 4)

    # --- state ---

    def is_empty(self) -> bool:
        return self._strokes == 0

    def clear(self) -> None:
        self._image.fill(QColor("white"))
        self._strokes = 0
        self._last = None
        self._ink = QRectF()
        self.update()
        self.changed.emit()

    def image(self) -> QImage:
        return self._image.copy()

    def png_bytes(self) -> bytes:
        """The signature as PNG bytes, cropped to the strokes with a small margin (empty when nothing was signed),
        so that it fills the box it is printed in."""
        if self.is_empty():
            return b""
        margin = self.fontMetrics().height() / 2
        box = self._ink.adjusted(-margin, -margin, margin, margin).toAlignedRect() & self._image.rect()
        image = self._image.copy(box if not box.isEmpty() else QRect(self._image.rect()))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; PySide6 takes str
        buffer.close()
        return bytes(data.data())

    # --- drawing ---

    def _pen(self, pressure: float = 1.0) -> QPen:
        width = max(1.5, self.fontMetrics().height() / 8 * (0.5 + pressure))
        return QPen(QColor("black"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def begin_stroke(self, at: QPointF) -> None:
        self._last = at
        self._strokes += 1

    def draw_to(self, at: QPointF, pressure: float = 1.0) -> None:
        if self._last is None:
            self.begin_stroke(at)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(pressure))
        assert self._last is not None
        painter.drawLine(self._last, at)
        painter.end()
        self._ink = self._ink.united(QRectF(self._last, at).normalized().adjusted(-1, -1, 1, 1))
        self._last = at
        self.update()

    def end_stroke(self) -> None:
        if self._last is not None:
            self._last = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            self.draw_to(event.position() + QPointF(0.1, 0.1))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.draw_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove and self._last is not None:
            self.draw_to(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = e.points()  # type: ignore[attr-defined]
            if points:
                pos = points[0].position()
                if e.type() == QEvent.Type.TouchBegin:
                    self.begin_stroke(pos)
                elif e.type() == QEvent.Type.TouchUpdate:
                    self.draw_to(pos)
                else:
                    self.end_stroke()
            e.accept()
            return True
        return super().event(e)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        if size.width() > self._image.width() or size.height() > self._image.height():
            bigger = QImage(
                max(size.width(), self._image.width()),
                max(size.height(), self._image.height()),
                QImage.Format.Format_RGB32,
            )
            bigger.fill(QColor("white"))
            painter = QPainter(bigger)
            painter.drawImage(0, 0, self._image)
            painter.end()
            self._image = bigger
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(event.rect(), self._image, event.rect())
        painter.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty():
            painter.setPen(QColor("#999999"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
        painter.end()
