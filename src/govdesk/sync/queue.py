"""What the engine needs from the local database, as a small Protocol (``sync`` may not import ``store``).

``govdesk.services.sync_service.StoreQueue`` implements it on the Store. Every method is blocking; the engine calls
them in its executor thread, one at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from govdesk.protocol import BootstrapPage, Change, SnapshotResponse, VersionedDocument


@dataclass(frozen=True, slots=True)
class QueuedEvent:
    """One outbox row: the device's gap-free ``seq``, the event id, the ``DomainEvent.to_json()`` document as the
    JSON text the outbox keeps (sent as it is), its schema version, and when it entered the outbox (the client's
    time: kept, never used to order anything)."""

    seq: int
    event_id: str
    event_json: str
    schema_version: int
    created_at: str


class Outcome(StrEnum):
    SENT = "sent"  # the server stored it (applied) or already had it (duplicate of an applied event)
    PENDING = "pending"  # try again (e.g. behind a sequence gap)
    REFUSED = "refused"  # final refusal: needs a person
    CONFLICT = "conflict"  # another window got there first: needs a person


@dataclass(frozen=True, slots=True)
class PushOutcome:
    event_id: str
    outcome: Outcome
    error: str = ""  # Chinese, for the clerk (refused / conflict)
    answer: dict[str, Any] | None = None  # the server's answer as it came (server_seq, server_time, server_state)


class LocalQueue(Protocol):
    def device_id(self) -> str: ...

    def pending(self, limit: int, after_seq: int = 0) -> list[QueuedEvent]:
        """The oldest events not yet stored by the server with a ``seq`` above ``after_seq``, in ``seq`` order."""
        ...

    def from_seq(self, seq: int, limit: int) -> list[QueuedEvent]:
        """Events from ``seq`` on, whatever their status (to resend after a sequence gap)."""
        ...

    def mark(self, outcomes: Sequence[PushOutcome]) -> None:
        """Record push outcomes, all in one transaction."""
        ...

    def depth(self) -> int: ...

    def attention_count(self) -> int: ...

    def cursor(self) -> str: ...

    def last_seq(self) -> int:
        """The highest outbox ``seq`` ever numbered here (sent or not; the device_seq is it less the seq base)."""
        ...

    def apply_changes(
        self, changes: Sequence[Change], next_cursor: str, documents: Mapping[str, VersionedDocument]
    ) -> None:
        """Apply one pulled page and store ``next_cursor``, in ONE transaction. ``documents``: the latest catalog
        and/or calendar fetched for the page's catalog/calendar changes (by doc type)."""
        ...

    def bootstrap_state(self) -> tuple[str, str] | None:
        """A first sync under way: (the cursor its first page gave, the last case_id applied); None when none is."""
        ...

    def apply_bootstrap(self, page: BootstrapPage, documents: Mapping[str, VersionedDocument]) -> None:
        """Apply one bootstrap page and keep where the bootstrap stands, in ONE transaction; the last page
        (``has_more`` false) sets the pull cursor to the page's and ends the bootstrap. Cases with unsent events
        keep their local state. ``documents``: as for ``apply_changes`` (given with the last page)."""
        ...

    def apply_snapshot(self, snapshot: SnapshotResponse) -> None:
        """Take a fresh snapshot (after 410) and its cursor, keeping the unsent outbox."""
        ...

    def get_value(self, key: str) -> str | None: ...

    def set_value(self, key: str, value: str) -> None: ...

    def anchor(self, event_id: str) -> tuple[int, str] | None:
        """(position, hash) of the event in the local hash chain, for the batch's receipt; None if not chained."""
        ...

    def keep_receipt(self, receipt: dict[str, Any]) -> None:
        """Keep a batch's signed receipt as it came."""
        ...

    def reenrol(self, device_id: str, station_code: str) -> int:
        """A re-enrolment after a quarantine, in ONE transaction: this database's device id becomes ``device_id``,
        its station code ``station_code``, the not-yet-accepted events move (in order) after every other outbox
        row, and the quarantine is lifted. Returns the seq base: the outbox ``seq`` of the new identity's
        ``device_seq`` 0."""
        ...

    def renumber(self, event_ids: Sequence[str]) -> None:
        """The cases of these events (their number refused as another case's) get a new number under the station
        code this device holds now, each recorded by a ``case.renumbered`` event (one transaction)."""
        ...

    def follow_scope(self, scope: str, stations: Sequence[str]) -> int:
        """The center named the pull's scope and this device's stations: when they differ from the last ones kept,
        a station window forgets the other stations' cases it held only from the center and no longer receives
        (they would stand still in a state the center has left); returns how many. Kept, so it runs once."""
        ...

    def summary_pairs(self, stations: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """(case_id, state) of the local cases the G4 check compares: every one (``stations`` None), or those of
        ``stations`` and those ready or handed off (a station window's scope, as the center names it)."""
        ...
