"""The reference data shipped with the program: the service catalog (``resources/catalog``) and the working-day
calendars (``resources/calendars``), read from where ``govdesk.resources`` finds them.

Kept out of the domain on purpose (an import-linter contract says so): the domain parses and checks catalogs and
calendars it is given, and never looks at the environment or the file system to find them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from govdesk.domain.calendar import CalendarDataError, WorkCalendar, load_calendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import load_catalog
from govdesk.resources import resource_path


@lru_cache(maxsize=4)
def _load_dir(directory: Path) -> WorkCalendar:
    paths = sorted(directory.glob("cn-*.json"))
    if not paths:
        raise CalendarDataError(f"{directory}：找不到工作日历文件（cn-YYYY.json）")
    return load_calendar(paths)


def default_calendar() -> WorkCalendar:
    """The shipped calendar: ``resources/calendars/cn-*.json`` (loaded once per resources folder)."""
    return _load_dir(resource_path("calendars"))


def default_catalog() -> Catalog:
    """The catalog shipped with the program (``resources/catalog``)."""
    return load_catalog(resource_path("catalog"))


__all__ = ["default_calendar", "default_catalog"]
