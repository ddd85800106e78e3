"""Pull by cursor across pages, center isolation, 410 for a pruned cursor, snapshot and the summary hash."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from govdesk.central.changes import prune_changes
from govdesk.central.db import ChangeRow
from govdesk.protocol import DEVICE_KEY_HEADER, case_summary_hash
from tests.central.conftest import Center, RunningServer, hall_desk, make_center, ready_case, register_window


def _pull_all(client, cursor: str, limit: int) -> tuple[list[dict], str, int]:  # type: ignore[no-untyped-def]
    changes: list[dict] = []
    pages = 0
    while True:
        page = client.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": limit}).json()
        pages += 1
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes, cursor, pages


def test_pull_pages_and_center_isolation(server: RunningServer, center: Center) -> None:
    other = make_center(server)
    mine = register_window(center)
    theirs = register_window(other)
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of its center
    start = watcher.get("/api/v1/sync/snapshot").json()["cursor"]
    my_cases = [mine.new_case() for _ in range(3)]  # 3 state changes each
    their_case = theirs.new_case()
    changes, cursor, pages = _pull_all(watcher, start, limit=4)
    assert pages == 3  # 9 changes of the center looked at, 4 a page
    # Other windows' cases reach the watcher as their last state in each page (a plain move superseded in the same
    # page is left out): page 1 [a×3, b], page 2 [b×2, c×2], page 3 [c].
    a, b, c = my_cases
    assert [(ch["case_id"], ch["payload"]["state"]) for ch in changes] == [
        (a, "submitted"),
        (b, "draft"),
        (b, "submitted"),
        (c, "accepted"),
        (c, "submitted"),
    ]
    assert {ch["kind"] for ch in changes} == {"case_state"}
    assert their_case not in {c["case_id"] for c in changes}
    cursors = [int(c["cursor"]) for c in changes]
    assert cursors == sorted(cursors)
    assert changes[-1]["payload"]["state"] == "submitted"
    # Not the watcher's cases: the state change only, no event document and nothing of the applicant (issue 12).
    assert changes[-1]["payload"]["kind"] == "case.submitted"
    assert not any({"event", "applicant", "device_id"} & c["payload"].keys() for c in changes)
    # Resuming at the end gives nothing new.
    empty = watcher.get("/api/v1/sync/pull", params={"cursor": cursor}).json()
    assert (empty["changes"], empty["next_cursor"], empty["has_more"], empty["scope"]) == ([], cursor, False, "center")


def test_pruned_cursor_answers_410_and_snapshot_recovers(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    client = hall_desk(center, "issuing").client
    old_cursor = client.get("/api/v1/sync/snapshot").json()["cursor"]
    case_id = window.new_case()
    with server.central.tx() as session:
        assert prune_changes(session, server.central.now() + timedelta(seconds=1)) > 0
    gone = client.get("/api/v1/sync/pull", params={"cursor": old_cursor})
    assert gone.status_code == 410
    assert gone.json()["code"] == "cursor_expired"
    snap = client.get("/api/v1/sync/snapshot").json()
    assert any(c["case_id"] == case_id and c["state"] == "submitted" for c in snap["cases"])
    assert client.get("/api/v1/sync/pull", params={"cursor": snap["cursor"]}).status_code == 200
    bad = client.get("/api/v1/sync/pull", params={"cursor": "abc"})
    assert bad.status_code == 400
    assert bad.json()["code"] == "bad_cursor"
    future = client.get("/api/v1/sync/pull", params={"cursor": str(int(snap["cursor"]) + 1000)})
    assert future.status_code == 410


def test_summary_hash_matches_the_client_computation(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    a = window.new_case(("case.drafted", "case.accepted"))
    b = window.new_case(("case.drafted", "case.notified"))
    other = register_window(make_center(server))
    other.new_case()
    summary = window.client.get("/api/v1/sync/summary").json()
    assert summary["count"] == 2
    assert summary["hash"] == case_summary_hash([(a, "accepted"), (b, "notified")])
    window.push_events([window.event(a, "case.submitted")])
    changed = window.client.get("/api/v1/sync/summary").json()
    assert changed["hash"] == case_summary_hash([(a, "submitted"), (b, "notified")])


def test_a_change_names_its_event_and_the_pull_puts_it_back(server: RunningServer, center: Center) -> None:
    """A pushed event is stored once: its change holds the receipt number, and the pulled payload holds the event
    exactly as it was pushed — for the window whose case it is (here: another window handed its case off)."""
    intake = register_window(center)
    case_id = ready_case(center, intake)
    issuing = register_window(center, "issuing")
    start = intake.client.get("/api/v1/sync/snapshot").json()["cursor"]
    pushed = issuing.event(case_id, "case.handed_off", {"method": "window"})
    [answer] = issuing.push_events([pushed])
    assert answer["status"] == "applied", answer
    with server.central.tx() as session:
        stored = session.execute(
            select(ChangeRow.payload).where(ChangeRow.case_id == case_id, ChangeRow.seq > int(start))
        ).scalar_one()
    assert "event" not in stored and stored["event_seq"] == answer["server_seq"]
    [change] = intake.client.get("/api/v1/sync/pull", params={"cursor": start}).json()["changes"]
    assert change["payload"]["event"] == pushed
    assert "event_seq" not in change["payload"]
    # The window that pushed it does not get its own event back.
    assert issuing.client.get("/api/v1/sync/pull", params={"cursor": start}).json()["changes"] == []
    # The same clerk's token with a device key of no window here (forged, or another PC's guess): no own cases.
    forged = server.client(Authorization=intake.client.headers["Authorization"])
    forged.headers[DEVICE_KEY_HEADER] = "k" * 43
    [thin] = forged.get("/api/v1/sync/pull", params={"cursor": start}).json()["changes"]
    assert thin["payload"]["state"] == "handed_off" and "event" not in thin["payload"]
    # Nor which device pushed it: the server recognises a window's own pushes, no window learns another's id.
    assert "device_id" not in thin["payload"], thin["payload"]
    with server.central.tx() as session:
        assert (
            session.execute(select(ChangeRow.payload).where(ChangeRow.case_id == case_id))
            .scalars()
            .all()[-1]["device_id"]
            == issuing.device_id
        )
    assert change["payload"]["state"] == "handed_off"


def test_reads_go_on_while_a_push_holds_the_write_lock(server: RunningServer, center: Center) -> None:
    """A pull, a back-office queue page, a summary and the token check behind each of them only read: on SQLite they
    begin without the write lock, so a long push (a township's backlog) makes none of them wait (issue 17). Before,
    each took the lock and waited in SQLite's busy handler, up to its 30 s, behind every write."""
    if not server.central.engine.url.drivername.startswith("sqlite"):
        pytest.skip("the write lock is SQLite's; PostgreSQL readers never wait for writers")
    window = register_window(center)
    watcher = hall_desk(center, "issuing")
    start = watcher.client.get("/api/v1/sync/snapshot").json()["cursor"]
    window.new_case()
    office, _ = center.login("back_office")
    writer = sqlite3.connect(server.db_path, timeout=1, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another process's push, mid-transaction
        writer.execute("UPDATE counters SET value = value WHERE name = 'change'")
        started = time.monotonic()
        pulled = watcher.client.get("/api/v1/sync/pull", params={"cursor": start}, timeout=5)
        queue = office.get("/api/v1/backoffice/queue", timeout=5)
        summary = watcher.client.get("/api/v1/sync/summary", timeout=5)
        waited = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert pulled.status_code == 200 and pulled.json()["changes"], pulled.text
    assert queue.status_code == 200 and queue.json()["total"] == 1, queue.text
    assert summary.status_code == 200 and summary.json()["count"] == 1, summary.text
    assert waited < 5  # answered, not timed out behind the lock
