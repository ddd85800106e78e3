"""The hash chain catches each kind of tampering done behind the program's back with raw SQL."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from govdesk.store import Store, verify_chain
from govdesk.store.chain import GENESIS, canonical_json, event_hash
from tests.store.conftest import make_case


@pytest.fixture
def logged(store: Store) -> Store:
    """Six events in the log (two cases, three events each)."""
    for n in (1, 2):
        with store.transaction() as tx:
            store.save_case(tx, make_case(n, events=3))
    return store


@pytest.fixture
def raw(db_path: Path, logged: Store) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(db_path, isolation_level=None)
    yield connection
    connection.close()


def _event_id(raw: sqlite3.Connection, position: int) -> str:
    return str(raw.execute("SELECT event_id FROM events WHERE position = ?", (position,)).fetchone()[0])


def _kinds(store: Store) -> list[tuple[int, str]]:
    return [(p.position, p.kind) for p in verify_chain(store).problems]


def test_canonical_json_is_stable() -> None:
    assert canonical_json({"b": 1, "a": ["张三", 2.5]}) == '{"a":["张三",2.5],"b":1}'
    content = {"x": "办件"}
    expected = hashlib.sha256((GENESIS + '{"x":"办件"}').encode("utf-8")).hexdigest()
    assert event_hash(GENESIS, content) == expected


def test_untouched_log_verifies(logged: Store) -> None:
    report = verify_chain(logged)
    assert report.ok and report.events == 6 and report.head_position == 6


def test_changed_row_is_named(logged: Store, raw: sqlite3.Connection) -> None:
    raw.execute("""UPDATE events SET payload = '{"i":1,"备注":"改过"}' WHERE position = 3""")
    report = verify_chain(logged)
    assert [(p.position, p.kind, p.event_id) for p in report.problems] == [(3, "changed", _event_id(raw, 3))]
    assert "被修改" in report.problems[0].describe()


def test_changed_row_with_recomputed_hash_is_still_caught(logged: Store, raw: sqlite3.Connection) -> None:
    row = raw.execute("SELECT * FROM events WHERE position = 2").fetchone()
    columns = [d[0] for d in raw.execute("SELECT * FROM events LIMIT 0").description]
    values = dict(zip(columns, row, strict=True))
    values["kind"] = "case.rejected"
    content = {
        "event_id": values["event_id"],
        "case_id": values["case_id"],
        "kind": values["kind"],
        "actor": json.loads(values["actor"]),
        "occurred_at": values["occurred_at"],
        "payload": json.loads(values["payload"]),
        "schema_version": values["schema_version"],
    }
    raw.execute(
        "UPDATE events SET kind = ?, hash = ? WHERE position = 2",
        (values["kind"], event_hash(values["prev_hash"], content)),
    )
    assert _kinds(logged) == [(2, "changed")]


def test_deleted_middle_row_is_named(logged: Store, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM events WHERE position = 4")
    report = verify_chain(logged)
    assert [(p.position, p.kind) for p in report.problems] == [(5, "deleted")]
    assert "第 4 条事件被删除" in report.problems[0].message


def test_deleted_tail_rows_are_caught_by_the_head(logged: Store, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM events WHERE position >= 5")
    report = verify_chain(logged)
    assert [(p.position, p.kind) for p in report.problems] == [(5, "deleted")]
    assert "末尾的第 5 至 6 条事件被删除" in report.problems[0].message


def test_inserted_row_at_the_tail_is_named(logged: Store, raw: sqlite3.Connection) -> None:
    # Even a forger who computes a correct hash is caught: the head in meta says the log ends at 6.
    last_hash = raw.execute("SELECT hash FROM events WHERE position = 6").fetchone()[0]
    content = {
        "event_id": "forged",
        "case_id": "c",
        "kind": "case.approved",
        "actor": {},
        "occurred_at": "2026-11-20T09:30:00+08:00",
        "payload": {},
        "schema_version": 1,
    }
    raw.execute(
        "INSERT INTO events VALUES "
        "(7, 'forged', 'c', 'case.approved', '{}', '2026-11-20T09:30:00+08:00', '{}', 1, ?, ?)",
        (last_hash, event_hash(last_hash, content)),
    )
    report = verify_chain(logged)
    assert [(p.position, p.kind, p.event_id) for p in report.problems] == [(7, "inserted", "forged")]


def test_inserted_row_in_the_middle_is_named(logged: Store, raw: sqlite3.Connection) -> None:
    # Make room at position 3 by shifting the later rows up, then insert a row linked to row 2.
    for position in range(6, 2, -1):
        raw.execute("UPDATE events SET position = ? WHERE position = ?", (position + 1, position))
    prev = raw.execute("SELECT hash FROM events WHERE position = 2").fetchone()[0]
    raw.execute(
        "INSERT INTO events VALUES (3, 'sneaked', 'c', 'case.note', '{}', '2026-11-20T09:30:00+08:00', '{}', 1, ?, ?)",
        (prev, "f" * 64),
    )
    problems = verify_chain(logged).problems
    assert (3, "inserted") in [(p.position, p.kind) for p in problems]
    assert all(p.kind == "inserted" for p in problems if p.event_id == "sneaked")


def test_reordered_rows_are_named(logged: Store, raw: sqlite3.Connection) -> None:
    raw.execute("UPDATE events SET position = -1 WHERE position = 2")
    raw.execute("UPDATE events SET position = 2 WHERE position = 3")
    raw.execute("UPDATE events SET position = 3 WHERE position = -1")
    report = verify_chain(logged)
    assert [(p.position, p.kind) for p in report.problems] == [(2, "reordered"), (3, "reordered")]
    assert "顺序被调换" in report.problems[0].message


def test_appending_after_a_verified_log_keeps_it_valid(logged: Store) -> None:
    with logged.transaction() as tx:
        logged.save_case(tx, make_case(3, events=2))
    report = verify_chain(logged)
    assert report.ok and report.events == 8
