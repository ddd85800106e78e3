"""Scan-to-case-open at the result window: a scanned case number opens the full case (``HandoffService.open``: the
look-up by case number, then the case with its snapshot and events) with N cases in the local store. Goal ≤ 50 ms
(issue 6). Baseline in the same run: the same row fetched by case number with a bare ``sqlite3`` connection and its
snapshot parsed with ``json.loads``.

    .venv/bin/python -m benchmarks.bench_handoff [N]      # default 1,000,000 (the store is built once, ~1 min)
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, median_ms, p95_ms, time_calls
from benchmarks.synthetic import case_rows
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_catalog
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.store import SystemClock, open_store

NAME = "handoff_scan"
GOAL_MS = 50.0
SAMPLES = 300


QUICK_SIZE = 20_000
FULL_SIZE = 1_000_000


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    """The suite's entry (``python -m benchmarks.run --only handoff``)."""
    return measure(size or (QUICK_SIZE if quick else FULL_SIZE), workdir)


def measure(count: int, folder: Path) -> list[Figure]:
    path = folder / "bench.sqlite"
    store = open_store(path)
    start = time.perf_counter()
    bulk_insert_cases(store, case_rows(count))
    build_s = time.perf_counter() - start
    rng = random.Random(7)
    raw = sqlite3.connect(path)
    picks = [rng.randrange(count) for _ in range(SAMPLES)]
    numbers = [raw.execute("SELECT case_no FROM cases LIMIT 1 OFFSET ?", (i,)).fetchone()[0] for i in picks]
    window = WindowContext(Actor("b", "bench", Role.ISSUING, "41122101", "S01"), CenterProfile("中心", "", ""))
    clock = SystemClock()
    service = HandoffService(store, default_catalog(), clock, window, SmsService(store, clock), folder)
    service.open(numbers[0])  # warm
    ours = time_calls(service.open, numbers)

    def bare(case_no: str) -> object:
        row = raw.execute("SELECT snapshot FROM cases WHERE case_no = ?", (case_no,)).fetchone()
        return json.loads(row[0])

    base = time_calls(bare, numbers)
    raw.close()
    store.close()
    return [
        Figure(f"build {count:,} cases", build_s, "s"),
        Figure("scan → case open (median)", median_ms(ours), "ms", median_ms(base), "sqlite3 + json.loads", GOAL_MS),
        Figure("scan → case open (p95)", p95_ms(ours), "ms", p95_ms(base), "sqlite3 + json.loads", GOAL_MS),
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        for f in measure(count, Path(tmp)):
            ratio = f"  ({f.ratio:.1f}× {f.baseline_label})" if f.ratio is not None else ""
            verdict = "" if f.passed is None else ("  PASS" if f.passed else "  FAIL")
            print(f"{f.name}: {f.value:.3f} {f.unit}{ratio}  goal {f.goal_text()}{verdict}")


if __name__ == "__main__":
    main()
