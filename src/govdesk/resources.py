"""Where the shipped resources (catalog, calendars, templates, icons, translations) are found.

Order: ``$GOVDESK_RESOURCES``; the frozen bundle (PyInstaller's ``sys._MEIPASS/resources``); the installed
package's ``govdesk/_data/resources`` (a wheel: ``setup.py`` puts them there, with the compiled translations beside
them in ``_data/translations``); the source checkout's top-level ``resources/`` (editable installs and tests).
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
    installed = Path(__file__).resolve().parent / "_data" / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
