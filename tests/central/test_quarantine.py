"""A device restored from an old backup is quarantined until an admin re-enrols it; case numbers are unique per
center; a window's record on a case the center decided meanwhile is a conflict with both sides (issue 17)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from govdesk.central.db import CaseRow, Device
from govdesk.domain.numbering import CaseNumber
from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import Center, RunningServer, Window, register_window


def _restored(center: Center) -> tuple[Window, str]:
    """A window that pushed three events, then one numbered 2 again (a PC restored from an old backup)."""
    window = register_window(center)
    case_id = window.new_case()
    stale = window.event(case_id, "case.material_recorded")
    reply = window.push([window.wrap(stale, seq=2)])
    assert reply.status_code == 403, reply.text
    assert reply.json()["code"] == "device_quarantined"
    return window, case_id


def _device(server: RunningServer, device_id: str) -> Device:
    with server.central.tx() as session:
        device = session.get(Device, device_id)
        assert device is not None
        session.expunge(device)
        return device


def test_a_regression_quarantines_the_device_and_everything_from_it_is_refused_in_words(
    server: RunningServer, center: Center
) -> None:
    window, case_id = _restored(center)
    device = _device(server, window.device_id)
    assert device.status == "quarantined"
    assert device.status_at is not None
    assert "旧备份" in device.status_reason
    # The next events in sequence (accepted before the quarantine) are refused too, in words.
    good = window.wrap(window.event(case_id, "case.material_recorded"), seq=window.seq + 1)
    reply = window.push([good])
    assert reply.status_code == 403
    body = reply.json()
    assert body["code"] == "device_quarantined"
    assert "隔离" in body["message_zh"] and "重新登记" in body["message_zh"]
    # Pull, snapshot, summary and a registration answer "quarantined" only.
    for path in ("/api/v1/sync/pull", "/api/v1/sync/snapshot", "/api/v1/sync/summary"):
        answer = window.client.get(path)
        assert (answer.status_code, answer.json()["code"]) == (403, "device_quarantined"), path
    again = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id})
    assert (again.status_code, again.json()["code"]) == (403, "device_quarantined")
    # Another window of the center is not affected.
    other = register_window(center)
    assert other.client.get("/api/v1/sync/pull").status_code == 200


def test_only_an_admin_of_the_center_re_enrols_and_the_device_comes_back_under_a_new_identity(
    server: RunningServer, center: Center
) -> None:
    window, case_id = _restored(center)
    clerk, _ = center.login("intake")
    assert clerk.post(f"/api/v1/admin/devices/{window.device_id}/reenrol").status_code == 403
    admin, _ = center.login("admin")
    listed = {d["device_id"]: d for d in admin.get("/api/v1/admin/devices").json()}
    assert listed[window.device_id]["status"] == "quarantined"
    assert listed[window.device_id]["status_label"] == "已隔离"
    assert admin.post(f"/api/v1/admin/devices/{window.device_id}/reenrol").status_code == 200
    # Still refused until the PC comes back.
    assert window.push([window.wrap(window.event(case_id, "case.material_recorded"))]).status_code == 403
    reply = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id, "name": "pc"})
    assert reply.status_code == 200, reply.text
    new = reply.json()
    assert new["replaces"] == window.device_id
    assert new["device_id"] != window.device_id
    assert new["station_code"] != window.station_code
    assert new["last_seq"] == 0 and new["status"] == "active"
    # A lost reply: registering again with the old id answers the same new identity.
    lost = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id}).json()
    assert (lost["device_id"], lost["station_code"]) == (new["device_id"], new["station_code"])
    old = _device(server, window.device_id)
    assert (old.status, old.replaced_by) == ("retired", new["device_id"])
    # The old id stays refused; the new one syncs, from device_seq 1, with the same key (the same PC).
    assert window.push([window.wrap(window.event(case_id, "case.material_recorded"))]).status_code == 403
    reborn = Window(window.client, center.code, new["device_id"], new["station_code"], 0, window.user)
    assert reborn.client.get("/api/v1/sync/pull").status_code == 200
    results = reborn.push_events([reborn.event(case_id, "case.material_recorded")])
    assert results[0]["status"] == "applied"
    # Another PC cannot take the new identity over.
    thief = register_window(center)
    thief.client.headers[DEVICE_KEY_HEADER] = "x" * 40
    stolen = thief.client.post("/api/v1/devices/register", json={"device_id": window.device_id})
    assert stolen.status_code == 409


def test_a_re_enrolled_device_resending_events_the_center_holds_is_not_wedged(
    server: RunningServer, center: Center
) -> None:
    window, case_id = _restored(center)
    admin, _ = center.login("admin")
    assert admin.post(f"/api/v1/admin/devices/{window.device_id}/reenrol").status_code == 200
    new = window.client.post("/api/v1/devices/register", json={"device_id": window.device_id}).json()
    reborn = Window(window.client, center.code, new["device_id"], new["station_code"], 0, window.user)
    # The window does not know which of its events the center holds: it sends them again under the new identity.
    known = reborn.event(case_id, "case.material_recorded")
    first = reborn.push_events([known])[0]
    again = reborn.push([reborn.wrap(known), reborn.wrap(reborn.event(case_id, "case.material_recorded"))])
    assert [r["status"] for r in again.json()["results"]] == ["duplicate", "applied"]
    assert again.json()["results"][0]["server_seq"] == first["server_seq"]


def test_approval_refused_for_a_device_not_quarantined(server: RunningServer, center: Center) -> None:
    window = register_window(center)
    admin, _ = center.login("admin")
    reply = admin.post(f"/api/v1/admin/devices/{window.device_id}/reenrol")
    assert reply.status_code == 409
    assert "只有被隔离的设备" in reply.json()["message_zh"]
    unknown = admin.post("/api/v1/admin/devices/no-such-device/approve")
    assert unknown.status_code == 404


def test_a_second_case_with_the_same_number_is_refused_in_words_and_kept_without_it(
    server: RunningServer, center: Center
) -> None:
    one = register_window(center)
    two = register_window(center)
    number = f"41122101-{one.station_code}-20261206-0003-G"
    first_id, second_id = str(uuid.uuid4()), str(uuid.uuid4())
    payload = {"case_no": number, "item_codes": ["ITEM-1"], "applicant": {"name": "李四"}}
    assert one.push_events([one.event(first_id, "case.drafted", payload)])[0]["status"] == "applied"
    second = two.push_events([two.event(second_id, "case.drafted", payload), two.event(second_id, "case.accepted")])
    assert [r["status"] for r in second] == ["conflict", "applied"]  # the case is kept, its later events applied
    assert second[0]["code"] == "case_no_taken"
    assert number in second[0]["reason"] and "重新打印" in second[0]["reason"]
    with server.central.tx() as session:
        rows = {r.case_id: r for r in session.scalars(select(CaseRow).where(CaseRow.center_code == center.code))}
        assert rows[first_id].case_no == number  # never renamed
        assert (rows[second_id].case_no, rows[second_id].case_no_refused) == ("", number)
        assert rows[second_id].state == "accepted"
        assert not any("#" in r.case_no for r in rows.values())
    # The window renumbers it: to a valid number of its own station, not held by another case; nothing else.
    held = CaseNumber.make("41122101", two.station_code, date(2026, 12, 6), 7)
    assert (
        one.push_events([one.event(str(uuid.uuid4()), "case.drafted", {**payload, "case_no": held})])[0]["status"]
        == "applied"
    )
    wrong = [
        {"case_no": held, "previous": number},  # another case's
        {"case_no": "", "previous": number},
        {"case_no": "41122101-S99-20261206-0001-X", "previous": number},
        {"case_no": CaseNumber.make("41122101", one.station_code, date(2026, 12, 6), 8), "previous": number},
    ]
    refused = two.push_events([two.event(second_id, "case.renumbered", p) for p in wrong])
    assert [r["code"] for r in refused] == ["case_no_taken", "invalid_case_no", "invalid_case_no", "invalid_case_no"]
    assert all(r["status"] == "refused" and r["reason"] for r in refused)
    numbered = one.push_events([one.event(first_id, "case.renumbered", {"case_no": number})])[0]
    assert (numbered["status"], numbered["code"]) == ("refused", "renumber_not_needed")  # its number stands
    fresh = CaseNumber.make("41122101", two.station_code, date(2026, 12, 6), 1)
    renumbered = two.push_events([two.event(second_id, "case.renumbered", {"case_no": fresh, "previous": number})])
    assert renumbered[0]["status"] == "applied"
    with server.central.tx() as session:
        row = session.get(CaseRow, second_id)
        assert row is not None and (row.case_no, row.case_no_refused) == (fresh, "")


def test_the_same_number_twice_in_one_batch_and_in_another_center(server: RunningServer, center: Center) -> None:
    from tests.central.conftest import make_center

    window = register_window(center)
    number = "41122101-S01-20261206-0001-K"
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    payload = {"case_no": number, "item_codes": ["ITEM-1"], "applicant": {"name": "李四"}}
    results = window.push_events([window.event(a, "case.drafted", payload), window.event(b, "case.drafted", payload)])
    assert [r["status"] for r in results] == ["applied", "conflict"]
    elsewhere = register_window(make_center(server))
    other = elsewhere.push_events([elsewhere.event(str(uuid.uuid4()), "case.drafted", payload)])
    assert other[0]["status"] == "applied"  # unique per center, not across centers


def test_an_offline_delay_on_a_case_the_back_office_denied_is_a_conflict_with_both_sides(
    server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    case_id = window.new_case()
    office, _ = center.login("back_office")
    denied = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny", "reason": "材料不实"})
    assert denied.status_code == 200, denied.text
    delay = window.event(case_id, "case.delayed", {"new_date": "2026-12-30", "reason": "需现场核查"})
    result = window.push_events([delay])[0]
    assert result["status"] == "conflict"
    assert result["code"] == "decided_at_center"
    sides = result["server_state"]
    assert sides["window"]["what"] == "延期办理" and sides["window"]["at"] == delay["occurred_at"]
    assert sides["center"]["kind"] == "case.denied"
    assert sides["center"]["role"] == "后台审批"
    assert sides["center"]["by"] == "back_office员"
    assert sides["center"]["at"]
    assert "延期办理" in result["reason"] and "back_office员" in result["reason"] and "后台审批" in result["reason"]
    # The same delay on a running case is applied as before.
    running = window.new_case()
    assert window.push_events([window.event(running, "case.delayed", {"reason": "x"})])[0]["status"] == "applied"
