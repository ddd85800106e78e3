"""The first-sync benchmark's code path (``benchmarks/bench_first_sync.py``) at 1,000 cases, so it cannot rot (its
bare-sqlite3 baseline broke once when the store gained a generated column). No timing is asserted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import bench_first_sync


def test_the_first_sync_benchmark_runs_with_its_baseline(tmp_path: Path) -> None:
    figures = bench_first_sync.run(tmp_path, size=1_000)
    sync = next(f for f in figures if f.name.startswith("first sync of a new window"))
    assert sync.baseline is not None and sync.baseline > 0 and sync.value > 0
    assert any("lateness" in f.name for f in figures)
    with sqlite3.connect(tmp_path / "baseline.db") as baseline, sqlite3.connect(tmp_path / "window.db") as window:
        assert baseline.execute("SELECT count(*) FROM cases").fetchone()[0] == 1_000
        assert window.execute("SELECT count(*) FROM cases").fetchone()[0] == 1_000
