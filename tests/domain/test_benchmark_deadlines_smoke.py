"""The deadlines benchmark's code path (issue 10), so it cannot rot. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_deadlines


def test_quick_mode_code_path_runs(tmp_path: Path) -> None:
    figures = bench_deadlines.run(tmp_path, quick=True, size=50)
    by_name = {f.name: f for f in figures}
    median = by_name["three deadlines into a provisional 2027, median"]
    assert median.value > 0 and median.baseline is not None and median.baseline > 0
    assert median.passed is not None  # it has a goal; whether it is met is the benchmark's business
    assert by_name["one deadline recounted on the official year, median"].value > 0
