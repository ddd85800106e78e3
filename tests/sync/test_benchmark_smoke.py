"""The sync benchmark's code path on a few events, so it cannot rot (it asserts no timing)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_sync


def test_the_sync_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    m = bench_sync.measure(tmp_path, events=60, naive_sample=5, rounds=1)
    assert m["events"] == 60 and m["lateness_events"] == 60
    assert len(m["engine_runs"]) == len(m["raw_runs"]) == 1
    assert m["engine_seconds"] > 0 and m["raw_seconds"] > 0 and m["naive_events_per_second"] > 0
    assert m["lateness_ticks"] > 0 and m["idle_lateness_max_ms"] >= 0
    assert 0 <= m["steal_percent"] <= 100
