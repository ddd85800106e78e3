"""The other supervisors' records, read from a real central server on loopback: inspections, file reviews and
bad-rating follow-ups of the caller's center only, read-only, supervisors and admins only (every refusal checked at
the server), and what the supervisor's screen is given by ``services.supervision_colleagues``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, Role
from govdesk.domain.file_review import FileReview, ReviewFinding, Verdict
from govdesk.domain.inspection import Checklist, Finding, Inspection
from govdesk.services.credentials import MemoryOnlyCredentialStore
from govdesk.services.supervision_colleagues import (
    FILE_REVIEW,
    FOLLOW_UP,
    INSPECTION,
    ColleagueRecords,
    ColleaguesError,
)
from govdesk.sync.client import MemoryTokenStore, SyncClient
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center, register_window

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=CST)


def _inspection(center: Center, username: str) -> dict[str, Any]:
    inspector = Actor(username, "钱督查", Role.SUPERVISOR, center.code, "S09")
    inspection = Inspection("insp-" + center.code.lower() + "-0001", inspector, NOW, Checklist())
    for item in inspection.checklist.items:
        failed = item.code == "std-guide-desk"
        inspection.answer(
            Finding(item.code, not failed, "导服台无人值守" if failed else "", ("ab" * 32,) if failed else ())
        )
    inspection.sign(NOW, "paper")
    return inspection.to_json()


def _review(center: Center, username: str, case_id: str) -> dict[str, Any]:
    reviewer = Actor(username, "钱督查", Role.SUPERVISOR, center.code, "S09")
    review = FileReview(
        "rev-" + center.code.lower() + "-0001",
        reviewer,
        "2026-12",
        date(2026, 11, 1),
        date(2026, 11, 30),
        (case_id,),
        NOW,
    )
    review.record(ReviewFinding(case_id, Verdict.POOR, ("签名、签章缺失",), "承诺书无申请人签名"))
    return review.to_json()


def _put(client: Any, kind: str, record_id: str, body: dict[str, Any], final: bool = True) -> Any:
    return client.put(
        f"/api/v1/supervision/records/{kind}/{record_id}", json={"version": 1, "final": final, "body": body}
    )


@pytest.fixture
def hall(server: RunningServer) -> dict[str, Any]:
    """Center A: supervisor 钱 (two records and a follow-up step on a bad rating), supervisor 孙 (the reader);
    center B: its own supervisor with a record of its own."""
    a, b = make_center(server), make_center(server)
    qian = a.add_user("supervisor", "qian", "钱督查")
    sun = a.add_user("supervisor", "sun", "孙督查")
    other = b.add_user("supervisor", "b", "外中心督查")
    intake = register_window(a)
    rated = intake.new_case(("case.drafted", "case.completed"))
    assert [r["status"] for r in intake.push_events([intake.event(rated, "case.evaluated", {"rating": 5})])] == [
        "applied"
    ]
    qian_client, _ = a.login(username=qian)
    assert _put(qian_client, INSPECTION, f"insp-{a.code.lower()}-0001", _inspection(a, qian)).status_code == 200
    assert _put(qian_client, FILE_REVIEW, f"rev-{a.code.lower()}-0001", _review(a, qian, rated)).status_code == 200
    a.users["supervisor"] = qian
    desk = register_window(a, role="supervisor")
    step = desk.event(
        rated, "case.rating_followed_up", {"step": "verify", "label": "回访核实", "note": "已电话回访，情况属实"}
    )
    assert [r["status"] for r in desk.push_events([step])] == ["applied"]
    b_client, _ = b.login(username=other)
    assert _put(b_client, INSPECTION, f"insp-{b.code.lower()}-0001", _inspection(b, other)).status_code == 200
    return {"a": a, "b": b, "qian": qian, "sun": sun, "other": other, "rated": rated}


def test_a_supervisor_reads_the_colleagues_records_of_the_own_center_only(hall: dict[str, Any]) -> None:
    a, b = hall["a"], hall["b"]
    sun, _ = a.login(username=hall["sun"])
    listed = sun.get("/api/v1/supervision/records").json()["records"]
    assert {(r["kind"], r["author"], r["author_name"]) for r in listed} == {
        (INSPECTION, hall["qian"], "钱督查"),
        (FILE_REVIEW, hall["qian"], "钱督查"),
    }
    one = sun.get(f"/api/v1/supervision/records/inspection/insp-{a.code.lower()}-0001")
    assert one.status_code == 200 and one.json()["body"]["state"] == "signed"
    # another center's record is not said to exist, by its id or in any list
    foreign = f"/api/v1/supervision/records/inspection/insp-{b.code.lower()}-0001"
    assert sun.get(foreign).status_code == 404 and sun.get(foreign).json()["code"] == "record_unknown"
    steps = sun.get("/api/v1/supervision/follow-ups").json()["entries"]
    assert [(s["case_id"], s["label"], s["note"], s["clerk_id"]) for s in steps] == [
        (hall["rated"], "回访核实", "已电话回访，情况属实", hall["qian"])
    ]
    b_client, _ = b.login(username=hall["other"])
    assert b_client.get("/api/v1/supervision/follow-ups").json()["entries"] == []
    assert [r["author"] for r in b_client.get("/api/v1/supervision/records").json()["records"]] == [hall["other"]]
    # read-only: no route changes another's record (a PUT under the reader's name is refused as not the author's)
    body = sun.get(f"/api/v1/supervision/records/inspection/insp-{a.code.lower()}-0001").json()["body"]
    answer = _put(sun, INSPECTION, f"insp-{a.code.lower()}-0001", body)
    assert answer.status_code == 403 and answer.json()["code"] == "not_the_author"


@pytest.mark.parametrize("role", ["intake", "issuing", "back_office"])
def test_other_roles_are_refused_at_the_server(hall: dict[str, Any], role: str) -> None:
    client, _ = hall["a"].login(role)
    for path in (
        "/api/v1/supervision/records",
        f"/api/v1/supervision/records/inspection/insp-{hall['a'].code.lower()}-0001",
        "/api/v1/supervision/follow-ups",
    ):
        reply = client.get(path)
        assert reply.status_code == 403, (path, reply.text)


def test_hostile_queries_are_refused(hall: dict[str, Any]) -> None:
    sun, _ = hall["a"].login(username=hall["sun"])
    assert sun.get("/api/v1/supervision/records/inspection/../../etc").status_code in (404, 422)
    assert sun.get("/api/v1/supervision/records/secret/insp-0001-abcd").status_code == 422
    assert sun.get("/api/v1/supervision/follow-ups", params={"limit": 100000}).status_code == 422
    assert sun.get("/api/v1/supervision/follow-ups", params={"cursor": "yesterday"}).status_code == 422


def _service(center: Center, username: str, server: RunningServer) -> ColleagueRecords:
    def client() -> SyncClient:
        made = SyncClient(server.url, tokens=MemoryTokenStore())
        made.login(username, PASSWORD)
        return made

    return ColleagueRecords(server.url, MemoryOnlyCredentialStore(), username, username, client_factory=client)


def test_the_service_lists_and_shows_them_and_leaves_out_the_readers_own(
    hall: dict[str, Any], server: RunningServer
) -> None:
    a = hall["a"]
    seen = _service(a, hall["sun"], server).entries()
    assert sorted((e.kind, e.author_name) for e in seen.entries if e.kind != FOLLOW_UP) == [
        (FILE_REVIEW, "钱督查"),
        (INSPECTION, "钱督查"),
    ]
    assert [e.at for e in seen.entries] == sorted((e.at for e in seen.entries), reverse=True)
    follow = next(e for e in seen.entries if e.kind == FOLLOW_UP)
    assert (follow.state, follow.author) == ("回访核实", hall["qian"])
    inspection = next(e for e in seen.entries if e.kind == INSPECTION)
    detail = _service(a, hall["sun"], server).detail(inspection)
    assert "合格 14 项，不合格 1 项" in detail.lines[1] and "纸质签名" in detail.lines[0]
    assert any(line.startswith("【不合格】") and "导服台无人值守（照片 1 张）" in line for line in detail.lines)
    assert detail.photos == ("ab" * 32,)
    review = next(e for e in seen.entries if e.kind == FILE_REVIEW)
    lines = _service(a, hall["sun"], server).detail(review).lines
    assert "不合格 1 件" in lines[1] and "不合格（签名、签章缺失） 承诺书无申请人签名" in lines[2]
    # the author's own records are on the own pages, not here
    assert [e for e in _service(a, hall["qian"], server).entries().entries if e.kind != FOLLOW_UP] == []


def test_the_service_says_an_unreachable_center_in_words(hall: dict[str, Any]) -> None:
    from govdesk.central.embedded import free_port

    gone = f"http://127.0.0.1:{free_port()}"
    service = ColleagueRecords(
        gone, MemoryOnlyCredentialStore(), "x", "x", client_factory=lambda: SyncClient(gone, tokens=MemoryTokenStore())
    )
    with pytest.raises(ColleaguesError, match=r"请先登录|不可达"):
        service.entries()


def _cursor_pages(client: Any, path: str, key: str, **params: Any) -> tuple[list[dict[str, Any]], list[int]]:
    """Every entry of a list read page by page with the center's cursors, and each page's ``total``."""
    found: list[dict[str, Any]] = []
    totals: list[int] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        reply = client.get(path, params=query)
        assert reply.status_code == 200, reply.text
        page = reply.json()
        found += page[key]
        totals.append(page["total"])
        assert page["more"] == (page["next_cursor"] is not None)
        cursor = page["next_cursor"]
        if cursor is None:
            return found, totals


def test_the_lists_page_through_every_entry_by_keyset(server: RunningServer) -> None:
    """More than a page of records and of follow-up steps: read a page at a time with the center's cursors, each
    entry comes once, newest first, the total says how many there are, ``others`` leaves out the reader's own; a
    record stored while the reader pages is neither repeated nor makes one below skipped; a cursor the center did not
    make is refused in words."""
    from sqlalchemy import update

    from govdesk.central.supervision_records import SupervisionRecordRow

    a = make_center(server)
    qian, sun = a.add_user("supervisor", "qian", "钱督查"), a.add_user("supervisor", "sun", "孙督查")
    qian_client, _ = a.login(username=qian)
    sun_client, _ = a.login(username=sun)
    ids = put_many(qian_client, qian, 230)
    put_many(sun_client, sun, 3, prefix="insp-sun")
    # 40 stored in the same instant: the row number orders them (a time alone would repeat or skip at a page edge)
    with server.central.tx() as session:
        session.execute(
            update(SupervisionRecordRow)
            .where(SupervisionRecordRow.record_id.in_(ids[100:140]))
            .values(received_at="2026-12-04T02:00:00+00:00")
        )
    records, totals = _cursor_pages(sun_client, "/api/v1/supervision/records", "records", limit=60, others="true")
    assert [r["record_id"] for r in records if r["author"] != qian] == []  # the reader's own left out
    assert sorted(r["record_id"] for r in records) == sorted(ids) and len(records) == 230
    assert [r["received_at"] for r in records] == sorted((r["received_at"] for r in records), reverse=True)
    assert set(totals) == {230} and len(totals) == 4
    # a record stored between the pages: the pages below go on without a repeat or a gap
    first = sun_client.get("/api/v1/supervision/records", params={"limit": 100}).json()
    put_many(qian_client, qian, 1, prefix="insp-late")
    rest, later_totals = _cursor_pages(
        sun_client, "/api/v1/supervision/records", "records", limit=100, cursor=first["next_cursor"]
    )
    seen = [r["record_id"] for r in first["records"] + rest]
    assert len(seen) == len(set(seen)) == 233 and set(later_totals) == {234}
    # follow-up steps: more than a page, from two supervisors' desks
    intake = register_window(a)
    rated = intake.new_case(("case.drafted", "case.completed"))
    intake.push_events([intake.event(rated, "case.evaluated", {"rating": 5})])
    a.users["supervisor"] = qian
    desk = register_window(a, role="supervisor")
    step = {"step": "verify", "label": "回访核实", "note": "已电话回访"}
    for _ in range(3):
        pushed = desk.push_events([desk.event(rated, "case.rating_followed_up", step) for _ in range(70)])
        assert {r["status"] for r in pushed} == {"applied"}
    steps, step_totals = _cursor_pages(
        sun_client, "/api/v1/supervision/follow-ups", "entries", limit=100, others="true"
    )
    assert len(steps) == len({s["event_id"] for s in steps}) == 210 and set(step_totals) == {210}
    assert [s["received_at"] for s in steps] == sorted((s["received_at"] for s in steps), reverse=True)
    own, _ = _cursor_pages(qian_client, "/api/v1/supervision/follow-ups", "entries", others="true")
    assert own == []  # qian's own steps, left out for qian
    naive, negative = base64_of(["2026-12-04T02:00:00", 5]), base64_of(["2026-12-04T02:00:00+00:00", -1])
    huge = base64_of(["2026-12-04T02:00:00+00:00", 2**64])
    for bad in ("yesterday", "W10", base64_of({"at": 1}), naive, negative, huge):
        for path in ("/api/v1/supervision/records", "/api/v1/supervision/follow-ups"):
            reply = sun_client.get(path, params={"cursor": bad})
            assert reply.status_code == 422 and reply.json()["code"] == "bad_cursor", (bad, reply.text)
            assert "请从第一页重新读取" in reply.json()["message_zh"]


def put_many(client: Any, author: str, n: int, prefix: str = "insp-page") -> list[str]:
    """``n`` inspections of ``author`` stored at the center (a list needs only what names them)."""
    ids = []
    for k in range(n):
        record_id = f"{prefix}-{k:04d}"
        body = {"inspection_id": record_id, "inspector": {"clerk_id": author}, "state": "open"}
        assert _put(client, INSPECTION, record_id, body, final=False).status_code == 200
        ids.append(record_id)
    return ids


def base64_of(value: Any) -> str:
    import base64
    import json

    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")
