"""The base class of every govdesk dialog (MusicBrainz Picard's ``PicardDialog``), and two small dialogs.

A ``GovDialog``:
- always has a parent (a dialog without one floats behind the main window on some desktops, and leaks);
- remembers its geometry in the settings under its ``dialog_id`` and restores it when shown again;
- opens no larger than the window it belongs to (its tables narrowed to fit: ``ui/reflow.py``), where its content
  can be made that small (适老化: in English in large text in a window 1,100 px wide, a case's tabs were 1,162 px);
- offers ``ask(parent, ...)``: build, run modally, return the answer (None when cancelled). Callers use
  ``ask`` only, so a test can drive the real dialog or replace ``ask`` on the class.

Base classes translate with an explicit context (``QCoreApplication.translate``): ``self.tr`` in a base class
would look the string up under the subclass's name.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.services.settings import SettingsStore
from govdesk.ui import tables
from govdesk.ui.saved_state import decode_bytes as decode_bytes
from govdesk.ui.saved_state import encode_bytes as encode_bytes

log = logging.getLogger(__name__)

CONTEXT = "GovDialog"


def database_unavailable_text(path: str, reason: str) -> str:
    """What the clerk reads when the local database cannot be opened (at start-up, before any workspace)."""
    return QCoreApplication.translate("GovDialog", "无法打开本机数据库 {path}：{reason}").format(
        path=path, reason=reason
    )


def find_settings_store(widget: QWidget) -> SettingsStore | None:
    """The settings store of the window ``widget`` lives in (the main window's ``context``), if any."""
    context = getattr(widget.window(), "context", None)
    store = getattr(context, "settings_store", None)
    return store if isinstance(store, SettingsStore) else None


class GovDialog(QDialog):
    """See the module docstring. Subclasses set ``dialog_id`` (the settings key) and may override
    ``answer()`` (what ``ask`` returns on acceptance; default True)."""

    dialog_id: ClassVar[str] = ""

    def __init__(self, parent: QWidget, settings_store: SettingsStore | None = None) -> None:
        if parent is None:
            raise TypeError("a GovDialog needs a parent widget")
        super().__init__(parent)
        self.settings_store = settings_store if settings_store is not None else find_settings_store(parent)
        self._geometry_restored = False
        if self.dialog_id:
            self.setObjectName(f"dialog_{self.dialog_id}")

    # --- geometry ---

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            self.restore_geometry()
            self._within_window()
        super().showEvent(event)

    def _within_window(self) -> None:
        """No larger than the (shown) window of the parent, nor smaller than the content needs."""
        parent = self.parentWidget()
        owner = parent.window() if parent is not None else None
        if owner is None or not owner.isVisible():
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # (the least size as the rows were just decided: ``reflow`` on this Show)
        size = self.size().boundedTo(owner.size()).expandedTo(self.minimumSizeHint())
        if size != self.size():
            self.resize(size)

    def restore_geometry(self) -> bool:
        if not self.dialog_id or self.settings_store is None:
            return False
        text = self.settings_store.settings.geometry.get(self.dialog_id)
        data = decode_bytes(text) if text else None
        if data is None:
            return False
        return bool(self.restoreGeometry(data))

    def save_geometry(self) -> None:
        if not self.dialog_id or self.settings_store is None:
            return
        self.settings_store.settings.geometry[self.dialog_id] = encode_bytes(self.saveGeometry())
        try:
            self.settings_store.save()
        except OSError as exc:  # a dialog's own geometry as it closes (Qt state, not a use case): logged only
            log.warning("could not save the geometry of %s: %s", self.dialog_id, exc)

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    # --- asking ---

    def answer(self) -> Any:
        return True

    @classmethod
    def ask(cls, parent: QWidget, *args: Any, **kwargs: Any) -> Any:
        """Run the dialog modally; its ``answer()`` when accepted, None when cancelled."""
        dialog = cls(parent, *args, **kwargs)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.answer()
            return None
        finally:
            dialog.deleteLater()


class ConfirmDialog(GovDialog):
    """A yes/no question in the clerk's words. ``ConfirmDialog.ask(parent, title, text)`` → True or None."""

    dialog_id = "confirm"

    def __init__(self, parent: QWidget, title: str, text: str, settings_store: SettingsStore | None = None) -> None:
        super().__init__(parent, settings_store)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # About 24 Chinese characters per line: wide enough to read, narrow enough to take in at a glance.
        label.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 24)


class ShortcutHelpDialog(GovDialog):
    """F1: every shortcut (generated from ``ui/actions.py``): the keys, what they do and where they work."""

    dialog_id = "shortcut_help"

    def __init__(
        self, parent: QWidget, rows: list[tuple[str, str, str]], settings_store: SettingsStore | None = None
    ) -> None:
        super().__init__(parent, settings_store)
        self.setWindowTitle(QCoreApplication.translate("ShortcutHelpDialog", "快捷键"))
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutTable")
        table.setAccessibleName(QCoreApplication.translate("ShortcutHelpDialog", "快捷键列表"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutHelpDialog", "按键"),
                QCoreApplication.translate("ShortcutHelpDialog", "作用"),
                QCoreApplication.translate("ShortcutHelpDialog", "适用范围"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, (keys, text, scope) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
            table.setItem(row, 2, QTableWidgetItem(scope))
        # (the keys whole, what they do and where wrapped; the list scrolls upright in the dialog, never sideways:
        # ui/tables.py)
        tables.scrolls_upright(table, text=(1, 2))
        layout.addWidget(table)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt's own "Close" stays English when no Qt translator is installed
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # As tall as every row needs, but within the screen (the table scrolls then); widths from the font.
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        full = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        screen = self.screen() if self.screen() is not None else parent.screen()
        room = int(screen.availableGeometry().height() * 0.7) if screen is not None else full
        char = self.fontMetrics().horizontalAdvance("中")
        wide = int(screen.availableGeometry().width() * 0.85) if screen is not None else char * 56
        others = self.sizeHint().height() - table.sizeHint().height()  # (the buttons and margins)
        self.resize(min(char * 56, wide), min(full, room) + others)
