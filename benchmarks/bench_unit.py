"""What the unit of work costs a use case: recording a rating (``EvaluationService.rate``: the case loaded INSIDE
the ``BEGIN IMMEDIATE`` transaction that saves it, the event chained and queued, the ``evaluations`` row) on N cases
in the store. Baseline in the same run: the same work the way services did it before the unit, the case loaded
through the read connection and saved in a separate ``store.transaction()`` (``Store.load_case``, ``evaluate``,
``Store.save_case`` and the ``evaluations`` row). Goal: the unit costs at most 1.5× the baseline.

    .venv/bin/python -m benchmarks.run --only unit [--size N]
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.figures import Figure, median_ms, p95_ms
from benchmarks.synthetic import case_rows
from govdesk.domain.evaluation import Evaluation, evaluate
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.evaluation import EvaluationService
from govdesk.services.window import WindowContext
from govdesk.store import handoffs as tables
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.store import Store, SystemClock, open_store

NAME = "unit"
QUICK_SIZE = 5_000
FULL_SIZE = 200_000
SAMPLES = 300
GOAL_RATIO = 1.5


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    return measure(size or (QUICK_SIZE if quick else FULL_SIZE), workdir)


def _before_the_unit(store: Store, window: WindowContext, case_id: str) -> None:
    """The old shape: load through the read connection, then one write transaction."""
    case = store.load_case(case_id)
    assert case is not None
    evaluation = Evaluation(rating=2, comment="办事快")
    event = evaluate(case, window.actor, SystemClock().now(), evaluation)
    with store.transaction() as tx:
        store.save_case(tx, case)
        tables.add_evaluation(tx, event.event_id, case_id, 2, "办事快", [], event.occurred_at.isoformat(), "b")


def measure(count: int, folder: Path, samples: int = SAMPLES) -> list[Figure]:
    store = open_store(folder / "unit.sqlite")
    try:
        bulk_insert_cases(store, case_rows(count))
        with store.reading() as db:
            ids = [row[0] for row in db.exec_driver_sql("SELECT case_id FROM cases").all()]
        picks = random.Random(11).sample(ids, 2 * samples + 2)
        window = WindowContext(Actor("b", "bench", Role.ISSUING, "41122101", "S01"), CenterProfile("中心", "", ""))
        service = EvaluationService(store, SystemClock(), window)
        service.rate(picks.pop(), 2, "办事快")  # warm both paths
        _before_the_unit(store, window, picks.pop())
        ours: list[int] = []
        base: list[int] = []
        for i in range(samples):  # interleaved, so a busy moment of the machine hits both
            start = time.perf_counter_ns()
            service.rate(picks[2 * i], 2, "办事快")
            ours.append(time.perf_counter_ns() - start)
            start = time.perf_counter_ns()
            _before_the_unit(store, window, picks[2 * i + 1])
            base.append(time.perf_counter_ns() - start)
    finally:
        store.close()
    label = "load outside + one transaction"
    return [
        Figure(f"rating through store.unit(), median ({count:,} cases)", median_ms(ours), "ms", median_ms(base), label,
               goal_ratio=GOAL_RATIO),
        Figure(f"rating through store.unit(), p95 ({count:,} cases)", p95_ms(ours), "ms", p95_ms(base), label),
    ]  # fmt: skip
