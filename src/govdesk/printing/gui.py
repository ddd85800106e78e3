"""Whether notices can be rendered in this process: fonts, and so ``QTextDocument`` layouts, need a
``QGuiApplication``. A command-line run has none; it records decisions and leaves the notices to the desktop."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def gui_ready() -> bool:
    return isinstance(QGuiApplication.instance(), QGuiApplication)
