"""The 后台审批 list reads the server's keyset pages as the clerk scrolls (never silently capped: the heading says how
many there are and how many are shown), off the GUI thread; a reviewer of one department sees that department's
name and only its cases, one of every department may narrow the list. A real central server on loopback; the page
driven by pytest-qt. Screenshots go to /tmp/shots_backoffice/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.services.backoffice import BackOfficeService
from govdesk.shipped import default_calendar, default_catalog
from govdesk.sync.client import MemoryTokenStore
from govdesk.sync.office_client import BackOfficeClient
from govdesk.ui.backoffice.page import BackOfficePage
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center, register_window, stop_server
from tests.helpers.ui import settle
from tests.sync.conftest import start_central

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_backoffice")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path)
    yield running
    stop_server(running)


@pytest.fixture
def center(server: RunningServer) -> Center:
    center = make_center(server)
    admin, _ = center.login("admin")
    catalog = catalog_to_json(default_catalog())
    reply = admin.put("/api/v1/catalog", json={"version": catalog["version"], "document": catalog})
    assert reply.status_code in (200, 409), reply.text
    return center


def page_for(qtbot: QtBot, server: RunningServer, username: str) -> tuple[BackOfficePage, BackOfficeService]:
    client = BackOfficeClient(server.url, tokens=MemoryTokenStore())
    client.login(username, PASSWORD)
    service = BackOfficeService(client, server.clock, default_catalog(), default_calendar())
    page = BackOfficePage(service)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    settle(qtbot)
    return page, service


def scroll_to_end(qtbot: QtBot, page: BackOfficePage) -> None:
    page.queue_table.scrollToBottom()  # the view asks the model for more at its end, as a clerk's scrolling does
    settle(qtbot)


def test_the_list_reads_page_after_page_as_it_scrolls(qtbot: QtBot, server: RunningServer, center: Center) -> None:
    window = register_window(center)
    ours = [window.new_case(item_code="SCJG-01-001") for _ in range(230)]
    theirs = [window.new_case(item_code="BDC-07-001") for _ in range(5)]
    reviewer = center.add_user("back_office", "-scjg", "市场监管审查员", department="SCJG")
    page, service = page_for(qtbot, server, reviewer)

    model = page.queue_model
    assert len(model.rows) == 100 and model.total == 230
    assert page.count_label.text() == "共 230 件，已显示 100 件（向下滚动读取其余）"
    assert page.queue_title.text().startswith("市场监督管理局 待办")
    assert not page.department_edit.isVisible()  # the server holds the reviewer to their department
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "queue_first_page.png"))

    scroll_to_end(qtbot, page)
    assert len(model.rows) == 200
    scroll_to_end(qtbot, page)
    assert len(model.rows) == 230 and not model.canFetchMore()
    assert page.count_label.text() == "共 230 件"
    assert [r.case_id for r in model.rows] == ours  # oldest first, none twice, none of the other department
    assert not set(theirs) & {r.case_id for r in model.rows}
    assert all(r.item == "个体工商户设立登记" for r in model.rows)
    assert page.grab().save(str(SHOTS / "queue_all_pages.png"))

    # one finished meanwhile (decided, its result out) and reloading reads from the first page again, counted anew
    office, _ = center.login(username=reviewer)
    assert office.post(f"/api/v1/backoffice/cases/{ours[0]}/claim").status_code == 200
    denied = office.post(f"/api/v1/backoffice/cases/{ours[0]}/decide", json={"decision": "deny", "reason": "不符合"})
    assert denied.status_code == 200
    assert office.post(f"/api/v1/backoffice/cases/{ours[0]}/result-ready").status_code == 200
    page.refresh()
    settle(qtbot)
    assert model.total == 229 and [r.case_id for r in model.rows] == ours[1 : 1 + len(model.rows)]
    assert page.count_label.text().startswith("共 229 件")
    service.close()


def test_a_reviewer_of_every_department_may_narrow_the_list(
    qtbot: QtBot, server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    scjg = [window.new_case(item_code="SCJG-01-001") for _ in range(2)]
    bdc = [window.new_case(item_code="BDC-07-001") for _ in range(3)]
    page, service = page_for(qtbot, server, center.users["back_office"])
    assert [r.case_id for r in page.queue_model.rows] == scjg + bdc
    assert page.department_edit.isVisible() and page.queue_title.text().startswith("本中心各部门待办")
    page.department_edit.setText("BDC")
    page.refresh()
    settle(qtbot)
    assert [r.case_id for r in page.queue_model.rows] == bdc and page.count_label.text() == "共 3 件"
    assert page.grab().save(str(SHOTS / "queue_every_department.png"))
    service.close()
