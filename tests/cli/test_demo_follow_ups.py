"""``govdesk demo seed``'s bad-rating follow-ups (issue 13; regulation 000 Art. 52): the hall's two supervisors
followed up the seeded bad ratings through the real use case, in every stage, some overdue; the embedded center holds
each step as the supervisor who took it; the demo's 差评跟进 and 好差评 pages are not empty."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from govdesk.central.db import StoredEvent
from govdesk.central.embedded import EmbeddedCentral
from govdesk.cli import main
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.domain.rating_followup import FOLLOWED_UP_KIND, Stage
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.supervision_records import SupervisionRecords
from tests.helpers.ui import settle

TODAY = date(2026, 12, 4)
SHOTS = Path("/tmp/shots_supervision_records")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("demo") / "seeded"
    argv = ["demo", "seed", "--basedir", str(base), "--cases", "160", "--days", "30", "--today", TODAY.isoformat()]
    assert main(argv) == 0
    return base


@pytest.fixture
def supervisor_pc(seeded: Path) -> Iterator[Runtime]:
    paths = AppPaths.for_basedir(seeded)
    settings = SettingsStore(paths.settings_file).load()
    clock = FixedClock(datetime(2026, 12, 4, 18, 0, tzinfo=CST))
    rt = Runtime.open(paths.default_db, paths.data_dir, settings, clock=clock, lock=False)
    rt.set_clerk(replace(rt.window.actor, clerk_id="zhaoqiang", clerk_name="赵强", role=Role.SUPERVISOR))
    try:
        yield rt
    finally:
        rt.close()


def test_the_seeded_bad_ratings_are_followed_up_in_every_stage(seeded: Path, supervisor_pc: Runtime) -> None:
    rt = supervisor_pc
    records = SupervisionRecords(rt.store, rt.calendar, rt.clock, rt.window)
    found = records.follow_ups()
    stages = Counter(f.stage for f in found)
    assert len(found) >= 5, stages
    assert {Stage.CLOSED, Stage.TO_VERIFY, Stage.TO_RECTIFY, Stage.TO_ANSWER} <= set(stages), stages
    overdue = records.overdue_follow_ups(TODAY)
    assert overdue and any(f.stage is Stage.TO_VERIFY for f in overdue)
    steps = [s for f in found for s in f.steps]
    assert {s.actor.clerk_id for s in steps} == {"zhaoqiang", "qianmin"}
    for f in found:  # each step after the rating, in order, none after the history's last day
        days = [s.at.astimezone(CST).date() for s in f.steps]
        assert days == sorted(days) and all(f.rated_on < d <= TODAY for d in days), (f.case_no, days)
    lines = records.rectification(date(2026, 11, 1), TODAY, TODAY)
    assert {line.stage for line in lines} >= {"已办结", "待回访核实", "待整改", "待反馈"}
    assert any(line.overdue for line in lines)
    # the center holds every step, applied, as the supervisor who took it
    ids = {
        e.event_id: e.actor.clerk_id
        for f in found
        for e in (rt.store.load_case(f.case_id) or pytest.fail("case gone")).events
        if e.kind == FOLLOWED_UP_KIND
    }
    assert len(ids) == len(steps)
    central = EmbeddedCentral.start(seeded / "central.sqlite", 0)
    try:
        with central.central.tx() as session:
            held = session.scalars(select(StoredEvent).where(StoredEvent.kind == FOLLOWED_UP_KIND.value)).all()
            at_center = {e.event_id: (e.status, e.pushed_by) for e in held}
    finally:
        central.stop()
    assert at_center == {event_id: ("applied", who) for event_id, who in ids.items()}


def test_the_demo_follow_up_and_ratings_pages_are_not_empty(qtbot: QtBot, supervisor_pc: Runtime) -> None:
    from govdesk.ui.supervision import SupervisionWorkspace
    from govdesk.ui.supervision.lists import RatingsPage
    from govdesk.ui.supervision_records.followup import OVERDUE, FollowUpPage

    workspace = SupervisionWorkspace(None, supervisor_pc)
    widget = workspace.widget()
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    workspace.activated()
    page = workspace.dashboard_page
    assert page is not None and workspace.tabs is not None
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=20_000)
    page.period.setCurrentIndex(3)  # 自定义时段: the seeded month
    page.first.setDate(QDate(2026, 11, 1))
    page.last.setDate(QDate(2026, 12, 4))
    page.refresh()
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.period.first == date(2026, 11, 1))
    settle(qtbot)
    follow = next(p for p in workspace.pages if isinstance(p, FollowUpPage))
    ratings = next(p for p in workspace.pages if isinstance(p, RatingsPage))
    follow.open_only.setChecked(False)
    rows = follow.table.rowCount()
    assert rows >= 5
    stages = {follow.table.item(r, 4).text() for r in range(rows)}
    assert {"已办结", "待回访核实", "待整改", "待反馈"} <= stages
    late = [r for r in range(rows) if follow.table.item(r, 5).text().endswith("（已超期）")]
    assert late and follow.table.item(late[0], 4).foreground().color() == QColor(OVERDUE)
    follow.table.selectRow(next(r for r in range(rows) if follow.table.item(r, 4).text() == "已办结"))
    text = follow.steps_label.text()
    assert "回访核实" in text and "反馈" in text and ("赵强" in text or "钱敏" in text)
    SHOTS.mkdir(exist_ok=True)
    workspace.tabs.setCurrentWidget(follow)
    qtbot.wait(30)
    widget.grab().save(str(SHOTS / "demo-follow-ups.png"))
    workspace.tabs.setCurrentWidget(ratings)
    qtbot.wait(30)
    assert ratings.by_clerk.rowCount() and ratings.bad.text() != "本时段没有差评"
    widget.grab().save(str(SHOTS / "demo-ratings.png"))
