"""What the shell hands to the main window and every workspace: paths, settings, credentials, the database.

Qt-free on purpose: a workspace's services are built from it without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govdesk.services.credentials import CredentialStore
from govdesk.services.settings import AppPaths, Settings, SettingsStore


@dataclass
class AppContext:
    paths: AppPaths
    settings_store: SettingsStore
    # None for a moment at start: the OS keyring is probed just after the window is shown (keyring's backend
    # discovery takes a noticeable part of a second), then ``MainWindow.set_credentials`` fills it in.
    credentials: CredentialStore | None
    # The local SQLite database file (``--db``, default under the data directory). The shell does not open it:
    # the services the workspaces build do.
    db_path: Path

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings
