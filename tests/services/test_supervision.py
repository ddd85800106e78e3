"""SupervisionService over a known history made through the real services on a real SQLite file: every figure of
the dashboard, the 超期预警 cards and their order, the lists, the ratings, who may look, the SMS reminder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from govdesk.domain.events import Role
from govdesk.services.supervision import SupervisionError, SupervisionService, Thresholds, period_for
from govdesk.services.supervision_types import FIGURE_COLUMNS, Dashboard, GroupBy, Level, PeriodKind
from tests.helpers.supervision_history import EXPECTED_TODAY, EXPECTED_WEEK, TODAY, KnownHistory, make_known_history


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownHistory]:
    made = make_known_history(tmp_path_factory.mktemp("hall"))
    yield made
    made.close()


def service(h: KnownHistory, **kwargs: object) -> SupervisionService:
    rt = h.runtime
    return SupervisionService(rt.store, rt.catalog, rt.calendar, h.clock, rt.window, **kwargs)  # type: ignore[arg-type]


def table_of(d: Dashboard) -> dict[tuple[str, str], dict[str, int]]:
    return {(f.window, f.clerk_name): {k: f.value(k) for k, _ in FIGURE_COLUMNS if f.value(k)} for f in d.by_clerk}


def test_todays_and_this_weeks_figures_per_clerk_and_window(history: KnownHistory) -> None:
    today = service(history).dashboard(period_for(PeriodKind.DAY, TODAY))
    assert today.period.first == today.period.last == TODAY
    assert table_of(today) == EXPECTED_TODAY
    week = service(history).dashboard(period_for(PeriodKind.WEEK, TODAY))
    assert week.period.first == date(2026, 11, 30)
    assert table_of(week) == EXPECTED_WEEK
    windows = {f.window: f for f in week.by_window}
    assert windows["2号窗口"].intakes == 3 and windows["出件窗口"].handoffs == 1
    t = week.totals
    assert (t.intakes, t.accepted, t.notices, t.conditional, t.refusals, t.completions, t.transfers, t.handoffs,
            t.waiting) == (9, 3, 2, 1, 1, 1, 3, 1, 1)  # fmt: skip
    assert today.source == "本机缓存" and today.as_of.date() == TODAY


def test_a_range_before_the_history_counts_nothing_and_a_reversed_range_is_refused(history: KnownHistory) -> None:
    empty = service(history).dashboard(period_for(PeriodKind.RANGE, TODAY, date(2026, 10, 1), date(2026, 10, 31)))
    assert all(f.intakes == 0 for f in empty.by_clerk)
    assert empty.totals.waiting == 1  # results waiting are as of now, whatever the period
    with pytest.raises(SupervisionError, match="结束日期 2026-10-01 早于开始日期 2026-10-31"):
        period_for(PeriodKind.RANGE, TODAY, date(2026, 10, 31), date(2026, 10, 1))


def test_warning_cards_red_step_yellow_most_urgent_first(history: KnownHistory) -> None:
    cards = service(history).warnings()
    nos = history.case_nos
    assert [(c.level, c.case_no) for c in cards] == [
        (Level.RED, nos["late_promise"]),  # 14 working days past 2026-11-16
        (Level.RED, nos["red"]),  # 1 working day past 2026-12-03
        (Level.STEP, nos["yellow"]),  # transferred 12-01, not claimed in 1 working day
        (Level.YELLOW, nos["yellow"]),  # due today: all of its 3 days gone
    ]
    red = cards[1]
    assert red.days_left == -1 and red.department == "人力资源和社会保障局" and red.clerk_name == "王丽"
    assert red.window == "1号窗口" and "*" in red.applicant_name  # masked
    assert cards[3].used_share == pytest.approx(1.0) and cards[3].due == TODAY
    assert "3 个工作日未被认领" in cards[2].note
    dashboard = service(history).dashboard(period_for(PeriodKind.DAY, TODAY))
    assert dashboard.warnings_by_department == (("人力资源和社会保障局", 1, 1), ("市场监督管理局", 1, 0))


def test_the_dashboard_makes_the_first_cards_and_the_rest_when_asked(history: KnownHistory) -> None:
    """A county has thousands of cards: the dashboard makes the first ``shown`` (counted and grouped over all), the
    table the rest as it scrolls, and a report every one, all in the same order."""
    every = service(history).warnings()
    d = service(history).dashboard(period_for(PeriodKind.DAY, TODAY), shown=2)
    assert d.warnings == every[:2] and d.warning_total == 4
    assert (d.count(Level.RED), d.count(Level.STEP), d.count(Level.YELLOW)) == (2, 1, 1)
    assert d.warnings_by_department == (("人力资源和社会保障局", 1, 1), ("市场监督管理局", 1, 0))
    assert d.warning_page(1, 2) == every[1:3] and d.warning_page(0, 10) == every
    assert d.complete().warnings == every and d.complete().more_warnings is None
    whole = service(history).dashboard(period_for(PeriodKind.DAY, TODAY))
    assert whole.warnings == every and whole.more_warnings is None


def test_the_cards_grouped_by_department_clerk_and_item_with_counts(history: KnownHistory) -> None:
    """Issue 13: "by department, clerk and item, most urgent first": each group counted by level (the most red
    first), and a group's cards chosen in rank order; the same from a list held whole (the center's merged one)."""
    nos = history.case_nos
    d = service(history).dashboard(period_for(PeriodKind.DAY, TODAY), shown=1)
    counts = {by: [(g.key, g.label, g.red, g.yellow, g.step) for g in d.groups(by)] for by in GroupBy}
    assert counts[GroupBy.DEPARTMENT] == [
        ("人力资源和社会保障局", "人力资源和社会保障局", 1, 1, 1),
        ("市场监督管理局", "市场监督管理局", 1, 0, 0),
    ]
    assert counts[GroupBy.CLERK] == [
        ("wuting", "吴婷（4号窗口）", 1, 0, 0),
        ("wangli", "王丽（1号窗口）", 1, 0, 0),
        ("zhoujun", "周军（3号窗口）", 0, 1, 1),
    ]
    catalog = {it.code: it.name for it in history.runtime.catalog.items}
    assert counts[GroupBy.ITEM] == [
        (catalog["RSJ-05-002"], catalog["RSJ-05-002"], 1, 1, 1),
        (catalog["SCJG-01-005"], catalog["SCJG-01-005"], 1, 0, 0),
    ]
    total, cards = d.warnings_of(GroupBy.CLERK, "zhoujun")
    assert total == 2 and [(c.level, c.case_no) for c in cards(0, 10)] == [
        (Level.STEP, nos["yellow"]),
        (Level.YELLOW, nos["yellow"]),
    ]
    total, cards = d.warnings_of(GroupBy.DEPARTMENT, "人力资源和社会保障局")
    assert total == 3 and [c.case_no for c in cards(1, 5)] == [nos["yellow"], nos["yellow"]]
    assert d.warnings_of(GroupBy.ITEM, "无此事项")[0] == 0
    assert d.warnings_of(None)[0] == 4 and d.warnings_of(None)[1](0, 10) == service(history).warnings()
    whole = replace(d.complete(), warning_groups=(), select_warnings=None)
    for by in GroupBy:
        assert whole.groups(by) == d.groups(by)
        for g in d.groups(by):
            assert whole.warnings_of(by, g.key)[1](0, 10) == d.warnings_of(by, g.key)[1](0, 10)


def test_the_yellow_share_and_the_claim_time_are_settings(history: KnownHistory) -> None:
    strict = service(history, thresholds=Thresholds(yellow_share=0.3, claim_workdays=5)).warnings()
    levels = {(c.level, c.case_no) for c in strict}
    assert (Level.YELLOW, history.case_nos["calm"]) in levels  # 1 of 3 days gone: past 30 %
    assert not any(c.level is Level.STEP for c in strict)  # 3 days unclaimed is within 5


def test_promises_undecided_and_twice_notified(history: KnownHistory) -> None:
    d = service(history).dashboard(period_for(PeriodKind.WEEK, TODAY))
    nos = history.case_nos
    assert [(p.case_no, p.overdue, p.due) for p in d.promises] == [
        (nos["late_promise"], True, date(2026, 11, 23)),
        (nos["open_promise"], False, date(2026, 12, 18)),
    ]
    assert d.promises[0].missing == ("food_safety_rules", "staff_health_certs")
    [late] = d.undecided
    assert (late.case_no, late.notice_due, late.notice_late, late.workdays_since) == (
        nos["deferred"],
        date(2026, 12, 3),
        True,
        3,
    )
    assert late.art32_close and not late.art32_passed and "五日将满" in late.note
    [twice] = d.twice_notified
    assert (twice.case_no, twice.first_case_no) == (nos["second_notice"], nos["first_notice"])
    assert twice.first_listed == ("经营场所使用证明",)
    assert twice.new == ("个体工商户登记（备案）申请书",)


def test_ratings_by_window_clerk_and_item(history: KnownHistory) -> None:
    d = service(history).dashboard(period_for(PeriodKind.DAY, TODAY))
    assert [(r.key, r.count, r.bad, r.average) for r in d.ratings_by_window] == [("出件窗口", 1, 1, 5.0)]
    assert [r.key for r in d.ratings_by_clerk] == ["李明"]
    assert [r.key for r in d.ratings_by_item] == ["失业保险金申领"]
    [bad] = d.bad_ratings
    assert (bad.case_no, bad.rating, bad.comment, bad.reasons) == (
        history.case_nos["handed"],
        5,
        "说好的日期没办好",
        ("超过承诺时限",),
    )
    yesterday = service(history).dashboard(period_for(PeriodKind.RANGE, TODAY, date(2026, 12, 3), date(2026, 12, 3)))
    assert yesterday.ratings_by_window == () and yesterday.bad_ratings == ()


def test_an_intake_clerk_may_not_look(history: KnownHistory) -> None:
    svc = service(history)
    svc.window = replace(svc.window, actor=replace(svc.window.actor, role=Role.INTAKE), login_role=Role.INTAKE)
    with pytest.raises(SupervisionError, match="综合受理员不能查看现场监督"):
        svc.dashboard(period_for(PeriodKind.DAY, TODAY))


def test_the_seeder_makes_every_kind_the_supervisor_looks_at(tmp_path: Path) -> None:
    """``demo seed``'s history: the same seed gives the same history, with every kind of case in it."""
    from datetime import datetime

    from govdesk.domain.clock import CST, FixedClock
    from govdesk.services.demo_seed import seed_history
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import Settings

    made = []
    for run in ("a", "b"):
        clock = FixedClock(datetime(2026, 12, 4, 8, tzinfo=CST))
        rt = Runtime.open(tmp_path / run / "db.sqlite", tmp_path / run, Settings(), clock=clock)
        try:
            report = seed_history(rt, clock, cases=80, days=15, seed=7, today=TODAY)
            rt.set_clerk(replace(rt.window.actor, role=Role.SUPERVISOR))
            d = SupervisionService(rt.store, rt.catalog, rt.calendar, clock, rt.window).dashboard(
                period_for(PeriodKind.MONTH, TODAY)
            )
            made.append((report.summary(), [(c.level, c.case_no) for c in d.warnings]))
        finally:
            rt.close()
    assert made[0] == made[1]
    assert {
        "draft",
        "notified",
        "rejected",
        "completed",
        "submitted",
        "in_review",
        "result_ready",
        "handed_off",
    } <= set(report.states)
    assert report.twice_notified and report.deferred and report.bad_ratings and report.ratings > report.bad_ratings
    assert d.count(Level.RED) and d.count(Level.YELLOW) and d.count(Level.STEP)
    assert any(p.overdue for p in d.promises) and d.twice_notified and d.undecided
