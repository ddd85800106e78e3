"""The store's door for the sync (``Store.sync``): what the sync engine's local queue reads and writes, as typed calls,
so the services that glue the engine to the store (``services/sync_service.py``, ``first_sync.py``, ``reenrol.py``)
hold no SQLAlchemy session (DESIGN.md: "store is the one door").

- ``SyncDoor``: the reads (the next push batch, the pull cursor, the first sync's place, anchors, messages), each on a
  read connection of its own;
- ``SyncUnit``: a unit of work (``Unit``) with the writes of one pulled page, one bootstrap page, a snapshot, a
  receipt or a re-enrolment, all committed together or not at all (``inbound``, ``outbox``, ``anchor`` do the SQL).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from govdesk.domain.events import DomainEvent
from govdesk.store import anchor, inbound, outbox
from govdesk.store.unit import Unit

if TYPE_CHECKING:
    from govdesk.store.store import Store


class SyncUnit(Unit):
    """One write transaction of the sync (see the module docstring); besides a ``Unit``'s cases and meta:"""

    # --- what is known already ---

    def pending_case_ids(self) -> set[str]:
        """The cases with events the server has not stored yet (their local state is newer than the server's)."""
        return inbound.pending_case_ids(self.session)

    def known_event_ids(self, event_ids: Sequence[str]) -> set[str]:
        """Those of ``event_ids`` already in the local log (one query)."""
        return inbound.known_event_ids(self.session, event_ids)

    def remote_identities(self, case_ids: Sequence[str]) -> dict[str, bool]:
        """Of ``case_ids``, those held only from the server, each with whether its applicant's ID or phone is held."""
        return inbound.remote_identities(self.session, case_ids)

    def case_states(self, case_ids: Sequence[str]) -> dict[str, str]:
        return inbound.case_states(self.session, case_ids)

    def taken_case_nos(self, case_nos: Sequence[str]) -> set[str]:
        return inbound.taken_case_nos(self.session, case_nos)

    # --- what the server sent ---

    def append_server_events(self, events: Sequence[DomainEvent]) -> int:
        """The server's events into the chained log (never the outbox)."""
        return inbound.append_server_events(self.session, events)

    def forget_not_followed(self, stations: Sequence[str]) -> int:
        """The other stations' cases held only from the center that a station window no longer receives."""
        return inbound.forget_not_followed(self.session, stations)

    def move_states(self, moves: Sequence[tuple[str, str]]) -> None:
        """Plain state moves of remote cases, in order (``(case_id, state)``, one executemany)."""
        inbound.move_states(self.session, moves, self.now_text())

    def insert_cases(self, rows: Sequence[dict[str, Any]]) -> int:
        """New case rows of a bootstrap page (every ``cases`` column), one executemany."""
        return inbound.insert_cases(self.session, rows)

    def add_messages(self, messages: Sequence[dict[str, Any]]) -> None:
        inbound.add_messages(self.session, messages)

    def keep_catalog(self, version: str, document: dict[str, Any]) -> None:
        """A catalog version from the server, kept for services to load."""
        inbound.store_catalog_version(self.session, version, document, self.now_text())

    def keep_calendar(self, version: str, document: dict[str, Any]) -> None:
        inbound.store_calendar_version(self.session, version, document)

    def set_cursor(self, cursor: str) -> None:
        inbound.set_cursor(self.session, cursor)

    def keep_bootstrap(self, cursor: str, after: str) -> None:
        inbound.keep_bootstrap(self.session, cursor, after)

    def end_bootstrap(self, cursor: str) -> None:
        inbound.end_bootstrap(self.session, cursor)

    def keep_receipt(self, receipt: dict[str, Any]) -> None:
        anchor.keep_receipt(self.session, receipt, self.now_text())

    # --- the outbox, at a re-enrolment and a renumbering ---

    def resequence_pending(self) -> int:
        """The unsent rows moved after every other; the seq base before them (``outbox.resequence_pending``)."""
        return outbox.resequence_pending(self.session)

    def outbox_cases(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        """The cases of the outbox events ``event_ids``, each with its events among them."""
        return outbox.cases_of(self.session, event_ids)

    def add_outbox_error(self, event_ids: Sequence[str], words: str) -> None:
        """``words`` added to what the clerk is told of each of ``event_ids``."""
        outbox.add_error(self.session, event_ids, words)


class SyncDoor:
    """The sync's reads, and its units of work (``unit``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @contextmanager
    def unit(self) -> Iterator[SyncUnit]:
        with self._store.transaction() as session:
            yield SyncUnit(self._store, session)

    def pending_texts(self, limit: int, after_seq: int = 0) -> list[outbox.OutboxText]:
        with self._store.reading() as db:
            return outbox.pending_texts(db, limit, after_seq)

    def texts_from(self, seq: int, limit: int) -> list[outbox.OutboxText]:
        with self._store.reading() as db:
            return outbox.texts_from(db, seq, limit)

    def last_seq(self) -> int:
        with self._store.reading() as db:
            return outbox.last_seq(db)

    def attention_count(self) -> int:
        with self._store.reading(snapshot=False) as db:
            return inbound.attention_count(db)

    def cursor(self) -> str:
        with self._store.reading(snapshot=False) as db:
            return inbound.cursor(db)

    def anchor(self, event_id: str) -> tuple[int, str] | None:
        with self._store.reading(snapshot=False) as db:
            return anchor.anchor_of(db, event_id)

    def case_state_pairs(self, stations: Sequence[str] | None = None) -> list[tuple[str, str]]:
        with self._store.reading() as db:
            return inbound.case_state_pairs(db, stations)

    def messages(self) -> list[dict[str, Any]]:
        with self._store.reading(snapshot=False) as db:
            return inbound.messages(db)

    def bootstrap_state(self) -> tuple[str, str] | None:
        with self._store.reading(snapshot=False) as db:
            return inbound.bootstrap_state(db)


__all__ = ["SyncDoor", "SyncUnit"]
