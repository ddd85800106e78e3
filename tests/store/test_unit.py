"""``Store.unit()``: one use case's writes in one ``BEGIN IMMEDIATE`` transaction, loading what it changes inside it;
the case version check of migration 0005 still refuses a stale copy and rolls the whole unit back. Plus the typed
reads that replaced the services' own SQL (real SQLite file per test)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from govdesk.domain.case import CaseState
from govdesk.domain.clock import FixedClock
from govdesk.store import Store, StoreStaleCase, open_store
from govdesk.store.models import SmsRow
from govdesk.store.unit import Unit
from tests.store.conftest import CLERK, NOW, make_case


def _outbox_count(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


def test_a_unit_commits_everything_it_wrote_together(store: Store, db_path: Path) -> None:
    case = make_case()
    with store.unit() as uow:
        assert isinstance(uow, Unit)
        uow.save_case(case)
        uow.set_meta("intake.item_usage", json.dumps({"000123456001": 1}))
        seq = uow.next_case_sequence("S01", NOW.date())
    assert seq == 1
    assert store.get_meta("intake.item_usage") == '{"000123456001": 1}'
    loaded = store.load_case(case.case_id)
    assert loaded is not None and loaded.version == 1
    assert _outbox_count(db_path) == 1


def test_a_unit_that_fails_writes_nothing(store: Store, db_path: Path) -> None:
    case = make_case()
    with pytest.raises(RuntimeError), store.unit() as uow:
        uow.save_case(case)
        uow.set_meta("k", "v")
        assert uow.next_case_sequence("S01", NOW.date()) == 1
        raise RuntimeError("the printer caught fire mid-use-case")
    assert store.load_case(case.case_id) is None
    assert store.get_meta("k") is None
    assert _outbox_count(db_path) == 0
    assert case.version == 0  # the copy's version is put back with the rollback
    with store.unit() as uow:  # the sequence number was rolled back too: no gap
        assert uow.next_case_sequence("S01", NOW.date()) == 1


def test_a_unit_loads_the_stored_version_inside_its_transaction(store: Store) -> None:
    case = make_case()
    with store.unit() as uow:
        uow.save_case(case)
    with store.unit() as uow:
        inside = uow.load_case(case.case_id)
        assert inside is not None and inside.version == 1
        inside.state = CaseState.SUBMITTED
        uow.save_case(inside)
        again = uow.load_case(case.case_id)  # the unit reads its own write
        assert again is not None and again.version == 2 and again.state is CaseState.SUBMITTED
    assert store.load_case(case.case_id).version == 2  # type: ignore[union-attr]


def test_a_stale_copy_saved_in_a_unit_rolls_the_whole_unit_back(store: Store, db_path: Path) -> None:
    case = make_case()
    with store.unit() as uow:
        uow.save_case(case)
    stale = store.load_case(case.case_id)
    fresh = store.load_case(case.case_id)
    assert stale is not None and fresh is not None
    with store.unit() as uow:
        fresh.state = CaseState.SUBMITTED
        uow.save_case(fresh)
    before = _outbox_count(db_path)
    with pytest.raises(StoreStaleCase, match="已在别处被修改"), store.unit() as uow:
        uow.set_meta("written.before.the.stale.save", "x")
        stale.state = CaseState.REVOKED
        uow.save_case(stale)
    assert store.get_meta("written.before.the.stale.save") is None
    assert store.load_case(case.case_id).state is CaseState.SUBMITTED  # type: ignore[union-attr]
    assert _outbox_count(db_path) == before


def test_a_second_writer_waits_for_the_unit_it_would_race(db_path: Path) -> None:
    """Two windows' processes on one file: the second unit starts only when the first has committed, so it loads
    the first one's save (``BEGIN IMMEDIATE``), never an older copy."""
    first, second = open_store(db_path, FixedClock(NOW)), open_store(db_path, FixedClock(NOW))
    try:
        case = make_case()
        with first.unit() as uow:
            uow.save_case(case)
        loaded_versions: list[int] = []
        entered = threading.Event()

        def other_window() -> None:
            entered.wait(5)
            with second.unit() as uow2:
                seen = uow2.load_case(case.case_id)
                assert seen is not None
                loaded_versions.append(seen.version)
                uow2.save_case(seen)

        thread = threading.Thread(target=other_window)
        thread.start()
        with first.unit() as uow:
            mine = uow.load_case(case.case_id)
            assert mine is not None
            entered.set()
            thread.join(0.3)  # the other unit is waiting for the write lock
            assert thread.is_alive()
            uow.save_case(mine)
        thread.join(5)
        assert not thread.is_alive()
        assert loaded_versions == [2]  # it loaded after this unit's save
        assert first.load_case(case.case_id).version == 3  # type: ignore[union-attr]
    finally:
        first.close()
        second.close()


def test_result_window_rows_are_written_and_read_through_the_store(store: Store) -> None:
    case = make_case(phone="13812345678")
    case.state = CaseState.RESULT_READY
    case.handoff_method = "locker"
    case.handoff_details = {"cell": "A12", "pickup_code": "204817"}
    with store.unit() as uow:
        uow.save_case(case)
        uow.add_handoff("h-1", case, CLERK.clerk_id)
        attachment = uow.add_attachment(case.case_id, "signature", "signatures/x/h-1.png", "ab" * 32)
        values = {
            "sms_id": "s-1", "case_id": case.case_id, "purpose": "locker", "phone": "13812345678", "text": "取件码",
            "status": "queued", "created_at": uow.now_text(), "by": CLERK.clerk_id, "error": "", "message_id": "",
            "dedupe_key": "locker:1",
        }  # fmt: skip
        assert uow.add_sms(values) is True
        assert uow.add_sms({**values, "sms_id": "s-2"}) is False  # the same dedupe key: nothing written
    (record,) = store.handoff_records(case_id=case.case_id, method="locker")
    assert record.details == {"cell": "A12", "pickup_code": "204817"}
    assert store.handoff_records(method="ems") == []
    (kept,) = store.attachments_of(case.case_id)
    assert kept["attachment_id"] == attachment and kept["sha256"] == "ab" * 32
    assert [r.sms_id for r in store.sms_of(case.case_id)] == ["s-1"]
    assert store.count_sms("queued") == 1
    with store.unit() as uow:
        uow.mark_sms("s-1", "sent", message_id="gw-9")
        assert uow.get_sms("s-1").status == "sent"  # type: ignore[union-attr]
    assert store.count_sms("queued") == 0 and store.sms_by_status("sent")[0].message_id == "gw-9"
    (ready,) = store.ready_results(10)
    assert ready.case_id == case.case_id and ready.case_no == case.case_no
    assert SmsRow.__tablename__ == "sms_messages"  # the hand-off rows live in models.py with the other tables


def test_the_latest_catalog_pulled(store: Store) -> None:
    assert store.latest_catalog() is None
    from govdesk.store import inbound

    with store.transaction() as tx:
        inbound.store_catalog_version(tx, "2026.10", {"version": "2026.10"}, "2026-10-01T00:00:00+00:00")
        inbound.store_catalog_version(tx, "2026.11", {"version": "2026.11"}, "2026-11-01T00:00:00+00:00")
    version, text = store.latest_catalog()  # type: ignore[misc]
    assert version == "2026.11" and json.loads(text)["version"] == "2026.11"
