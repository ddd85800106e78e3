"""The supervision dashboard benchmark's code path on 7,000 cases (ten days of the hall), so it cannot rot, and its
watch list (store 0019) filled by the triggers from a bulk load: the dashboard over it says what the cases' own JSON
says. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_supervision as bench

from govdesk.services.supervision import period_for
from govdesk.services.supervision_types import PeriodKind
from govdesk.store.store import open_store

#: What the dashboard read before the watch list, per running state: the snapshot's clock and the promised date.
RUNNING_IN_JSON = (
    "SELECT COUNT(*) FROM cases WHERE state IN ('accepted', 'accepted_conditional', 'submitted', 'in_review') "
    "AND promised_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each(snapshot, '$.suspensions') s "
    "WHERE json_extract(s.value, '$.end') IS NULL)"
)


def test_quick_code_path_runs(tmp_path: Path) -> None:
    figures = bench.run(tmp_path, size=7_000, rounds=2)
    median = next(f for f in figures if f.name.startswith("dashboard over 7,000 cases"))
    assert median.baseline is not None and median.baseline > 0 and median.passed is not None
    assert any(f.name.startswith("  cards: ") for f in figures)


def test_the_bulk_loaded_hall_is_watched(tmp_path: Path) -> None:
    store = open_store(tmp_path / "hall.sqlite")
    try:
        bench.build(store, 7_000)
        [(running,)] = store._readers.fetch(RUNNING_IN_JSON, {})
        [(watched,)] = store._readers.fetch(
            "SELECT COUNT(*) FROM supervision_watch WHERE state IN ('accepted', 'accepted_conditional', "
            "'submitted', 'in_review') AND promised_date IS NOT NULL AND suspended = 0",
            {},
        )
        assert watched == running > 0
        service = bench.supervisor_service(store)
        dashboard = service.dashboard(period_for(PeriodKind.DAY, bench.TODAY), shown=50)
        assert dashboard.warning_total == len(service.warnings()) > 50
        assert len(dashboard.warnings) == 50 and dashboard.complete().warnings == service.warnings()
        # every transferred case was passed on by a 材料流转 event written after its case row (the triggers' order)
        [(submitted,)] = store._readers.fetch(
            "SELECT COUNT(*) FROM supervision_watch WHERE state = 'submitted' AND submitted_at IS NULL", {}
        )
        assert submitted == 0
    finally:
        store.close()
