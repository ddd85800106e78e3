"""The sync facade without Qt, against a real central server on loopback: it builds the engine on the window's
store, adopts the station code the center assigns (every service records it from then on), sends the queued SMS in
the round, and says when a round pulled changes to cases."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govdesk.central import admin
from govdesk.services.auth import AuthService, account_for
from govdesk.services.credentials import open_credential_store
from govdesk.services.offline_login import OfflineVerifiers
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.sync_facade import SyncFacade, SyncStatus, pulled_cases
from govdesk.sync.reports import RoundReport
from tests.central.conftest import PASSWORD, PASSWORD_HASH, RunningServer, stop_server
from tests.sync.conftest import start_central

CENTER = "41122199"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path)
    now = datetime.now(UTC)
    with running.central.tx() as session:
        admin.add_center(session, CENTER, "测试县政务服务中心", now)
        admin.add_user(session, "wangli", "王丽", "intake", CENTER, PASSWORD, now, password_hash=PASSWORD_HASH)
    yield running
    stop_server(running)


def test_the_facade_syncs_and_adopts_the_station_code_without_qt(tmp_path: Path, server: RunningServer) -> None:
    paths = AppPaths.for_basedir(tmp_path / "pc").ensure()
    settings = SettingsStore(paths.settings_file).load()
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings)
    credentials = open_credential_store()
    statuses: list[SyncStatus] = []
    changed: list[bool] = []
    facade = SyncFacade(
        runtime,
        server.url,
        credentials,
        account_for(server.url),
        on_status=statuses.append,
        on_cases_changed=lambda: changed.append(True),
        poll_interval=3600,
    )
    try:
        assert runtime.window.actor.station_code != "" and runtime.station_code() == ""
        AuthService(server.url, credentials, OfflineVerifiers(tmp_path, runtime.clock, 7)).login("wangli", PASSWORD)
        report = asyncio.run(facade.engine.sync_once())
        assert report.ok, report.error
        station = runtime.station_code()
        assert station  # the center registered this device and gave it a station code
        assert runtime.window.actor.station_code == station  # adopted on a status, before anything else
        assert runtime.intake.window.actor.station_code == station
        assert runtime.handoff is not None and runtime.handoff.window.actor.station_code == station
        assert statuses and statuses[-1] == facade.status and facade.status.online
        assert facade.adopt_station() is False  # nothing new the second time
        # the SMS round, the supervisor's records sent after each round (issue 13), and G4 now and then
        assert facade.engine.round_tasks[1:] == [facade._send_records, facade.in_sync]
    finally:
        asyncio.run(facade.aclose())
        runtime.close()


def test_a_round_counts_as_changing_cases_only_when_it_pulled_some() -> None:
    assert pulled_cases(RoundReport(ok=True, pulled=3))
    assert pulled_cases(RoundReport(ok=True, snapshot=True))
    assert not pulled_cases(RoundReport(ok=True, pushed=5, applied=5))
    assert not pulled_cases(RoundReport(ok=False, pulled=3))
