"""The back-office queue a page at a time (issue 17: 4,700 cases in one answer took 135 ms on SQLite): limit and a
keyset cursor, the whole queue's count, complete and without repeats while cases are added and decided between the
pages; a forged cursor and an oversized limit refused in words; the page served by the partial index."""

from __future__ import annotations

import base64

import httpx
import pytest

from govdesk.central import backoffice
from govdesk.central.db import UTCDateTime
from tests.central.conftest import Center, Window, make_center, register_window


def read_all(office: httpx.Client, limit: int, between: list[object] | None = None, **params: str) -> list[dict]:
    """Every page in order; ``between``: callables run after each page (cases added, decided meanwhile)."""
    seen: list[dict] = []
    cursor: str | None = None
    pages = 0
    while True:
        query: dict[str, str | int] = {"limit": limit, **params}
        if cursor:
            query["cursor"] = cursor
        reply = office.get("/api/v1/backoffice/queue", params=query)
        assert reply.status_code == 200, reply.text
        page = reply.json()
        assert len(page["cases"]) <= limit
        seen.extend(page["cases"])
        pages += 1
        if between and pages <= len(between):
            between[pages - 1]()  # type: ignore[operator]
        cursor = page["next_cursor"]
        if cursor is None:
            return seen
        assert page["cases"], "a page with a next cursor has cases"


def test_pages_are_complete_ordered_and_counted(center: Center) -> None:
    intake = register_window(center)
    ids = [intake.new_case() for _ in range(23)]
    office, _ = center.login("back_office")
    first = office.get("/api/v1/backoffice/queue", params={"limit": 10}).json()
    assert first["total"] == 23
    assert len(first["cases"]) == 10 and first["next_cursor"]
    listed = read_all(office, 10)
    assert [c["case_id"] for c in listed] == ids  # submitted one after another: oldest first, each once
    keys = [(c["submitted_at"], c["case_id"]) for c in listed]
    assert keys == sorted(keys)
    # the default page is not the whole of a long queue, and says there is more
    default = office.get("/api/v1/backoffice/queue").json()
    assert default["total"] == 23 and default["next_cursor"] is None  # 23 fit the default page of 100


def test_pages_stay_complete_while_cases_are_added_and_decided(center: Center) -> None:
    intake = register_window(center)
    before = [intake.new_case() for _ in range(30)]
    office, _ = center.login("back_office")
    decided: list[str] = []
    added: list[str] = []

    def add_and_decide() -> None:
        added.append(intake.new_case())
        added.append(intake.new_case())
        # finish a case not read yet and one already read (decided, its result out): neither shifts the pages to come
        for case_id in (before[-1 - len(decided)], before[len(decided)]):
            reply = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny", "reason": "否"})
            assert reply.status_code == 200, reply.text
            assert office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready").status_code == 200
            decided.append(case_id)

    listed = [c["case_id"] for c in read_all(office, 7, between=[add_and_decide] * 3)]
    assert len(listed) == len(set(listed)), "a case listed twice"
    still_waiting = [c for c in before if c not in decided]
    assert set(still_waiting) <= set(listed), set(still_waiting) - set(listed)
    assert set(added) <= set(listed)  # submitted after the cursor: they come on the later pages
    unread_decided = decided[0::2]  # before[-1], before[-2], ...: decided before their page was read
    assert not set(unread_decided) & set(listed)


def test_a_decided_case_stays_in_the_queue_until_its_result_is_ready(center: Center) -> None:
    """制证 comes after the decision (regulation 002 四 (一)): the reviewer finds the case to attach the result."""
    intake = register_window(center)
    case_id = intake.new_case()
    office, _ = center.login("back_office")
    base = f"/api/v1/backoffice/cases/{case_id}"
    assert office.post(f"{base}/decide", json={"decision": "approve", "result_name": "营业执照"}).status_code == 200
    waiting = office.get("/api/v1/backoffice/queue").json()["cases"]
    assert [(c["case_id"], c["state"]) for c in waiting] == [(case_id, "approved")]
    assert office.post(f"{base}/result", json={"licence_no": "92411221MA0000001"}).status_code == 200
    assert office.post(f"{base}/result-ready").status_code == 200
    assert office.get("/api/v1/backoffice/queue").json() == {
        "cases": [], "total": 0, "next_cursor": None, "department": "*"
    }  # fmt: skip


