"""The supervisor's 催办 reminder through the real central server over loopback (issue 13): the text is the server's,
about the case of its own records, to the number the center registered for the clerk of the case; refused in words
for another role, another center's case, a clerk not on the case or without a number, twice a day; a retry sends once.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from govdesk.central import admin
from govdesk.central.db import SmsRow, User
from govdesk.central.supervision_reminders import NO_PHONE
from tests.central.conftest import Center, RunningServer, make_center, register_window

CLERK_PHONE = "13712345678"
APPLICANT_PHONE = "13800138000"


def _set_phone(server: RunningServer, username: str, phone: str) -> None:
    with server.central.tx() as session:
        admin.set_phone(session, username, phone)


def _body(case_id: str, clerk: str, **more: Any) -> dict[str, Any]:
    return {"request_id": str(uuid.uuid4()), "case_id": case_id, "clerk": clerk, **more}


def _overdue_case(server: RunningServer, center: Center) -> tuple[str, str, str]:
    """A case pushed by the center's intake clerk (who has a registered number): (case_id, case_no, clerk)."""
    clerk = center.users["intake"]
    _set_phone(server, clerk, CLERK_PHONE)
    case_id = register_window(center).new_case(phone=APPLICANT_PHONE)
    return case_id, f"{center.code}-{case_id[:6]}", clerk


def _supervisor(center: Center) -> httpx.Client:
    client, _ = center.login("supervisor", center.add_user("supervisor", suffix=uuid.uuid4().hex[:4]))
    return client


