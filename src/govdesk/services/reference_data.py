"""The catalog and calendar a window works with: the newest version pulled from the central server, else the
ones shipped with the program. A pulled document that does not load is logged and the shipped one is used, so a
bad publication never stops a window from taking cases."""

from __future__ import annotations

import json
import logging

from govdesk.domain.calendar import CalendarDataError, WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import CatalogError
from govdesk.domain.reference import calendar_document, calendar_from_document, catalog_from_document
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.inbound import CALENDAR_KEY
from govdesk.store.store import Store

log = logging.getLogger(__name__)


def effective_catalog(store: Store) -> Catalog:
    pulled = store.latest_catalog()
    if pulled is None:
        return default_catalog()
    version, text = pulled
    try:
        return catalog_from_document(json.loads(text))
    except (CatalogError, ValueError) as error:
        log.error("catalog %s from the center does not load, using the shipped one: %s", version, error)
        return default_catalog()


#: Meta key: years an admin loaded at this window (``load_local_calendar``), a ``{"years": [...]}`` document.
LOCAL_CALENDAR_KEY = "calendar.local"


def effective_calendar(store: Store) -> WorkCalendar:
    """The shipped years, then the years an admin loaded at this window, then the center's (the center wins for a
    year both have: it is the county's published data). A document that does not load is logged and skipped."""
    calendar = default_calendar()
    local = store.get_meta(LOCAL_CALENDAR_KEY)
    if local:
        try:
            calendar = calendar.merged(calendar_from_document(json.loads(local)))
        except (CalendarDataError, ValueError, KeyError, TypeError) as error:
            log.error("the calendar loaded at this window does not load, ignoring it: %s", error)
    raw = store.get_meta(CALENDAR_KEY)
    if not raw:
        return calendar
    try:
        pulled = json.loads(raw)
        return calendar.merged(calendar_from_document(pulled["document"]))
    except (CalendarDataError, ValueError, KeyError, TypeError) as error:
        log.error("the calendar from the center does not load, using the shipped one: %s", error)
        return calendar


def store_local_calendar(store: Store, calendar: WorkCalendar) -> None:
    """Keep years an admin loaded at this window (they join the shipped ones on every start)."""
    with store.unit() as uow:
        uow.set_meta(LOCAL_CALENDAR_KEY, json.dumps(calendar_document(calendar), ensure_ascii=False))
