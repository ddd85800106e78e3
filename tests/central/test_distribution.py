"""Catalog and calendar versions, messages, SMS, and the OpenAPI contract."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from govdesk.central.db import SmsRow
from govdesk.cli import main
from govdesk.domain.calendar import provisional_year
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.domain.reference import calendar_document, calendar_from_document
from govdesk.domain.sms import result_ready_text
from govdesk.shipped import default_calendar, default_catalog
from tests.central.conftest import Center, RunningServer, make_center, register_window, start_server, stop_server


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


def _year_doc(year: int, drop: str = "") -> dict[str, object]:
    """A real year (the law's holidays and 补休 off), optionally without the days of festival ``drop``."""
    doc = {**provisional_year(year).to_json(), "source": f"测试用 {year} 年安排"}
    doc["holidays"] = {d: n for d, n in dict(doc["holidays"]).items() if n != drop}  # type: ignore[call-overload]
    return doc


def test_a_calendar_missing_a_statutory_holiday_is_refused_in_words(center: Center) -> None:
    admin_client, _ = center.login("admin")
    before = admin_client.get("/api/v1/calendar/latest")
    short = {"years": [_year_doc(2027, drop="春节")]}
    put = admin_client.put("/api/v1/calendar", json={"version": f"cal-{uuid.uuid4().hex[:6]}", "document": short})
    assert put.status_code == 422
    message = put.json()["message_zh"]
    assert message.startswith("工作日历无法发布：2027 年工作日历缺少《全国年节及纪念日放假办法》规定的法定节假日：")
    assert "2027-02-05（星期五，春节）" in message  # 除夕 2027
    assert admin_client.get("/api/v1/calendar/latest").json() == before.json()  # nothing published
    whole = {"years": [_year_doc(2027)]}
    put = admin_client.put("/api/v1/calendar", json={"version": f"cal-{uuid.uuid4().hex[:6]}", "document": whole})
    assert put.status_code == 200, put.text


def _publish(capsys: pytest.CaptureFixture[str], path: Path, db_url: str) -> tuple[int, str, str]:
    code = main(["central", "calendar", "publish", str(path), "--db", db_url, "--by", "管理员甲"])
    out, err = capsys.readouterr()
    return code, out, err


def test_calendar_publish_from_the_command_line_reaches_the_windows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    running = start_server(tmp_path / "central.db", tmp_path)  # its own server: the test starts with no calendar
    try:
        db_url = running.central.engine.url.render_as_string(hide_password=False)
        window, _ = make_center(running).login("intake")
        cursor = window.get("/api/v1/sync/snapshot").json()["cursor"]
        assert window.get("/api/v1/calendar/latest").status_code == 404
        year_2027 = tmp_path / "cn-2027.json"
        year_2027.write_text(json.dumps(_year_doc(2027), ensure_ascii=False), encoding="utf-8")
        code, out, err = _publish(capsys, year_2027, db_url)
        assert (code, err) == (0, "")
        first = window.get("/api/v1/calendar/latest").json()
        assert out == f"已发布工作日历 {first['version']}：2027 年（中心现有 2027 年），各窗口下次同步时载入\n"
        assert first["published_by"] == "命令行：管理员甲"
        assert calendar_from_document(first["document"]).years[0].to_json() == _year_doc(2027)
        # a year imported from the official notice is added to what the center holds
        notice_2026 = Path(__file__).parents[1] / "data" / "calendar" / "notice-2026.txt"
        year_2026 = tmp_path / "cn-2026.json"
        assert main(["calendar", "import", str(notice_2026), "--out", str(year_2026)]) == 0
        capsys.readouterr()
        code, out, err = _publish(capsys, year_2026, db_url)
        assert (code, err) == (0, "")
        assert "2026 年（中心现有 2026、2027 年）" in out
        second = window.get("/api/v1/calendar/latest").json()
        assert [y["year"] for y in second["document"]["years"]] == [2026, 2027]
        assert second["document"]["years"][0] == json.loads(year_2026.read_text(encoding="utf-8"))
        changes = window.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
        assert [(c["kind"], c["payload"]["version"]) for c in changes] == [
            ("calendar", first["version"]),
            ("calendar", second["version"]),
        ]
        # the same data again, a year missing 端午节, a gap: refused, nothing published
        code, out, err = _publish(capsys, year_2026, db_url)
        assert (code, out) == (1, "") and f"工作日历版本 {second['version']} 已发布过" in err
        short = tmp_path / "short.json"
        short.write_text(json.dumps(_year_doc(2028, drop="端午节"), ensure_ascii=False), encoding="utf-8")
        code, _, err = _publish(capsys, short, db_url)
        assert code == 1 and "2028 年工作日历缺少《全国年节及纪念日放假办法》规定的法定节假日" in err
        assert "2028-05-28（星期日，端午节）" in err
        gap = tmp_path / "gap.json"
        gap.write_text(json.dumps(_year_doc(2029), ensure_ascii=False), encoding="utf-8")
        code, _, err = _publish(capsys, gap, db_url)
        assert code == 1 and "缺少 2028 年的数据" in err
        assert window.get("/api/v1/calendar/latest").json()["version"] == second["version"]
        with pytest.raises(SystemExit) as exited:
            main(["central", "calendar", "publish", str(tmp_path / "missing.json"), "--db", db_url])
        assert exited.value.code == 2 and "找不到工作日历文件" in capsys.readouterr().err
    finally:
        stop_server(running)


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
    case_id = register_window(center).new_case(phone="13800138000")
    window, _ = center.login("issuing")
    request_id = str(uuid.uuid4())
    text = result_ready_text("测试中心", f"{center.code}-{case_id[:6]}", "许可证")
    body = {"request_id": request_id, "phone": "13800138000", "text": text, "case_id": case_id}
    first = window.post("/api/v1/sms", json=body)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "sent"
    again = window.post("/api/v1/sms", json=body).json()
    assert again == first.json()
    logged = [json.loads(line) for line in (server.sms.log_path or server.db_path).read_text("utf-8").splitlines()]
    assert [m["message_id"] for m in logged].count(first.json()["message_id"]) == 1
    assert [m["phone"] for m in logged if m["message_id"] == first.json()["message_id"]] == ["138****8000"]  # masked
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