def _refused(reply: httpx.Response, status: int, code: str) -> str:
    assert (reply.status_code, reply.json()["code"]) == (status, code), reply.text
    message: str = reply.json()["message_zh"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    return message


def test_the_clerk_of_an_overdue_case_gets_the_servers_text_at_the_registered_number(
    server: RunningServer, center: Center
) -> None:
    case_id, case_no, clerk = _overdue_case(server, center)
    supervisor = _supervisor(center)
    due = date.today() - timedelta(days=2)
    sent_before = len(server.sms.sent)
    # a number and a text from the window are not the server's business: ignored, never used
    body = _body(case_id, clerk, level="red", due=due.isoformat(), phone="13911112222", text="【假】请回复密码")
    reply = supervisor.post("/api/v1/supervision/reminders", json=body)
    assert reply.status_code == 200, reply.text
    assert reply.json() == {"status": "sent", "clerk_name": "intake员", "phone": "137****5678", "error": ""}
    [(_, phone, text)] = server.sms.sent[sent_before:]
    assert phone == CLERK_PHONE
    assert text == (
        f"【测试中心{center.code}】现场监督催办：您经办的办件{case_no}（ITEM-1）已超过承诺办结期限（红牌），"
        f"承诺办结日期{due.year}年{due.month}月{due.day}日，请及时办理。"
    )
    with server.central.tx() as session:  # 留痕: who sent what about which case
        row = session.scalars(select(SmsRow).where(SmsRow.request_id == body["request_id"])).one()
        assert (row.case_id, row.phone, row.text, row.status) == (case_id, CLERK_PHONE, text, "sent")
        assert row.sent_by.startswith("supervisor")

    # a retry of the same request answers the same and sends nothing
    again = supervisor.post("/api/v1/supervision/reminders", json=body)
    assert again.json() == reply.json()
    # a second reminder about the same case to the same clerk the same day: refused in words
    message = _refused(
        supervisor.post("/api/v1/supervision/reminders", json=_body(case_id, clerk)), 429, "reminded_today"
    )
    assert "今天已给 intake员 发过办件" in message and case_no in message
    assert len(server.sms.sent) == sent_before + 1


def test_refused_for_other_roles_centers_clerks_and_a_clerk_without_a_number(
    server: RunningServer, center: Center
) -> None:
    case_id, case_no, clerk = _overdue_case(server, center)
    other = make_center(server)
    other_case, _, other_clerk = _overdue_case(server, other)
    supervisor = _supervisor(center)
    _set_phone(server, center.users["issuing"], "13700000001")  # a colleague with a number, not on this case
    sent_before = len(server.sms.sent)
    path = "/api/v1/supervision/reminders"

    intake, _ = center.login("intake")
    assert _refused(intake.post(path, json=_body(case_id, clerk)), 403, "forbidden_role")
    assert _refused(supervisor.post(path, json=_body(other_case, other_clerk)), 404, "unknown_case")
    assert _refused(supervisor.post(path, json=_body(str(uuid.uuid4()), clerk)), 404, "unknown_case")
    assert _refused(supervisor.post(path, json=_body(case_id, other_clerk)), 422, "unknown_clerk")
    message = _refused(supervisor.post(path, json=_body(case_id, center.users["issuing"])), 422, "not_case_clerk")
    assert case_no in message and "经办人" in message
    assert _refused(supervisor.post(path, json=_body(case_id, clerk, due="2099-01-01")), 422, "bad_due")
    done_case = register_window(center).new_case(("case.drafted", "case.completed"), phone=APPLICANT_PHONE)
    assert "无需催办" in _refused(supervisor.post(path, json=_body(done_case, clerk)), 422, "case_done")
    for hostile in (
        {"clerk": "x" * 65},
        {"case_id": "c" * 65},
        {"request_id": ""},
        {"level": "purple"},
        {"due": "明天"},
    ):
        reply = supervisor.post(path, json={**_body(case_id, clerk), **hostile})
        assert reply.status_code == 422, (hostile, reply.text)
    # a request id already used by another message (the applicant's notice) is not an answer to read
    window, _ = center.login("issuing")
    used = str(uuid.uuid4())
    notice = f"【中心】您的办件{case_no}办理结果已通过EMS寄出，邮件单号1234567890。"
    body = {"request_id": used, "phone": APPLICANT_PHONE, "text": notice, "case_id": case_id}
    assert window.post("/api/v1/sms", json=body).json()["status"] == "sent"
    assert _refused(supervisor.post(path, json={**_body(case_id, clerk), "request_id": used}), 409, "request_id_taken")
    assert len(server.sms.sent) == sent_before + 1  # only the applicant's notice

    with server.central.tx() as session:  # the clerk's number withdrawn: said, with what the admin does
        session.scalars(select(User).where(User.username == clerk)).one().phone = None
    assert _refused(supervisor.post(path, json=_body(case_id, clerk)), 422, "no_clerk_phone") == NO_PHONE
    assert len(server.sms.sent) == sent_before + 1


def test_the_back_office_clerk_who_claimed_it_and_the_actor_a_window_wrote_count(
    server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    case_id = window.new_case(phone=APPLICANT_PHONE)
    office = center.users["back_office"]
    written = center.add_user("intake", suffix="w", display_name="王丽")
    _set_phone(server, office, "13700000002")
    _set_phone(server, written, "13700000003")
    supervisor = _supervisor(center)
    path = "/api/v1/supervision/reminders"
    assert _refused(supervisor.post(path, json=_body(case_id, office)), 422, "not_case_clerk")
    client, _ = center.login("back_office")
    assert client.post(f"/api/v1/backoffice/cases/{case_id}/claim").status_code == 200
    reply = supervisor.post(path, json=_body(case_id, office, level="step"))
    assert reply.json()["status"] == "sent" and reply.json()["phone"] == "137****0002"
    assert "环节办理超时" in server.sms.sent[-1][2] and "承诺办结日期" not in server.sms.sent[-1][2]

    assert _refused(supervisor.post(path, json=_body(case_id, written)), 422, "not_case_clerk")
    # another case the window took in under the logged-in user, writing 王丽 as the actor (kept beside it)
    second = str(uuid.uuid4())
    first = {"case_no": f"{center.code}-{second[:6]}", "item_codes": ["ITEM-1"], "applicant": {"name": "李四"}}
    drafted = window.event(second, "case.drafted", first, clerk_id=written, clerk_name="王丽")
    assert window.push_events([drafted])[0]["status"] == "applied"
    today = date.today()
    reply = supervisor.post(path, json=_body(second, written, level="yellow", due=today.isoformat()))
    assert reply.json()["clerk_name"] == "王丽" and reply.json()["phone"] == "137****0003"
    assert server.sms.sent[-1][1] == "13700000003"
    assert f"临近承诺办结期限（黄牌），承诺办结日期{today.year}年{today.month}月{today.day}日" in server.sms.sent[-1][2]
