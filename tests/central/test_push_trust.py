"""Attacks on the push, tried over HTTP and refused: state only through the transition table, from the kind and the
role of the user who really pushed; the actor is that user (issue 12, "The server decides state")."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from govdesk.central.db import AuthSession, CaseRow, StoredEvent, User
from tests.central.conftest import Center, RunningServer, hall_desk, ready_case, register_window


def _state(server: RunningServer, case_id: str) -> str:
    with server.central.tx() as session:
        return session.execute(select(CaseRow.state).where(CaseRow.case_id == case_id)).scalar_one()


def _pulled_states(center: Center, cursor: str, case_id: str) -> list[str]:
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of the center
    changes = watcher.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 500}).json()["changes"]
    return [c["payload"]["state"] for c in changes if c["case_id"] == case_id]


def test_a_clerk_cannot_approve_through_another_kind(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of the center
    cursor = watcher.get("/api/v1/sync/snapshot").json()["cursor"]
    forged = window.event(case_id, "case.material_recorded", {"from": "submitted", "to": "approved"})
    [answer] = window.push_events([forged])
    # The record itself is a window's to make; its payload moves nothing.
    assert answer["status"] == "applied"
    assert _state(server, case_id) == "submitted"
    assert "approved" not in _pulled_states(center, cursor, case_id)
    office, _ = center.login("back_office")
    queued = {c["case_id"]: c["state"] for c in office.get("/api/v1/backoffice/queue").json()["cases"]}
    assert queued[case_id] == "submitted"


def test_illegal_transitions_and_other_roles_kinds_are_refused_in_words(server: RunningServer, center: Center) -> None:
    intake = register_window(center)
    issuing = register_window(center, "issuing")
    submitted = intake.new_case()
    ready = ready_case(center, intake)
    attacks = {
        # a hand-off before the back office decided: not in the table
        "illegal_transition": (intake, intake.event(submitted, "case.handed_off", {"method": "window"})),
        # the result window accepting an application, its actor written as an intake clerk
        "forbidden_role": (issuing, issuing.event(str(uuid.uuid4()), "case.drafted", role="intake")),
        # a second 收件 resetting a decided case to draft
        "case_exists": (intake, intake.event(ready, "case.drafted", {"case_no": "改号-1"})),
        # an event for a case the server never saw created
        "unknown_case": (intake, intake.event(str(uuid.uuid4()), "case.accepted")),
        # a kind no window makes
        "unknown_kind": (intake, intake.event(submitted, "case.note", {"to": "approved"})),
    }
    for code, (window, event) in attacks.items():
        [answer] = window.push_events([event])
        assert (answer["status"], answer["code"]) == ("refused", code), answer
        assert any("\u4e00" <= ch <= "\u9fff" for ch in answer["reason"]), answer  # said in Chinese
    assert _state(server, submitted) == "submitted"
    assert _state(server, ready) == "result_ready"
    with server.central.tx() as session:
        assert session.execute(select(CaseRow.case_no).where(CaseRow.case_id == ready)).scalar_one() != "改号-1"
    # the legal move is still open to the window whose role makes it
    [handed] = issuing.push_events([issuing.event(ready, "case.handed_off", {"method": "window"})])
    assert handed["status"] == "applied"
    assert _state(server, ready) == "handed_off"


def test_a_later_event_cannot_rename_a_case(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    case_id = window.new_case()
    rename = {"case_no": "X-伪造", "item_codes": ["OTHER"], "applicant": {"name": "王某"}}
    assert window.push_events([window.event(case_id, "case.material_recorded", rename)])[0]["status"] == "applied"
    with server.central.tx() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        assert (row.case_no, row.item_code, row.applicant_name) == (f"{center.code}-{case_id[:6]}", "ITEM-1", "李四")


def test_a_supervisor_or_admin_pushes_no_window_event(server: RunningServer, center: Center) -> None:
    center.users["supervisor"] = center.add_user("supervisor")
    intake = register_window(center)
    case_id = intake.new_case()
    for role in ("supervisor", "admin", "back_office"):
        window = register_window(center, role)
        [answer] = window.push_events([window.event(case_id, "case.material_recorded", role="intake")])
        assert (answer["status"], answer["code"]) == ("refused", "forbidden_role"), (role, answer)


def test_the_actor_is_the_user_who_pushed(server: RunningServer, center: Center) -> None:
    """A clerk writes another clerk (a back-office one, a clerk who is no user): the server records the logged-in
    user, role and the device's station, and keeps what was written beside it with the user and session."""
    window = register_window(center)
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of the center
    cursor = watcher.get("/api/v1/sync/snapshot").json()["cursor"]
    case_id = str(uuid.uuid4())
    forged = window.event(
        case_id, "case.drafted", {"case_no": f"{center.code}-F1"}, clerk_id="demo", clerk_name="后台审批员",
        role="back_office", window="1号窗口",
    )  # fmt: skip
    forged["actor"]["station_code"] = "S99"
    assert window.push_events([forged])[0]["status"] == "applied"
    with server.central.tx() as session:
        row = session.execute(select(StoredEvent).where(StoredEvent.event_id == forged["event_id"])).scalar_one()
        user = session.execute(select(User).where(User.username == center.users["intake"])).scalar_one()
        logins = set(session.scalars(select(AuthSession.id).where(AuthSession.user_id == user.id)))
    assert row.document["actor"] == {
        "clerk_id": center.users["intake"],
        "clerk_name": "intake员",
        "role": "intake",
        "center_code": center.code,
        "station_code": window.station_code,
        "window": "1号窗口",
    }
    assert row.written_actor == forged["actor"]
    assert (row.pushed_by, row.pushed_by_user_id) == (center.users["intake"], user.id)
    assert row.pushed_session_id in logins
    # other windows pull the state only, never the document with what was written (issue 12, data minimisation)
    changes = watcher.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    [pulled] = [c["payload"] for c in changes if c["case_id"] == case_id]
    assert pulled["state"] == "draft" and "event" not in pulled


