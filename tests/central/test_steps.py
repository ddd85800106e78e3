"""The back office's steps at the server: 补正 (clock stops, the applicant told, no decision while open, answered by
the window's case.resumed), 办理环节 with who and when, the result; each through the transition table, the sender's
role checked, every field of the request treated as hostile."""

from __future__ import annotations

from typing import Any

import pytest

from govdesk.domain.backoffice import CORRECTION_REQUESTED_KIND, RESUMED_KIND
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.domain.sms import correction_text
from govdesk.shipped import default_catalog
from tests.central.conftest import Center, RunningServer, make_center, register_window

FIX = {"items": [{"material_code": "id_card", "name": "居民身份证", "reason": "复印件不清晰", "fix": "提供原件"}]}


def _url(case_id: str, step: str) -> str:
    return f"/api/v1/backoffice/cases/{case_id}/{step}"


@pytest.fixture
def quiet_item(center: Center) -> str:
    """An item that wants no progress SMS: the center's admin installs the shipped catalog with ``progress_sms``
    off for it (the rest as shipped); its code."""
    item = "SCJG-01-005"
    admin, _ = center.login("admin")
    catalog = catalog_to_json(default_catalog())
    quiet = {
        **catalog,
        "version": f"quiet-{center.code}",
        "items": [{**i, "progress_sms": False} if i["code"] == item else i for i in catalog["items"]],
    }
    assert admin.put("/api/v1/catalog", json={"version": quiet["version"], "document": quiet}).status_code == 200
    return item


