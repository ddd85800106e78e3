"""The back-office benchmark's code path on a few cases, so it cannot rot (it asserts no timing)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_backoffice


def test_the_back_office_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    seeded, queue = bench_backoffice.measure(12, tmp_path)
    assert seeded.value > 0
    assert queue.baseline is not None and queue.baseline > 0 and queue.value > 0
    assert queue.goal_ratio == bench_backoffice.GOAL_RATIO
