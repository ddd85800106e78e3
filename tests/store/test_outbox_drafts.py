"""The outbox life cycle (pending → sent / refused / conflict) and intake drafts that survive a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from govdesk.domain.clock import FixedClock
from govdesk.store import OutboxResult, OutboxStatus, Store, open_store
from govdesk.store.engine import make_engine, upgrade
from tests.store.conftest import NOW, make_case


def test_outbox_life_cycle(store: Store) -> None:
    case = make_case(events=4)
    with store.transaction() as tx:
        store.save_case(tx, case)
    assert store.outbox_depth() == 4
    batch = store.pending_outbox(limit=3)
    assert [item.event_id for item in batch] == [e.event_id for e in case.events[:3]]
    assert batch[0].event == case.events[0].to_json()
    assert batch[0].status is OutboxStatus.PENDING and batch[0].attempts == 0
    changed = store.mark_outbox(
        [
            OutboxResult(batch[0].event_id, OutboxStatus.SENT, answer={"stored": True}),
            OutboxResult(batch[1].event_id, OutboxStatus.REFUSED, "事项编码已停用", {"code": "item_retired"}),
            OutboxResult(batch[2].event_id, OutboxStatus.PENDING, "网络中断"),
            OutboxResult("unknown-event", OutboxStatus.SENT),
        ]
    )
    assert changed == 3
    assert store.outbox_depth() == 2
    retry = store.pending_outbox(limit=10)
    assert [(item.event_id, item.attempts, item.last_error) for item in retry] == [
        (case.events[2].event_id, 1, "网络中断"),
        (case.events[3].event_id, 0, ""),
    ]
    attention = store.needs_attention()
    assert [(a.event_id, a.status, a.last_error, a.server_answer) for a in attention] == [
        (case.events[1].event_id, OutboxStatus.REFUSED, "事项编码已停用", {"code": "item_retired"})
    ]


def test_drafts_survive_reopening(db_path: Path) -> None:
    store = open_store(db_path, FixedClock(NOW))
    store.save_draft("d1", {"applicant": "张三", "step": 1})
    store.save_draft("d2", {"applicant": "李四"})
    store.save_draft("d1", {"applicant": "张三", "step": 2})
    store.close()  # as after a crash: nothing but the file remains
    reopened = open_store(db_path, FixedClock(NOW))
    try:
        drafts = {d.draft_id: d.data for d in reopened.load_drafts()}
        assert drafts == {"d1": {"applicant": "张三", "step": 2}, "d2": {"applicant": "李四"}}
        reopened.delete_draft("d1")
        assert [d.draft_id for d in reopened.load_drafts()] == ["d2"]
    finally:
        reopened.close()


def test_device_id_is_made_once(db_path: Path) -> None:
    first = open_store(db_path, FixedClock(NOW))
    device = first.device_id()
    first.close()
    second = open_store(db_path, FixedClock(NOW))
    try:
        assert second.device_id() == device
        assert len(device) == 36
    finally:
        second.close()


def test_drafts_belong_to_the_clerk_who_made_them(store: Store) -> None:
    store.save_draft("a1", {"applicant": "张三"}, clerk_id="wangli")
    store.save_draft("b1", {"applicant": "李四"}, clerk_id="zhaoqiang")
    store.save_draft("a1", {"applicant": "张三", "step": 2}, clerk_id="zhaoqiang")  # a backup goes on with it
    assert [(d.draft_id, d.clerk_id) for d in store.load_drafts("wangli")] == [("a1", "wangli")]
    assert [d.draft_id for d in store.load_drafts("zhaoqiang")] == ["b1"]
    assert [d.draft_id for d in store.load_drafts("nobody")] == []
    assert sorted(d.draft_id for d in store.load_drafts()) == ["a1", "b1"]


def test_drafts_kept_before_owners_existed_stay_listed_to_every_clerk(db_path: Path) -> None:
    engine = make_engine(db_path)
    upgrade(engine, "0005")
    engine.dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO drafts VALUES ('old', '2026-11-20T01:30:00+00:00', '{\"applicant\": \"王五\"}')")
    store = open_store(db_path, FixedClock(NOW))  # upgraded by 0006_drafts_owner
    try:
        store.save_draft("new", {"applicant": "赵六"}, clerk_id="wangli")
        assert [(d.draft_id, d.clerk_id) for d in store.load_drafts("zhaoqiang")] == [("old", "")]
        assert sorted(d.draft_id for d in store.load_drafts("wangli")) == ["new", "old"]
    finally:
        store.close()
