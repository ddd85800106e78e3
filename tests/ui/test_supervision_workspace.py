"""The 现场监督 workspace driven with pytest-qt over a known history (real store, real services, the operations
gateway): every figure on the dashboard, the cards, the case view, the SMS reminder, the report as PDF (pdftotext)
and xlsx (openpyxl), the lists; an intake clerk is refused; the center's figures and the cache when offline."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from govdesk.central.db import User
from govdesk.central.embedded import free_port
from govdesk.central.supervision_reminders import NO_PHONE
from govdesk.domain.events import Role
from govdesk.domain.rating_followup import Step
from govdesk.services.credentials import MemoryOnlyCredentialStore
from govdesk.services.roles import workspaces_for
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.supervision import SupervisionService
from govdesk.services.supervision_types import FIGURE_COLUMNS, GroupBy, Level, WarningCard
from govdesk.store import handoffs as sms_tables
from govdesk.ui.caseview.dialog import CaseViewDialog
from govdesk.ui.context import AppContext
from govdesk.ui.supervision import SupervisionWorkspace
from govdesk.ui.supervision.dashboard import DashboardPage
from govdesk.ui.supervision.lists import ListsPage, RatingsPage
from tests.central.conftest import RunningServer, start_server, stop_server
from tests.helpers.reminder_center import center_holding
from tests.helpers.supervision_history import EXPECTED_TODAY, KnownHistory, make_known_history
from tests.helpers.ui import settle

#: The offscreen platform says so when a dialog (the case view) is shown; the same ignore as test_caseview.py.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_supervision")


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[KnownHistory]:
    made = make_known_history(tmp_path / "hall")
    yield made
    made.close()


def open_workspace(qtbot: QtBot, hall: KnownHistory, context: AppContext | None = None) -> SupervisionWorkspace:
    workspace = SupervisionWorkspace(context, hall.runtime)
    widget = workspace.widget()
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    workspace.activated()
    page = workspace.dashboard_page
    assert page is not None
    qtbot.waitUntil(lambda: page.dashboard is not None or bool(page.failed), timeout=10_000)
    return workspace


def cells(model: object) -> list[list[str]]:
    m = model  # a RowsTableModel
    return [
        [m.data(m.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(m.columnCount())]  # type: ignore[attr-defined]
        for r in range(m.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_supervisor_sees_every_figure_of_today(qtbot: QtBot, hall: KnownHistory, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is not None
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(30)  # the layouts run as the event loop does (the source label's width once its text is set)
    page.grab().save(str(SHOTS / "test-dashboard-today.png"))
    keys = [k for k, _ in FIGURE_COLUMNS]
    shown = {
        (row[0], row[1]): {k: int(v) for k, v in zip(keys, row[2:], strict=True) if v != "0"}
        for row in cells(page.clerks_model)
    }
    assert shown == EXPECTED_TODAY
    totals = cells(page.windows_model)[-1]
    assert totals[0] == "合计" and totals[2:] == ["4", "0", "1", "1", "1", "1", "0", "1", "1"]
    summary = page.summary.text()
    assert "收件 4 件" in summary and "红牌 2 件，黄牌 1 件，环节超时 1 件" in summary
    assert page.source.text() == "数据来源：本机缓存，截至 2026-12-04 17:00"
    warnings = cells(page.warnings_model)
    nos = hall.case_nos
    assert [(w[0], w[1]) for w in warnings] == [
        ("红牌（已超期）", nos["late_promise"]),
        ("红牌（已超期）", nos["red"]),
        ("环节超时", nos["yellow"]),
        ("黄牌（临近超期）", nos["yellow"]),
    ]
    assert page.by_department.text() == (
        "共 4 件，最紧急的在前。按部门：人力资源和社会保障局 红牌 1 件、黄牌 1 件；市场监督管理局 红牌 1 件、黄牌 0 件"
    )
    for model in (page.windows_model, page.clerks_model, page.warnings_model):
        qtmodeltester.check(model, force_py=True)
    # the week, by the period chooser
    page.period.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.period.first.isoformat() == "2026-11-30")
    assert cells(page.windows_model)[-1][2] == "9"


def test_the_thresholds_set_in_the_settings_make_the_cards(qtbot: QtBot, hall: KnownHistory, tmp_path: Path) -> None:
    """设置 › 现场监督: the back office's claim time and the yellow share are the supervisor's to set (issue 13)."""
    context = _context(tmp_path, hall, "")
    context.settings_store.settings.supervision_claim_workdays = 5  # the unclaimed case (3 days) is no overrun yet
    workspace = open_workspace(qtbot, hall, context)
    page = workspace.dashboard_page
    assert page is not None
    nos = hall.case_nos
    assert [(w[0], w[1]) for w in cells(page.warnings_model)] == [
        ("红牌（已超期）", nos["late_promise"]),
        ("红牌（已超期）", nos["red"]),
        ("黄牌（临近超期）", nos["yellow"]),
    ]


def test_a_range_ending_before_it_starts_is_said_and_the_figures_stay(qtbot: QtBot, hall: KnownHistory) -> None:
    """The period is checked inside the gateway's call: its refusal is said on the page like any other."""
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is not None
    shown = cells(page.windows_model)
    page.period.setCurrentIndex(3)  # 自定义时段
    page.first.setDate(QDate(2026, 12, 4))
    page.last.setDate(QDate(2026, 12, 1))
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.failed), timeout=10_000)
    assert page.summary.text() == "结束日期 2026-12-01 早于开始日期 2026-12-04，请重新选择"
    assert cells(page.windows_model) == shown
    assert page.dashboard.period.first.isoformat() == "2026-12-04"


