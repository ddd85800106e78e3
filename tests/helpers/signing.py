"""Signing on a ``SignaturePad`` with the mouse, as a person at the window would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from govdesk.ui.widgets.signature import SignaturePad


def sign(qtbot: QtBot, pad: SignaturePad) -> None:
    """A zigzag stroke across the pad."""
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    for x in range(12, 120, 6):
        qtbot.mouseMove(pad, QPoint(x, 10 + (x % 30)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(120, 20))
    assert not pad.is_empty()
