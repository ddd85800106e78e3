"""The main window's 适老化 switches and its settings dialog (the drawing itself is ``ui/appearance.py``'s).

The text size and theme are the settings' and switch at run time: 大字模式 (Ctrl+Shift+T) and 高对比度
(Ctrl+Shift+H) in the 视图 menu, or the settings dialog (Ctrl+,). A switch applies at once, is saved for the next
start (a settings file that cannot be written only loses that), and the menu's check marks follow the settings.

The main window owns one ``AppearanceController`` and stays a frame: it re-measures what depends on the text size
when told (``applied``) and passes ``settings_changed`` on as its own.

Signals:
    applied(): the text size and theme were applied to the application anew.
    settings_changed(object): the ``frozenset`` of the ``Settings`` field names that changed (the settings dialog
        saved, or a 视图 menu switch).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from govdesk.ui import appearance
from govdesk.ui.actions import ActionId
from govdesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from govdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

# The 视图 menu's switches: the setting each sets, its value on and off, and what the status bar says then (the
# main window's words: translated under its context, as before they moved here).
SWITCHES = {
    ActionId.LARGE_TEXT: (
        "text_size",
        (appearance.LARGE, QT_TRANSLATE_NOOP("MainWindow", "已切换为大字模式")),
        (appearance.NORMAL, QT_TRANSLATE_NOOP("MainWindow", "已恢复标准字号")),
    ),
    ActionId.HIGH_CONTRAST: (
        "theme",
        (appearance.HIGH_CONTRAST, QT_TRANSLATE_NOOP("MainWindow", "已切换为高对比度配色")),
        (appearance.STANDARD, QT_TRANSLATE_NOOP("MainWindow", "已恢复标准配色")),
    ),
}


class AppearanceController(QObject):
    """See the module docstring."""

    applied = Signal()
    settings_changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def apply(self) -> None:
        """Apply the settings' text size and theme to the application (every widget follows)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self.context.settings
            appearance.apply(app, settings.text_size, settings.theme)
        self.applied.emit()

    def connect_actions(self) -> None:
        """Wire the 视图 menu's switches and 设置 (Ctrl+,) of the window's actions, checked as the settings are."""
        registry = self.window.actions_registry
        registry[ActionId.SETTINGS].triggered.connect(lambda: self.open_settings())
        for action_id in SWITCHES:
            registry[action_id].toggled.connect(partial(self._switched, action_id))
        self.check_actions()

    def check_actions(self) -> None:
        """The switches' check marks as the settings are (no toggle is emitted)."""
        for action_id, (name, (on_value, _), _off) in SWITCHES.items():
            action = self.window.actions_registry[action_id]
            action.blockSignals(True)
            action.setChecked(getattr(self.context.settings, name) == on_value)
            action.blockSignals(False)

    def open_settings(self, page: str = "", reason: str = "") -> frozenset[str] | None:
        """The settings dialog (on ``page``, with ``reason`` said at its top); the names of the settings that changed
        (also emitted as ``settings_changed``), or None when cancelled."""
        from govdesk.ui.settings_dialog import SettingsDialog

        changed = SettingsDialog.ask(self.window, self.context.settings_store, page=page, reason=reason)
        if changed is None:
            return None
        if {"text_size", "theme"} & changed:
            self.apply()
            self.check_actions()
        log.info("settings saved", extra={"event": "settings_saved", "changed": sorted(changed)})
        self.settings_changed.emit(changed)
        return changed

    def _switched(self, action_id: ActionId, on: bool) -> None:
        name, when_on, when_off = SWITCHES[action_id]
        value, said = when_on if on else when_off
        setattr(self.context.settings, name, value)
        self.apply()
        try:
            self.context.settings_store.save()
        except OSError as exc:  # the mode applies all the same; only the next start does not remember it
            log.warning("could not save the settings: %s", exc)
        self.settings_changed.emit(frozenset({name}))
        self.window.status_bar.showMessage(QCoreApplication.translate("MainWindow", said), 5000)
