"""A window's geometry and state (``QWidget.saveGeometry``, ``QMainWindow.saveState``) kept as text in the settings.

Its own module so the main window restores its size before the first paint without importing the dialogs' module
(and the tables' behind it: issue 15, start-up); ``ui.dialogs`` uses the same two functions.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray


def encode_bytes(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def decode_bytes(text: str) -> QByteArray | None:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except (binascii.Error, ValueError, UnicodeEncodeError):  # parses stored geometry: unreadable means "none"
        return None
