"""A PC's main window with its sync controller, built as the program builds them, on a temporary base directory
(tests of the settings and of the sync against a real central server on loopback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from govdesk.services.credentials import CredentialStore, open_credential_store
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.ui.context import AppContext
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.sync_controller import SyncController


@dataclass
class SyncWindow:
    paths: AppPaths
    settings_store: SettingsStore
    runtime: Runtime
    credentials: CredentialStore
    window: MainWindow
    controller: SyncController


def sync_window(
    qtbot: QtBot, base: Path, server_url: str, center_code: str, *, show: bool = False, poll_interval: float = 30.0
) -> SyncWindow:
    """The window of a PC at ``base`` set to sync with the center ``center_code`` at ``server_url``, with no
    workspace, its controller made but not started (and asking for no login: the test logs in); ``show``: shown at
    1366×768 (a clerk's screen) before the controller is made. The caller stops the controller and closes the
    runtime."""
    paths = AppPaths.for_basedir(base).ensure()
    settings_store = SettingsStore(paths.settings_file)
    settings_store.load()
    settings_store.settings.server_url = server_url
    settings_store.settings.center_code = center_code
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings_store.settings)
    credentials = open_credential_store()
    window = MainWindow(AppContext(paths, settings_store, credentials, paths.default_db, runtime), [])
    qtbot.addWidget(window)
    if show:
        window.resize(1366, 768)
        window.show()
    controller = SyncController(
        window, runtime, credentials, settings_store, poll_interval=poll_interval, ask_for_login=False
    )
    return SyncWindow(paths, settings_store, runtime, credentials, window, controller)
