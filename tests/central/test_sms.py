"""SMS through the center, attacked over HTTP and refused: only the hall's templates, about a case of the sender's
center, to the phone the applicant gave at intake, at a bounded rate (issue 12)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from govdesk.central.sms_send import PER_CASE_PER_DAY
from govdesk.domain.sms import deadline_moved_text, delay_text, locker_text, reminder_text, result_ready_text
from tests.central.conftest import Center, RunningServer, make_center, register_window

PHONE = "13800138000"


def _body(case_id: str | None, text: str, phone: str = PHONE) -> dict[str, Any]:
    return {"request_id": str(uuid.uuid4()), "phone": phone, "text": text, "case_id": case_id}


def _case(center: Center) -> tuple[str, str]:
    case_id = register_window(center).new_case(phone=PHONE)
    return case_id, f"{center.code}-{case_id[:6]}"


def test_a_clerk_cannot_text_anything_to_anyone(server: RunningServer, center: Center) -> None:
    case_id, case_no = _case(center)
    other_id, other_no = _case(make_center(server))
    window, _ = center.login("issuing")
    sent_before = len(server.sms.sent)
    attacks = {
        "no case": (_body(None, "【中心】您的账户异常，请回复身份证号码"), 404, "unknown_case"),
        "another center's case": (_body(other_id, result_ready_text("中心", other_no, "证")), 404, "unknown_case"),
        "another number": (
            _body(case_id, result_ready_text("中心", case_no, "证"), "13912345678"),
            422,
            "not_case_phone",
        ),
        "free text": (_body(case_id, f"【中心】您的办件{case_no}需缴费，请点击链接"), 422, "not_template"),
        "a link in a template": (
            _body(case_id, result_ready_text("中心", case_no, "证，详见 http://x.example/pay")),
            422,
            "not_template",
        ),
        "another case's number": (_body(case_id, result_ready_text("中心", other_no, "证")), 422, "not_template"),
    }
    for name, (body, status, code) in attacks.items():
        reply = window.post("/api/v1/sms", json=body)
        assert (reply.status_code, reply.json()["code"]) == (status, code), (name, reply.text)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in reply.json()["message_zh"])
    supervisor, _ = center.login("supervisor", center.add_user("supervisor"))
    reply = supervisor.post("/api/v1/sms", json=_body(case_id, result_ready_text("中心", case_no, "证")))
    assert (reply.status_code, reply.json()["code"]) == (403, "forbidden_role")
    assert len(server.sms.sent) == sent_before  # the gateway was never called


def test_the_halls_templates_go_to_the_applicant(server: RunningServer, center: Center) -> None:
    case_id, case_no = _case(center)
    window, _ = center.login("issuing")
    for text in (
        result_ready_text("渑池县政务服务中心", case_no, "营业执照", "0398-4812345"),
        locker_text("渑池县政务服务中心", case_no, "A-07", "482913"),
        reminder_text("渑池县政务服务中心", case_no, ("卫生许可证", "健康证明"), date(2026, 12, 31), True),
        delay_text("渑池县政务服务中心", case_no, date(2027, 1, 8), "需现场核查经营场所"),
        deadline_moved_text("渑池县政务服务中心", case_no, date(2027, 2, 12), date(2027, 2, 15)),
    ):
        reply = window.post("/api/v1/sms", json=_body(case_id, text))
        assert reply.status_code == 200 and reply.json()["status"] == "sent", reply.text
    assert [phone for _, phone, text in server.sms.sent if case_no in text] == [PHONE] * 5


def test_texting_one_case_is_rate_limited(server: RunningServer, center: Center) -> None:
    case_id, case_no = _case(center)
    window, _ = center.login("issuing")
    text = result_ready_text("中心", case_no, "证")
    codes = [window.post("/api/v1/sms", json=_body(case_id, text)).status_code for _ in range(PER_CASE_PER_DAY + 2)]
    assert codes == [200] * PER_CASE_PER_DAY + [429, 429]
    reply = window.post("/api/v1/sms", json=_body(case_id, text))
    assert reply.json()["code"] == "sms_rate_case" and "24 小时" in reply.json()["message_zh"]
