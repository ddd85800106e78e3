"""Shared set-up of the intake UI tests (imported by the other test_intake_* files), and the models' own tests.

Everything real: a SQLite store in tmp_path, the shipped catalog and calendar, a fixed clock (Friday 2026-11-20),
the notice service writing real PDFs.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.calendar import WorkCalendar, default_calendar
from govdesk.domain.case import MaterialStatus
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import default_catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.window import WindowContext
from govdesk.store.store import Store, open_store
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.materials import MaterialsModel
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.intake.search import SearchResultModel

#: What ``from tests.ui.test_intake_models import *`` gives the other intake test files: the fixtures only.
__all__ = ["calendar", "catalog", "clock", "db_path", "intake", "notices", "page", "reader", "store", "window"]

VALID_ID = "11010519491231002X"  # the GB 11643 example
CENTER = CenterProfile(name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345")
SHOTS = Path("/tmp/h10/shots")


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


def shot(widget: QWidget, name: str) -> Path:
    """Save a screenshot of ``widget`` (looked at by hand while writing the tests)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


# ---------------------------------------------------------------------------------------------- the models


def test_search_model_passes_the_model_tester(qtmodeltester: object, intake: IntakeService, qtbot: QtBot) -> None:
    from govdesk.ui.intake.search import _row_of_hit

    model = SearchResultModel()
    model.set_rows([_row_of_hit(h) for h in intake.search_items("")])
    assert model.rowCount() > 10
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_materials_model_passes_the_model_tester(qtmodeltester: object, intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-005"])
    applicable = intake.preview(draft).assessment.applicable
    model = MaterialsModel()
    model.set_materials(applicable, draft.materials)
    model.cycle(0)
    model.mark_defective(2, "复印件不清晰")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert draft.materials[applicable[0].code].status is MaterialStatus.RECEIVED
    shared_row = next(i for i, m in enumerate(applicable) if m.shared)
    model.cycle(shared_row)  # 免提交 is never asked: nothing changes
    assert applicable[shared_row].code not in draft.materials
    assert model.data(model.index(shared_row, 1)) == "免提交"
