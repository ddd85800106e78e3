"""Where the database lives by default: one place, so the program and ``govdesk db`` open the same file."""

from __future__ import annotations

from pathlib import Path

import platformdirs

DB_FILENAME = "govdesk.sqlite"


def default_db_path() -> Path:
    """``user_data_dir("govdesk")/govdesk.sqlite`` (the folder is not created here)."""
    return Path(platformdirs.user_data_dir("govdesk", appauthor=False)) / DB_FILENAME