def test_the_cards_grouped_by_clerk_and_item_on_screen(qtbot: QtBot, hall: KnownHistory, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """分组: the groups with their counts beside the cards (most red first, "全部" on top); a group chosen shows its
    cards only, most urgent first, and stays chosen when the figures are read again; 不分组 shows every card."""
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is not None
    nos = hall.case_nos
    assert not page.groups_view.isVisibleTo(page)
    page.group_by.setCurrentIndex(page.group_by.findData(GroupBy.CLERK.value))
    assert page.groups_view.isVisibleTo(page)
    assert cells(page.groups_model) == [
        ["全部", "2", "1", "1", "4"],
        ["吴婷（4号窗口）", "1", "0", "0", "1"],
        ["王丽（1号窗口）", "1", "0", "0", "1"],
        ["周军（3号窗口）", "0", "1", "1", "2"],
    ]
    assert page.groups_model.headerData(0, Qt.Orientation.Horizontal) == "经办人"
    page.groups_view.selectRow(3)  # as a click on 周军 does
    assert [(w[0], w[1]) for w in cells(page.warnings_model)] == [
        ("环节超时", nos["yellow"]),
        ("黄牌（临近超期）", nos["yellow"]),
    ]
    assert page.by_department.text() == (
        "经办人“周军（3号窗口）”：共 2 件（红牌 0 件、黄牌 1 件、环节超时 1 件），最紧急的在前；全部 4 件"
    )
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(30)
    page.grab().save(str(SHOTS / "test-dashboard-by-clerk.png"))
    page.refresh()  # read again: 周军 stays chosen
    qtbot.waitUntil(lambda: page.warnings_model.rowCount() == 2, timeout=10_000)
    settle(qtbot)
    assert page.chosen_group == (GroupBy.CLERK, "zhoujun") and len(cells(page.warnings_model)) == 2
    page.group_by.setCurrentIndex(page.group_by.findData(GroupBy.ITEM.value))
    assert [r[0] for r in cells(page.groups_model)][1:] == [g.label for g in page.dashboard.groups(GroupBy.ITEM)]
    assert len(cells(page.warnings_model)) == 4  # a new grouping starts from every card
    page.choose_group(GroupBy.ITEM, page.dashboard.groups(GroupBy.ITEM)[1].key)
    assert [w[1] for w in cells(page.warnings_model)] == [nos["late_promise"]]
    page.grab().save(str(SHOTS / "test-dashboard-by-item.png"))
    qtmodeltester.check(page.groups_model, force_py=True)
    page.group_by.setCurrentIndex(0)  # 不分组
    assert not page.groups_view.isVisibleTo(page) and len(cells(page.warnings_model)) == 4
    assert page.by_department.text().startswith("共 4 件，最紧急的在前。按部门：")


def test_lists_and_ratings_pages(qtbot: QtBot, hall: KnownHistory, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(qtbot, hall)
    assert workspace.tabs is not None
    lists = next(p for p in workspace.pages if isinstance(p, ListsPage))
    ratings = next(p for p in workspace.pages if isinstance(p, RatingsPage))
    nos = hall.case_nos
    assert [r[0] for r in cells(lists.promises_model)] == [nos["late_promise"], nos["open_promise"]]
    assert cells(lists.promises_model)[0][5] == "已逾期 9 个工作日"
    [undecided] = cells(lists.undecided_model)
    assert undecided[0] == nos["deferred"] and "延后告知应于 2026-12-03 前作出，已逾期" in undecided[5]
    [twice] = cells(lists.twice_model)
    assert twice[0].startswith(nos["second_notice"]) and twice[1].startswith(nos["first_notice"])
    assert (twice[4], twice[5], twice[6]) == (
        "经营场所使用证明",
        "个体工商户登记（备案）申请书",
        "个体工商户登记（备案）申请书",
    )
    assert cells(ratings.by_window) == [["出件窗口", "1", "0", "1", "5.00"]]
    assert "说好的日期没办好" in ratings.bad.text()
    for model in (lists.promises_model, lists.undecided_model, lists.twice_model, ratings.by_item):
        qtmodeltester.check(model, force_py=True)
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert titles == [
        "总览",
        "容缺与告知",
        "好差评",
        "差评跟进",
        "现场巡查",
        "卷宗评查",
        "同事记录",
    ]  # the records pages hosted too
    for i in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(i)
        qtbot.wait(30)
        workspace.tabs.grab().save(str(SHOTS / f"test-tab-{i}.png"))


def test_opening_a_card_shows_the_case_view(qtbot: QtBot, hall: KnownHistory) -> None:
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None
    page.warnings_view.selectRow(1)
    page.open_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CaseViewDialog) and w.isVisible())
    assert dialog.case_id == page.warnings_model.rows[1].case_id
    dialog.grab().save(str(SHOTS / "test-caseview.png"))
    dialog.close()