def test_department_filter_pages_and_counts(center: Center) -> None:
    intake = register_window(center)
    for _ in range(5):
        intake.new_case(item_code="ITEM-1")
    office, _ = center.login("back_office")
    everyone = office.get("/api/v1/backoffice/queue", params={"limit": 2}).json()
    nobody = office.get("/api/v1/backoffice/queue", params={"department": "无此部门", "limit": 2}).json()
    assert everyone["total"] == 5 and nobody == {"cases": [], "total": 0, "next_cursor": None, "department": "*"}


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        base64.urlsafe_b64encode(b'["2026-12-06T10:00:00", "x"]').decode(),  # a time without its zone
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
        "\u5f20" * 10,
    ],
)
def test_a_forged_cursor_is_refused_in_words(center: Center, cursor: str) -> None:
    office, _ = center.login("back_office")
    reply = office.get("/api/v1/backoffice/queue", params={"cursor": cursor})
    assert reply.status_code == 422, reply.text
    assert reply.json()["code"] == "bad_cursor"
    assert "从第一页重新读取" in reply.json()["message_zh"]


@pytest.mark.parametrize("limit", ["0", "501", "-1", "abc"])
def test_a_limit_out_of_range_is_refused(center: Center, limit: str) -> None:
    office, _ = center.login("back_office")
    reply = office.get("/api/v1/backoffice/queue", params={"limit": limit})
    assert reply.status_code == 422
    assert reply.json()["code"] == "invalid_request"


def test_another_centers_cursor_shows_nothing_of_it(center: Center) -> None:
    intake = register_window(center)
    for _ in range(3):
        intake.new_case()
    office, _ = center.login("back_office")
    cursor = office.get("/api/v1/backoffice/queue", params={"limit": 1}).json()["next_cursor"]
    assert cursor
    other = make_center(center.server)
    other_office, _ = other.login("back_office")
    page = other_office.get("/api/v1/backoffice/queue", params={"cursor": cursor}).json()
    assert page == {"cases": [], "total": 0, "next_cursor": None, "department": "*"}


@pytest.mark.parametrize("with_cursor", [False, True])
def test_the_page_and_count_are_served_by_the_partial_index(center: Center, with_cursor: bool) -> None:
    """SQLite's plan for the server's own page query uses ix_cases_queue (revision 0011), in its order; the count is
    served by an index too (ix_cases_queue, or the supervision statistics' covering (center_code, state) index of
    central 0014, which SQLite may prefer for a bare count), never a scan of the table."""
    if not center.server.central.engine.url.drivername.startswith("sqlite"):
        pytest.skip("the plan is SQLite's")
    window: Window = register_window(center)
    window.new_case()
    cursor = None
    if with_cursor:
        office, _ = center.login("back_office")
        window.new_case()
        cursor = office.get("/api/v1/backoffice/queue", params={"limit": 1}).json()["next_cursor"]
        assert cursor
    page, count = backoffice.queue_query(center.code, None, 50, cursor)
    with center.server.central.tx() as session:
        for query, indexes in ((page, ("ix_cases_queue",)), (count, ("ix_cases_queue", "ix_cases_center_state"))):
            compiled = query.compile(dialect=session.bind.dialect, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.construct_params()[name] for name in compiled.positiontup or ())
            params = tuple(UTCDateTime().process_bind_param(v, None) if hasattr(v, "tzinfo") else v for v in params)
            plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).fetchall()
            text = " ".join(str(row[-1]) for row in plan)
            assert any(index in text for index in indexes), (str(compiled), text)
            assert "SCAN cases" not in text, text
            assert "TEMP B-TREE" not in text, text  # no sort: the index gives the order
