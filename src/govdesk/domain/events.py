"""Who did what, where and when: the actor and the domain event every case transition yields.

An event is append-only. Its ``payload`` holds JSON-compatible values only (str, int, float, bool, None,
lists and dicts of them), so the store can hash-chain it and the sync can send it unchanged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

JSONValue = Any  # str | int | float | bool | None | list[JSONValue] | dict[str, JSONValue]

#: Version of the event payload schema; sent with every event so the server can refuse what it cannot read.
EVENT_SCHEMA_VERSION = 1


class Role(StrEnum):
    """What a clerk is doing at the moment of the event (DESIGN.md, "Who uses it")."""

    INTAKE = "intake"  # 综合受理员
    ISSUING = "issuing"  # 出件窗口
    SUPERVISOR = "supervisor"  # 现场巡查
    ADMIN = "admin"
    BACK_OFFICE = "back_office"  # 后台审批 (decisions arriving from the central server)
    SYSTEM = "system"  # automatic: a deadline passed, a sync


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted, in which role, at which center, station and window (regulation 000 Art. 20: 留痕)."""

    clerk_id: str
    clerk_name: str
    role: Role
    center_code: str
    station_code: str
    window: str = ""

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "clerk_id": self.clerk_id,
            "clerk_name": self.clerk_name,
            "role": self.role.value,
            "center_code": self.center_code,
            "station_code": self.station_code,
            "window": self.window,
        }

    @classmethod
    def from_json(cls, data: dict[str, JSONValue]) -> Actor:
        return cls(
            clerk_id=str(data["clerk_id"]),
            clerk_name=str(data["clerk_name"]),
            role=Role(data["role"]),
            center_code=str(data["center_code"]),
            station_code=str(data["station_code"]),
            window=str(data.get("window", "")),
        )


def new_id() -> str:
    """A fresh client-made UUID (text form)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class DomainEvent:
    """Something that happened to a case. ``kind`` is a dotted name such as ``case.accepted``."""

    case_id: str
    kind: str
    actor: Actor
    occurred_at: datetime  # timezone-aware, from the Clock passed in
    payload: dict[str, JSONValue] = field(default_factory=dict)
    event_id: str = field(default_factory=new_id)
    schema_version: int = EVENT_SCHEMA_VERSION

    def __post_init__(self) -> None:
        if self.occurred_at.tzinfo is None:
            raise ValueError("DomainEvent.occurred_at must be timezone-aware")

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "event_id": self.event_id,
            "case_id": self.case_id,
            "kind": str(self.kind),
            "actor": self.actor.to_json(),
            "occurred_at": self.occurred_at.isoformat(),
            "payload": self.payload,
            "schema_version": self.schema_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, JSONValue]) -> DomainEvent:
        return cls(
            event_id=str(data["event_id"]),
            case_id=str(data["case_id"]),
            kind=str(data["kind"]),
            actor=Actor.from_json(data["actor"]),
            occurred_at=datetime.fromisoformat(str(data["occurred_at"])),
            payload=dict(data.get("payload") or {}),
            schema_version=int(data.get("schema_version", EVENT_SCHEMA_VERSION)),
        )