def test_a_conditional_case_is_not_handed_off_while_its_commitment_is_open(
    server: RunningServer, center: Center
) -> None:
    intake = register_window(center)
    issuing = register_window(center, "issuing")
    case_id = intake.new_case(("case.drafted", "case.accepted_conditional", "case.submitted"))  # 容缺受理
    office, _ = center.login("back_office")
    decided = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve", "result_name": "证"}
    )
    assert decided.status_code == 200
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready").status_code == 200
    [early] = issuing.push_events([issuing.event(case_id, "case.handed_off", {"method": "window"})])
    assert (early["status"], early["code"]) == ("refused", "commitment_open"), early
    assert "容缺" in early["reason"] and _state(server, case_id) == "result_ready"
    # the promised materials come and the promise is closed: now the result goes out
    assert intake.push_events([intake.event(case_id, "case.commitment_closed")])[0]["status"] == "applied"
    [handed] = issuing.push_events([issuing.event(case_id, "case.handed_off", {"method": "window"})])
    assert handed["status"] == "applied" and _state(server, case_id) == "handed_off"


def test_the_desktops_own_records_are_accepted_from_its_roles(server: RunningServer, center: Center) -> None:
    """The case view's and the recount's events (records: no state moves) come from any role working at a desktop."""
    center.users["supervisor"] = center.add_user("supervisor")
    case_id = register_window(center).new_case()
    for role, kind in (
        ("supervisor", "case.personal_data_viewed"),
        ("issuing", "case.notice_reprinted"),
        ("admin", "case.deadlines_recomputed"),
    ):
        window = register_window(center, role)
        [answer] = window.push_events([window.event(case_id, kind, {"to": "approved"})])
        assert answer["status"] == "applied", (role, kind, answer)
    back_office = register_window(center, "back_office")
    [refused] = back_office.push_events([back_office.event(case_id, "case.notice_reprinted")])
    assert refused["code"] == "forbidden_role"
    assert _state(server, case_id) == "submitted"
