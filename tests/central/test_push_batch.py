"""Push as a batch: the answers are valid ``PushResponse`` documents, a batch folds each case in order (in-batch
conflicts, one change per state move), a batch costs a handful of SQL statements whatever its size, and two windows
creating the same cases at the same moment through two server processes lose nothing."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select

from govdesk.central.db import CaseRow, ChangeRow, StoredEvent
from govdesk.protocol import DEVICE_KEY_HEADER, PushResponse, PushStatus
from tests.central.conftest import Center, RunningServer, hall_desk, register_window, start_server, stop_server


def test_every_kind_of_answer_validates_as_a_push_response(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = str(uuid.uuid4())
    good = window.wrap(window.event(case_id, "case.drafted", {"case_no": "X-1"}))
    refused = window.wrap(window.event(case_id, "case.approved"))
    first = window.push([good, refused, good])  # applied, refused (content), duplicate inside the batch
    assert first.status_code == 200, first.text
    parsed = PushResponse.model_validate_json(first.content)
    assert [r.status for r in parsed.results] == [PushStatus.APPLIED, PushStatus.REFUSED, PushStatus.DUPLICATE]
    assert parsed.results[0].server_seq is not None and parsed.results[1].server_seq is not None
    assert parsed.results[2].first_answer is not None
    assert parsed.results[2].first_answer.status is PushStatus.APPLIED
    assert parsed.results[2].server_seq == parsed.results[0].server_seq
    assert parsed.results[0].server_time.tzinfo is not None
    gap = window.push([window.wrap(window.event(case_id, "case.material_recorded"), seq=window.seq + 5)])
    again = window.push([good, refused])  # both answered from what was stored the first time
    for reply in (gap, again):
        assert reply.status_code == 200, reply.text
        PushResponse.model_validate_json(reply.content)
    gap_result = gap.json()["results"][0]
    assert gap_result["code"] == "seq_gap" and gap_result["server_state"]["expected_seq"] == window.seq + 1
    stored = again.json()["results"]
    assert [r["status"] for r in stored] == ["duplicate", "duplicate"]
    assert [r["first_answer"]["status"] for r in stored] == ["applied", "refused"]
    assert stored[1]["first_answer"]["code"] == "back_office_kind"
    assert stored[0]["first_answer"]["server_seq"] == parsed.results[0].server_seq


def test_a_body_that_is_not_json_is_refused_in_words(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    reply = window.client.post(
        "/api/v1/sync/push", content=b'{"device_id": "x", "events": [', headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 422
    assert reply.json()["code"] == "invalid_request"


def test_a_batch_folds_its_cases_in_order(server: RunningServer, center: Center) -> None:
    intake = register_window(center)
    issuing = register_window(center, "issuing")
    other = register_window(center, "issuing")
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of the center
    start = watcher.get("/api/v1/sync/snapshot").json()["cursor"]
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    first = {"case_no": f"{center.code}-A", "item_codes": ["ITEM-1"], "applicant": {"name": "李四"}}
    kinds = ("case.drafted", "case.accepted", "case.submitted")
    batch = [intake.event(a, k, first if i == 0 else {}) for i, k in enumerate(kinds)]
    batch += [intake.event(b, k) for k in kinds]
    batch.append(intake.event(a, "case.material_recorded"))  # moves no state: no change
    results = intake.push_events(batch)
    assert [r["status"] for r in results] == ["applied"] * 7
    office, _ = center.login("back_office")
    reply = office.post(f"/api/v1/backoffice/cases/{b}/decide", json={"decision": "approve", "result_name": "许可证"})
    assert reply.status_code == 200, reply.text
    assert office.post(f"/api/v1/backoffice/cases/{b}/result-ready").status_code == 200
    handoffs = [issuing.event(b, "case.handed_off", {"method": "window"}, clerk_name="王五") for _ in range(2)]
    results = issuing.push_events(handoffs)  # the same result twice in one batch: the second is a conflict
    assert [r["status"] for r in results] == ["applied", "conflict"]
    assert results[1]["code"] == "already_handed_off"
    assert results[1]["server_state"]["event_id"] == handoffs[0]["event_id"]
    # The handoff stays the first one: another window's handoff later is a conflict naming it (who pushed it, and
    # the clerk its window wrote).
    late = other.push_events([other.event(b, "case.handed_off", {"method": "window"}, clerk_name="赵六")])[0]
    assert late["status"] == "conflict" and "王五" in late["reason"] and "issuing员" in late["reason"]
    with server.central.tx() as session:
        rows = {r.case_id: r for r in session.scalars(select(CaseRow).where(CaseRow.case_id.in_([a, b])))}
    assert rows[a].state == "submitted" and rows[a].submitted_at is not None
    assert (rows[a].case_no, rows[a].item_code, rows[a].applicant_name) == (f"{center.code}-A", "ITEM-1", "李四")
    assert rows[b].state == "handed_off" and rows[b].handoff is not None
    assert rows[b].handoff["event_id"] == handoffs[0]["event_id"]
    assert rows[a].station_code == intake.station_code
    # The change log holds one state change per event that moved a case, in the batch's order.
    with server.central.tx() as session:
        logged = session.scalars(
            select(ChangeRow).where(ChangeRow.seq > int(start), ChangeRow.kind == "case_state").order_by(ChangeRow.seq)
        ).all()
    moves = [(c.case_id, c.payload["state"]) for c in logged]
    states = ["draft", "accepted", "submitted"]
    assert moves == [(a, s) for s in states] + [(b, s) for s in [*states, "handed_off"]]
    assert [c.payload["kind"] for c in logged] == [e["kind"] for e in [*batch[:6], handoffs[0]]]
    assert [c.payload["device_id"] for c in logged] == [intake.device_id] * 6 + [issuing.device_id]
    cursors = [c.seq for c in logged[:6]]
    assert cursors == list(range(cursors[0], cursors[0] + 6))
    # A window that holds these as another window's cases is sent the last plain move of each in the page, and
    # every decision and result change (the back office's claim, its approval with its words, the result).
    page = watcher.get("/api/v1/sync/pull", params={"cursor": start, "limit": 100}).json()
    sent = [(c["kind"], c["case_id"], c["payload"]["state"]) for c in page["changes"]]
    assert sent == [
        ("case_state", a, "submitted"),
        ("decision", b, "in_review"),
        ("decision", b, "approved"),
        ("result_ready", b, "result_ready"),
        ("case_state", b, "handed_off"),
    ]


class _Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        with self.lock:
            self.seen.append(statement.split(None, 1)[0].upper())


@contextmanager
def _watch(server: RunningServer) -> Iterator[_Statements]:
    statements = _Statements()
    event.listen(server.central.engine, "before_cursor_execute", statements)
    try:
        yield statements
    finally:
        event.remove(server.central.engine, "before_cursor_execute", statements)


def test_a_batch_costs_a_handful_of_statements_whatever_its_size(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    events = []
    for _ in range(100):  # 300 events, 100 new cases
        case_id = str(uuid.uuid4())
        events += [window.event(case_id, k) for k in ("case.drafted", "case.accepted", "case.submitted")]
    wrapped = [window.wrap(e) for e in events]
    with _watch(server) as statements:
        reply = window.push(wrapped)
    assert reply.status_code == 200, reply.text
    assert {r["status"] for r in reply.json()["results"]} == {"applied"}
    # Each statement is one execute or executemany: auth, device, known ids, cases, receipts, their numbers, changes,
    # counter, device, BEGIN/COMMIT. Per-event SQL would be hundreds.
    assert len(statements.seen) <= 20, statements.seen
    assert statements.seen.count("INSERT") == 3


def test_two_windows_creating_the_same_cases_on_two_servers_lose_nothing(server: RunningServer, center: Center) -> None:
    """Two devices push events of the same new cases at the same moment through two server processes on one
    database (on PostgreSQL both create the case rows at once: one batch loses the race and is run again)."""
    twin = start_server(server.db_path, server.db_path.parent)
    try:
        one, two = register_window(center), register_window(center)
        _, tokens = center.login()
        key = two.client.headers[DEVICE_KEY_HEADER]
        two.client = twin.client(Authorization=f"Bearer {tokens['access_token']}")
        two.client.headers[DEVICE_KEY_HEADER] = key  # the same PC, through the other server process
        cases = [str(uuid.uuid4()) for _ in range(30)]
        batches = {
            "one": [one.wrap(one.event(c, "case.drafted", {"n": 1})) for c in cases],
            "two": [two.wrap(two.event(c, "case.drafted", {"n": 2})) for c in reversed(cases)],
        }
        answers: dict[str, list[str]] = {}
        barrier = threading.Barrier(2)

        def send(name: str, window: Any) -> None:
            barrier.wait()
            reply = window.push(batches[name])
            assert reply.status_code == 200, reply.text
            answers[name] = [r["status"] for r in reply.json()["results"]]

        threads = [threading.Thread(target=send, args=a) for a in (("one", one), ("two", two))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        # Whichever batch commits first creates the cases; the other is told each case exists (run again after the
        # race on PostgreSQL, or simply second on SQLite). Both are stored, once each.
        assert sorted(set(a) for a in answers.values()) == [{"applied"}, {"refused"}], answers
        ids = [w["event_id"] for batch in batches.values() for w in batch]
        with server.central.tx() as session:
            stored = session.scalar(select(func.count()).where(StoredEvent.event_id.in_(ids)))
            made = session.scalar(select(func.count()).where(CaseRow.case_id.in_(cases)))
            changes = session.scalar(select(func.count()).where(ChangeRow.case_id.in_(cases)))
        assert (stored, made, changes) == (60, 30, 30)  # each case created once: one draft change each
    finally:
        stop_server(twin)
