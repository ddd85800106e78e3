"""Issue 10 as a clerk sees it, on Sunday 2026-12-06 with no 2027 holiday notice loaded: the intake screen marks the
promised date 暂定 (with the statutory limit's earliest possible date), the printed acceptance notice says so; once
the year is loaded, 承诺跟踪 › 期限调整 lists the moved cases and queues the SMS on the clerk's word; supervisors and
admins see the missing year in the status bar from 1 November."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import load_calendar
from govdesk.domain.case import CaseState
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.services.credentials import FALLBACK_WARNING, NO_KEYRING_FOR_DATABASE
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.services.reference_data import store_local_calendar
from govdesk.services.runtime import Runtime
from govdesk.ui.calendar_watch import CalendarWatch
from govdesk.ui.commitments.workspace import CommitmentsWorkspace
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.mainwindow import MainWindow
from tests.helpers.provisional import SUNDAY, YEAR_2027, open_runtime, take
from tests.helpers.ui import settle
from tests.ui.test_intake_flows import choose, decide, fill_applicant, receive, take_item
from tests.ui.test_intake_models import pdf_text
from tests.ui.test_mainwindow import make_context, placeholders

HAN = re.compile(r"[\u3400-\u9fff]")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LOOK = Path("/tmp/govdesk-shots")  # a copy of each screenshot, for looking at by hand


def keep(widget: object, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    LOOK.mkdir(exist_ok=True)
    shutil.copy(path, LOOK / path.name)
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(SUNDAY)


def test_the_intake_screen_and_the_notice_mark_a_provisional_date(
    qtbot: QtBot, page: IntakePage, intake: IntakeService, tmp_path: Path
) -> None:
    take_item(page, "zdshbz")  # 最低生活保障申请: 25 working days promised, 30 statutory
    assert page.draft.item_codes == ["MZJ-05-003"]
    fill_applicant(page)
    model = page.materials_model
    required = [r for r in range(model.rowCount()) if model.material(r).required and not model.material(r).shared]
    receive(page, required)
    choose(page, qtbot, Qt.Key.Key_1, "accept")
    label = page.decision.ui.promisedLabel.text()
    assert "承诺办结日期：2027-01-11（暂定）" in label
    assert "法定办结日期：2027-01-18（暂定，最早可能 2027-01-14）" in label
    assert "以国务院办公厅公布的节假日安排为准" in label
    assert "2027 年节假日安排尚未公布" in page.decision.ui.promisedLabel.toolTip()
    keep(page.window(), tmp_path, "provisional-intake")
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.ACCEPTED and case.promised_date == date(2027, 1, 11)
    (issued,) = page.desk.issued
    assert issued.pdf is not None
    text = "".join(pdf_text(issued.pdf).split())
    assert "2027年1月11日（暂定，以国务院办公厅公布的节假日安排为准）" in text


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    made = open_runtime(tmp_path)
    yield made
    made.close()


def test_moved_deadlines_are_listed_and_the_sms_goes_only_when_asked(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path, qtmodeltester: object
) -> None:
    case = take(runtime, "TEST-45", Outcome.ACCEPT)
    workspace = CommitmentsWorkspace(None, runtime)
    tabs = workspace.widget()
    assert isinstance(tabs, QTabWidget)
    qtbot.addWidget(tabs)
    tabs.resize(1166, 640)
    tabs.show()
    panel = workspace.moved
    assert panel is not None
    assert panel.model.rowCount() == 0 and not panel.empty.isHidden() and panel.table.isHidden()
    assert tabs.tabText(1) == "期限调整"
    # the follow-up list marks a provisional due date
    report = runtime.load_calendar_file(YEAR_2027)
    assert report is not None and report.recounted == 1
    workspace.cases_changed()
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.data(panel.model.index(0, 0)) == case.case_no
    assert panel.model.data(panel.model.index(0, 2)) == "承诺办结日期由 2027-02-12 调整为 2027-02-15"
    assert panel.model.data(panel.model.index(0, 4)) == "待告知（办结日期推后）"
    assert tabs.tabText(1) == "期限调整（1 件待告知）"
    assert runtime.sms is not None and runtime.sms.records(case.case_id) == []  # nothing sent by itself
    tabs.setCurrentWidget(panel)
    assert not panel.tell_button.isEnabled()  # nothing chosen yet
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.tell_button.isEnabled()
    keep(tabs, tmp_path, "moved-deadlines-before")
    qtbot.mouseClick(panel.tell_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the SMS is queued through the operations gateway
    assert [r.purpose for r in runtime.sms.records(case.case_id)] == ["deadline_moved"]
    assert panel.message.text() == f"已排队发送短信至 138****5678（办件 {case.case_no}）。"
    assert panel.model.data(panel.model.index(0, 4)) == "已告知"
    assert not panel.tell_button.isEnabled()
    assert tabs.tabText(1) == "期限调整"
    keep(tabs, tmp_path, "moved-deadlines-told")


def test_the_follow_up_list_marks_a_provisional_due_date(qtbot: QtBot, runtime: Runtime) -> None:
    take(runtime, "MZJ-05-003", Outcome.CONDITIONAL, illness=True)
    commitments = runtime.commitments
    assert commitments is not None
    runtime.intake.clock = FixedClock(datetime(2026, 12, 28, 10, 0, tzinfo=CST))
    case = take(runtime, "MZJ-05-003", Outcome.CONDITIONAL, illness=True)  # 容缺 10 days from 28 Dec: in 2027
    workspace = CommitmentsWorkspace(None, runtime)
    qtbot.addWidget(workspace.widget())
    assert workspace.page is not None
    rows = {f.case_no: f for f in workspace.page.model.rows}
    assert rows[case.case_no].provisional
    row = workspace.page.model.rows.index(rows[case.case_no])
    assert workspace.page.model.data(workspace.page.model.index(row, 3)).endswith("（暂定）")


def test_the_status_bar_warns_supervisors_and_tells_everyone_of_a_recount(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    context = make_context(tmp_path / "ui")
    window = MainWindow(context, placeholders(context))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    today = [date(2026, 10, 31)]
    watch = CalendarWatch(window, runtime, today=lambda: today[0])
    runtime.set_clerk(replace(runtime.window.actor, role=Role.SUPERVISOR))
    watch.update_banner()
    assert not watch.banner.isVisible()  # October: next year's notice is not due yet
    today[0] = date(2026, 11, 1)
    watch.update_banner()
    assert watch.banner.isVisible()
    assert watch.banner.text().startswith("2027 年节假日安排尚未载入")
    assert "govdesk central calendar publish" in watch.banner.toolTip()
    assert window.minimumSizeHint().width() <= 1366  # the banner never widens the window
    # beside the keyring's warning (no keyring on a hall PC): the two share the room, the calendar's is read
    window.status_bar.set_database_warning(NO_KEYRING_FOR_DATABASE)
    window.status_bar.set_credential_warning(FALLBACK_WARNING)
    qtbot.waitUntil(lambda: window.status_bar.credential_label.width() > 0)
    chars = watch.banner.fontMetrics().averageCharWidth()
    assert watch.banner.width() >= 20 * chars, watch.banner.width()
    assert abs(watch.banner.width() - window.status_bar.credential_label.width()) <= 2 * chars
    keep(window, tmp_path, "calendar-banner-supervisor")
    install_translators("en")
    try:
        watch.update_banner()
        assert "holiday schedule of 2027" in watch.banner.toolTip() and not HAN.search(watch.banner.toolTip())
    finally:
        remove_translators()
    runtime.set_clerk(replace(runtime.window.actor, role=Role.INTAKE))
    watch.update_banner()
    assert not watch.banner.isVisible()  # an intake clerk sees 暂定 on each date instead

    take(runtime, "TEST-45", Outcome.ACCEPT)
    store_local_calendar(runtime.store, load_calendar([YEAR_2027]))
    runtime.set_clerk(replace(runtime.window.actor, role=Role.ADMIN))
    with qtbot.waitSignal(watch.recounted, timeout=10000) as blocker:
        watch.check()
        loop.run_until_complete(watch.wait())
    (report,) = blocker.args
    assert report.recounted == 1
    assert window.status_bar.currentMessage() == report.message()
    assert not watch.banner.isVisible()  # 2027 is loaded now


def test_an_admin_loads_the_year_from_the_file_menu(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    context = make_context(tmp_path / "ui")
    window = MainWindow(context, placeholders(context))
    qtbot.addWidget(window)
    window.show()
    watch = CalendarWatch(window, runtime, today=lambda: date(2026, 12, 6))
    watch.update_banner()
    assert watch.load_action.isVisible() and watch.load_action in window.ui.menuFile.actions()
    case = take(runtime, "TEST-45", Outcome.ACCEPT)
    broken = tmp_path / "cn-2027.json"
    broken.write_text('{"year": 2027, "source": "x", "holidays": {"2027-02-30": "春节"}, "makeup_workdays": {}}')
    watch.load(broken)
    loop.run_until_complete(watch.wait())
    box = window.findChild(QMessageBox, "calendarLoadRefused")
    assert box is not None and box.isVisible()
    assert "2027-02-30" in box.text() and "不是有效的 YYYY-MM-DD 日期" in box.text()
    box.close()
    with qtbot.waitSignal(watch.recounted, timeout=10000):
        watch.load(YEAR_2027)
        loop.run_until_complete(watch.wait())
    reloaded = runtime.store.load_case(case.case_id)
    assert reloaded is not None and reloaded.promised_date == date(2027, 2, 15)
    runtime.set_clerk(replace(runtime.window.actor, role=Role.SUPERVISOR))
    watch.update_banner()
    assert not watch.load_action.isVisible()
