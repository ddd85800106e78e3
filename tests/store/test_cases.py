"""Cases: save/load round trip, events to log and outbox in the caller's transaction, gap-free numbers."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from govdesk.domain.events import DomainEvent
from govdesk.store import Store, StoreConflict
from tests.store.conftest import CLERK, NOW, make_case


def _count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as raw:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_save_and_load_round_trip(store: Store) -> None:
    case = make_case(events=3)
    with store.transaction() as tx:
        assert store.save_case(tx, case) == 3
    loaded = store.load_case(case.case_id)
    assert loaded == case
    assert store.load_case("no-such-case") is None


def test_case_numbers_are_read_by_id_without_the_cases(store: Store) -> None:
    first, second = make_case(1, events=1), make_case(2, events=1)
    with store.transaction() as tx:
        store.save_case(tx, first)
        store.save_case(tx, second)
    assert store.case_numbers([second.case_id, "no-such-case", first.case_id, first.case_id]) == {
        first.case_id: first.case_no,
        second.case_id: second.case_no,
    }
    assert first.case_no != second.case_no
    assert store.case_numbers([]) == {}


def test_saving_again_appends_only_new_events(store: Store, db_path: Path) -> None:
    case = make_case(events=2)
    with store.transaction() as tx:
        store.save_case(tx, case)
    case.events.append(DomainEvent(case.case_id, "case.submitted", CLERK, NOW, {"to": "民政局"}))
    case.materials["M2"].remedy = "补交户口簿原件（首页及本人页）"
    with store.transaction() as tx:
        assert store.save_case(tx, case) == 1
    assert _count(db_path, "events") == 3
    assert _count(db_path, "outbox") == 3
    assert _count(db_path, "cases") == 1
    assert store.load_case(case.case_id) == case


def test_failure_inside_the_transaction_leaves_neither_case_nor_outbox(store: Store, db_path: Path) -> None:
    case = make_case(events=2)
    with pytest.raises(RuntimeError, match="printer on fire"), store.transaction() as tx:
        store.save_case(tx, case)
        raise RuntimeError("printer on fire")
    for table in ("cases", "case_materials", "events", "outbox"):
        assert _count(db_path, table) == 0, table
    assert store.verify_chain().ok


def test_outbox_sequence_is_gap_free_even_after_a_rollback(store: Store, db_path: Path) -> None:
    with store.transaction() as tx:
        store.save_case(tx, make_case(1, events=2))
    with pytest.raises(RuntimeError), store.transaction() as tx:
        store.save_case(tx, make_case(2, events=5))
        raise RuntimeError("cancelled")
    with store.transaction() as tx:
        store.save_case(tx, make_case(3, events=3))
    items = store.pending_outbox(100)
    assert [item.seq for item in items] == [1, 2, 3, 4, 5]
    with sqlite3.connect(db_path) as raw:
        assert [r[0] for r in raw.execute("SELECT position FROM events ORDER BY position")] == [1, 2, 3, 4, 5]


def test_case_number_taken_by_another_case_is_a_conflict(store: Store) -> None:
    first, second = make_case(7), make_case(7)
    with store.transaction() as tx:
        store.save_case(tx, first)
    with pytest.raises(StoreConflict, match="数据冲突"), store.transaction() as tx:
        store.save_case(tx, second)
    assert store.count_cases() == 1


def test_case_sequence_per_station_and_day_has_no_gaps(store: Store) -> None:
    day = date(2026, 11, 20)
    with store.transaction() as tx:
        assert [store.next_case_sequence(tx, "S01", day) for _ in range(3)] == [1, 2, 3]
        assert store.next_case_sequence(tx, "S02", day) == 1
    with pytest.raises(RuntimeError), store.transaction() as tx:
        assert store.next_case_sequence(tx, "S01", day) == 4
        raise RuntimeError("intake abandoned")
    with store.transaction() as tx:
        assert store.next_case_sequence(tx, "S01", day) == 4  # the rolled-back number is given again
        assert store.next_case_sequence(tx, "S01", date(2026, 11, 21)) == 1


def test_materials_are_stored_as_rows(store: Store, db_path: Path) -> None:
    case = make_case()
    with store.transaction() as tx:
        store.save_case(tx, case)
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute("SELECT code, status, form, reason FROM case_materials ORDER BY code").fetchall()
    assert rows == [("M1", "received", "original", ""), ("M2", "missing", None, "未携带")]


def test_bulk_insert_rolls_back_the_failing_batch_only(store: Store) -> None:
    from benchmarks.synthetic import case_rows

    from govdesk.store.bulk import bulk_insert_cases

    rows = list(case_rows(30))
    assert bulk_insert_cases(store, rows[:10], batch_size=4) == 10
    duplicate = dict(rows[20], case_id="another-id", case_no=rows[0]["case_no"])
    with pytest.raises(StoreConflict):
        bulk_insert_cases(store, [*rows[10:14], *rows[14:16], duplicate], batch_size=4)
    assert store.count_cases() == 14  # the first batch of the second call was committed, the failing one not
    found = store.find_by_case_no(rows[12]["case_no"])
    assert found is not None and found.received_at.tzinfo is not None
    assert store.search_cases(rows[15]["applicant_id_number"]) == []


def test_events_from_the_server_are_chained_but_not_sent_back(store: Store, db_path: Path) -> None:
    case = make_case(events=1)
    with store.transaction() as tx:
        store.save_case(tx, case)
    case.events.append(DomainEvent(case.case_id, "case.approved", CLERK, NOW, {"by": "民政局"}))
    with store.transaction() as tx:
        assert store.save_case(tx, case, from_server=True) == 1
    assert _count(db_path, "events") == 2
    assert [item.event_id for item in store.pending_outbox(10)] == [case.events[0].event_id]
    assert store.verify_chain().ok
    assert store.load_case(case.case_id) == case
