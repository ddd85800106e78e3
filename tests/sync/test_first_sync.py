"""A new window on the real central server over loopback: it bootstraps in pages and gets exactly what concerns it
(issue 17, "A new window, up in seconds"; issue 12, data minimisation in pulls; regulation 000 Art. 32).

The center has cases taken in at two other windows, each applicant with an ID number and phone of their own; one
case is ready for hand-off. A new result window gets every case of its center (and none of another center), with
the state the server holds (G4); the applicant's ID number and phone only of the case ready for hand-off; nothing of
the others, checked in the database file's bytes. A window with a role that never hands off gets no ID at all.
Once the result is handed off elsewhere, the result window forgets that applicant's ID and phone, while the window
that took the case in receives the hand-off event whole. Pages come gzip-compressed.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import requests

from govdesk.domain.case import CaseState
from govdesk.protocol import DEVICE_KEY_HEADER
from tests.central.conftest import Window as HttpWindow
from tests.central.conftest import hall_desk, hall_desks, register_window
from tests.sync.conftest import Center, RunningServer, Windows, make_center


def _id_number(n: int) -> str:
    """A valid 18-digit ID (GB 11643 check digit) per case, so each applicant can be looked for in a file."""
    body = f"41122119{80 + n // 28:02d}{n % 12 + 1:02d}{n % 28 + 1:02d}{n % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def _take_in(window: HttpWindow, n: int, kinds: tuple[str, ...]) -> tuple[str, str, str]:
    """A case taken in at ``window`` with applicant n's ID number and phone; returns (case_id, id, phone)."""
    case_id = str(uuid.uuid4())
    id_number, phone = _id_number(n), f"139{n:08d}"
    first = {
        "case_no": f"{window.center_code}-{window.station_code}-20261231-{n:04d}-R",
        "item_codes": ["ITEM-1"],
        "applicant": {"kind": "person", "name": f"申请人{n}", "id_type": "111", "id_number": id_number, "phone": phone},
    }
    results = window.push_events([window.event(case_id, k, first if i == 0 else {}) for i, k in enumerate(kinds)])
    assert {r["status"] for r in results} == {"applied"}, results
    return case_id, id_number, phone


