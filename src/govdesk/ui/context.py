"""What the shell hands to the main window and every workspace: paths, settings, credentials, the database.

Qt-free on purpose: a workspace's services are built from it without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from govdesk.services.settings import AppPaths, Settings, SettingsStore

if TYPE_CHECKING:
    from govdesk.services.credentials import CredentialStore
    from govdesk.services.runtime import Runtime


@dataclass
class AppContext:
    paths: AppPaths
    settings_store: SettingsStore
    # None for a moment at start: the OS keyring is probed just after the window is shown (keyring's backend
    # discovery takes a noticeable part of a second), then ``MainWindow.set_credentials`` fills it in.
    credentials: CredentialStore | None
    # The local SQLite database file (``--db``, default under the data directory).
    db_path: Path
    # The services of this window (store, catalog, calendar, intake, handoff…), opened on ``db_path`` by the
    # application at start (``services.runtime.Runtime``). None in a shell started without its database (tests
    # of the frame): workspaces then say they are unavailable instead of failing.
    runtime: Runtime | None = None

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings
