"""The glue between the sync engine and the local store: ``StoreQueue`` (the engine's ``LocalQueue`` on a ``Store``),
the refresh token in the ``CredentialStore`` (OS keyring), and how pulled changes change local cases.

A pulled back-office decision, result ready or another window's case change carries the server's event: it is
appended to the case's log unchanged (its own ``event_id``), the case's state and the back-office fields are set
from it, and nothing goes to the outbox (``store.inbound``). Back-office fields are the server's (G5). A case this
window has never seen (taken in at another window of the center) is kept as a short record built from what the
server sends (number, state, item, applicant's name), so any window can hand its result off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.services.credentials import CredentialStore
from govdesk.store import inbound, outbox
from govdesk.store.errors import StoreDiskFull, StoreError
from govdesk.store.outbox import OutboxResult, OutboxStatus
from govdesk.store.store import Store
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import SyncEngine
from govdesk.sync.errors import LocalStoreFailed
from govdesk.sync.protocol import Change, ChangeKind, SnapshotResponse, VersionedDocument
from govdesk.sync.queue import PushOutcome, QueuedEvent
from govdesk.sync.status import SyncStatus

log = logging.getLogger(__name__)

_STATES = {s.value: s for s in CaseState}
_CASE_KINDS = (ChangeKind.DECISION, ChangeKind.RESULT_READY, ChangeKind.CASE_STATE)
_BACK_OFFICE_CHANGES = (ChangeKind.DECISION, ChangeKind.RESULT_READY)


@contextmanager
def _local(what: str) -> Iterator[None]:
    """A store failure during sync, said as what it is: the center's data could not be kept on this PC."""
    try:
        yield
    except StoreError as error:
        reason = "本机磁盘已满" if isinstance(error, StoreDiskFull) else str(error)
        raise LocalStoreFailed(
            f"{what}未能保存到本机：{reason}。本机已录入的办件不受影响，恢复后会自动重试同步"
        ) from error


def _event_ids(changes: Sequence[Change]) -> list[str]:
    ids = []
    for change in changes:
        document = change.payload.get("event")
        if isinstance(document, dict) and isinstance(document.get("event_id"), str):
            ids.append(document["event_id"])
    return ids


class CredentialTokens:
    """The engine's ``TokenStore`` on the OS keyring (``CredentialStore``), under one account name."""

    def __init__(self, credentials: CredentialStore, account: str) -> None:
        self.credentials = credentials
        self.account = account

    def get_refresh_token(self) -> str | None:
        return self.credentials.get_refresh_token(self.account)

    def set_refresh_token(self, token: str) -> None:
        self.credentials.set_refresh_token(self.account, token)

    def delete_refresh_token(self) -> None:
        self.credentials.delete_refresh_token(self.account)


class StoreQueue:
    """``govdesk.sync.queue.LocalQueue`` on a ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def device_id(self) -> str:
        return self.store.device_id()

    def pending(self, limit: int, after_seq: int = 0) -> list[QueuedEvent]:
        with self.store.reading() as db:
            texts = outbox.pending_texts(db, limit, after_seq)
        return [QueuedEvent(t.seq, t.event_id, t.event_json, t.schema_version, t.created_at) for t in texts]

    def from_seq(self, seq: int, limit: int) -> list[QueuedEvent]:
        with self.store.reading() as db:
            texts = outbox.texts_from(db, seq, limit)
        return [QueuedEvent(t.seq, t.event_id, t.event_json, t.schema_version, t.created_at) for t in texts]

    def mark(self, outcomes: Sequence[PushOutcome]) -> None:
        with _local("中心的回执"):
            self.store.mark_outbox(
                OutboxResult(o.event_id, OutboxStatus(o.outcome.value), o.error, o.answer) for o in outcomes
            )

    def depth(self) -> int:
        return self.store.outbox_depth()

    def attention_count(self) -> int:
        with self.store.reading(snapshot=False) as db:
            return inbound.attention_count(db)

    def cursor(self) -> str:
        with self.store.reading(snapshot=False) as db:
            return inbound.cursor(db)

    def get_value(self, key: str) -> str | None:
        return self.store.get_meta(key)

    def set_value(self, key: str, value: str) -> None:
        with _local("同步状态"), self.store.transaction() as tx:
            self.store.set_meta(tx, key, value)

    def summary_pairs(self) -> list[tuple[str, str]]:
        with self.store.reading() as db:
            return inbound.case_state_pairs(db)

    def messages(self) -> list[dict[str, Any]]:
        with self.store.reading(snapshot=False) as db:
            return inbound.messages(db)

    # --- pulled pages -------------------------------------------------------------------------------------------

    def apply_changes(
        self, changes: Sequence[Change], next_cursor: str, documents: Mapping[str, VersionedDocument]
    ) -> None:
        with _local("中心的变更"), self.store.transaction() as tx:
            unsent = inbound.pending_case_ids(tx)
            # This window's own events come back too (and a page may be applied twice): one query for the page.
            known = inbound.known_event_ids(tx, _event_ids(changes))
            messages: list[dict[str, Any]] = []
            for change in changes:
                if change.kind in _CASE_KINDS:
                    self._apply_case_change(tx, change, unsent, known)
                elif change.kind is ChangeKind.MESSAGE:
                    messages.append(
                        {
                            "cursor": change.cursor,
                            "text": str(change.payload.get("text", "")),
                            "from": str(change.payload.get("from", "")),
                            "case_id": change.case_id,
                            "server_time": change.server_time.isoformat(),
                        }
                    )
            inbound.add_messages(tx, messages)
            self._store_documents(tx, documents)
            inbound.set_cursor(tx, next_cursor)

    def _apply_case_change(self, tx: Session, change: Change, unsent: set[str], known: set[str]) -> None:
        document = change.payload.get("event")
        if not isinstance(document, dict):
            log.warning("pulled change %s carries no event; skipped", change.cursor)
            return
        if document.get("event_id") in known:
            return  # our own event coming back, or a page applied before
        event = DomainEvent.from_json(document)
        if event.event_id in known:
            return
        known.add(event.event_id)  # the same event twice in one page is applied once
        server_state = change.payload.get("state")
        case = inbound.load_case(tx, event.case_id)
        if case is None:
            case = self._placeholder(tx, event, change)
        # Back-office fields are the server's; a case with unsent local events keeps its (newer) local state
        # against another window's change — the push's answer decides that one.
        take_state = change.kind in _BACK_OFFICE_CHANGES or event.case_id not in unsent
        apply_server_event(case, event, server_state if take_state else None)
        inbound.append_server_events(tx, [event])
        self.store.save_case(tx, case)

    def _placeholder(self, tx: Session, event: DomainEvent, change: Change) -> Case:
        payload = event.payload
        codes = payload.get("item_codes")
        item = str(codes[0]) if isinstance(codes, list) and codes else ""
        return remote_case(
            tx,
            case_id=event.case_id,
            case_no=str(change.payload.get("case_no") or payload.get("case_no") or ""),
            state=str(change.payload.get("state") or CaseState.DRAFT.value),
            item_code=item,
            applicant_name="",
            first_clerk=event.actor,
            at=event.occurred_at,
        )

    def _store_documents(self, tx: Session, documents: Mapping[str, VersionedDocument]) -> None:
        catalog = documents.get("catalog")
        if catalog is not None:
            inbound.store_catalog_version(tx, catalog.version, catalog.document, self.store.now_text())
        calendar = documents.get("calendar")
        if calendar is not None:
            inbound.store_calendar_version(tx, calendar.version, calendar.document)

    def apply_snapshot(self, snapshot: SnapshotResponse) -> None:
        """Take the server's view of the center's cases; cases with unsent events keep their local state."""
        with _local("中心的办件快照"), self.store.transaction() as tx:
            unsent = inbound.pending_case_ids(tx)
            for snap in snapshot.cases:
                case = inbound.load_case(tx, snap.case_id)
                if case is None:
                    actor = Actor("", "", Role.SYSTEM, snap.center_code, "")
                    case = remote_case(
                        tx,
                        case_id=snap.case_id,
                        case_no=snap.case_no,
                        state=snap.state,
                        item_code=snap.item_code,
                        applicant_name=snap.applicant_name,
                        first_clerk=actor,
                        at=snap.updated_at,
                    )
                elif snap.case_id in unsent or case.state.value == snap.state or snap.state not in _STATES:
                    continue
                else:
                    case.state = _STATES[snap.state]
                self.store.save_case(tx, case)
            inbound.set_cursor(tx, snapshot.cursor)


def apply_server_event(case: Case, event: DomainEvent, server_state: str | None) -> None:
    """Fold one server event into the local case: the back-office fields it carries, the server's state (when
    given and known), and the event itself at the end of the case's history."""
    payload = event.payload
    if event.kind == "case.approved":
        case.result_name = str(payload.get("result_name", ""))
    elif event.kind == "case.denied":
        case.decision_reason = str(payload.get("reason", ""))
    elif event.kind == "case.handed_off":
        case.handoff_method = str(payload.get("method", ""))
        details = payload.get("details")
        if isinstance(details, dict):
            case.handoff_details = {str(k): str(v) for k, v in details.items()}
    if server_state in _STATES:
        case.state = _STATES[server_state]
    case.events.append(event)


def remote_case(
    tx: Session,
    *,
    case_id: str,
    case_no: str,
    state: str,
    item_code: str,
    applicant_name: str,
    first_clerk: Actor,
    at: datetime,
) -> Case:
    """A case known only from the server (taken in at another window): what the server told, no materials."""
    if not case_no or inbound.case_no_taken(tx, case_no, case_id):
        case_no = f"{case_no or '中心办件'}#{case_id[:8]}"
    return Case(
        case_id=case_id,
        case_no=case_no,
        item_codes=(item_code,) if item_code else (),
        catalog_version="",
        applicant=Applicant(kind=ApplicantKind.PERSON, name=applicant_name, id_type="", id_number=""),
        received_at=at if at.tzinfo else at.replace(tzinfo=UTC),
        first_clerk=first_clerk,
        state=_STATES.get(state, CaseState.DRAFT),
    )


def make_engine(
    store: Store,
    base_url: str,
    credentials: CredentialStore,
    account: str,
    *,
    on_status: Callable[[SyncStatus], None] | None = None,
    client_version: str | None = None,
    timeout: tuple[float, float] | None = None,
    ca_bundle: str = "",
    **engine_options: Any,
) -> SyncEngine:
    """A sync engine for ``store`` talking to ``base_url``, the refresh token under ``account`` in the keyring."""
    client_options: dict[str, Any] = {"ca_bundle": ca_bundle}
    if client_version is not None:
        client_options["client_version"] = client_version
    if timeout is not None:
        client_options["timeout"] = timeout
    client = SyncClient(base_url, tokens=CredentialTokens(credentials, account), **client_options)
    return SyncEngine(client, StoreQueue(store), on_status=on_status, **engine_options)
