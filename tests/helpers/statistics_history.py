"""A known history pushed to a real central server, and what its supervision statistics must say (SQLite and
PostgreSQL run the same checks: ``tests/central/test_statistics.py``, ``tests/postgres/test_statistics_pg.py``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from govdesk.domain.clock import CST


def push_known_history(center: Any, register_window: Any) -> dict[str, str]:
    """At a center (``tests.central.conftest.Center``): two cases of the intake clerk (one accepted and transferred,
    one notified) and one rated 5 with a comment; returns the case ids."""
    intake = register_window(center)
    transferred = intake.new_case(("case.drafted", "case.accepted", "case.submitted"))
    notified = intake.new_case(("case.drafted", "case.notified"))
    rated = intake.new_case(("case.drafted", "case.completed"))
    results = intake.push_events([intake.event(rated, "case.evaluated", {"rating": 5, "comment": "太慢"})])
    assert [r["status"] for r in results] == ["applied"], results
    return {"transferred": transferred, "notified": notified, "rated": rated, "user": intake.user["username"]}


def today() -> date:
    return datetime.now(CST).date()


def check_statistics(center: Any, made: dict[str, str]) -> None:
    supervisor = center.add_user("supervisor")
    client, _ = center.login(username=supervisor)
    day = today().isoformat()
    reply = client.get("/api/v1/statistics/supervision", params={"first": day, "last": day})
    assert reply.status_code == 200, reply.text
    stats = reply.json()
    assert stats["center_code"] == center.code
    counts = {(a["window"], a["clerk_id"], a["kind"]): a["count"] for a in stats["activity"]}
    user = made["user"]
    assert counts == {
        ("3号窗口", user, "case.drafted"): 3,
        ("3号窗口", user, "case.accepted"): 1,
        ("3号窗口", user, "case.submitted"): 1,
        ("3号窗口", user, "case.notified"): 1,
        ("3号窗口", user, "case.completed"): 1,
    }
    states = {s["state"]: s["count"] for s in stats["states"]}
    assert states == {"submitted": 1}  # unfinished cases only: notified and completed ones are done
    assert stats["unclaimed"] == [] and stats["open_commitments"] == 0  # transferred just now
    assert [(r["clerk_id"], r["item_code"], r["count"], r["good"], r["bad"], r["total"]) for r in stats["ratings"]] == [
        (user, "ITEM-1", 1, 0, 1, 5)  # per item too (the rated case's)
    ]

    # a day later nobody has claimed the transferred case: a step overrun
    center.server.clock.offset = timedelta(hours=25)
    try:
        client, _ = center.login(username=supervisor)  # a token of the later day
        later = client.get("/api/v1/statistics/supervision", params={"first": day, "last": day}).json()
    finally:
        center.server.clock.offset = timedelta(0)
    assert [u["case_id"] for u in later["unclaimed"]] == [made["transferred"]]

    # yesterday: nothing happened
    yesterday = (today() - timedelta(days=1)).isoformat()
    empty = client.get("/api/v1/statistics/supervision", params={"first": yesterday, "last": yesterday}).json()
    assert empty["activity"] == [] and empty["ratings"] == [] and len(empty["states"]) == 1


def check_refusals(center: Any, other_center: Any) -> None:
    day = today().isoformat()
    intake, _ = center.login("intake")
    reply = intake.get("/api/v1/statistics/supervision", params={"first": day, "last": day})
    assert reply.status_code == 403 and reply.json()["code"] == "forbidden_role"
    admin, _ = center.login("admin")
    backwards = admin.get("/api/v1/statistics/supervision", params={"first": day, "last": "2020-01-01"})
    assert backwards.status_code == 400 and "早于开始日期" in backwards.json()["message_zh"]
    too_long = admin.get("/api/v1/statistics/supervision", params={"first": "2020-01-01", "last": day})
    assert too_long.status_code == 400 and "最长" in too_long.json()["message_zh"]
    assert admin.get("/api/v1/statistics/supervision", params={"first": "x", "last": day}).status_code == 422
    assert center.server.client().get("/api/v1/statistics/supervision").status_code in (401, 422)
    # another center's supervisor sees only their own center, whatever they ask
    other, _ = other_center.login(username=other_center.add_user("supervisor"))
    theirs = other.get("/api/v1/statistics/supervision", params={"first": day, "last": day}).json()
    assert theirs["center_code"] == other_center.code and theirs["activity"] == [] and theirs["states"] == []
