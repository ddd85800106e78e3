"""Reference data distributed by the central server: the catalog and the working-day calendar, as JSON documents.

Both sides read them through these functions, so a document the server accepts is one every window can load:
- a catalog document is ``catalog_loader.catalog_to_json(catalog)`` (one whole catalog, with its version);
- a calendar document is ``{"years": [CalendarYear documents]}`` (``WorkCalendar.to_json()`` under "years"),
  merged by the windows over the calendar they ship with (a year in both is taken from the newer document).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govdesk.domain.calendar import CalendarDataError, WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import parse_catalog
from govdesk.domain.messages import Message, translate

NO_YEARS = translate("WorkCalendar", "工作日历文档应包含 years 列表（每年一个对象）", "calendar.no_years")


def calendar_from_document(document: Mapping[str, Any]) -> WorkCalendar:
    """The calendar in a distributed document; ``CalendarDataError`` (Chinese) says what is wrong."""
    years = document.get("years")
    if not isinstance(years, list) or not years:
        raise CalendarDataError(Message(NO_YEARS))
    return WorkCalendar.from_json(years)


def calendar_document(calendar: WorkCalendar) -> dict[str, Any]:
    return {"years": calendar.to_json()}


def catalog_from_document(document: Mapping[str, Any]) -> Catalog:
    """The catalog in a distributed document; ``CatalogError`` names the item and field of every problem."""
    return parse_catalog(document, name="中心发布的事项目录")
