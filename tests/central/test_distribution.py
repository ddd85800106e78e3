"""Catalog and calendar versions, messages, SMS, and the OpenAPI contract."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from govdesk.central.db import SmsRow
from govdesk.domain.calendar import default_calendar
from govdesk.domain.catalog_loader import catalog_to_json, default_catalog
from govdesk.domain.reference import calendar_document
from tests.central.conftest import Center, RunningServer, make_center


def test_catalog_and_calendar_versions_make_pull_changes(server: RunningServer, center: Center) -> None:
    window, _ = center.login("intake")
    cursor = window.get("/api/v1/sync/snapshot").json()["cursor"]
    admin_client, _ = center.login("admin")
    version = f"cat-{uuid.uuid4().hex[:6]}"
    doc = {**catalog_to_json(default_catalog()), "version": version}
    put = admin_client.put("/api/v1/catalog", json={"version": version, "document": doc})
    assert put.status_code == 200, put.text
    assert admin_client.put("/api/v1/catalog", json={"version": version, "document": doc}).status_code == 409
    assert window.put("/api/v1/catalog", json={"version": "v9", "document": doc}).status_code == 403
    cal_version = f"cal-{uuid.uuid4().hex[:6]}"
    calendar = calendar_document(default_calendar())
    assert admin_client.put("/api/v1/calendar", json={"version": cal_version, "document": calendar}).is_success
    latest = window.get("/api/v1/catalog/latest").json()
    assert latest["version"] == version
    assert latest["document"] == doc
    assert window.get("/api/v1/calendar/latest").json()["version"] == cal_version
    kinds = [
        (c["kind"], c["payload"]["version"])
        for c in window.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    ]
    assert kinds == [("catalog", version), ("calendar", cal_version)]
    # Global changes reach every center.
    other, _ = make_center(server).login()
    assert other.get("/api/v1/catalog/latest").json()["sha256"] == latest["sha256"]


def test_a_document_no_window_could_load_is_refused_with_what_is_wrong(center: Center) -> None:
    admin_client, _ = center.login("admin")
    broken = {"version": "cat-broken", "items": [{"code": "X-1", "name": "测试事项"}]}
    put = admin_client.put("/api/v1/catalog", json={"version": "cat-broken", "document": broken})
    assert put.status_code == 422
    message = put.json()["message_zh"]
    assert "X-1（测试事项）" in message and "promised_limit" in message
    put = admin_client.put("/api/v1/calendar", json={"version": "cal-broken", "document": {"holidays": []}})
    assert put.status_code == 422 and "years" in put.json()["message_zh"]
    assert admin_client.get("/api/v1/calendar/latest").status_code in (200, 404)  # nothing broken was published


def test_messages_reach_only_their_center(server: RunningServer, center: Center) -> None:
    window, _ = center.login("intake")
    cursor = window.get("/api/v1/sync/snapshot").json()["cursor"]
    office, _ = center.login("back_office")
    assert office.post("/api/v1/messages", json={"text": "下午三点系统维护"}).status_code == 200
    assert window.post("/api/v1/messages", json={"text": "x"}).status_code == 403
    other = make_center(server)
    other_window, _ = other.login()
    changes = window.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    assert [c["payload"]["text"] for c in changes if c["kind"] == "message"] == ["下午三点系统维护"]
    theirs = other_window.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    assert all(c["kind"] != "message" for c in theirs)


def test_sms_is_logged_recorded_and_not_sent_twice(server: RunningServer, center: Center) -> None:
    window, _ = center.login("issuing")
    request_id = str(uuid.uuid4())
    body = {"request_id": request_id, "phone": "13800138000", "text": "您的办件结果已出，请到综合窗口领取。"}
    first = window.post("/api/v1/sms", json=body)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "sent"
    again = window.post("/api/v1/sms", json=body).json()
    assert again == first.json()
    logged = [json.loads(line) for line in (server.sms.log_path or server.db_path).read_text("utf-8").splitlines()]
    assert [m["message_id"] for m in logged].count(first.json()["message_id"]) == 1
    with server.central.tx() as session:
        row = session.scalars(select(SmsRow).where(SmsRow.request_id == request_id)).one()
        assert (row.status, row.center_code, row.phone) == ("sent", center.code, "13800138000")
    bad = window.post("/api/v1/sms", json={**body, "request_id": str(uuid.uuid4()), "phone": "12345"})
    assert bad.status_code == 422
    assert bad.json()["code"] == "bad_phone"


def test_openapi_names_models_tags_and_errors(server: RunningServer) -> None:
    reply = server.client().get("/openapi.json")
    assert reply.status_code == 200
    spec = reply.json()
    schemas = spec["components"]["schemas"]
    for name in ("PushRequest", "PushResult", "PullResponse", "Change", "ErrorBody", "TokenResponse"):
        assert name in schemas
    assert "HTTPValidationError" not in schemas
    push = spec["paths"]["/api/v1/sync/push"]["post"]
    assert push["operationId"] == "push"
    assert push["tags"] == ["sync"]
    assert push["responses"]["401"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert spec["paths"]["/api/v1/sync/pull"]["get"]["responses"]["410"]
    unknown = server.client().get("/api/v1/nothing-here")
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "not_found"