def _context(tmp_path: Path, hall: KnownHistory, server_url: str) -> AppContext:
    paths = AppPaths.for_basedir(tmp_path / "window").ensure()
    settings = SettingsStore(paths.settings_file)
    settings.load()
    settings.settings.server_url = server_url
    return AppContext(paths, settings, MemoryOnlyCredentialStore(), paths.default_db, hall.runtime)


def _choose_red_card_of_wangli(page: DashboardPage) -> WarningCard:
    rows = page.warnings_model.rows
    index = next(i for i, c in enumerate(rows) if c.level is Level.RED and c.clerk_id == "wangli")
    page.warnings_view.selectRow(index)
    card = page.current_card()
    assert card is not None and card.case_id == rows[index].case_id
    return card


def _confirm(qtbot: QtBot, workspace: SupervisionWorkspace, answer: str, shot: str = "") -> str:
    page = workspace.dashboard_page
    assert page is not None
    page.remind_button.click()
    box = workspace.reminder_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    shown = f"{box.text()}\n{box.informativeText()}"
    if shot:
        box.grab().save(str(SHOTS / shot))
    button = next(b for b in box.buttons() if b.text() == answer)
    button.click()
    return shown


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "central.db", tmp_path)
    yield running
    stop_server(running)


def test_the_clerk_of_a_red_card_is_reminded_through_the_center(
    qtbot: QtBot, hall: KnownHistory, tmp_path: Path, own_server: RunningServer
) -> None:
    context = _context(tmp_path, hall, own_server.url)
    rt = hall.runtime
    wangli = next(
        c
        for c in SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window).warnings()
        if c.level is Level.RED and c.clerk_id == "wangli"
    )
    made = center_holding(own_server, wangli, context.credentials, "13812345678")
    workspace = open_workspace(qtbot, hall, context)
    page = workspace.dashboard_page
    assert page is not None
    card = _choose_red_card_of_wangli(page)
    SHOTS.mkdir(exist_ok=True)

    asked = _confirm(qtbot, workspace, "取消")  # who and which case, no number to type; cancelled: nothing sent
    assert asked.startswith("给 王丽（1号窗口）发送催办短信？") and card.case_no in asked and "红牌（已超期）" in asked
    qtbot.wait(50)
    assert own_server.sms.sent == [] and workspace.reminded is None

    _confirm(qtbot, workspace, "发送催办短信", "test-remind-confirm.png")
    qtbot.waitUntil(lambda: workspace.reminded is not None, timeout=10_000)
    assert page.summary.text() == f"催办短信已发送给 王丽（138****5678）：办件 {card.case_no}"
    page.grab().save(str(SHOTS / "test-remind-sent.png"))
    [(_, phone, text)] = own_server.sms.sent
    assert phone == "13812345678" and f"【测试中心{made.center.code}】现场监督催办" in text and card.case_no in text
    with rt.store.reading() as db:
        assert sms_tables.sms_of(db, card.case_id) == []  # nothing queued on the window

    _confirm(qtbot, workspace, "发送催办短信")  # again the same day: the center's refusal, said
    qtbot.waitUntil(lambda: "今天已给 王丽 发过" in page.summary.text(), timeout=10_000)
    with own_server.central.tx() as session:  # the number withdrawn at the center
        session.scalars(select(User).where(User.username == "wangli")).one().phone = None
    _confirm(qtbot, workspace, "发送催办短信")
    qtbot.waitUntil(lambda: NO_PHONE in page.summary.text(), timeout=10_000)
    page.grab().save(str(SHOTS / "test-remind-no-phone.png"))
    assert len(own_server.sms.sent) == 1


