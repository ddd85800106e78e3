"""Facts about the platform govdesk depends on, checked so an upgrade that breaks them fails here first."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont


def test_qt_calls_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every method returning nothing; after a few
    thousand calls the interpreter aborts ("none_dealloc: deallocating None"). pyproject pins below 6.12."""
    obj, font = QObject(), QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 10  # a few references may come and go in the interpreter itself
