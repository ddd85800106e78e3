"""The catalog and calendar a window works with: the newest version pulled from the central server, else the
ones shipped with the program. A pulled document that does not load is logged and the shipped one is used, so a
bad publication never stops a window from taking cases."""

from __future__ import annotations

import json
import logging

from sqlalchemy import select

from govdesk.domain.calendar import CalendarDataError, WorkCalendar, default_calendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import CatalogError, default_catalog
from govdesk.domain.reference import calendar_from_document, catalog_from_document
from govdesk.store.inbound import CALENDAR_KEY
from govdesk.store.models import CatalogVersionRow
from govdesk.store.store import Store

log = logging.getLogger(__name__)


def effective_catalog(store: Store) -> Catalog:
    with store.reading(snapshot=False) as db:
        row = db.execute(
            select(CatalogVersionRow.version, CatalogVersionRow.json).order_by(CatalogVersionRow.loaded_at.desc())
        ).first()
    if row is None:
        return default_catalog()
    try:
        return catalog_from_document(json.loads(row.json))
    except (CatalogError, ValueError) as error:
        log.error("catalog %s from the center does not load, using the shipped one: %s", row.version, error)
        return default_catalog()


def effective_calendar(store: Store) -> WorkCalendar:
    shipped = default_calendar()
    raw = store.get_meta(CALENDAR_KEY)
    if not raw:
        return shipped
    try:
        pulled = json.loads(raw)
        return shipped.merged(calendar_from_document(pulled["document"]))
    except (CalendarDataError, ValueError, KeyError, TypeError) as error:
        log.error("the calendar from the center does not load, using the shipped one: %s", error)
        return shipped