def test_a_reminder_without_the_center_is_not_sent_and_said(qtbot: QtBot, hall: KnownHistory, tmp_path: Path) -> None:
    """Logged in at the center earlier, the line is down now: not sent, said, nothing queued to go later."""
    server = start_server(tmp_path / "central.db", tmp_path)
    context = _context(tmp_path, hall, server.url)
    rt = hall.runtime
    wangli = next(
        c for c in SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window).warnings()
        if c.level is Level.RED and c.clerk_id == "wangli"
    )  # fmt: skip
    center_holding(server, wangli, context.credentials, "13812345678")
    stop_server(server)
    workspace = open_workspace(qtbot, hall, context)
    page = workspace.dashboard_page
    assert page is not None
    _choose_red_card_of_wangli(page)
    _confirm(qtbot, workspace, "发送催办短信")
    qtbot.waitUntil(lambda: page.summary.text() == "未连接中心服务器，催办短信未发送，请联网后再发", timeout=15_000)
    page.grab().save(str(SHOTS / "test-remind-offline.png"))
    assert server.sms.sent == []
    assert hall.runtime.store.count_sms("queued") == 0


def test_the_report_as_pdf_and_xlsx_holds_the_figures(qtbot: QtBot, hall: KnownHistory, tmp_path: Path) -> None:
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is not None
    handed = hall.runtime.store.find_by_case_no(hall.case_nos["handed"])
    assert handed is not None and workspace.records is not None
    workspace.records.record_step(handed.case_id, Step.VERIFY, "已电话回访，情况属实")
    workspace.export_to(page.dashboard, tmp_path / "月报.pdf")
    qtbot.waitUntil(lambda: workspace.exported is not None, timeout=20_000)
    pdf, xlsx = workspace.exported  # type: ignore[misc]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "现场监督报表" in text and "今日（2026-12-04）" in text
    for no in (hall.case_nos["red"], hall.case_nos["late_promise"], hall.case_nos["deferred"]):
        assert no in text
    assert "孙红" in text and "食品经营许可（新办）" in text
    totals = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert totals.split()[1:] == ["4", "0", "1", "1", "1", "1", "0", "1", "1"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf), str(SHOTS / "test-report")], check=True
    )
    book = load_workbook(xlsx)
    windows = book["各窗口办件量"]
    rows = [[v for v in row if v is not None] for row in windows.iter_rows(values_only=True)]
    assert rows[0] == ["现场监督报表"] and "今日（2026-12-04）" in rows[1][0]
    assert rows[2] == ["窗口", *[h for _, h in FIGURE_COLUMNS]]
    assert rows[-1] == ["合计", 4, 0, 1, 1, 1, 1, 0, 1, 1]
    clerks = {r[1]: r for r in book["各工作人员办件量"].iter_rows(min_row=2, values_only=True)}
    assert clerks["孙红"][2:] == (2, 0, 0, 1, 1, 0, 0, 0, 0)
    cards = [r[1] for r in book["超期预警"].iter_rows(min_row=2, values_only=True)]
    assert cards == [hall.case_nos[k] for k in ("late_promise", "red", "yellow", "yellow")]
    charts = [r for r in book["图表"].iter_rows(values_only=True) if r[0] is not None]
    assert charts[0][0] == "各窗口办件量" and ("红牌", 2, None, None) in charts  # the charts' figures
    with zipfile.ZipFile(xlsx) as packed:  # drawn as Excel charts over them
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(packed.namelist())
    assert list(book["超期预警（按经办人）"].iter_rows(min_row=2, values_only=True)) == [
        ("吴婷（4号窗口）", 1, 0, 0, 1),
        ("王丽（1号窗口）", 1, 0, 0, 1),
        ("周军（3号窗口）", 0, 1, 1, 2),
    ]
    [rectify] = list(book["差评整改清单"].iter_rows(min_row=2, values_only=True))
    assert rectify == (
        hall.case_nos["handed"],
        "非常不满意",
        "2026-12-04",
        "超过承诺时限；说好的日期没办好",
        "待整改",
        "2026-12-25",  # 15 working days from the rating to rectify and answer
        "12-04 赵强回访核实：已电话回访，情况属实",
    )
    assert "差评整改清单" in text and "电话回访，情况属实" in text


