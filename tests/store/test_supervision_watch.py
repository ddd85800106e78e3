"""The supervisor's watch list (store revision 0019) is kept by SQLite triggers on every write: over a history made
through the real services it says exactly what each unfinished case's snapshot says, and it follows a case as its
clock stops (中止), as it is passed to the back office, and as it is finished."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from govdesk.domain.clock import FixedClock
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.events import Actor, Role
from govdesk.services.supervision import SupervisionService
from govdesk.store import supervision as sql
from tests.helpers.supervision_history import KnownHistory, make_known_history

#: What the dashboard read of each case before the watch list: the cases table and the snapshot's JSON.
ORACLE = (
    "SELECT c.case_id, c.state, c.first_clerk, json_extract(c.snapshot, '$.first_clerk.clerk_name'), "
    "json_extract(c.snapshot, '$.first_clerk.window'), date(c.received_at, '+8 hours'), c.promised_date, "
    "EXISTS (SELECT 1 FROM json_each(c.snapshot, '$.suspensions') s WHERE json_extract(s.value, '$.end') IS NULL), "
    "json_extract(c.snapshot, '$.commitment.due_date'), json_extract(c.snapshot, '$.commitment.status'), "
    "json_extract(c.snapshot, '$.notice_due'), "
    "(SELECT MAX(julianday(e.occurred_at)) FROM events e WHERE e.case_id = c.case_id AND e.kind = 'case.submitted') "
    "FROM cases c WHERE c.state NOT IN ('notified', 'rejected', 'completed', 'handed_off', 'closed', 'revoked') "
    "ORDER BY c.case_id"
)
WATCH = (
    "SELECT case_id, state, clerk_id, clerk_name, window, received_day, promised_date, suspended, commitment_due, "
    "commitment_status, notice_due, submitted_at FROM supervision_watch ORDER BY case_id"
)


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[KnownHistory]:
    made = make_known_history(tmp_path / "hall")
    yield made
    made.close()


def rows(hall: KnownHistory, query: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in hall.runtime.store._readers.fetch(query, {})]


def case_id(hall: KnownHistory, name: str) -> str:
    found = hall.runtime.store.find_by_case_no(hall.case_nos[name])
    assert found is not None
    return found.case_id


def test_the_watch_list_says_what_the_snapshots_say(hall: KnownHistory) -> None:
    watched = rows(hall, WATCH)
    assert watched == rows(hall, ORACLE)
    states = {r[1] for r in watched}
    assert {"accepted_conditional", "submitted", "result_ready", "draft"} <= states
    finished = {case_id(hall, n) for n in ("rejected", "completed", "handed", "first_notice", "second_notice")}
    assert not finished & {r[0] for r in watched}
    late = case_id(hall, "late_promise")
    [missing] = rows(hall, f"SELECT commitment_missing FROM supervision_watch WHERE case_id = '{late}'")
    assert missing[0].startswith('["') and missing[0] != "[]"


def test_a_stopped_clock_a_transfer_and_a_finish_are_followed(hall: KnownHistory) -> None:
    store = hall.runtime.store
    service = SupervisionService(store, hall.runtime.catalog, hall.runtime.calendar, hall.clock, hall.runtime.window)
    red = case_id(hall, "red")
    assert red in {c.case_id for c in service.warnings()}
    # 补正: the clock stops, the card goes (the clock is not running: no warning for it)
    officer = Actor("hejing", "何静", Role.BACK_OFFICE, "41122101", "S01", "")
    with store.transaction() as tx:
        case = store.load_case(red)
        assert case is not None
        case.suspend(officer, FixedClock(hall.clock.now()), SuspensionKind.CORRECTION, "营业执照复印件不清晰")
        store.save_case(tx, case, from_server=True)
    assert rows(hall, f"SELECT suspended FROM supervision_watch WHERE case_id = '{red}'") == [(1,)]
    assert red not in {c.case_id for c in service.warnings()}
    assert rows(hall, WATCH) == rows(hall, ORACLE)
    # a 材料流转 event arriving after its case row (a pull's order) updates when it was passed on
    calm = case_id(hall, "calm")
    [(before,)] = rows(hall, f"SELECT submitted_at FROM supervision_watch WHERE case_id = '{calm}'")
    with store.transaction() as tx:
        tx.execute(
            text(
                "INSERT INTO events (position, event_id, case_id, kind, actor, occurred_at, payload, schema_version, "
                "prev_hash, hash) VALUES ((SELECT MAX(position) + 1 FROM events), 'late-transfer', :case_id, "
                "'case.submitted', '{}', '2026-12-04T16:00:00+08:00', '{}', 1, '', '')"
            ),
            {"case_id": calm},
        )
    [(after,)] = rows(hall, f"SELECT submitted_at FROM supervision_watch WHERE case_id = '{calm}'")
    assert after > before
    assert rows(hall, f"SELECT date(submitted_at, '+8 hours') FROM supervision_watch WHERE case_id = '{calm}'") == [
        ("2026-12-04",)
    ]
    # finished: it leaves the list, and every list with it
    waiting = case_id(hall, "waiting")
    with store.transaction() as tx:
        tx.execute(text("UPDATE cases SET state = 'closed' WHERE case_id = :id"), {"id": waiting})
    assert rows(hall, f"SELECT * FROM supervision_watch WHERE case_id = '{waiting}'") == []
    assert sql.results_waiting(store) == []
    with store.transaction() as tx:
        tx.execute(text("DELETE FROM case_materials WHERE case_id = :id"), {"id": red})
        tx.execute(text("DELETE FROM cases WHERE case_id = :id"), {"id": red})
    assert rows(hall, f"SELECT * FROM supervision_watch WHERE case_id = '{red}'") == []
