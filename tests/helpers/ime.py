"""Chinese typed into a field as a clerk's input method does (``QTest.keyClicks`` aborts on non-Latin text)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def ime_into(field: QLineEdit, text: str) -> None:
    """Commit ``text`` into ``field`` through an input-method event (appends to what is there)."""
    before = field.text()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)
    assert field.text() == before + text
