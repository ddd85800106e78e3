"""Catalog and calendar versions published at the center reach the window: after a sync, the window takes cases
under the new catalog and counts working days into the new year; a document that does not load falls back."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime
from pathlib import Path

from govdesk.central import admin
from govdesk.domain.calendar import provisional_year
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.services.auth import AuthService, account_for
from govdesk.services.credentials import open_credential_store
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings
from govdesk.services.sync_service import make_engine
from govdesk.shipped import default_catalog
from govdesk.store.inbound import CALENDAR_KEY
from tests.central.conftest import PASSWORD, PASSWORD_HASH, stop_server
from tests.sync.conftest import start_central

#: A made-up year for the test (the real 2027 arrangement is published by the State Council).
YEAR_2027 = {
    "year": 2027,
    "source": "测试数据",
    # every statutory holiday of the 放假办法 (and its 补休): the server refuses a year without them
    "holidays": provisional_year(2027).to_json()["holidays"],
    "makeup_workdays": {},
}


def test_published_versions_reach_the_window_after_a_sync(tmp_path: Path) -> None:
    server = start_central(tmp_path / "central.db", tmp_path)
    loop = asyncio.new_event_loop()
    try:
        now = datetime.now(UTC)
        with server.central.tx() as session:
            admin.add_center(session, "41122199", "测试县政务服务中心", now)
            admin.add_user(session, "admin1", "管理员", "admin", "41122199", PASSWORD, now, password_hash=PASSWORD_HASH)
            admin.add_user(session, "wangli", "王丽", "intake", "41122199", PASSWORD, now, password_hash=PASSWORD_HASH)
        office = server.client()
        token = office.post("/api/v1/auth/login", json={"username": "admin1", "password": PASSWORD}).json()
        office.headers["Authorization"] = f"Bearer {token['access_token']}"
        catalog = {**catalog_to_json(default_catalog()), "version": "county-2026.12"}
        assert office.put("/api/v1/catalog", json={"version": "county-2026.12", "document": catalog}).is_success
        years = {"years": [YEAR_2027]}
        assert office.put("/api/v1/calendar", json={"version": "cn-2027-test", "document": years}).is_success
        office.close()

        settings = Settings(server_url=server.url, center_code="41122199")
        db, data = tmp_path / "pc" / "govdesk.sqlite", tmp_path / "pc"
        runtime = Runtime.open(db, data, settings)
        assert runtime.catalog.version == default_catalog().version
        assert not runtime.calendar.covers(date(2027, 1, 4))
        credentials = open_credential_store()
        AuthService(server.url, credentials).login("wangli", PASSWORD)
        engine = make_engine(runtime.store, server.url, credentials, account_for(server.url))
        assert loop.run_until_complete(engine.sync_once()).ok
        loop.run_until_complete(engine.aclose())
        runtime.close()

        runtime = Runtime.open(db, data, settings)  # the next start works with what was pulled
        try:
            assert runtime.catalog.version == "county-2026.12"
            assert runtime.calendar.covers(date(2027, 1, 4))
            assert runtime.calendar.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)  # 1 Jan off, then a weekend
            with runtime.store.transaction() as tx:  # a pulled calendar that does not load: the shipped one is used
                runtime.store.set_meta(tx, CALENDAR_KEY, json.dumps({"version": "bad", "document": {"years": []}}))
        finally:
            runtime.close()
        runtime = Runtime.open(db, data, settings)
        try:
            assert not runtime.calendar.covers(date(2027, 1, 4))
        finally:
            runtime.close()
    finally:
        loop.close()
        stop_server(server)
