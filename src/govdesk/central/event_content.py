"""What the server reads of one pushed event: its content checked, its size bounded, its actor made the real one.

Every field a window sends is hostile (STYLE.md, "Tests that see the real world"). The checks here need no database:
``govdesk.central.push`` runs them for each in-sequence event, then the transition table decides in ``_fold``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic_core import to_json

from govdesk.central.auth import Principal
from govdesk.central.writers import Writer
from govdesk.domain.events import DomainEvent, Role
from govdesk.domain.messages import Message
from govdesk.domain.transitions import KIND_ROLES
from govdesk.protocol import BACK_OFFICE_KINDS, MAX_EVENT_SCHEMA_VERSION, PushEvent, refusals

#: The largest event the server stores (its JSON, compact). A window's largest real event (a bundle's 收件 with every
#: material and answer) is a few kilobytes; an event is served to every window of the center on pull, so a 100 MB
#: one must never be stored. A refused one is stored as a stub (``too_large_stub``), not as sent.
MAX_EVENT_BYTES = 64 * 1024

_EVENT_KEYS = frozenset({"event_id", "case_id", "kind", "actor", "occurred_at", "payload", "schema_version"})
_ACTOR_KEYS = frozenset({"clerk_id", "clerk_name", "role", "center_code", "station_code", "window"})
_ROLES = frozenset(role.value for role in Role)
_STR_FIELDS = ("event_id", "case_id", "kind", "occurred_at")


def _as_written(doc: dict[str, Any]) -> bool:
    """Whether ``doc`` is exactly what ``DomainEvent.to_json()`` writes (every key, no other, each of its type), as
    a window's events always are: then ``from_json`` and ``to_json`` would give it back unchanged, and checking it
    needs no rebuild (that rebuild was a fifth of the server's work for a batch)."""
    actor = doc.get("actor")
    return (
        doc.keys() == _EVENT_KEYS
        and type(actor) is dict
        and actor.keys() == _ACTOR_KEYS
        and all(type(value) is str for value in actor.values())
        and actor["role"] in _ROLES
        and all(type(doc[key]) is str for key in _STR_FIELDS)
        and type(doc["payload"]) is dict
        and type(doc["schema_version"]) is int
    )


def _read_event(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The event's document as ``DomainEvent`` reads and writes it, or None when it cannot be read."""
    if _as_written(doc):
        try:
            aware = datetime.fromisoformat(doc["occurred_at"]).tzinfo is not None
        except ValueError:
            return None
        return doc if aware else None
    try:
        checked = DomainEvent.from_json(doc).to_json()
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    checked["occurred_at"] = str(doc["occurred_at"])  # keep the client's text exactly
    return checked


def check_content(pe: PushEvent, center_code: str) -> tuple[tuple[str, str] | None, dict[str, Any]]:
    """Content rules: a refusal (code, reason), or None and the checked document."""
    size = len(to_json(pe.event))
    if size > MAX_EVENT_BYTES:
        return ("too_large", Message(refusals.EVENT_TOO_LARGE, size=size // 1024, limit=MAX_EVENT_BYTES // 1024)), {}
    doc = _read_event(pe.event)
    if doc is None:
        return ("malformed", Message(refusals.EVENT_MALFORMED)), {}
    kind: str = doc["kind"]
    schema_version: int = doc["schema_version"]
    if doc["event_id"] != pe.event_id:
        return ("malformed", Message(refusals.EVENT_ID_MISMATCH)), {}
    if not (1 <= len(doc["case_id"]) <= 64):
        return ("malformed", Message(refusals.EVENT_NO_CASE)), {}
    if schema_version > MAX_EVENT_SCHEMA_VERSION or pe.schema_version > MAX_EVENT_SCHEMA_VERSION:
        version = max(schema_version, pe.schema_version)
        return ("schema_too_new", Message(refusals.SCHEMA_TOO_NEW, version=version)), {}
    if kind in BACK_OFFICE_KINDS:
        return ("back_office_kind", Message(refusals.BACK_OFFICE_KIND)), {}
    if kind not in KIND_ROLES:
        return ("unknown_kind", Message(refusals.UNKNOWN_KIND, kind=kind[:64])), {}
    actor_center: str = doc["actor"]["center_code"]
    if actor_center != center_code:
        return (
            "wrong_center",
            Message(refusals.EVENT_OF_OTHER_CENTER, event_center=actor_center[:32], center_code=center_code),
        ), {}
    return None, doc


def too_large_stub(pe: PushEvent) -> dict[str, Any]:
    """What is stored of an event refused for its size: enough to find it, none of its content."""
    event = pe.event
    return {
        "event_id": pe.event_id,
        "case_id": str(event.get("case_id") or "")[:64],
        "kind": str(event.get("kind") or "")[:64],
        "refused": "too_large",
    }


def with_real_actor(
    doc: dict[str, Any], who: Principal, station_code: str, writers: Mapping[str, Writer] | None = None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The document with the actor the server vouches for, and the actor the window wrote when that differs.

    Overwrite and record, rather than refuse, when the written actor is not one the server can vouch for: a window's
    outbox holds the events of every clerk who worked at it (AB岗, regulation 001; a township PC offline for days) and
    is pushed under whoever is logged in when the line returns. A refusal is final and would throw real work away. So
    the server records what it knows in the document every window pulls — the written clerk as the center holds them
    when they logged in at this device (``writers``: ``govdesk.central.writers``), else the authenticated user; their
    role and center; the device's station — and keeps the written actor beside it when it differs
    (``events.written_actor``, with the pushing user and session: regulation 000 Art. 20 留痕, 可追溯). The role that
    is checked against the kind is the recorded actor's, never the written one. Only the window's label (``3号窗口``)
    is kept from the client, bounded: it says where at the station, and nothing is decided on it.
    """
    written = doc["actor"]
    writer = (writers or {}).get(str(written.get("clerk_id", "")))
    if writer is not None:
        clerk, name, role, center = writer.username, writer.display_name, writer.role, writer.center_code
    else:
        clerk, name, role, center = who.username, who.display_name, who.role, who.center_code
    real = {
        "clerk_id": clerk,
        "clerk_name": name,
        "role": role,
        "center_code": center,
        "station_code": station_code,
        "window": str(written.get("window", ""))[:32],
    }
    if real == written:
        return doc, None
    return {**doc, "actor": real}, written
