"""The 承诺跟踪 benchmark's code path runs in the normal suite (small: ``--quick``), so it cannot rot; no timing is
asserted here (``benchmarks/README.md`` has the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import bench_commitments


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the offscreen platform, each show
def test_the_commitments_benchmark_runs(qapp: object, tmp_path: Path) -> None:
    figures = bench_commitments.run(tmp_path, quick=True)
    names = [f.name for f in figures]
    assert "open 承诺跟踪, 300 open promises (CPU, median)" in names
    opened = next(f for f in figures if f.name == "open 承诺跟踪, 300 open promises (CPU, median)")
    assert opened.baseline is not None and opened.baseline > 0 and opened.value > 0
