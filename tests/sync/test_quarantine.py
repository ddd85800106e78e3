"""A window PC restored from an old backup (issue 17, G3), end to end: the real intake numbers cases on a real SQLite
file, the file is put back to an older copy, and the real sync engine talks to the real central server on loopback.

The restored PC numbers two cases again with numbers the center already holds; its first contact quarantines it
(status in words, no numbering); an admin re-enrols it; the two cases reach the center exactly once, under new
numbers of the new station code, and the center's own cases keep theirs (never renamed).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from govdesk.central import admin as central_admin
from govdesk.central.db import CaseRow, StoredEvent
from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.domain.numbering import CaseNumber
from govdesk.services.attention import attention_items
from govdesk.services.credentials import open_credential_store
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.services.sync_service import CredentialTokens, StoreQueue
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store import open_store
from govdesk.store.outbox import OutboxStatus
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import QUARANTINE_KEY, STATION_KEY, SyncEngine
from govdesk.sync.errors import DevicePending, DeviceQuarantined
from govdesk.sync.status import SyncState, SyncStatus
from govdesk.ui.i18n import install_translators, remove_translators, say
from tests.central.conftest import PASSWORD_HASH, Center, RunningServer
from tests.sync.conftest import PASSWORD, Window, assert_exactly_once, start_central, stop_server

_numbers = itertools.count(11)
CATALOG = default_catalog()
CALENDAR = default_calendar()
CLOCK = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))  # a Friday: the numbers' day
HALL = CenterProfile(
    name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345", review_body="渑池县人民政府"
)
APPLICANT = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X", phone="13812345678")


def _county(server: RunningServer) -> Center:
    """A center with a national 8-digit code (case numbers in the production format), one user per role."""
    code = f"411221{next(_numbers):02d}"
    now = datetime.now(UTC)
    with server.central.tx() as session:
        central_admin.add_center(session, code, f"渑池县便民服务中心{code}", now)
        for role in ("intake", "admin"):
            central_admin.add_user(
                session, f"{role}-{code}", "王丽", role, code, PASSWORD, now, password_hash=PASSWORD_HASH
            )
    return Center(server, code, {"intake": f"intake-{code}", "admin": f"admin-{code}"})


class Pc:
    """One window PC on a database file: the store, the real intake, the engine (reopened after a restore)."""

    def __init__(self, path: Path, url: str, center: Center) -> None:
        self.path, self.url, self.center = path, url, center
        self.window: Window | None = None
        self.open()

    def open(self) -> None:
        store = open_store(self.path)
        client = SyncClient(self.url, tokens=CredentialTokens(open_credential_store(), f"{self.url}|{self.path}"))
        statuses: list[SyncStatus] = []
        engine = SyncEngine(client, StoreQueue(store), on_status=statuses.append, backoff=Backoff(0.01, 0.05))
        loop = asyncio.new_event_loop()
        self.window = Window(store, client, engine, self.center.code, loop, statuses)

    @property
    def w(self) -> Window:
        assert self.window is not None
        return self.window

    def intake(self) -> IntakeService:
        station = self.w.store.get_meta(STATION_KEY) or "S99"
        actor = Actor("c007", "王丽", Role.INTAKE, self.center.code, station, "3号窗口")
        return IntakeService(self.w.store, CATALOG, CALENDAR, CLOCK, WindowContext(actor=actor, center=HALL))

    def take(self, n: int) -> list[Case]:
        """``n`` applications rejected at the window (即时办结的不予受理: numbered, one state change, two events)."""
        intake = self.intake()
        cases = []
        for _ in range(n):
            draft = intake.new_draft(["SCJG-01-001"])
            draft.applicant = APPLICANT
            cases.append(intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格").case)
        return cases

    def backup(self, to: Path) -> None:
        """What a nightly backup does: a consistent copy of the open database (SQLite's backup API)."""
        source, target = sqlite3.connect(self.path), sqlite3.connect(to)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()

    def restore(self, backup: Path) -> None:
        """The disk died: the program is closed and yesterday's copy put back in place of the database."""
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.write_bytes(backup.read_bytes())
        self.open()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window = None


@pytest.fixture
def central(tmp_path: Path) -> RunningServer:
    running = start_central(tmp_path / "central.db", tmp_path)
    yield running  # type: ignore[misc]
    stop_server(running)


def _server_cases(server: RunningServer, center_code: str) -> dict[str, CaseRow]:
    with server.central.tx() as session:
        rows = session.scalars(select(CaseRow).where(CaseRow.center_code == center_code)).all()
        for row in rows:
            session.expunge(row)
    return {row.case_id: row for row in rows}


HAN = re.compile(r"[\u3400-\u9fff]")


def test_two_cases_taken_after_a_restore_reach_the_server_after_re_enrolment_exactly_once(
    central: RunningServer, tmp_path: Path, qapp: object
) -> None:
    center = _county(central)
    pc = Pc(tmp_path / "window.sqlite", central.url, center)
    try:
        pc.w.login(center.users["intake"])
        assert pc.w.sync().ok  # registered: station S01
        (first,) = pc.take(1)
        assert pc.w.sync().ok
        pc.backup(tmp_path / "nightly.sqlite")
        lost = pc.take(2)  # the morning's cases: at the center, then the disk dies
        assert pc.w.sync().ok
        assert [CaseNumber.parse(c.case_no).seq for c in (first, *lost)] == [1, 2, 3]

        pc.restore(tmp_path / "nightly.sqlite")
        pc.w.login(center.users["intake"])
        taken = pc.take(2)  # numbered again from the restored counter: the numbers of the lost cases
        assert sorted(c.case_no for c in taken) == sorted(c.case_no for c in lost)

        # First contact: quarantined. In words, the engine stops, the numbering stops, every event is kept.
        report = pc.w.sync()
        assert isinstance(report.error, DeviceQuarantined)
        status = pc.w.engine.status
        assert status.state is SyncState.QUARANTINED
        assert status.state_label == "本机已被中心隔离，暂停同步和编号"
        assert "旧备份" in (status.last_error or "") and "重新登记" in (status.last_error or "")
        install_translators("en")  # the center's words and its kept reason, in the clerk's language
        try:
            english = say(status.last_error or "")
            assert english.startswith("This PC (station S01) was quarantined by the center at "), english
            assert "may have been restored from an old backup" in english and not HAN.search(english), english
        finally:
            remove_translators()
        assert status.queue_depth == 4
        assert pc.w.store.get_meta(QUARANTINE_KEY)
        intake = pc.intake()
        draft = intake.new_draft(["SCJG-01-001"])
        draft.applicant = APPLICANT
        with pytest.raises(IntakeError, match="暂停为新办件编号"):
            intake.decide(draft, Outcome.REJECT, reason="申请人不具备申请资格")
        assert [d.draft_id for d in intake.open_drafts()] == [draft.draft_id]  # what was typed is kept
        # A restart keeps the refusal (it is in the database, not in the engine).
        pc.close()
        pc.open()
        assert isinstance(pc.w.sync().error, DeviceQuarantined)
        with pytest.raises(IntakeError):
            pc.intake().decide(draft, Outcome.REJECT, reason="申请人不具备申请资格")

        # The admin looks and re-enrols the PC; its next contact takes a new identity and resends.
        old_device = pc.w.store.device_id()
        admin, _ = center.login("admin")
        assert admin.post(f"/api/v1/admin/devices/{old_device}/reenrol").status_code == 200
        for _ in range(2):  # the renumbering events go in the round after the answers that asked for them
            report = pc.w.sync()
            assert report.ok, report.error
        new_station = pc.w.store.get_meta(STATION_KEY)
        assert pc.w.store.device_id() != old_device and new_station not in ("", "S01")
        assert not pc.w.store.get_meta(QUARANTINE_KEY)
        assert pc.w.engine.status.state is SyncState.ONLINE
        assert pc.w.engine.status.queue_depth == 0

        # Exactly once: every event of this PC's outbox stored once; the lost cases keep their numbers.
        assert_exactly_once(central, pc.w)
        at_center = _server_cases(central, center.code)
        for case in lost:
            assert at_center[case.case_id].case_no == case.case_no
        renumbered = {c.case_id: pc.w.store.load_case(c.case_id) for c in taken}
        for case in taken:
            local = renumbered[case.case_id]
            assert local is not None
            assert CaseNumber.parse(local.case_no).station_code == new_station
            assert at_center[case.case_id].case_no == local.case_no
            assert at_center[case.case_id].state == "rejected"
            assert [e.kind for e in local.events][-1] == "case.renumbered"
        assert len({row.case_no for row in at_center.values()}) == len(at_center) == 5
        assert not any("#" in row.case_no for row in at_center.values())
        # The clerk is told which notices carried the old numbers (needs attention), both numbers named.
        attention = pc.w.store.needs_attention()
        assert len(attention) == 2 and pc.w.engine.status.needs_attention == 2
        for item in attention:
            assert item.status is OutboxStatus.CONFLICT
            assert "重复" in item.last_error and "重新打印" in item.last_error
        # ... in the clerk's language: the center's words by their key, the window's note by its template.
        install_translators("en")
        try:
            for item in attention_items(pc.w.store):
                local = renumbered[item.case_id]
                old = next(c.case_no for c in taken if c.case_id == item.case_id)
                english = say(item.words)
                assert local is not None and english.startswith(f"Case number {old} is used by another case")
                assert english.endswith(
                    f"this PC renumbered the case {local.case_no} (it was {old}); "
                    "the clerk decides whether to reprint the applicant's notice"
                )
                assert not HAN.search(english), english
                assert item.words == next(i.last_error for i in attention if i.event["case_id"] == item.case_id)
        finally:
            remove_translators()
        # The intake numbers again, under the new station code; the pulled lost cases are kept under their numbers.
        again = pc.intake().decide(draft, Outcome.REJECT, reason="申请人不具备申请资格").case
        assert CaseNumber.parse(again.case_no).station_code == new_station
        for case in lost:
            pulled = pc.w.store.load_case(case.case_id)
            assert pulled is not None and pulled.case_no == case.case_no
        assert pc.w.sync().ok
        assert pc.w.run(pc.w.engine.verify_in_sync()).in_sync
        with central.central.tx() as session:
            devices = {
                e.device_id for e in session.scalars(select(StoredEvent).where(StoredEvent.center_code == center.code))
            }
        assert old_device in devices and pc.w.store.device_id() in devices
    finally:
        pc.close()


def test_a_restored_pc_with_nothing_to_send_is_quarantined_at_its_pull_and_gets_the_lost_cases_back(
    central: RunningServer, tmp_path: Path
) -> None:
    """The restored copy has nothing to push, so no push shows the regression: its pull says the last device_seq it
    numbered, the center sees it went back and quarantines it before skipping "its own" events. Without that the pull
    from the old copy's cursor skipped the lost cases (they came from this device) and they never came back."""
    center = _county(central)
    pc = Pc(tmp_path / "window.sqlite", central.url, center)
    try:
        pc.w.login(center.users["intake"])
        assert pc.w.sync().ok
        pc.take(1)
        assert pc.w.sync().ok
        pc.backup(tmp_path / "nightly.sqlite")
        lost = pc.take(2)
        assert pc.w.sync().ok

        pc.restore(tmp_path / "nightly.sqlite")
        pc.w.login(center.users["intake"])
        assert pc.w.store.outbox_depth() == 0  # nothing to push: only the pull can tell
        report = pc.w.sync()
        assert isinstance(report.error, DeviceQuarantined), report
        assert "旧备份" in str(report.error) and "小于中心已收到的序号" in str(report.error)
        assert pc.w.store.get_meta(QUARANTINE_KEY)
        assert all(pc.w.store.load_case(c.case_id) is None for c in lost)

        admin, _ = center.login("admin")
        assert admin.post(f"/api/v1/admin/devices/{pc.w.store.device_id()}/reenrol").status_code == 200
        assert pc.w.sync().ok
        for case in lost:  # back from the center, under their own numbers
            pulled = pc.w.store.load_case(case.case_id)
            assert pulled is not None and pulled.case_no == case.case_no
        assert pc.w.run(pc.w.engine.verify_in_sync()).in_sync
    finally:
        pc.close()


def test_a_new_window_waits_for_the_admin_then_syncs_on_its_own(tmp_path: Path) -> None:
    server = start_central(tmp_path / "central.db", tmp_path, device_approval="admin")
    pc: Pc | None = None
    try:
        center = _county(server)
        pc = Pc(tmp_path / "window.sqlite", server.url, center)
        pc.w.login(center.users["intake"])
        report = pc.w.sync()
        assert isinstance(report.error, DevicePending)
        assert pc.w.engine.status.state is SyncState.DEVICE_PENDING
        assert "等待管理员批准" in (pc.w.engine.status.last_error or "")
        station = pc.w.store.get_meta(STATION_KEY)
        assert not station  # no station code to number with before the approval
        admin, _ = center.login("admin")
        assert admin.post(f"/api/v1/admin/devices/{pc.w.store.device_id()}/approve").status_code == 200
        report = pc.w.sync()
        assert report.ok, report.error
        assert pc.w.engine.status.state is SyncState.ONLINE
        assert pc.w.store.get_meta(STATION_KEY) == "S01"
        pc.take(1)
        assert pc.w.sync().applied == 2
    finally:
        if pc is not None:
            pc.close()
        stop_server(server)
