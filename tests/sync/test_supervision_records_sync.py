"""The supervisor's records reach the real central server on loopback once, and the server treats every field as
hostile: the author is the logged-in user, a signed record never changes, an older version never wins."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select

from govdesk.central.supervision_records import SupervisionRecordRow
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.inspection import Finding
from govdesk.domain.notices import CenterProfile
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar
from govdesk.store import open_store
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.records import put_record
from tests.sync.conftest import PASSWORD, Center, RunningServer

CENTER = CenterProfile(name="测试中心", address="", phone="", review_body="")


def _records(center: Center, tmp_path: Path, username: str) -> tuple[SupervisionRecords, SyncClient]:
    store = open_store(tmp_path / f"{username}.db")
    actor = Actor(username, "李督查", Role.SUPERVISOR, center.code, "S09")
    service = SupervisionRecords(
        store, default_calendar(), FixedClock(datetime(2026, 12, 7, 9, tzinfo=CST)), WindowContext(actor, CENTER)
    )
    client = SyncClient(center.server.url, tokens=MemoryTokenStore())
    client.login(username, PASSWORD)
    return service, client


def _stored(server: RunningServer, record_id: str) -> list[SupervisionRecordRow]:
    with server.central.tx() as session:
        return list(session.scalars(select(SupervisionRecordRow).where(SupervisionRecordRow.record_id == record_id)))


@pytest.fixture
def supervisor(center: Center) -> str:
    return center.add_user("supervisor")


def test_an_inspection_reaches_the_center_once_and_its_signature_closes_it(
    center: Center, server: RunningServer, tmp_path: Path, supervisor: str
) -> None:
    service, client = _records(center, tmp_path, supervisor)
    try:
        inspection = service.start_inspection()
        for item in inspection.checklist.items:
            service.answer(inspection.inspection_id, Finding(item.code, item.code != "std-guide-desk", "导服台无人"))
        service.sign_inspection(inspection.inspection_id, on_paper=True)
        report = service.send_unsent(partial(put_record, client))
        assert (report.sent, report.refused) == (1, ())
        assert service.send_unsent(partial(put_record, client)).sent == 0  # nothing twice
        [row] = _stored(server, inspection.inspection_id)
        assert (row.center_code, row.author, row.final, row.version) == (center.code, supervisor, True, 17)
        # A retry of an older version after a lost reply is answered, not stored over the newer one.
        old = {**inspection.to_json(), "version": 3, "final": False}
        assert put_record(client, "inspection", inspection.inspection_id, old) == (True, "")
        assert _stored(server, inspection.inspection_id)[0].version == 17
        # A newer version of a signed record is refused in words.
        newer = {**service.inspection(inspection.inspection_id).to_json(), "version": 18, "final": True}
        stored, words = put_record(client, "inspection", inspection.inspection_id, newer)
        assert not stored and "已签名" in words
    finally:
        client.close()
        service.store.close()


def test_a_record_naming_another_author_or_kind_is_refused(
    center: Center, server: RunningServer, tmp_path: Path, supervisor: str
) -> None:
    service, client = _records(center, tmp_path, supervisor)
    try:
        inspection = service.start_inspection()
        body = inspection.to_json()
        forged = {**body, "inspector": {**body["inspector"], "clerk_id": "someone-else"}, "version": 1}  # type: ignore[dict-item]
        stored, words = put_record(client, "inspection", inspection.inspection_id, forged)
        assert not stored and "本人" in words
        mismatched = {**body, "version": 1}
        stored, words = put_record(client, "inspection", "0" * 36, mismatched)
        assert not stored and "编号" in words
        assert _stored(server, inspection.inspection_id) == []
    finally:
        client.close()
        service.store.close()


def test_a_clerk_cannot_send_a_supervisors_record(center: Center, tmp_path: Path, supervisor: str) -> None:
    service, client = _records(center, tmp_path, supervisor)
    clerk_client = SyncClient(center.server.url, tokens=MemoryTokenStore())
    try:
        clerk_client.login(center.users["intake"], PASSWORD)
        inspection = service.start_inspection()
        body = inspection.to_json()
        mine = {**body, "inspector": {**body["inspector"], "clerk_id": center.users["intake"]}, "version": 1}  # type: ignore[dict-item]
        stored, words = put_record(clerk_client, "inspection", inspection.inspection_id, mine)
        assert not stored and words
    finally:
        clerk_client.close()
        client.close()
        service.store.close()
