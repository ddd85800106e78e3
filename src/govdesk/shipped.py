"""The reference data shipped with the program: the service catalog (``resources/catalog``) and the working-day
calendars (``resources/calendars``), read from where ``govdesk.resources`` finds them.

Kept out of the domain on purpose (an import-linter contract says so): the domain parses and checks catalogs and
calendars it is given, and never looks at the environment or the file system to find them.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from govdesk.domain.calendar import CalendarDataError, WorkCalendar, load_calendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import load_catalog
from govdesk.resources import resource_path

log = logging.getLogger(__name__)

#: The pinyin readings of the shipped catalog's texts, made ahead of time by ``scripts/build_pinyin.py``.
PINYIN_READINGS = ("pinyin", "catalog-readings.json")


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


@lru_cache(maxsize=4)
def _load_readings(path: Path) -> dict[str, tuple[str, str]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {text: (pair[0], pair[1]) for text, pair in document["readings"].items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        # searching still works: each reading is then computed with pypinyin (slower to start, same results)
        log.warning("the catalog's pinyin readings cannot be read (%s): pypinyin computes them", error)
        return {}


def pinyin_readings() -> dict[str, tuple[str, str]]:
    """The pinyin readings (text -> (full, initials)) of the shipped catalog's names and keywords, made with the
    catalog ahead of time (``scripts/build_pinyin.py``), so that a start does not load pypinyin's dictionary; {} when
    the file is missing or damaged (said in the log)."""
    return _load_readings(resource_path(*PINYIN_READINGS))


__all__ = ["default_calendar", "default_catalog", "pinyin_readings"]