def test_correction_goes_back_to_the_window_stops_the_clock_and_tells_the_applicant(
    server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    case_id = window.new_case(phone="13800138000")
    cursor = window.client.get("/api/v1/sync/snapshot").json()["cursor"]
    office, _ = center.login("back_office")
    sent_before = len(server.sms.sent)
    assert office.post(_url(case_id, "claim")).status_code == 200

    asked = office.post(_url(case_id, "correction"), json={**FIX, "note": "请一次补齐"})
    assert asked.status_code == 200, asked.text
    assert asked.json()["state"] == "in_review"  # a record: the state stays, the clock stops

    # the window pulls it, with what to fix and who asked
    changes = window.client.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    mine = [
        c for c in changes if c["case_id"] == case_id and c["payload"]["event"]["kind"] == CORRECTION_REQUESTED_KIND
    ]
    assert len(mine) == 1
    payload = mine[0]["payload"]["event"]["payload"]
    assert payload["items"][0]["name"] == "居民身份证"
    assert payload["suspension"]["kind"] == "correction" and payload["suspension"]["end"] is None
    assert mine[0]["payload"]["event"]["actor"]["role"] == "back_office"

    # the applicant is told by SMS, to the phone given at intake, naming the case and the material
    sent = server.sms.sent[sent_before:]
    case_no = f"{center.code}-{case_id[:6]}"
    assert [(s[1], s[2]) for s in sent] == [
        ("13800138000", correction_text(f"测试中心{center.code}", case_no, ("居民身份证",)))
    ]

    # no decision and no second 补正 while it is open
    decided = office.post(_url(case_id, "decide"), json={"decision": "approve", "result_name": "证"})
    assert decided.status_code == 409 and decided.json()["code"] == "correction_open"
    again = office.post(_url(case_id, "correction"), json=FIX)
    assert again.status_code == 409 and again.json()["code"] == "correction_open"
    detail = office.get(f"/api/v1/backoffice/cases/{case_id}").json()
    assert detail["correction_open"] is True and detail["correction"][0]["reason"] == "复印件不清晰"

    # the window has the corrected materials: case.resumed, and the back office may decide
    assert window.push_events([window.event(case_id, RESUMED_KIND, {"kind": "correction"})])[0]["status"] == "applied"
    assert office.get(f"/api/v1/backoffice/cases/{case_id}").json()["correction_open"] is False
    decided = office.post(_url(case_id, "decide"), json={"decision": "approve", "result_name": "营业执照"})
    assert decided.status_code == 200, decided.text


def test_steps_and_result_are_recorded_with_who_and_when(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    office, tokens = center.login("back_office")
    assert office.post(_url(case_id, "claim")).status_code == 200
    assert office.post(_url(case_id, "steps"), json={"step": "review", "note": "材料齐全"}).status_code == 200
    early = office.post(_url(case_id, "steps"), json={"step": "production"})
    assert early.status_code == 409 and "制证" in early.json()["message_zh"]  # not before a decision
    assert (
        office.post(_url(case_id, "decide"), json={"decision": "approve", "result_name": "营业执照"}).status_code == 200
    )
    nothing = office.post(_url(case_id, "result"), json={})
    assert nothing.status_code == 422 and nothing.json()["code"] == "result_required"
    attached = office.post(_url(case_id, "result"), json={"licence_no": "92410000MA0001", "result_name": "营业执照"})
    assert attached.status_code == 200, attached.text
    assert office.post(_url(case_id, "steps"), json={"step": "production", "note": "已制证"}).status_code == 200
    assert office.post(_url(case_id, "result-ready")).json()["state"] == "result_ready"

    detail = office.get(f"/api/v1/backoffice/cases/{case_id}").json()
    words = [p["words"] for p in detail["progress"]]
    assert words == [
        "认领，开始审查",
        "审查环节：材料齐全",
        "决定：准予许可（营业执照）",
        "制作营业执照，证照编号 92410000MA0001",
        "制证环节：已制证",
        "结果已出，转综合窗口出件",
    ]
    assert {p["who"] for p in detail["progress"]} == {tokens["user"]["display_name"]}
    assert detail["licence_no"] == "92410000MA0001"
    assert all(p["at"] for p in detail["progress"])


def test_hostile_requests_are_refused(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    office, _ = center.login("back_office")
    attacks: dict[str, tuple[Any, str, dict[str, Any], int]] = {
        "a window asks for 补正": (window.client, "correction", FIX, 403),
        "a window records a step": (window.client, "steps", {"step": "review"}, 403),
        "no items": (office, "correction", {"items": []}, 422),
        "too many items": (
            office,
            "correction",
            {"items": [{"name": f"材料{i}", "reason": "缺"} for i in range(31)]},
            422,
        ),
        "a huge reason": (office, "correction", {"items": [{"name": "证", "reason": "x" * 5000}]}, 422),
        "the same material twice": (office, "correction", {"items": [FIX["items"][0], FIX["items"][0]]}, 422),
        "an unknown step": (office, "steps", {"step": "sign"}, 422),
        "a licence number with a script": (office, "result", {"licence_no": "<script>"}, 422),
        "a sha256 that is not one": (office, "result", {"attachment_sha256": "../../etc/passwd"}, 422),
    }
    for what, (client, step, body, status) in attacks.items():
        reply = client.post(_url(case_id, step), json=body)
        assert reply.status_code == status, (what, reply.text)
        assert reply.json()["message_zh"], what
    # a window pushing the back office's event itself is refused by the table (role checked per kind)
    forged = window.event(case_id, CORRECTION_REQUESTED_KIND, FIX)
    refused = window.push_events([forged])[0]
    assert refused["status"] == "refused" and refused["code"] == "forbidden_role"
    # another center's back office does not see the case at all
    stranger, _ = make_center(server).login("back_office")
    assert stranger.post(_url(case_id, "correction"), json=FIX).status_code == 404
    assert stranger.get(f"/api/v1/backoffice/cases/{case_id}").status_code == 404
    # nothing of the above moved the case
    assert office.get(f"/api/v1/backoffice/cases/{case_id}").json()["progress"] == []


def test_the_queue_pages_deadlines_and_correction_flags(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    accepted = {"promised_date": "2026-12-31", "statutory_date": "2027-01-08"}
    case_id = window.new_case()
    later = window.new_case()
    office, _ = center.login("back_office")
    # the dates come from the window's acceptance event; give the first case one
    import uuid

    dated = str(uuid.uuid4())
    events = [
        window.event(dated, "case.drafted", {"case_no": f"{center.code}-d", "item_codes": ["ITEM-1"]}),
        window.event(dated, "case.accepted", accepted),
        window.event(dated, "case.submitted"),
    ]
    assert [r["status"] for r in window.push_events(events)] == ["applied"] * 3
    office.post(_url(later, "correction"), json=FIX)
    reply = office.post("/api/v1/backoffice/deadlines", json={"case_ids": [case_id, later, dated, "nope"]})
    by_id = {c["case_id"]: c for c in reply.json()["cases"]}
    assert set(by_id) == {case_id, later, dated}
    assert by_id[dated]["promised_date"] == "2026-12-31" and by_id[dated]["statutory_date"] == "2027-01-08"
    assert by_id[later]["correction_open"] is True and by_id[case_id]["correction_open"] is False
    too_many = office.post("/api/v1/backoffice/deadlines", json={"case_ids": ["x"] * 101})
    assert too_many.status_code == 422


def test_no_sms_where_the_item_does_not_want_it(server: RunningServer, center: Center, quiet_item: str) -> None:
    window = register_window(center)
    told = window.new_case(item_code="SCJG-01-001", phone="13800138000")
    not_told = window.new_case(item_code=quiet_item, phone="13800138000")
    office, _ = center.login("back_office")
    sent_before = len(server.sms.sent)
    assert office.post(_url(not_told, "correction"), json=FIX).status_code == 200
    assert len(server.sms.sent) == sent_before
    assert office.post(_url(told, "correction"), json=FIX).status_code == 200
    assert len(server.sms.sent) == sent_before + 1


def test_a_decision_tells_the_applicant_who_decided_and_when(
    server: RunningServer, center: Center, quiet_item: str
) -> None:
    from govdesk.domain.clock import CST
    from govdesk.domain.sms import decision_text

    window = register_window(center)
    told = window.new_case(item_code="SCJG-01-001", phone="13800138000")
    denied = window.new_case(item_code="SCJG-01-001", phone="13800138000")
    not_wanted = window.new_case(item_code=quiet_item, phone="13800138000")
    no_mobile = window.new_case(item_code="SCJG-01-001", phone="")
    office, _ = center.login("back_office")
    sent_before = len(server.sms.sent)
    for case in (told, not_wanted, no_mobile):
        body = {"decision": "approve", "result_name": "营业执照"}
        assert office.post(_url(case, "decide"), json=body).status_code == 200
    deny = {"decision": "deny", "reason": "经营场所不符合要求"}
    assert office.post(_url(denied, "decide"), json=deny).status_code == 200
    day = server.central.now().astimezone(CST).date()
    hall = f"测试中心{center.code}"
    expected = [
        ("13800138000", decision_text(hall, f"{center.code}-{told[:6]}", "市场监督管理局", True, "营业执照", day)),
        ("13800138000", decision_text(hall, f"{center.code}-{denied[:6]}", "市场监督管理局", False, "", day)),
    ]
    assert [(s[1], s[2]) for s in server.sms.sent[sent_before:]] == expected
    assert "经市场监督管理局审查，决定准予许可（营业执照）" in expected[0][1]
    assert "决定不予许可" in expected[1][1] and "复议" in expected[1][1]
