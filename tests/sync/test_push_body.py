"""The push request the engine sends is built from the outbox's stored text (``push_body``), not from models: it
must be exactly what the ``PushRequest`` model says, for any text a clerk can type."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.clock import FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.protocol import PushRequest
from govdesk.services.sync_service import StoreQueue
from govdesk.store import open_store
from govdesk.store.engine import make_engine, upgrade
from govdesk.sync.push import push_body

CLOCK = FixedClock(datetime.fromisoformat("2026-11-20T09:30:00+08:00"))
#: Quotes, backslashes, control characters, Chinese and a character outside the BMP: what escaping must survive.
HARD_NAME = '王"小\\明\n\t𠀀 <b>&'


def _case(applicant: str, number: int = 1) -> Case:
    actor = Actor("u1", "张三", Role.INTAKE, "33010201", "S01", '3号"窗口')
    case = Case.new(
        actor=actor,
        clock=CLOCK,
        case_no=f"33010201-S01-20261120-{number:04d}-X",
        item_codes=["ITEM-1"],
        catalog_version="2026.1",
        applicant=Applicant(ApplicantKind.PERSON, applicant, "13800138000", "110101199003077578"),
        case_id=str(uuid.uuid4()),
    )
    case.accept(actor, CLOCK, date(2026, 11, 25), date(2026, 12, 10))
    return case


def test_the_body_is_the_push_request_of_the_stored_events(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db", CLOCK)
    try:
        case = _case(HARD_NAME)
        with store.transaction() as tx:
            store.save_case(tx, case)
        items = StoreQueue(store).pending(500)
        request = PushRequest.model_validate_json(push_body("device-1", items))
    finally:
        store.close()
    assert [e.event_id for e in request.events] == [e.event_id for e in case.events]
    assert [e.event for e in request.events] == [e.to_json() for e in case.events]
    assert [e.device_seq for e in request.events] == [1, 2]
    assert {e.schema_version for e in request.events} == {1}
    assert {e.device_id for e in request.events} == {"device-1"} and request.device_id == "device-1"
    assert {e.client_time for e in request.events} == {CLOCK.now()}
    assert request.events[0].event["payload"]["applicant"]["name"] == HARD_NAME  # type: ignore[index]


def test_the_next_batch_starts_after_the_one_in_flight(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db", CLOCK)
    try:
        with store.transaction() as tx:
            for number in range(1, 4):
                store.save_case(tx, _case("李四", number))
        queue = StoreQueue(store)
        first = queue.pending(4)
        ahead = queue.pending(4, after_seq=first[-1].seq)
        resend = queue.from_seq(2, 3)
    finally:
        store.close()
    assert [i.seq for i in first] == [1, 2, 3, 4]
    assert [i.seq for i in ahead] == [5, 6]
    assert [i.seq for i in resend] == [2, 3, 4]
    assert PushRequest.model_validate_json(push_body("d", [])).events == []


def test_an_outbox_written_before_0004_pushes_as_schema_version_1(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    event = _case("李四").events[0].to_json()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO outbox (seq, event_id, event_json, created_at, status, attempts, last_error)"
            " VALUES (1, ?, ?, '2026-11-20T01:30:00+00:00', 'pending', 0, '')",
            (event["event_id"], json.dumps(event, ensure_ascii=False)),
        )
    store = open_store(path, CLOCK)
    try:
        items = StoreQueue(store).pending(10)
    finally:
        store.close()
    request = PushRequest.model_validate_json(push_body("d", items))
    assert [(e.event_id, e.schema_version, e.event) for e in request.events] == [(event["event_id"], 1, event)]
