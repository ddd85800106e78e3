"""The signature pad: mouse strokes become a PNG that decodes back to the drawn image; clearing empties it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from govdesk.ui.widgets.signature import SignaturePad

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_mouse_strokes_to_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.png_bytes() == b""
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        for x in range(22, 200, 4):
            qtbot.mouseMove(pad, QPoint(x, 20 + x // 4))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))
    data = pad.png_bytes()
    assert data.startswith(b"\x89PNG")
    image = QImage.fromData(data)
    # cropped to the strokes (20,20)-(200,70) with a margin, so the signature fills the box it is printed in
    assert not image.isNull() and image.width() < pad.image().width() and image.height() <= pad.image().height()
    assert 180 <= image.width() <= 180 + 2 * pad.fontMetrics().height() + 4
    left = (image.width() - 180) // 2
    top = (image.height() - 50) // 2
    assert image.pixelColor(left + 80, top + 25).lightness() < 128  # ink on the stroke (100, 45) on the pad
    assert image.pixelColor(2, image.height() - 2) == QColor("white")
    pad.clear()
    assert pad.is_empty() and pad.png_bytes() == b""
