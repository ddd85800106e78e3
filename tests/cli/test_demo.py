"""``govdesk demo``'s pieces, for real: the embedded central server, the demo center and users, the window's
settings and sample cases, a login and a sync; the demo back office approves the transferred cases by itself and the
window pulls them back as results ready."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from govdesk.central.db import CaseRow as CaseProjection
from govdesk.central.embedded import EmbeddedCentral
from govdesk.cli.demo import DEMO_CENTER, DEMO_PASSWORD, prepare_window, seed_central
from govdesk.domain.case import CaseState
from govdesk.services.auth import AuthService, account_for
from govdesk.services.credentials import open_credential_store
from govdesk.services.demo_data import seed_sample_cases
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.sync_service import make_engine
from govdesk.store.lists import cases_in_states


@pytest.fixture
def central(tmp_path: Path) -> Iterator[EmbeddedCentral]:
    running = EmbeddedCentral.start(tmp_path / "central.sqlite", auto_approve_seconds=0.2, maintenance_interval=0.1)
    yield running
    running.stop()


def test_demo_intake_back_office_and_results_ready(central: EmbeddedCentral, tmp_path: Path) -> None:
    basedir = tmp_path / "demo"
    seed_central(central)
    seed_central(central)  # a second start keeps what is there
    prepare_window(basedir, central.url)
    paths = AppPaths.for_basedir(basedir)
    settings = SettingsStore(paths.settings_file).load()
    assert settings.server_url == central.url and settings.center_code == DEMO_CENTER[0]

    runtime = Runtime.open(paths.default_db, paths.data_dir, settings)
    loop = asyncio.new_event_loop()
    credentials = open_credential_store()
    engine = make_engine(runtime.store, central.url, credentials, account_for(central.url))
    try:
        assert seed_sample_cases(runtime) == 0  # prepare_window made them already
        states = sorted(s.state for s in cases_in_states(runtime.store, [s.value for s in CaseState]))
        assert states.count("submitted") == 3 and "notified" in states and "completed" in states
        assert runtime.intake.open_drafts() == []  # the sample draft is the demo intake clerk's, not anyone's
        runtime.set_clerk(replace(runtime.window.actor, clerk_id="wangli", clerk_name="王丽"))  # as her login does
        assert [d.applicant.name for d in runtime.intake.open_drafts()] == ["陈静"]
        with runtime.store.reading() as db:
            actors = {
                json.loads(row[0])["actor"]["clerk_id"] for row in db.exec_driver_sql("SELECT event_json FROM outbox")
            }
        assert actors == {"wangli"}  # taken in by a real user of the embedded server, never "demo"

        AuthService(central.url, credentials).login("wangli", DEMO_PASSWORD)
        report = loop.run_until_complete(engine.sync_once())
        assert report.ok, report.error
        with central.central.tx() as session:
            names = set(session.scalars(select(CaseProjection.applicant_name)))
        assert {"张伟", "李娜", "王强", "赵敏", "刘洋"} <= names  # the back office sees who applied

        deadline = time.monotonic() + 20
        ready: list[str] = []
        while time.monotonic() < deadline and len(ready) < 3:
            time.sleep(0.3)
            assert loop.run_until_complete(engine.sync_once()).ok
            ready = [s.applicant_name for s in cases_in_states(runtime.store, ["result_ready"])]
        assert sorted(ready) == sorted(["张伟", "李娜", "王强"])
        results = {
            s.applicant_name: runtime.store.load_case(s.case_id)
            for s in cases_in_states(runtime.store, ["result_ready"])
        }
        assert results["张伟"].result_name == "营业执照"  # type: ignore[union-attr]  # from the published catalog
    finally:
        loop.run_until_complete(engine.aclose())
        loop.close()
        runtime.close()


def test_the_demo_window_as_the_issuing_clerk_sends_the_intake_clerks_samples_under_her_name(
    central: EmbeddedCentral, tmp_path: Path
) -> None:
    """``demo --user liming`` (AB岗): the samples wangli took in at this PC go to the center when the issuing clerk
    logs in first, recorded as wangli's, with liming as who pushed them — none refused (there were 29 in
    需处理的记录 when the center checked each kind against the pushing user's role)."""
    from govdesk.central.db import StoredEvent
    from govdesk.store.outbox import depth

    basedir = tmp_path / "demo"
    seed_central(central)
    prepare_window(basedir, central.url)
    paths = AppPaths.for_basedir(basedir)
    settings = SettingsStore(paths.settings_file).load()
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings)
    loop = asyncio.new_event_loop()
    credentials = open_credential_store()
    engine = make_engine(runtime.store, central.url, credentials, account_for(central.url))
    try:
        with runtime.store.reading() as db:
            ids = [row[0] for row in db.exec_driver_sql("SELECT event_id FROM outbox")]
        assert len(ids) > 20
        AuthService(central.url, credentials).login("liming", DEMO_PASSWORD)
        report = loop.run_until_complete(engine.sync_once())
        assert report.ok, report.error
        with runtime.store.reading() as db:
            assert depth(db) == 0
        assert runtime.store.needs_attention() == []
        with central.central.tx() as session:
            rows = session.scalars(select(StoredEvent).where(StoredEvent.event_id.in_(ids))).all()
            assert {r.status for r in rows} == {"applied"}
            assert {(r.document["actor"]["clerk_id"], r.pushed_by) for r in rows} == {("wangli", "liming")}
    finally:
        loop.run_until_complete(engine.aclose())
        loop.close()
        runtime.close()


