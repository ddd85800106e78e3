"""Push: applied, duplicates with the first answer, refusals among good events, gaps, conflicts."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from govdesk.central.db import StoredEvent
from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import Center, RunningServer, ready_case, register_window


def _count_stored(server: RunningServer, event_id: str) -> int:
    with server.central.tx() as session:
        return int(session.scalar(select(func.count()).where(StoredEvent.event_id == event_id)) or 0)


def test_push_applied_and_projected(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    client, _ = center.login("back_office")
    queue = client.get("/api/v1/backoffice/queue").json()["cases"]
    entry = next(c for c in queue if c["case_id"] == case_id)
    assert entry["state"] == "submitted"
    assert entry["applicant_name"] == "李四"
    assert entry["item_code"] == "ITEM-1"
    assert entry["station_code"] == window.station_code


def test_same_batch_twice_answers_duplicates_with_first_answer(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = str(uuid.uuid4())
    batch = [window.wrap(window.event(case_id, k)) for k in ("case.drafted", "case.accepted")]
    first = window.push(batch).json()["results"]
    second = window.push(batch).json()["results"]
    assert [r["status"] for r in first] == ["applied", "applied"]
    assert [r["status"] for r in second] == ["duplicate", "duplicate"]
    for a, b in zip(first, second, strict=True):
        assert b["first_answer"]["status"] == "applied"
        assert b["first_answer"]["server_seq"] == a["server_seq"] == b["server_seq"]
        assert _count_stored(server, a["event_id"]) == 1


def test_refused_event_does_not_block_the_others(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = str(uuid.uuid4())
    good1 = window.event(case_id, "case.drafted")
    unknown = window.event(case_id, "order.shipped")
    too_new = window.event(case_id, "case.accepted")
    too_new["schema_version"] = 99
    other_center = window.event(case_id, "case.accepted", center_code="ELSEWHERE")
    back_office = window.event(case_id, "case.approved")
    malformed = window.event(case_id, "case.accepted")
    del malformed["actor"]
    good2 = window.event(case_id, "case.accepted")
    results = window.push_events([good1, unknown, too_new, other_center, back_office, malformed, good2])
    assert [r["status"] for r in results] == ["applied", *["refused"] * 5, "applied"]
    assert [r["code"] for r in results[1:6]] == [
        "unknown_kind",
        "schema_too_new",
        "wrong_center",
        "back_office_kind",
        "malformed",
    ]
    assert all(r["reason"] for r in results[1:6])  # Chinese reasons for the clerk
    assert "order.shipped" in results[1]["reason"]
    # A refusal is final: sent again, it answers duplicate with the refusal as first answer.
    again = window.push([window.wrap(unknown, seq=2)]).json()["results"][0]
    assert again["status"] == "duplicate"
    assert again["first_answer"]["status"] == "refused"


def test_gap_is_detected_and_later_events_wait(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = str(uuid.uuid4())
    e1, e2, e3, e4 = (window.event(case_id, "case.material_recorded" if i else "case.drafted") for i in range(4))
    assert window.push_events([e1])[0]["status"] == "applied"
    results = window.push([window.wrap(e3, seq=3), window.wrap(e4, seq=4)]).json()["results"]
    assert [r["code"] for r in results] == ["seq_gap", "seq_gap"]
    assert results[0]["server_state"]["expected_seq"] == 2
    assert "2" in results[0]["reason"]
    # Resent from the expected number, all go through.
    results = window.push([window.wrap(e, seq=s) for s, e in ((2, e2), (3, e3), (4, e4))]).json()["results"]
    assert [r["status"] for r in results] == ["applied"] * 3


def test_restore_from_old_backup_is_detected(server: RunningServer, center: Center) -> None:
    """The regression quarantines the device (tests/central/test_quarantine.py follows it to re-enrolment)."""
    window = register_window(center)
    case_id = str(uuid.uuid4())
    window.push_events([window.event(case_id, "case.material_recorded" if i else "case.drafted") for i in range(3)])
    stale = window.event(case_id, "case.material_recorded")  # a new event numbered 2 by a device restored from a backup
    reply = window.push([window.wrap(stale, seq=2)])
    assert reply.status_code == 403
    assert reply.json()["code"] == "device_quarantined"
    assert "旧备份" in reply.json()["message_zh"]
    assert _count_stored(server, stale["event_id"]) == 0


def test_second_handoff_is_a_conflict_naming_who_and_when(server: RunningServer, center: Center) -> None:
    window_a = register_window(center, "issuing")
    window_b = register_window(center, "issuing")
    assert window_a.station_code != window_b.station_code
    case_id = ready_case(center, register_window(center))
    first = window_a.event(case_id, "case.handed_off", {"method": "window"}, clerk_name="王五", window="5号窗口")
    second = window_b.event(case_id, "case.handed_off", {"method": "window"}, clerk_name="赵六")
    assert window_a.push_events([first])[0]["status"] == "applied"
    result = window_b.push_events([second])[0]
    assert result["status"] == "conflict"
    assert result["code"] == "already_handed_off"
    assert "王五" in result["reason"]
    assert result["server_state"]["clerk_name"] == "issuing员"  # who pushed it; and who its window wrote:
    assert result["server_state"]["written_clerk_name"] == "王五"
    assert result["server_state"]["at"] == first["occurred_at"]
    assert result["server_state"]["event_id"] == first["event_id"]


def test_push_for_unregistered_device_or_other_center(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    reply = window.client.post("/api/v1/sync/push", json={"device_id": "nope", "events": []})
    assert reply.status_code == 404
    assert reply.json()["code"] == "unknown_device"
    from tests.central.conftest import make_center

    other = make_center(server)
    client, _ = other.login()
    reply = client.post("/api/v1/sync/push", json={"device_id": window.device_id, "events": []})
    assert reply.status_code == 403
    assert reply.json()["code"] == "wrong_center"


def test_the_same_batch_pushed_concurrently_is_stored_once(server: RunningServer, center: Center) -> None:
    """Two connections send one batch at the same moment (a retry racing the lost original): one applies it."""
    import threading

    window = register_window(center)
    second_client, _ = center.login()
    second_client.headers[DEVICE_KEY_HEADER] = window.client.headers[DEVICE_KEY_HEADER]  # the same PC
    case_id = str(uuid.uuid4())
    batch = [window.wrap(window.event(case_id, k)) for k in ("case.drafted", "case.accepted", "case.submitted")]
    body = {"device_id": window.device_id, "events": batch}
    answers: list[list[str]] = []
    barrier = threading.Barrier(2)

    def send(client) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        reply = client.post("/api/v1/sync/push", json=body)
        assert reply.status_code == 200, reply.text
        answers.append([r["status"] for r in reply.json()["results"]])

    threads = [threading.Thread(target=send, args=(c,)) for c in (window.client, second_client)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(answers) == [["applied"] * 3, ["duplicate"] * 3]
    for wrapped in batch:
        assert _count_stored(server, wrapped["event_id"]) == 1


def test_two_server_instances_on_one_database_store_each_event_once(server: RunningServer, center: Center) -> None:
    """Like several server processes in production: a second server on the same database, the same batch sent
    to both at once. Each event is answered applied by one and duplicate by the other, and stored once."""
    import threading

    from tests.central.conftest import start_server, stop_server

    twin = start_server(server.db_path, server.db_path.parent)
    try:
        window = register_window(center)
        _, tokens = center.login()
        twin_client = twin.client(Authorization=f"Bearer {tokens['access_token']}")
        twin_client.headers[DEVICE_KEY_HEADER] = window.client.headers[DEVICE_KEY_HEADER]  # the same PC
        case_id = str(uuid.uuid4())
        kinds = ["case.drafted"] + ["case.material_recorded"] * 19
        batch = [window.wrap(window.event(case_id, kind)) for kind in kinds]
        body = {"device_id": window.device_id, "events": batch}
        answers: dict[str, list[str]] = {}
        barrier = threading.Barrier(2)

        def send(name: str, client) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            reply = client.post("/api/v1/sync/push", json=body)
            assert reply.status_code == 200, reply.text
            answers[name] = [r["status"] for r in reply.json()["results"]]

        threads = [threading.Thread(target=send, args=a) for a in (("one", window.client), ("two", twin_client))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        for first, second in zip(answers["one"], answers["two"], strict=True):
            assert sorted([first, second]) == ["applied", "duplicate"]
        for wrapped in batch:
            assert _count_stored(server, wrapped["event_id"]) == 1
    finally:
        stop_server(twin)


def test_an_event_twice_in_one_batch_is_a_duplicate_the_second_time(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    wrapped = window.wrap(window.event(str(uuid.uuid4()), "case.drafted"))
    results = window.push([wrapped, wrapped]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "duplicate"]
    assert results[1]["first_answer"]["server_seq"] == results[0]["server_seq"]
    assert _count_stored(server, wrapped["event_id"]) == 1


def test_an_event_is_stored_as_domain_event_writes_it(server: RunningServer, center: Center) -> None:
    """A window's event (exactly ``DomainEvent.to_json()``) is stored as sent; anything else is read the way
    ``DomainEvent.from_json`` reads it (unknown keys dropped, a missing window filled in) or refused in words."""
    window = register_window(center)
    case_id = str(uuid.uuid4())
    as_written = window.event(case_id, "case.drafted", {"case_no": f"{center.code}-N1"})
    extra = window.event(case_id, "case.accepted")
    extra["debug"] = {"x": 1}
    del extra["actor"]["window"]
    naive = window.event(case_id, "case.material_recorded")
    naive["occurred_at"] = "2026-11-20T09:30:00"  # no offset: when is that?
    bad_role = window.event(case_id, "case.material_recorded")
    bad_role["actor"]["role"] = "mayor"
    not_a_date = window.event(case_id, "case.material_recorded")
    not_a_date["occurred_at"] = "yesterday"
    results = window.push_events([as_written, extra, naive, bad_role, not_a_date])
    assert [r["status"] for r in results] == ["applied", "applied", "refused", "refused", "refused"]
    assert {r["code"] for r in results[2:]} == {"malformed"}
    with server.central.tx() as session:
        stored = dict(
            session.execute(
                select(StoredEvent.event_id, StoredEvent.document).where(StoredEvent.case_id == case_id)
            ).all()
        )
    # The actor is the one the server vouches for (the logged-in user, the device's station): see event_content.py.
    real = {"clerk_id": center.users["intake"], "clerk_name": "intake员", "role": "intake", "center_code": center.code}
    real["station_code"] = window.station_code
    assert stored[as_written["event_id"]] == {**as_written, "actor": {**real, "window": "3号窗口"}}
    normalized = {k: v for k, v in extra.items() if k != "debug"}
    normalized["actor"] = {**real, "window": ""}
    assert stored[extra["event_id"]] == normalized
