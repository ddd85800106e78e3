"""The departmental interface (统一受理接口): a department's own system, authenticated by its credential, pulls its
cases with their materials, pushes steps and results (which flow back to the windows), and is told of new cases by
HMAC-signed webhooks retried after a failure. Over loopback against a real server."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from govdesk.central.app import run_maintenance_once
from govdesk.central.departments import DEPARTMENT_KEY_HEADER, AdminRefused, add_department
from govdesk.central.webhooks import DELIVERY_HEADER, SIGNATURE_HEADER, verify
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.shipped import default_catalog
from tests.central.conftest import Center, RunningServer, make_center, register_window, start_server, stop_server
from tests.helpers.http_servers import ServedOnLoopback

ITEM = "SCJG-01-005"  # 食品经营许可 (department SCJG in the demo catalog)


def _publish_catalog(center: Center) -> None:
    admin, _ = center.login("admin")
    version = f"dept-api-{center.code}"
    catalog = {**catalog_to_json(default_catalog()), "version": version}
    assert admin.put("/api/v1/catalog", json={"version": version, "document": catalog}).status_code == 200


def _issue(server: RunningServer, center: Center, code: str = "SCJG", webhook: str = "") -> Any:
    with server.central.tx() as session:
        return add_department(session, center.code, code, "市场监督管理局", datetime.now(UTC), webhook_url=webhook)


def _dept(server: RunningServer, key: str) -> Any:
    return server.client(**{DEPARTMENT_KEY_HEADER: key})


def _case_with_material(center: Center, window: Any, item: str = ITEM) -> str:
    case_id = str(uuid.uuid4())
    first = {"case_no": f"{center.code}-{case_id[:6]}", "item_codes": [item], "applicant": {"name": "李四"}}
    events = [
        window.event(case_id, "case.drafted", first),
        window.event(case_id, "case.material_recorded", {"code": "id_card", "name": "居民身份证", "status": "ok"}),
        window.event(case_id, "case.accepted", {"promised_date": "2026-12-18"}),
        window.event(case_id, "case.submitted"),
    ]
    assert [r["status"] for r in window.push_events(events)] == ["applied"] * 4
    return case_id


def test_a_department_pulls_its_cases_and_pushes_steps_that_flow_back(server: RunningServer, center: Center) -> None:
    _publish_catalog(center)
    window = register_window(center)
    case_id = _case_with_material(center, window)
    other_dept = window.new_case(item_code="BDC-07-001")  # 不动产: not this department's
    cursor = window.client.get("/api/v1/sync/snapshot").json()["cursor"]
    dept = _dept(server, _issue(server, center).key)

    listed = dept.get("/api/v1/dept/cases").json()
    assert [c["case_id"] for c in listed["cases"]] == [case_id]
    case = listed["cases"][0]
    assert case["materials"] == [{"code": "id_card", "name": "居民身份证", "status": "ok"}]
    assert case["promised_date"] == "2026-12-18" and case["attachments"] == []
    assert dept.get(f"/api/v1/dept/cases/{other_dept}").status_code == 404

    base = f"/api/v1/dept/cases/{case_id}"
    assert dept.post(f"{base}/claim", json={"operator": "赵六"}).json()["state"] == "in_review"
    assert dept.post(f"{base}/steps", json={"step": "review", "operator": "赵六"}).status_code == 200
    assert dept.post(f"{base}/decide", json={"decision": "approve", "result_name": "食品经营许可证"}).status_code == 200
    assert dept.post(f"{base}/result", json={"licence_no": "JY14112210000012"}).status_code == 200
    assert dept.post(f"{base}/result-ready", json={}).json()["state"] == "result_ready"

    changes = window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    events = [c["payload"]["event"] for c in changes if c["case_id"] == case_id]
    assert [e["kind"] for e in events] == [
        "case.in_review", "case.step_recorded", "case.approved", "case.result_attached", "case.result_ready",
    ]  # fmt: skip
    assert events[0]["actor"]["clerk_name"] == "市场监督管理局（赵六）"
    assert {e["actor"]["role"] for e in events} == {"back_office"}
    assert {e["actor"]["clerk_id"] for e in events} == {"dept:SCJG"}


def test_department_credentials_are_checked(server: RunningServer, center: Center) -> None:
    _publish_catalog(center)
    window = register_window(center)
    case_id = _case_with_material(center, window)
    issued = _issue(server, center)
    key_id = issued.key_id
    for key in ("", "nonsense", f"{key_id}.wrong-secret", f"dk_0000000000000000.{issued.key.split('.')[1]}"):
        reply = _dept(server, key).get("/api/v1/dept/cases")
        assert reply.status_code == 401, key
        assert reply.json()["message_zh"]
    # a user's token is no department key
    office, _ = center.login("back_office")
    assert office.get("/api/v1/dept/cases").status_code == 401
    # another center's department does not see this center's cases
    stranger = make_center(server)
    _publish_catalog(stranger)
    far = _dept(server, _issue(server, stranger).key)
    assert far.get("/api/v1/dept/cases").json()["cases"] == []
    assert far.post(f"/api/v1/dept/cases/{case_id}/claim", json={}).status_code == 404
    # a revoked credential is refused at once
    with server.central.tx() as session:
        from govdesk.central.departments import revoke_department

        revoke_department(session, key_id, datetime.now(UTC))
    revoked = _dept(server, issued.key).get("/api/v1/dept/cases")
    assert revoked.status_code == 401 and revoked.json()["code"] == "department_key_revoked"
    # an admin's mistakes are said in words
    for code, webhook in (("SC JG", ""), ("SCJG", "http://example.org/hook"), ("SCJG", "ftp://x")):
        with pytest.raises(AdminRefused), server.central.tx() as session:
            add_department(session, center.code, code, "市场监督管理局", datetime.now(UTC), webhook_url=webhook)


class _Receiver:
    """A department's system on loopback: answers the first ``fail_first`` webhooks with 500, then 200."""

    def __init__(self, fail_first: int) -> None:
        self.received: list[tuple[dict[str, str], bytes, int]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = 500 if len(receiver.received) < fail_first else 200
                receiver.received.append((dict(self.headers), body, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.served = ServedOnLoopback(Handler)
        self.url = f"{self.served.url}/hook"

    def close(self) -> None:
        self.served.close()


@pytest.fixture
def quiet_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A server whose background round runs only when the test says (webhook attempts counted exactly)."""
    running = start_server(tmp_path / "hooks.db", tmp_path, maintenance_interval=3600)
    yield running
    stop_server(running)


def test_webhooks_are_signed_and_retried_until_delivered(quiet_server: RunningServer) -> None:
    server = quiet_server
    center = make_center(server)
    _publish_catalog(center)
    receiver = _Receiver(fail_first=1)
    try:
        issued = _issue(server, center, webhook=receiver.url)
        window = register_window(center)
        case_id = _case_with_material(center, window)
        window.new_case(item_code="BDC-07-001")  # another department's: no webhook to SCJG

        run_maintenance_once(server.central)
        assert len(receiver.received) == 1 and receiver.received[0][2] == 500
        run_maintenance_once(server.central)  # not due yet: nothing sent again at once
        assert len(receiver.received) == 1
        server.clock.offset += timedelta(minutes=2)
        run_maintenance_once(server.central)
        assert [r[2] for r in receiver.received] == [500, 200]
        now = int(server.central.now().timestamp())  # when it was signed (the server's clock)
        server.clock.offset += timedelta(hours=2)
        run_maintenance_once(server.central)  # delivered: never again
        assert len(receiver.received) == 2

        headers, body, _ = receiver.received[1]
        assert headers[DELIVERY_HEADER] == receiver.received[0][0][DELIVERY_HEADER]  # the same delivery, retried
        assert verify(issued.webhook_secret, headers[SIGNATURE_HEADER], body, now)
        assert not verify(issued.webhook_secret, headers[SIGNATURE_HEADER], body.replace(b"SCJG", b"BDC0"), now)
        assert not verify("another-secret", headers[SIGNATURE_HEADER], body, now)
        assert not verify(issued.webhook_secret, headers[SIGNATURE_HEADER], body, now + 3600)  # a replay, late
        sent = json.loads(body)
        assert sent["case_id"] == case_id and sent["event"] == "case.submitted" and sent["department"] == "SCJG"
        assert "李四" not in body.decode()  # no personal data in a webhook: the department pulls the case
    finally:
        receiver.close()


def test_a_department_reads_the_scans_and_sends_its_result_document(server: RunningServer, center: Center) -> None:
    _publish_catalog(center)
    window = register_window(center)
    scan = b"\xff\xd8\xff\xe0" + uuid.uuid4().bytes * 4000
    sha = hashlib.sha256(scan).hexdigest()
    case_id = str(uuid.uuid4())
    first = {"case_no": f"{center.code}-{case_id[:6]}", "item_codes": [ITEM], "applicant": {"name": "李四"}}
    page = {"sha256": sha, "size": len(scan), "content_type": "image/jpeg", "pages": 1}
    events = [
        window.event(case_id, "case.drafted", first),
        window.event(case_id, "case.material_recorded", {"code": "id_card", "name": "居民身份证", "pages": [page]}),
        window.event(case_id, "case.accepted", {"promised_date": "2026-12-18"}),
        window.event(case_id, "case.submitted"),
    ]
    assert [r["status"] for r in window.push_events(events)] == ["applied"] * 4
    upload = f"/api/v1/cases/{case_id}/attachments/{sha}/upload"
    assert window.client.put(upload, params={"offset": 0}, content=scan).json()["complete"] is True
    dept = _dept(server, _issue(server, center).key)
    other = _dept(server, _issue(server, center, code="BDC").key)

    listed = dept.get(f"/api/v1/dept/cases/{case_id}").json()["attachments"]
    assert listed == [
        {"material_code": "id_card", "page": 1, "sha256": sha, "size": len(scan), "content_type": "image/jpeg"}
    ]
    assert dept.get(f"/api/v1/dept/attachments/{sha}").content == scan
    assert other.get(f"/api/v1/dept/attachments/{sha}").status_code == 403  # another department's case
    assert dept.get(f"/api/v1/attachments/{sha}").status_code == 401  # a department key is no user's token

    base = f"/api/v1/dept/cases/{case_id}"
    assert dept.post(f"{base}/decide", json={"decision": "approve", "result_name": "食品经营许可证"}).status_code == 200
    result = b"%PDF-1.4\n" + uuid.uuid4().bytes * 1000
    result_sha = hashlib.sha256(result).hexdigest()
    meta = {"size": len(result), "content_type": "application/pdf"}
    refused = other.put(f"/api/v1/dept/cases/{case_id}/result-file/{result_sha}", params=meta, content=result)
    assert refused.status_code == 404
    state = dept.put(f"{base}/result-file/{result_sha}", params=meta, content=result).json()
    assert state["complete"] is True
    assert (
        dept.post(f"{base}/result", json={"licence_no": "JY1411221", "attachment_sha256": result_sha}).status_code
        == 200
    )
    issuing, _ = center.login("issuing")
    assert issuing.get(f"/api/v1/attachments/{result_sha}").content == result
    assert issuing.get(f"/api/v1/attachments/{sha}").status_code == 403  # a window reads no material scan
