"""A center's own checklist items: an admin's edit on one PC is published to the real central server on loopback and
reaches a supervisor's PC of the same center, never another center's; the center takes them from an admin only,
checks every field and never lets an older version win."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.inspection import STANDARD_ITEMS, ChecklistItem
from govdesk.domain.notices import CenterProfile
from govdesk.services.supervision_records import SupervisionError, SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar
from govdesk.store import open_store
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.records import get_checklist, put_checklist
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center

CENTER = CenterProfile(name="测试中心", address="", phone="", review_body="")
OWN = (
    ChecklistItem("own-mask", "人员", "窗口人员按本中心规定佩戴党员徽章"),
    ChecklistItem("own-plant", "环境", "大厅绿植无枯萎"),
)


def _pc(center: Center, tmp_path: Path, username: str, role: Role) -> tuple[SupervisionRecords, SyncClient]:
    store = open_store(tmp_path / f"{username}.db")
    actor = Actor(username, username, role, center.code, "S09")
    clock = FixedClock(datetime(2026, 12, 7, 9, tzinfo=CST))
    client = SyncClient(center.server.url, tokens=MemoryTokenStore())
    client.login(username, PASSWORD)
    return SupervisionRecords(store, default_calendar(), clock, WindowContext(actor, CENTER)), client


def _exchange(service: SupervisionRecords, client: SyncClient) -> str:
    return service.exchange_checklist(partial(get_checklist, client), partial(put_checklist, client))


def test_an_admins_items_reach_the_centers_supervisors_only(server: RunningServer, tmp_path: Path) -> None:
    a, b = make_center(server), make_center(server)
    admin, admin_client = _pc(a, tmp_path, a.users["admin"], Role.ADMIN)
    sup, sup_client = _pc(a, tmp_path, a.add_user("supervisor"), Role.SUPERVISOR)
    other, other_client = _pc(b, tmp_path, b.add_user("supervisor"), Role.SUPERVISOR)
    try:
        with pytest.raises(SupervisionError, match="只有管理员"):
            sup.set_center_items(OWN)
        admin.set_center_items(OWN)
        assert _exchange(admin, admin_client) == ""
        assert _exchange(sup, sup_client) == "" and _exchange(other, other_client) == ""
        assert [(i.code, i.text) for i in sup.center_items()] == [(i.code, i.text) for i in OWN]
        assert sup.checklist().items[: len(STANDARD_ITEMS)] == STANDARD_ITEMS
        assert sup.start_inspection().checklist.items[-1].text == "大厅绿植无枯萎"
        assert other.center_items() == ()  # another center's PC: the standard's items only
        # a second edit replaces the first everywhere
        admin.set_center_items(OWN[:1])
        _exchange(admin, admin_client)
        _exchange(sup, sup_client)
        assert [i.code for i in sup.center_items()] == ["own-mask"]
        # two admins edit at once: the one who syncs second keeps what they typed and it wins the round after
        second, second_client = _pc(a, tmp_path, a.add_user("admin", "2"), Role.ADMIN)
        try:
            _exchange(second, second_client)
            admin.set_center_items(OWN)
            second.set_center_items((ChecklistItem("own-late", "安全", "灭火器在有效期内"),))
            assert _exchange(admin, admin_client) == ""
            words = _exchange(second, second_client)
            assert words.startswith("checklist_outdated:") and "请先取得最新版本" in words
            assert [i.code for i in second.center_items()] == ["own-late"]  # nothing typed lost
            assert _exchange(second, second_client) == ""  # published over the first admin's
            _exchange(sup, sup_client)
            assert [i.text for i in sup.center_items()] == ["灭火器在有效期内"]
        finally:
            second_client.close()
            second.store.close()
        with pytest.raises(SupervisionError, match="类别不超过16字"):
            admin.set_center_items((ChecklistItem("own-long", "人员" * 9, "佩戴党员徽章"),))
    finally:
        for service, client in ((admin, admin_client), (sup, sup_client), (other, other_client)):
            client.close()
            service.store.close()


def _put(client: Any, body: dict[str, Any]) -> Any:
    return client.put("/api/v1/supervision/checklist", json=body)


def test_the_center_checks_who_and_what(server: RunningServer) -> None:
    a = make_center(server)
    admin, _ = a.login("admin")
    supervisor, _ = a.login(username=a.add_user("supervisor"))
    clerk, _ = a.login("intake")
    item = {"code": "own-x", "area": "人员", "text": "佩戴党员徽章"}
    assert _put(supervisor, {"version": 1, "items": [item]}).status_code == 403
    assert clerk.get("/api/v1/supervision/checklist").status_code == 403
    hostile = {
        "standard code": {"version": 1, "items": [{**item, "code": "std-staff-uniform"}]},
        "long text": {"version": 1, "items": [{**item, "text": "字" * 201}]},
        "too many": {"version": 1, "items": [{**item, "code": f"own-{n}"} for n in range(51)]},
        "extra field": {"version": 1, "items": [{**item, "basis": "GB/T 36112-2018"}]},
        "twice": {"version": 1, "items": [item, item]},
    }
    for what, body in hostile.items():
        reply = _put(admin, body)
        assert reply.status_code == 422 and reply.json()["message_zh"], what
    assert _put(admin, {"version": 2, "items": [item]}).status_code == 200
    outdated = _put(admin, {"version": 2, "items": []})
    assert outdated.status_code == 409 and "第 2 版" in outdated.json()["message_zh"]
    assert supervisor.get("/api/v1/supervision/checklist").json()["items"] == [item]