def test_an_intake_clerk_does_not_get_it(qtbot: QtBot, hall: KnownHistory) -> None:
    assert "supervision" not in workspaces_for(Role.INTAKE)
    assert "supervision" in workspaces_for(Role.SUPERVISOR) and "supervision" in workspaces_for(Role.ADMIN)
    rt = hall.runtime
    rt.set_clerk(replace(rt.window.actor, clerk_id="wangli", clerk_name="王丽", role=Role.INTAKE))
    workspace = open_workspace(qtbot, hall)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is None
    assert page.failed.startswith("综合受理员不能查看现场监督") and page.summary.text() == page.failed
    assert page.windows_model.rowCount() == 0


def test_with_a_server_that_cannot_be_reached_the_cache_is_shown_and_said(
    qtbot: QtBot, hall: KnownHistory, tmp_path: Path
) -> None:
    paths = AppPaths.for_basedir(tmp_path / "window").ensure()
    settings = SettingsStore(paths.settings_file)
    settings.load()
    settings.settings.server_url = f"http://127.0.0.1:{free_port()}"
    context = AppContext(paths, settings, MemoryOnlyCredentialStore(), paths.default_db, hall.runtime)
    workspace = open_workspace(qtbot, hall, context)
    page = workspace.dashboard_page
    assert page is not None and page.dashboard is not None
    assert page.source.text().startswith("数据来源：本机缓存（中心服务器暂不可达")
    assert cells(page.windows_model)[-1][2] == "4"  # the window's own figures
    qtbot.wait(30)
    page.grab().save(str(SHOTS / "test-dashboard-offline.png"))
