"""The central load benchmark's code path (``benchmarks/load_central.py``) at a tiny size, so it cannot rot: the real
serve command, client processes, a burst, the database checks. It asserts what the run found (nothing lost or
doubled, everyone caught up), never a time."""

from __future__ import annotations

from pathlib import Path

from benchmarks.load_central import Settings, figures, run_load


def test_the_load_run_completes_and_loses_nothing(tmp_path: Path) -> None:
    settings = Settings(windows=2, townships=2, backlog=90, interval=0.5, steady=5.0, deadline=120.0, offices=1)
    outcome = run_load(f"sqlite:///{tmp_path / 'central.db'}", settings, tmp_path, "SQLite")
    assert not outcome.timed_out and not outcome.failures
    assert outcome.push_time is not None and outcome.catch_up is not None
    assert outcome.catch_up >= outcome.push_time
    assert outcome.sent >= 2 * 90 + 3  # the townships' backlogs and at least one case of a normal window
    assert outcome.stored_once == outcome.sent
    assert outcome.missing == outcome.doubled == outcome.case_numbers_twice == outcome.pulled_twice == 0
    assert outcome.steady_pushes and outcome.burst_pushes
    assert outcome.queue_page_p50 is not None and outcome.queue_incomplete == 0
    # the back office made results ready, and those reach the windows (wide changes of a station-scoped pull)
    assert outcome.decided > 0 and outcome.pulled >= outcome.decided
    assert outcome.rss_max_process > 0
    names = [f.name for f in figures(outcome)]
    assert any("normal push p95 during the burst" in n for n in names)
