"""The hash-chained event log (regulation 000, Art. 20: 加强留痕管理，办理过程应有记录、可追溯).

Each event row stores ``prev_hash`` (the hash of the row before it; 64 zeros for the first) and
``hash = SHA-256(prev_hash + canonical JSON of the row's content)``. The content is exactly
``DomainEvent.to_json()``: event_id, case_id, kind, actor, occurred_at, payload, schema_version. Canonical JSON
means sorted keys, no spaces, ``ensure_ascii=False``, encoded as UTF-8. The chain head (last position and hash)
is kept in ``meta`` too, so deleting the last rows is detected. ``verify_chain`` names every row that was
changed, inserted, deleted or reordered.

Without a secret key the chain proves integrity against edits that do not recompute every later hash and the
head; it is tamper-evident, not tamper-proof.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from govdesk.domain.events import DomainEvent
from govdesk.store.models import Base, EventRow, MetaRow

GENESIS = "0" * 64
HEAD_POSITION_KEY = "chain.head_position"
HEAD_HASH_KEY = "chain.head_hash"
OUTBOX_SEQ_KEY = "outbox.last_seq"


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, Chinese kept as characters: the same text on every machine."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev_hash: str, content: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(content)).encode("utf-8")).hexdigest()


def row_content(row: Any) -> dict[str, Any]:
    """The hashed content of an ``events`` row (the ``DomainEvent.to_json()`` form)."""
    return {
        "event_id": row.event_id,
        "case_id": row.case_id,
        "kind": row.kind,
        "actor": json.loads(row.actor),
        "occurred_at": row.occurred_at,
        "payload": json.loads(row.payload),
        "schema_version": row.schema_version,
    }


def _get_meta(db: Session | Connection, key: str) -> str | None:
    return db.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()


def set_meta(db: Session | Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(MetaRow).values(key=key, value=value)
    db.execute(stmt.on_conflict_do_update(index_elements=[MetaRow.key], set_={"value": value}))


def read_head(db: Session | Connection) -> tuple[int, str] | None:
    """(position, hash) of the chain head as recorded in meta, or None if nothing was ever appended."""
    position = _get_meta(db, HEAD_POSITION_KEY)
    head_hash = _get_meta(db, HEAD_HASH_KEY)
    if position is None or head_hash is None:
        return None
    return int(position), head_hash


def append_events(tx: Session, events: Iterable[DomainEvent], created_at: str, *, to_outbox: bool = True) -> int:
    """Append events to the chain and (unless they came from the server) to the outbox, in the caller's
    transaction. Returns how many."""
    head = read_head(tx) or (0, GENESIS)
    position, prev = head
    seq = int(_get_meta(tx, OUTBOX_SEQ_KEY) or 0)
    event_rows: list[dict[str, Any]] = []
    outbox_rows: list[dict[str, Any]] = []
    for event in events:
        content = event.to_json()
        position += 1
        digest = event_hash(prev, content)
        event_rows.append(
            {
                "position": position,
                "event_id": event.event_id,
                "case_id": event.case_id,
                "kind": event.kind,
                "actor": canonical_json(content["actor"]),
                "occurred_at": content["occurred_at"],
                "payload": canonical_json(content["payload"]),
                "schema_version": event.schema_version,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
        if not to_outbox:
            continue
        seq += 1
        outbox_rows.append(
            {
                "seq": seq,
                "event_id": event.event_id,
                "event_json": canonical_json(content),
                "schema_version": event.schema_version,
                "created_at": created_at,
                "status": "pending",
                "attempts": 0,
                "last_error": "",
                "server_answer": None,
                "updated_at": None,
            }
        )
    if not event_rows:
        return 0
    tx.execute(Base.metadata.tables["events"].insert(), event_rows)
    if outbox_rows:
        tx.execute(Base.metadata.tables["outbox"].insert(), outbox_rows)
    set_meta(tx, HEAD_POSITION_KEY, str(position))
    set_meta(tx, HEAD_HASH_KEY, prev)
    set_meta(tx, OUTBOX_SEQ_KEY, str(seq))
    return len(event_rows)


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One thing wrong with the log. ``kind``: changed / inserted / deleted / reordered / head."""

    position: int
    event_id: str
    kind: str
    message: str  # Chinese, for the clerk or the auditor

    def describe(self) -> str:
        who = f"（事件 {self.event_id}）" if self.event_id else ""
        return f"第 {self.position} 条{who}：{self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "event_id": self.event_id, "kind": self.kind, "message": self.message}


@dataclass(slots=True)
class ChainReport:
    events: int
    head_position: int
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "head_position": self.head_position,
            "problems": [p.to_json() for p in self.problems],
        }


