"""Where the shipped resources (catalog, calendars, templates, icons, translations) are found.

Order: ``$GOVDESK_RESOURCES``; the frozen bundle (PyInstaller's ``sys._MEIPASS/resources``); the source
checkout's top-level ``resources/`` (editable installs and tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("GOVDESK_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
