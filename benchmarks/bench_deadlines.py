"""Deadlines on a provisional year against the same deadlines on a published one (issue 10).

What the intake preview does on every checked material: the promised, statutory and 容缺 deadlines of a 25-, 30- and
10-working-day item. In December 2026 they run into 2027, which is counted provisionally and also needs the earliest
possible date (a second count on the "every 调休 against the applicant" view). The baseline is the same three
deadlines started on a day whose counts stay in published data (2026-06-08), measured in the same run. Goal: ≤ 3×.

Also reported: the first provisional answer of a fresh calendar (it indexes the year, once) and a recount of one
case (``Deadline.recompute`` on the official year), for information.

    .venv/bin/python -m benchmarks.bench_deadlines [--quick]
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.figures import Figure, median_ms, p95_ms, time_calls
from govdesk.domain.calendar import CalendarYear, WorkCalendar, provisional_year
from govdesk.domain.catalog import TimeLimit
from govdesk.domain.deadlines import DeadlineKind, compute_deadline
from govdesk.shipped import default_calendar

NAME = "deadlines"
GOAL_RATIO = 3.0
LIMITS = ((DeadlineKind.PROMISED, 25), (DeadlineKind.STATUTORY, 30), (DeadlineKind.COMMITMENT, 10))


def _three(calendar: WorkCalendar, start: date) -> None:
    for kind, days in LIMITS:
        compute_deadline(kind, start, TimeLimit(days), calendar)


def _starts(first: date, n: int) -> list[date]:
    return [first + timedelta(days=i % 21) for i in range(n)]  # three weeks of intake days, each seen many times


def run(workdir: Path, quick: bool = False, size: int | None = None) -> list[Figure]:
    del workdir  # nothing on disk
    n = size or (2_000 if quick else 20_000)
    calendar = default_calendar()
    _three(calendar, date(2026, 12, 7))  # warm: the provisional year indexed once
    published = time_calls(lambda d: _three(calendar, d), _starts(date(2026, 6, 8), n))
    provisional = time_calls(lambda d: _three(calendar, d), _starts(date(2026, 12, 7), n))
    fresh = []
    for _ in range(20 if quick else 100):
        cold = WorkCalendar(default_calendar().years)
        start = time.perf_counter_ns()
        _three(cold, date(2026, 12, 7))
        fresh.append(time.perf_counter_ns() - start)
    official = calendar.merged(WorkCalendar([_as_published(provisional_year(2027))]))
    deadline = compute_deadline(DeadlineKind.PROMISED, date(2026, 12, 7), TimeLimit(25), calendar)
    recount = time_calls(lambda _: deadline.recompute(official), range(n))
    label = "the same three deadlines started 2026-06-08 (published 2026 only)"
    return [
        Figure("three deadlines into a provisional 2027, median", median_ms(provisional), "ms",
               median_ms(published), label, goal_ratio=GOAL_RATIO),
        Figure("three deadlines into a provisional 2027, p95", p95_ms(provisional), "ms",
               p95_ms(published), label, goal_ratio=GOAL_RATIO),
        Figure("the same on a fresh calendar (indexes 2027), median", median_ms(fresh), "ms",
               median_ms(published), label),
        Figure("one deadline recounted on the official year, median", median_ms(recount), "ms"),
    ]  # fmt: skip


def _as_published(cy: CalendarYear) -> CalendarYear:
    """The provisional 2027 taken as if published (the benchmark needs some official 2027; its days do not matter)."""
    return CalendarYear(cy.year, cy.holidays, cy.makeup_workdays, source="基准测试")


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import print_figures

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_deadlines", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int)
    args = parser.parse_args(argv)
    figures = run(Path("."), quick=args.quick, size=args.size)
    print_figures(NAME, figures)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
