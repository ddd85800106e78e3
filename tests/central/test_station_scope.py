"""A window pulls what concerns it (issue 17): its stations' cases, the results to hand out at its center, the
center's documents — over loopback against the real server, as each window device would (its key in the header).

Run on SQLite here and on PostgreSQL by ``tests/postgres/test_station_scope_pg.py`` (the page query's range reads)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from govdesk.central.quarantine import quarantine
from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import Center, RunningServer, Window, hall_desk, make_center, register_window


def _cursor(window: Window) -> str:
    """Where a window stands now: the end of what it may pull."""
    page = _pull(window.client, "")
    while page["has_more"]:
        page = _pull(window.client, page["next_cursor"])
    return str(page["next_cursor"])


def _pull(client: httpx.Client, cursor: str, limit: int = 500, **extra: Any) -> dict[str, Any]:
    reply = client.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": limit, **extra})
    assert reply.status_code == 200, reply.text
    return dict(reply.json())


def _of(page: dict[str, Any], case_id: str) -> list[dict[str, Any]]:
    return [c for c in page["changes"] if c["case_id"] == case_id]


def _counter(server: RunningServer) -> int:
    from govdesk.central.changes import current_cursor

    with server.central.read() as session:
        return current_cursor(session)


def test_another_stations_case_reaches_a_window_only_when_its_result_is_ready(
    server: RunningServer, center: Center
) -> None:
    s01 = register_window(center)  # intake
    s02 = register_window(center, "issuing")  # the result window (综合窗口出件)
    desk = hall_desk(center)
    at = {name: _cursor(w) for name, w in (("s01", s01), ("s02", s02), ("desk", desk))}
    case_id = s01.new_case()  # drafted, accepted, submitted at S01
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/claim").status_code == 200
    decided = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve", "result_name": "营业执照"}
    )
    assert decided.status_code == 200, decided.text

    # S02: nothing of it, not even a number and a state. The hall desk: every change of it, thin.
    quiet = _pull(s02.client, at["s02"])
    assert _of(quiet, case_id) == [] and quiet["changes"] == []
    seen = _of(_pull(desk.client, at["desk"]), case_id)
    assert [c["payload"]["state"] for c in seen][-1] == "approved"
    assert all("event" not in c["payload"] for c in seen)
    # S01, whose case it is: the back office's decision with its event document.
    own = _of(_pull(s01.client, at["s01"]), case_id)
    assert [c["payload"]["event"]["kind"] for c in own] == ["case.in_review", "case.approved"]

    # Ready for hand-off: now it concerns every window of the center; the result window gets the applicant.
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready").status_code == 200
    page = _pull(s02.client, quiet["next_cursor"])
    [ready] = _of(page, case_id)
    assert ready["payload"]["state"] == "result_ready" and "event" not in ready["payload"]
    assert ready["payload"]["applicant"]["name"] == "李四"
    assert ready["payload"]["station_code"] == s01.station_code

    # Handed off at S01: its move out of 结果待领取 reaches S02 (it leaves the 出件 list there).
    handed = s01.push_events([s01.event(case_id, "case.handed_off", {"method": "window"})])
    assert handed[0]["status"] == "applied", handed
    [out] = _of(_pull(s02.client, page["next_cursor"]), case_id)
    assert out["payload"]["state"] == "handed_off" and "applicant" not in out["payload"]


def test_a_quiet_window_reads_nothing_of_a_burst_at_another_station(server: RunningServer, center: Center) -> None:
    township = register_window(center)
    quiet = register_window(center)
    start = _cursor(quiet)
    burst = [township.new_case() for _ in range(40)]  # 120 changes of S01's cases
    before = _counter(server)
    page = _pull(quiet.client, start, limit=25)
    # One page, nothing in it, and the cursor past the whole burst: the next pull does not look at it again.
    assert (page["changes"], page["next_cursor"], page["has_more"]) == ([], str(before), False)
    assert (page["scope"], page["stations"]) == ("station", [quiet.station_code])
    assert int(page["next_cursor"]) - int(start) == 3 * len(burst)
    # Its own push never comes back, more of the township's is not looked at: the cursor moves to the counter.
    quiet.new_case(("case.drafted",))
    township.new_case()
    after = _pull(quiet.client, page["next_cursor"], limit=25)
    assert after["changes"] == [] and after["next_cursor"] == str(_counter(server))  # its own push never comes back


def test_a_re_enrolled_device_still_receives_decisions_on_its_earlier_cases(
    server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    case_id = window.new_case()
    with server.central.tx() as session:  # a PC restored from an old backup: quarantined (central.quarantine)
        quarantine(session, window.device_id, "测试：从旧备份恢复", datetime.now(UTC))
    admin, _ = center.login("admin")
    assert admin.post(f"/api/v1/admin/devices/{window.device_id}/reenrol").status_code == 200
    reply = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id, "name": "pc"})
    assert reply.status_code == 200, reply.text
    reborn = reply.json()
    assert reborn["replaces"] == window.device_id and reborn["station_code"] != window.station_code
    start = _cursor(window)  # the same PC, the same key: now the new device
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/claim").status_code == 200
    denied = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny", "reason": "不符"})
    assert denied.status_code == 200, denied.text
    [review, decision] = _of(_pull(window.client, start), case_id)
    assert decision["payload"]["event"]["kind"] == "case.denied"  # whole: the case is its own (its old station)
    assert review["payload"]["event"]["kind"] == "case.in_review"
    summary = window.client.get("/api/v1/sync/summary").json()
    assert summary["stations"] == [reborn["station_code"], window.station_code]
    assert summary["scope"] == "station" and summary["count"] == 1


def test_bootstrap_and_summary_hold_a_station_windows_cases_and_the_ready_ones(
    server: RunningServer, center: Center
) -> None:
    s01 = register_window(center)
    s02 = register_window(center)
    others = [s01.new_case() for _ in range(3)]
    mine = [s02.new_case() for _ in range(2)]
    office, _ = center.login("back_office")
    decision = {"decision": "approve", "result_name": "证"}
    assert office.post(f"/api/v1/backoffice/cases/{others[0]}/decide", json=decision).is_success
    assert office.post(f"/api/v1/backoffice/cases/{others[0]}/result-ready").is_success
    page = s02.client.get("/api/v1/sync/bootstrap", params={"limit": 2}).json()
    rows = list(page["rows"])
    while page["has_more"]:
        page = s02.client.get(
            "/api/v1/sync/bootstrap", params={"cursor": page["cursor"], "after": page["next_after"], "limit": 2}
        ).json()
        rows += page["rows"]
    assert sorted(r[0] for r in rows) == sorted([*mine, others[0]])
    assert (page["scope"], page["stations"]) == ("station", [s02.station_code])
    summary = s02.client.get("/api/v1/sync/summary").json()
    assert summary["count"] == 3 and summary["stations"] == [s02.station_code]
    snapshot = s02.client.get("/api/v1/sync/snapshot").json()
    assert sorted(c["case_id"] for c in snapshot["cases"]) == sorted([*mine, others[0]])
    # A hall desk: every case of the center.
    desk = hall_desk(center)
    whole = desk.client.get("/api/v1/sync/summary").json()
    assert (whole["scope"], whole["count"]) == ("center", 5)


@pytest.mark.parametrize(
    "widen",
    [
        {"scope": "center"},
        {"stations": "S01"},
        {"station_code": "S01"},
        {"station": "S01", "device_id": "x"},
    ],
)
def test_a_window_cannot_widen_its_scope_by_any_field(
    server: RunningServer, center: Center, widen: dict[str, str]
) -> None:
    s01 = register_window(center)
    s02 = register_window(center)
    start = _cursor(s02)
    case_id = s01.new_case()
    assert _of(_pull(s02.client, start, **widen), case_id) == []
    summary = s02.client.get("/api/v1/sync/summary", params=widen).json()
    assert (summary["scope"], summary["count"]) == ("station", 0)
    # Nor by registering again asking for it, nor by leaving its key out (a window with no station at all).
    again = s02.client.post("/api/v1/devices/register", json={"device_id": s02.device_id, **widen})
    assert again.status_code in (200, 422)
    assert _of(_pull(s02.client, start), case_id) == []
    keyless, _ = center.login("intake")
    assert _of(_pull(keyless, start), case_id) == []
    assert keyless.get("/api/v1/sync/summary").json()["count"] == 0


def test_a_device_key_of_another_center_gives_the_no_device_answer(server: RunningServer, center: Center) -> None:
    here = register_window(center)  # S01 here
    elsewhere = register_window(make_center(server))  # S01 at the other center
    assert here.station_code == elsewhere.station_code
    start = _cursor(here)
    case_id = here.new_case()
    client, _ = center.login("issuing")
    client.headers[DEVICE_KEY_HEADER] = elsewhere.client.headers[DEVICE_KEY_HEADER]
    assert _of(_pull(client, start), case_id) == []
    summary = client.get("/api/v1/sync/summary").json()
    assert (summary["count"], summary["stations"]) == (0, [])
    # An admin of the other center cannot make a desk of this center's device either.
    other_admin, _ = Center(server, elsewhere.center_code, {"admin": ""}).login("admin", _admin_of(server, elsewhere))
    refused = other_admin.post(f"/api/v1/admin/devices/{here.device_id}/scope", params={"scope": "center"})
    assert refused.status_code == 404, refused.text
    assert "不存在" in refused.json()["message_zh"]
    assert here.client.get("/api/v1/sync/summary").json()["scope"] == "station"


def _admin_of(server: RunningServer, window: Window) -> str:
    from sqlalchemy import select

    from govdesk.central.db import User

    with server.central.read() as session:
        return str(
            session.scalar(select(User.username).where(User.center_code == window.center_code, User.role == "admin"))
        )
