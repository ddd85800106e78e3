"""A station window's store holds what concerns it (issue 17): its own cases and the results ready at its center —
the real client (store file, engine, HTTP) against the real server over loopback; G4 hashes the same cases on both
sides, after a bootstrap, after pulls, and on a store that held every case of its center before."""

from __future__ import annotations

from datetime import UTC, date, datetime

from govdesk.domain.case import CaseState
from govdesk.domain.clock import FixedClock
from govdesk.domain.numbering import CaseNumber
from govdesk.services.lookup import CaseFinder
from govdesk.store import open_store
from govdesk.sync.engine import STATION_KEY
from tests.central.conftest import Center, RunningServer, hall_desks, ready_case, register_window
from tests.sync.conftest import Window, Windows


def _local(window: Window) -> dict[str, str]:
    with window.store.reading() as db:
        return dict(db.exec_driver_sql("SELECT case_id, state FROM cases").all())


def _requests(window: Window) -> list[str]:
    urls: list[str] = []
    window.client.session.hooks["response"].append(lambda reply, *_a, **_k: urls.append(reply.url))
    return urls


def _in_sync(window: Window) -> None:
    check = window.run(window.engine.verify_in_sync())
    assert check.in_sync, check


def test_a_station_window_holds_its_cases_and_the_ready_ones(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    township = register_window(center)
    theirs = [township.new_case() for _ in range(3)]
    ready = ready_case(center, township)
    window = windows(server.url, center.code, name="result")
    window.login(center.users["intake"])  # takes cases in and hands results out
    report = window.sync()
    assert report.ok and report.snapshot, report.error
    window.station = window.store.get_meta(STATION_KEY) or ""
    assert window.station and window.station != township.station_code
    assert _local(window) == {ready: "result_ready"}  # not one of the township's other cases, not even a number
    held = window.store.load_case(ready)
    assert held is not None and held.applicant.name == "李四"  # the result window hands it out: the applicant
    _in_sync(window)

    # Its own cases, another result ready, the township's case moving on: G4 still hashes the same cases.
    own = [c.case_id for c in window.intake(2)]
    later = ready_case(center, township)
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{theirs[0]}/claim").status_code == 200
    assert window.sync().ok and window.sync().ok
    assert set(_local(window)) == {ready, later, *own}
    _in_sync(window)

    # Handed out at the township's window: the move out of 结果待领取 reaches this window.
    handed = township.push_events([township.event(ready, "case.handed_off", {"method": "window"})])
    assert handed[0]["status"] == "applied", handed
    assert window.sync().ok
    gone = window.store.load_case(ready)
    assert gone is not None and gone.state is CaseState.HANDED_OFF
    _in_sync(window)


def test_a_store_that_held_every_case_reaches_g4_without_a_bootstrap_again(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """A window that pulled every case of its center (a 2.1 window, or a desk made a window again): G4 leaves the
    other stations' rows out as the center does, nothing bootstraps again, and the rows it no longer receives go."""
    township = register_window(center)
    theirs = [township.new_case() for _ in range(4)]
    ready = ready_case(center, township)
    window = windows(server.url, center.code, name="upgraded")
    window.login(center.users["issuing"])
    with hall_desks(server):
        assert window.sync().ok
    assert set(theirs) <= set(_local(window))
    admin, _ = center.login("admin")
    device = window.store.device_id()
    assert admin.post(f"/api/v1/admin/devices/{device}/scope", params={"scope": "station"}).status_code == 200

    urls = _requests(window)
    township.new_case()
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{theirs[1]}/claim").status_code == 200
    for _ in range(3):
        assert window.sync().ok
        _in_sync(window)
    assert not any("/sync/bootstrap" in url for url in urls), urls
    assert set(_local(window)) == {ready}
    # The other station's rows held only from the center, no longer followed, are gone (they would stand still in
    # a state the center has left: theirs[1] is in review there); one ready for hand-off stays (it is followed).
    assert not set(theirs) & set(_local(window))
    summary = window.client.summary()
    assert (summary.scope, summary.count) == ("station", 1)  # the ready one


def test_looking_up_another_stations_case_says_where_it_is(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "window.db")
    try:
        with store.transaction() as tx:
            store.set_meta(tx, STATION_KEY, "S02")
        finder = CaseFinder(store, FixedClock(datetime.now(UTC)), tmp_path / "keys" / "notice.key")
        theirs = CaseNumber.make("41122111", "S01", date(2026, 12, 1), 7)
        found = finder.find(theirs)
        assert found.cases == [] and found.elsewhere is not None
        words = found.elsewhere.render()
        assert f"办件 {theirs} 由工作站 S01 受理" in words and "请到工作站 S01 查询" in words
        own = finder.find(CaseNumber.make("41122111", "S02", date(2026, 12, 1), 7))
        assert own.cases == [] and own.elsewhere is None  # its own number not here: the plain "not found"
    finally:
        store.close()