def _file_bytes(path: Path) -> bytes:
    """The database as it lies on disk, WAL included (what a stolen PC gives away)."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _ready(center: Center, case_id: str) -> None:
    office, _ = center.login("back_office")
    decided = office.post(
        f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "approve", "result_name": "营业执照"}
    )
    assert decided.status_code == 200, decided.text
    assert office.post(f"/api/v1/backoffice/cases/{case_id}/result-ready").status_code == 200


def test_a_new_hall_desk_gets_exactly_what_concerns_it(server: RunningServer, windows: Windows) -> None:
    """A hall desk (``center`` scope): every case of its center; a station window's first sync is in
    ``test_station_scope.py``."""
    center = make_center(server)
    supervisor = center.add_user("supervisor")
    a, b = register_window(center), register_window(center)
    submitted = ("case.drafted", "case.accepted", "case.submitted")
    taken = [_take_in(a if n % 2 else b, n, submitted) for n in range(23)]
    taken.append(_take_in(a, 23, ("case.drafted", "case.notified")))
    ready_id, ready_number, ready_phone = taken[0]
    _ready(center, ready_id)
    elsewhere = register_window(make_center(server))
    foreign_id, foreign_number, _ = _take_in(elsewhere, 99, submitted)

    result_window = windows(server.url, center.code, name="result")
    result_window.engine.bootstrap_limit = 10  # three pages
    replies: list[requests.Response] = []
    result_window.client.session.hooks["response"].append(lambda reply, *_a, **_k: replies.append(reply))
    result_window.login(center.users["issuing"])
    with hall_desks(server):
        report = result_window.sync()
    assert report.ok and report.snapshot, report.error

    pages = [r for r in replies if "/sync/bootstrap" in r.url]
    assert len(pages) == 3  # 24 cases, 10 a page; the window never pulled the change log from its start
    # The window asked, the center compressed (the last page, 4 cases, is under the 1 KiB worth compressing).
    assert [r.headers.get("Content-Encoding") for r in pages[:2]] == ["gzip", "gzip"]
    assert all(r.request.headers["Accept-Encoding"] == "gzip" for r in replies)
    pulls = [r for r in replies if "/sync/pull" in r.url]
    assert pulls and all("cursor=&" not in r.url for r in pulls)

    store = result_window.store
    with store.reading() as db:
        local = dict(db.exec_driver_sql("SELECT case_id, state FROM cases").all())
    assert set(local) == {case_id for case_id, _, _ in taken} and foreign_id not in local
    check = result_window.run(result_window.engine.verify_in_sync())
    assert check.in_sync, check  # G4: every case of the center, in the server's state
    ready = store.load_case(ready_id)
    assert ready is not None and ready.state is CaseState.RESULT_READY and ready.result_name == "营业执照"
    assert (ready.applicant.id_number, ready.applicant.phone) == (ready_number, ready_phone)
    on_disk = _file_bytes(store.path)
    assert ready_number.encode() in on_disk
    for _case_id, id_number, phone in taken[1:]:
        assert id_number.encode() not in on_disk and phone.encode() not in on_disk
    assert foreign_number.encode() not in on_disk

    # A supervisor's PC: every case's state, but no applicant's ID or phone, not even of the ready case.
    walker = windows(server.url, center.code, name="walker")
    walker.client.login(supervisor, "correct-horse-1")
    with hall_desks(server):
        assert walker.sync().ok
    walker_bytes = _file_bytes(walker.store.path)
    assert all(n.encode() not in walker_bytes for _c, n, _p in taken)
    assert walker.run(walker.engine.verify_in_sync()).in_sync

    # The result is handed off at window A (not the one that took it in): the result window forgets the
    # applicant's ID and phone; window B, whose case it is, gets the hand-off event whole.
    owner_cursor = b.client.get("/api/v1/sync/snapshot").json()["cursor"]
    handed = a.push_events([a.event(ready_id, "case.handed_off", {"method": "window"})])
    assert handed[0]["status"] == "applied", handed
    assert result_window.sync().ok
    gone = store.load_case(ready_id)
    assert gone is not None and gone.state is CaseState.HANDED_OFF
    assert (gone.applicant.id_number, gone.applicant.phone) == ("", "")
    changes = b.client.get("/api/v1/sync/pull", params={"cursor": owner_cursor}).json()["changes"]
    [handoff] = [c for c in changes if c["case_id"] == ready_id]
    assert handoff["payload"]["event"]["kind"] == "case.handed_off"


def test_pull_pages_are_gzip_when_asked_and_plain_when_not(server: RunningServer) -> None:
    center = make_center(server)
    window = register_window(center)
    for n in range(30):  # enough changes for a page worth compressing
        _take_in(window, n, ("case.drafted", "case.accepted"))
    watcher = hall_desk(center, "issuing")  # every change of its center
    headers: dict[str, Any] = {
        "Authorization": watcher.client.headers["Authorization"],
        DEVICE_KEY_HEADER: watcher.client.headers[DEVICE_KEY_HEADER],
    }
    url = f"{server.url}/api/v1/sync/pull"
    zipped = requests.get(url, params={"limit": 500}, headers={**headers, "Accept-Encoding": "gzip"}, stream=True)
    raw = zipped.raw.read(decode_content=False)
    assert zipped.headers["Content-Encoding"] == "gzip" and raw[:2] == b"\x1f\x8b"
    plain = requests.get(url, params={"limit": 500}, headers={**headers, "Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert len(raw) * 3 < len(plain.content)  # actually smaller, by a lot
    assert len(plain.json()["changes"]) == 30  # the last state of each of the other window's 30 cases
    zipped.close()
