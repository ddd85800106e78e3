"""Fixtures of the UI tests in this folder (the intake workspace's, used by every ``test_intake_*`` file).

Everything real: a SQLite store in tmp_path, the shipped catalog and calendar, a fixed clock (Friday 2026-11-20),
the notice service writing real PDFs. A test module may define a fixture of the same name to use its own
(``test_handoff.py`` and ``test_mainwindow.py`` do).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.store import Store, open_store
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.page import IntakePage

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
def window() -> WindowContext:
    actor = Actor("c007", "王丽", Role.INTAKE, center_code="41122101", station_code="S03", window="3号窗口")
    return WindowContext(actor=actor, center=CENTER)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "govdesk.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def intake(
    store: Store, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock, window: WindowContext
) -> IntakeService:
    return IntakeService(store, catalog, calendar, clock, window)


@pytest.fixture
def notices(tmp_path: Path) -> NoticeService:
    return NoticeService(tmp_path / "data")


@pytest.fixture
def reader() -> SimulatedIdCardReader:
    return SimulatedIdCardReader(demo=False)


@pytest.fixture
def page(qtbot: QtBot, intake: IntakeService, notices: NoticeService, reader: SimulatedIdCardReader) -> IntakePage:
    p = IntakePage(intake, notices, reader)
    qtbot.addWidget(p)
    p.resize(1366 - 200, 768 - 120)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    return p