@dataclass(slots=True)
class _Walk:
    rows: Sequence[Any]
    found: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, index: int, kind: str, message: str) -> None:
        self.found.setdefault(index, []).append((kind, message))

    def kinds(self, index: int) -> set[str]:
        return {kind for kind, _ in self.found.get(index, [])}


def check_chain(db: Session | Connection) -> ChainReport:
    """Walk the whole log in position order; see the module docstring."""
    rows = db.execute(select(EventRow.__table__).order_by(EventRow.position)).all()
    head = read_head(db)
    walk = _Walk(rows)
    index_by_hash = {row.hash: i for i, row in enumerate(rows)}
    expected_prev, expected_pos = GENESIS, 1
    for i, row in enumerate(rows):
        if event_hash(row.prev_hash, row_content(row)) != row.hash:
            walk.add(i, "changed", "内容与其校验值不符：该条事件被修改过")
        if row.position > expected_pos:
            if row.prev_hash == expected_prev:
                walk.add(
                    i, "reordered", f"编号不连续（缺{_span(expected_pos, row.position - 1)}）但链接完好：编号被改动过"
                )
            else:
                walk.add(i, "deleted", f"它之前的{_span(expected_pos, row.position - 1)}事件被删除")
        elif row.prev_hash != expected_prev:
            _explain_broken_link(walk, i, index_by_hash)
        expected_prev, expected_pos = row.hash, row.position + 1
    _check_head(walk, head)
    problems: list[ChainProblem] = []
    for i in sorted(walk.found):
        entries = walk.found[i]
        if any(kind == "inserted" for kind, _ in entries):
            entries = [e for e in entries if e[0] == "inserted"]
        position = rows[i].position if i < len(rows) else (rows[-1].position + 1 if rows else 1)
        event_id = rows[i].event_id if i < len(rows) else ""
        problems.extend(ChainProblem(position, event_id, kind, message) for kind, message in entries)
    return ChainReport(events=len(rows), head_position=head[0] if head else 0, problems=problems)


def _span(first: int, last: int) -> str:
    return f"第 {first} 条" if first == last else f"第 {first} 至 {last} 条"


def _explain_broken_link(walk: _Walk, i: int, index_by_hash: dict[str, int]) -> None:
    row = walk.rows[i]
    target = -1 if row.prev_hash == GENESIS else index_by_hash.get(row.prev_hash)
    if target is not None and target > i:
        other = walk.rows[target]
        walk.add(i, "reordered", f"顺序被调换：它本应紧接在第 {other.position} 条（事件 {other.event_id}）之后")
    elif target is not None and target < i - 1:
        between = range(target + 1, i)
        if all("reordered" in walk.kinds(b) for b in between):
            # Rows already found out of order sit between this row and its predecessor. This row moved too only
            # if one of them should follow it; otherwise its link is the true one and nothing more is wrong.
            if any(walk.rows[b].prev_hash == row.hash for b in between):
                prev = walk.rows[target]
                walk.add(i, "reordered", f"顺序被调换：它本应紧接在第 {prev.position} 条（事件 {prev.event_id}）之后")
        else:
            for b in between:
                if "reordered" not in walk.kinds(b):
                    walk.add(b, "inserted", "这条事件是后来插入的：前后两条事件的链接跳过了它")
    else:
        prev = walk.rows[i - 1] if i > 0 else None
        if prev is not None:
            walk.add(
                i - 1,
                "changed",
                f"与下一条（第 {row.position} 条）的链接断开："
                "该条被修改后重算了校验值，或两者之间的事件被删除后重新编号",
            )
        else:
            walk.add(i, "deleted", "链的开头被删除：第一条事件并不指向链的起点")


def _check_head(walk: _Walk, head: tuple[int, str] | None) -> None:
    rows = walk.rows
    if head is None:
        if rows:
            walk.add(len(rows) - 1, "head", "链头记录缺失：无法确认末尾的事件是否被删除")
        return
    head_pos, head_hash = head
    if not rows:
        if head_pos > 0:
            walk.add(0, "deleted", f"全部 {head_pos} 条事件被删除")
        return
    last = rows[-1]
    if last.position < head_pos:
        walk.add(len(rows), "deleted", f"末尾的{_span(last.position + 1, head_pos)}事件被删除")
    elif last.position > head_pos:
        for i, row in enumerate(rows):
            if row.position > head_pos and "reordered" not in walk.kinds(i):
                walk.add(i, "inserted", f"这条事件在链头（第 {head_pos} 条）之后，是后来插入的")
    elif last.hash != head_hash and "changed" not in walk.kinds(len(rows) - 1):
        walk.add(len(rows) - 1, "changed", "最后一条事件与链头记录不符：被修改或替换过")
