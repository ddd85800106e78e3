"""Back office: claim, decide and result-ready make server events and pull changes for the center's windows."""

from __future__ import annotations

import time
from pathlib import Path

from govdesk.central.app import run_maintenance_once
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.shipped import default_catalog
from tests.central.conftest import Center, RunningServer, register_window, start_server, stop_server


def test_claim_decide_result_ready_flow_back_to_windows(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    cursor = window.client.get("/api/v1/sync/snapshot").json()["cursor"]
    office, _ = center.login("back_office")

    claimed = office.post(f"/api/v1/backoffice/cases/{case_id}/claim")
    assert claimed.status_code == 200, claimed.text
    assert claimed.json()["state"] == "in_review"
    twice = office.post(f"/api/v1/backoffice/cases/{case_id}/claim")
    assert twice.status_code == 409
    assert "审查中" in twice.json()["message_zh"]

    no_name = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve"})
    assert no_name.status_code == 422
    assert no_name.json()["code"] == "result_name_required"
    decided = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve", "result_name": "食品经营许可证"}
    )
    assert decided.json()["state"] == "approved"
    ready = office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready")
    assert ready.json()["state"] == "result_ready"

    page = window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()
    mine = [c for c in page["changes"] if c["case_id"] == case_id]
    assert [(c["kind"], c["payload"]["state"]) for c in mine] == [
        ("decision", "in_review"),
        ("decision", "approved"),
        ("result_ready", "result_ready"),
    ]
    assert mine[2]["cursor"] == ready.json()["change_cursor"]
    assert mine[1]["payload"]["event"]["event_id"] == decided.json()["event_id"]
    approved = mine[1]["payload"]
    assert approved["decision"] == "approve"
    assert approved["result_name"] == "食品经营许可证"
    assert approved["event"]["kind"] == "case.approved"
    assert approved["event"]["actor"]["role"] == "back_office"
    # The server's event pushed back by a window is a harmless duplicate.
    echoed = window.push_events([approved["event"]])[0]
    assert echoed["status"] == "duplicate"
    # At the device's next number, the duplicate consumes it (as a re-enrolled window resending what the center
    # holds does; ``central.quarantine``): the window's next event takes the number after it.
    # The case left the queue; the window can now hand it off.
    queue = office.get("/api/v1/backoffice/queue").json()["cases"]
    assert case_id not in {c["case_id"] for c in queue}
    assert (
        window.push_events([window.event(case_id, "case.handed_off", {"method": "window"})])[0]["status"] == "applied"
    )


def test_deny_needs_a_reason_and_windows_cannot_use_the_back_office(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    assert window.client.get("/api/v1/backoffice/queue").status_code == 403
    assert window.client.post(f"/api/v1/backoffice/cases/{case_id}/claim").json()["code"] == "forbidden_role"
    office, _ = center.login("back_office")
    no_reason = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny"})
    assert no_reason.json()["code"] == "reason_required"
    denied = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny", "reason": "不符合条件"}
    )
    assert denied.json()["state"] == "denied"
    missing = office.post("/api/v1/backoffice/cases/no-such-case/claim")
    assert missing.status_code == 404


def test_queue_filters_by_department_from_the_catalog(server: RunningServer, center: Center) -> None:
    admin_client, _ = center.login("admin")
    version = f"dept-{center.code}"
    catalog = {**catalog_to_json(default_catalog()), "version": version}
    assert admin_client.put("/api/v1/catalog", json={"version": version, "document": catalog}).status_code == 200
    window = register_window(center)
    food = window.new_case(item_code="SCJG-01-005")  # 食品经营许可
    office, _ = center.login("back_office")
    listed = office.get("/api/v1/backoffice/queue", params={"department": "SCJG"}).json()["cases"]
    assert [c["case_id"] for c in listed] == [food]


def test_a_newly_published_catalog_moves_the_departments_of_new_events(server: RunningServer, center: Center) -> None:
    admin_client, _ = center.login("admin")
    office, _ = center.login("back_office")
    window = register_window(center)
    catalog = catalog_to_json(default_catalog())
    before = {**catalog, "version": f"move-1-{center.code}"}
    assert (
        admin_client.put("/api/v1/catalog", json={"version": before["version"], "document": before}).status_code == 200
    )
    first = window.new_case(item_code="SCJG-01-005")
    moved = {
        **catalog,
        "version": f"move-2-{center.code}",
        "items": [{**i, "department": "BDC"} if i["code"] == "SCJG-01-005" else i for i in catalog["items"]],
    }
    assert admin_client.put("/api/v1/catalog", json={"version": moved["version"], "document": moved}).status_code == 200
    second = window.new_case(item_code="SCJG-01-005")
    by_department = {
        dept: {
            c["case_id"] for c in office.get("/api/v1/backoffice/queue", params={"department": dept}).json()["cases"]
        }
        for dept in ("SCJG", "BDC")
    }
    assert first in by_department["SCJG"] and second not in by_department["SCJG"]
    assert second in by_department["BDC"] and first not in by_department["BDC"]


def test_demo_back_office_approves_by_itself(tmp_path: Path) -> None:
    running = start_server(tmp_path / "demo.db", tmp_path, auto_approve_seconds=0.2, maintenance_interval=0.1)
    try:
        from tests.central.conftest import make_center

        center = make_center(running)
        window = register_window(center)
        cursor = window.client.get("/api/v1/sync/snapshot").json()["cursor"]
        case_id = window.new_case()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            snap = window.client.get("/api/v1/sync/snapshot").json()
            state = next(c["state"] for c in snap["cases"] if c["case_id"] == case_id)
            if state == "result_ready":
                break
            time.sleep(0.1)
        assert state == "result_ready"
        kinds = [
            c["kind"]
            for c in window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
            if c["case_id"] == case_id
        ]
        assert kinds[-3:] == ["decision", "decision", "result_ready"]
        run_maintenance_once(running.central)  # nothing left to do: no second approval
        kinds_after = [
            c["kind"] for c in window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
        ]
        assert kinds_after.count("result_ready") == 1
    finally:
        stop_server(running)
