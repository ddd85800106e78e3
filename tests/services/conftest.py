"""Services run on a real SQLite file, the shipped catalog and calendar, and a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.intake import IntakeService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.store import Store, open_store
from tests.sync.conftest import _close_clients, center, server, windows  # noqa: F401  (fixtures for sync tests)

CENTER = CenterProfile(
    name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345", review_body="渑池县人民政府"
)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return default_calendar()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))  # a Friday


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "govdesk.sqlite")
    yield s
    s.close()


@pytest.fixture
def window() -> WindowContext:
    actor = Actor("c007", "王丽", Role.INTAKE, center_code="41122101", station_code="S03", window="3号窗口")
    return WindowContext(actor=actor, center=CENTER)


@pytest.fixture
def intake(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext
) -> IntakeService:
    return IntakeService(store, catalog, calendar, clock, window)