def test_the_demo_licence_library_holds_the_sample_applicants_licences(central: EmbeddedCentral) -> None:
    from govdesk.central.licences import lookup
    from govdesk.services.demo_data import demo_holders

    seed_central(central)
    seed_central(central)  # idempotent
    with central.central.tx() as session:
        for id_number, name in demo_holders():
            found = lookup(session, "household_register", id_number, central.central.now().date())
            assert found.found and found.holder_name == name and found.licence_no.startswith("HK-DEMO-")


def test_the_demo_staff_have_registered_phones_for_reminders(central: EmbeddedCentral) -> None:
    from govdesk.central.admin import list_users
    from govdesk.cli.demo import DEMO_PHONES

    seed_central(central)
    seed_central(central)  # idempotent
    with central.central.tx() as session:
        phones = {u.username: u.phone for u in list_users(session)}
    assert {u: phones[u] for u in DEMO_PHONES} == DEMO_PHONES
    assert phones["zhaoqiang"] == "" and len(set(DEMO_PHONES.values())) == len(DEMO_PHONES)  # supervisors: none


def test_the_seeded_demo_window_syncs_its_history_without_doubling_it(tmp_path: Path) -> None:
    """``demo seed`` put the history at the center from the hall's devices; the demo window's first round is answered
    "already held" for every one of them, its own sequence goes on, and the center counts nothing twice. The history
    holds the supervisors' 差评跟进 steps written at this PC: the window's clerk sends them in order with the rest."""
    from govdesk.central.db import StoredEvent
    from govdesk.cli import main
    from govdesk.store.outbox import depth

    basedir = tmp_path / "seeded"
    assert main(["demo", "seed", "--basedir", str(basedir), "--cases", "150", "--days", "30"]) == 0
    central = EmbeddedCentral.start(basedir / "central.sqlite", 0)
    try:
        with central.central.tx() as session:
            before = session.query(StoredEvent).count()
        prepare_window(basedir, central.url)  # the seeded store holds cases: no samples added
        paths = AppPaths.for_basedir(basedir)
        settings = SettingsStore(paths.settings_file).load()
        runtime = Runtime.open(paths.default_db, paths.data_dir, settings)
        loop = asyncio.new_event_loop()
        credentials = open_credential_store()
        engine = make_engine(runtime.store, central.url, credentials, account_for(central.url))
        try:
            with runtime.store.reading() as db:
                assert depth(db) > 0
            states = sorted(s.state for s in cases_in_states(runtime.store, [s.value for s in CaseState]))
            AuthService(central.url, credentials).login("wangli", DEMO_PASSWORD)
            report = loop.run_until_complete(engine.sync_once())
            assert report.ok, report.error
            with runtime.store.reading() as db:
                assert depth(db) == 0 and runtime.store.needs_attention() == []
            after = sorted(s.state for s in cases_in_states(runtime.store, [s.value for s in CaseState]))
            assert after == states  # the pulled states agree with the window's own
            with central.central.tx() as session:
                assert session.query(StoredEvent).count() == before  # nothing stored twice
        finally:
            loop.run_until_complete(engine.aclose())
            loop.close()
            runtime.close()
    finally:
        central.stop()
