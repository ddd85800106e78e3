"""The unit-of-work benchmark's code path on a small store, so it cannot rot; no timing is asserted."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_unit

from govdesk.store.store import open_store


def test_the_unit_benchmark_runs_and_both_paths_record_their_ratings(tmp_path: Path) -> None:
    figures = bench_unit.measure(300, tmp_path, samples=4)
    median = next(f for f in figures if "median" in f.name)
    assert median.baseline is not None and median.baseline > 0 and median.passed is not None
    store = open_store(tmp_path / "unit.sqlite")
    try:
        with store.reading() as db:
            rated = db.exec_driver_sql("SELECT COUNT(*) FROM evaluations").scalar_one()
    finally:
        store.close()
    assert rated == 2 * 4 + 2  # the warm-up of each path, then four of each
