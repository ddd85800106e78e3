"""A sample seal (样章) drawn with QPainter, for demos and the shipped templates.

A real center scans its own seal and points ``center.json``'s ``seal_image`` at the PNG (transparent background).
``python -m govdesk.printing.seal OUT.png [NAME]`` redraws the sample. Needs a QGuiApplication and a CJK font.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen, QPolygonF

from govdesk.printing.fonts import require_font

SEAL_RED = QColor(210, 30, 30)


def _star(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def draw_sample_seal(path: Path, name: str, size: int = 600, bottom: str = "样章") -> None:
    family = require_font()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    c = size / 2
    pen = QPen(SEAL_RED, size * 0.03)
    p.setPen(pen)
    p.drawEllipse(QRectF(size * 0.03, size * 0.03, size * 0.94, size * 0.94))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SEAL_RED)
    p.drawPolygon(_star(c, c, size * 0.15))
    font = QFont(family)
    font.setPixelSize(int(size * 0.105))
    font.setBold(True)
    p.setFont(font)
    p.setPen(SEAL_RED)
    # the name along the upper arc, from about 8 o'clock to 4 o'clock
    span = 240.0
    n = len(name)
    radius = size * 0.345
    for i, ch in enumerate(name):
        angle = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
        p.save()
        p.translate(c, c)
        p.rotate(angle)
        p.drawText(
            QRectF(-size * 0.07, -radius - size * 0.07, size * 0.14, size * 0.14), Qt.AlignmentFlag.AlignCenter, ch
        )
        p.restore()
    small = QFont(family)
    small.setPixelSize(int(size * 0.075))
    small.setBold(True)
    p.setFont(small)
    p.drawText(QRectF(0, c + size * 0.17, size, size * 0.12), Qt.AlignmentFlag.AlignCenter, bottom)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), b"PNG"):
        raise OSError(f"无法保存印章图片 {path}")


if __name__ == "__main__":  # pragma: no cover - a maintenance tool
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    draw_sample_seal(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "示例县政务服务中心")
