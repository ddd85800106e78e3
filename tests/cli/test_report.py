"""``govdesk demo seed`` and ``govdesk report supervision`` run for real: a seeded hall, its report from the database
(every figure equal to the dashboard's), the center's report from a real server, bad input refused in words."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govdesk.cli import main
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.supervision import SupervisionService, period_for
from govdesk.services.supervision_types import FIGURE_COLUMNS, PeriodKind
from tests.central.conftest import PASSWORD, RunningServer, _close_clients, make_center, register_window, server  # noqa: F401  (a real central server for this module)
from tests.helpers.statistics_history import push_known_history, today

TODAY = date(2026, 12, 4)


def test_seed_then_report_from_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "demo"
    assert main(["demo", "seed", "--basedir", str(base), "--cases", "30", "--days", "10", "--today", "2026-12-04"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("已生成 3") and "两次告知" in said  # 30 cases plus the second notices
    assert main(["demo", "seed", "--basedir", str(base), "--cases", "5"]) == 1  # a store with cases is left alone
    assert "已有办件" in capsys.readouterr().err
    assert (base / "central.sqlite").is_file()

    db = AppPaths.for_basedir(base).default_db
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    args = ["report", "supervision", "--db", str(db), "--from", "2026-11-20", "--to", "2026-12-04"]
    assert main([*args, "--as-of", "2026-12-04", "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0

    settings = SettingsStore(AppPaths.for_basedir(base).settings_file).load()
    clock = FixedClock(datetime(2026, 12, 4, 17, 30, tzinfo=CST))
    rt = Runtime.open(db, db.parent, settings, clock=clock, lock=False)
    try:
        rt.set_clerk(replace(rt.window.actor, role=Role.SUPERVISOR))
        svc = SupervisionService(rt.store, rt.catalog, rt.calendar, clock, rt.window)
        expected = svc.dashboard(period_for(PeriodKind.RANGE, TODAY, date(2026, 11, 20), TODAY))
    finally:
        rt.close()
    book = load_workbook(xlsx)
    rows = list(book["各窗口办件量"].iter_rows(min_row=4, values_only=True))
    want = [(f.window, *(f.value(k) for k, _ in FIGURE_COLUMNS)) for f in (*expected.by_window, expected.totals)]
    assert [tuple(r) for r in rows] == want
    cards = [r[1] for r in book["超期预警"].iter_rows(min_row=2, values_only=True)]
    assert cards == [w.case_no for w in expected.warnings] and cards
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    totals = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert totals.split()[1:] == [str(expected.totals.value(k)) for k, _ in FIGURE_COLUMNS]
    assert all(w.case_no in text for w in expected.warnings)


def test_the_centers_report_from_the_server(
    server: RunningServer,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    center = make_center(server)
    made = push_known_history(center, register_window)
    supervisor = center.add_user("supervisor")
    monkeypatch.setenv("GOVDESK_PASSWORD", PASSWORD)
    xlsx = tmp_path / "center.xlsx"
    day = today().isoformat()
    args = ["report", "supervision", "--server", server.url, "--user", supervisor, "--from", day, "--to", day]
    assert main([*args, "--xlsx", str(xlsx)]) == 0
    rows = list(load_workbook(xlsx)["各工作人员办件量"].iter_rows(min_row=2, values_only=True))
    assert [r[:2] for r in rows] == [("3号窗口", "intake员")]  # the clerk's display name, from the server
    assert made["user"].startswith("intake")
    assert rows[0][2:] == (3, 1, 1, 0, 0, 1, 1, 0, 0)
    monkeypatch.setenv("GOVDESK_PASSWORD", "wrong")
    assert main([*args, "--xlsx", str(xlsx)]) == 1


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--from", "2026-12-01", "--to", "2026-12-04"], "请用 --pdf 和/或 --xlsx 指定输出文件"),
        (["--from", "2026-13-01", "--to", "2026-12-04", "--xlsx", "x.xlsx"], "开始日期“2026-13-01”的格式不对"),
        (["--from", "2026-12-05", "--to", "2026-12-04", "--xlsx", "x.xlsx"], "早于开始日期"),
    ],
)
def test_bad_input_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    assert main(["report", "supervision", "--db", str(tmp_path / "x.sqlite"), *extra]) == 2
    assert said in capsys.readouterr().err


def test_seed_fills_the_center_with_the_same_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The embedded center gets the seeded history as the hall's windows and back office made it: per clerk, per
    kind and per period the center's statistics count what the window's store counts; unfinished cases per state
    are the same; nothing is refused."""
    from collections import Counter

    from govdesk.central.embedded import EmbeddedCentral
    from govdesk.central.statistics import OPEN_STATES, statistics
    from govdesk.services.supervision import KIND_COLUMN
    from govdesk.store.supervision import count_by_state

    base = tmp_path / "demo"
    assert main(["demo", "seed", "--basedir", str(base), "--cases", "40", "--days", "12", "--today", "2026-12-04"]) == 0
    said = capsys.readouterr().out
    assert "中心服务器：窗口事件" in said and "未被接收" not in said

    db = AppPaths.for_basedir(base).default_db
    settings = SettingsStore(AppPaths.for_basedir(base).settings_file).load()
    clock = FixedClock(datetime(2026, 12, 4, 23, 0, tzinfo=CST))
    rt = Runtime.open(db, db.parent, settings, clock=clock, lock=False)
    try:
        rt.set_clerk(replace(rt.window.actor, role=Role.SUPERVISOR))
        svc = SupervisionService(rt.store, rt.catalog, rt.calendar, clock, rt.window)
        periods = [period_for(PeriodKind.DAY, TODAY), period_for(PeriodKind.RANGE, TODAY, date(2026, 11, 1), TODAY)]
        local = [svc.figures(p)[1] for p in periods]
        local_states = {s: n for s, n in count_by_state(rt.store).items() if s in OPEN_STATES}
    finally:
        rt.close()
    central = EmbeddedCentral.start(base / "central.sqlite", 0)
    try:
        for period, by_clerk in zip(periods, local, strict=True):
            with central.central.tx() as session:
                stats = statistics(session, "41122101", period.first, period.last, clock.now())
            at_center: Counter[tuple[str, str]] = Counter()
            for a in stats.activity:
                at_center[(a.clerk_id, KIND_COLUMN[a.kind])] += a.count
            here = Counter(
                {(f.clerk_id, key): f.value(key) for f in by_clerk for key in set(KIND_COLUMN.values()) if f.value(key)}
            )
            assert at_center == here and sum(here.values()) > 0
        windows = {a.window for a in stats.activity}  # the range: each clerk's window, from its device
        assert {"1号窗口", "2号窗口", "3号窗口", "4号窗口", "出件窗口"} <= windows
        states = Counter({s.state: 0 for s in stats.states})
        for s in stats.states:
            states[s.state] += s.count
        assert {k: v for k, v in states.items() if v} == local_states
        assert stats.ratings and sum(r.count for r in stats.ratings) > 0
    finally:
        central.stop()
