"""The glue between the sync engine and the local store: ``StoreQueue`` (the engine's ``LocalQueue`` on a ``Store``),
the refresh token in the ``CredentialStore`` (OS keyring), and how pulled changes change local cases.

A pulled change of one of this window's own cases carries the server's event: it is appended to the case's log
unchanged (its own ``event_id``), the case's state and the back-office fields are set from it, and nothing goes to the
outbox (``store.inbound``). A change of another window's case carries its state only, and the applicant's identity
only when the result is ready for this window to hand off (``govdesk.central.changes``; regulation 000 Art. 32). The
fold itself is the domain's (``Case.apply_server_change``, ``domain/server_fold.py``); this module decides only
whether the server's state is taken. Back-office fields are the server's (G5). A case this window has never seen is
kept as a short record built from what the server sends (``domain/remote_cases.py``: number, state, item), so any
window can hand its result off. A new window bootstraps (``first_sync``). Everything goes through the store's door
for the sync (``Store.sync``: typed reads, and one ``SyncUnit`` per page).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from govdesk.domain.backoffice import result_file_from_json
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.messages import Message, said, translate
from govdesk.domain.remote_cases import applicant_from_party, free_case_no, remote_case
from govdesk.domain.server_fold import RESULT_OUT, ServerChange, server_state
from govdesk.domain.transitions import CREATED_KIND
from govdesk.protocol import BootstrapPage, Change, ChangeKind, SnapshotResponse, VersionedDocument
from govdesk.services.credentials import CredentialStore
from govdesk.services.credentials import CredentialTokens as CredentialTokens  # (its home was here)
from govdesk.services.first_sync import apply_bootstrap_page
from govdesk.services.reenrol import reenrol, renumber
from govdesk.store.errors import StoreDiskFull, StoreError
from govdesk.store.outbox import OutboxResult, OutboxStatus, OutboxText
from govdesk.store.store import Store
from govdesk.store.sync_door import SyncUnit
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import DEVICE_KEY, SCOPE_KEY, STATION_KEY, SyncEngine
from govdesk.sync.errors import LocalStoreFailed
from govdesk.sync.queue import PushOutcome, QueuedEvent
from govdesk.sync.status import SyncStatus

DISK_FULL = translate("SyncService", "本机磁盘已满", "services.sync_service.disk_full")
RECEIPT = translate("SyncService", "中心的回执", "services.sync_service.receipt")
STATUS = translate("SyncService", "同步状态", "services.sync_service.status")
BATCH_RECEIPT = translate("SyncService", "中心的批次回执", "services.sync_service.batch_receipt")
NEW_IDENTITY = translate("SyncService", "重新登记的设备身份", "services.sync_service.new_identity")
NEW_NUMBERS = translate("SyncService", "办件的新编号", "services.sync_service.new_numbers")
CHANGES = translate("SyncService", "中心的变更", "services.sync_service.changes")
CASES = translate("SyncService", "中心的办件", "services.sync_service.cases")
SNAPSHOT = translate("SyncService", "中心的办件快照", "services.sync_service.snapshot")

LOCAL_STORE_FAILED = translate(
    "SyncService",
    "{what}未能保存到本机：{reason}。本机已录入的办件不受影响，恢复后会自动重试同步",
    "services.sync_service.local_store_failed",
)

log = logging.getLogger(__name__)

#: The center this window works for, as the center said it (a first sync's pages name it).
CENTER_KEY = "sync.center_code"
__all__ = ["CredentialTokens", "StoreQueue", "make_engine", "remote_case"]
_CASE_KINDS = (ChangeKind.DECISION, ChangeKind.RESULT_READY, ChangeKind.CASE_STATE)
_BACK_OFFICE_CHANGES = (ChangeKind.DECISION, ChangeKind.RESULT_READY)


@contextmanager
def _local(what: str) -> Iterator[None]:
    """A store failure during sync, said as what it is: the center's data could not be kept on this PC."""
    try:
        yield
    except StoreError as error:
        reason = Message(DISK_FULL) if isinstance(error, StoreDiskFull) else said(error)
        raise LocalStoreFailed(Message(LOCAL_STORE_FAILED, what=what, reason=reason)) from error


def _event_ids(changes: Sequence[Change]) -> list[str]:
    ids = []
    for change in changes:
        document = change.payload.get("event")
        if isinstance(document, dict) and isinstance(document.get("event_id"), str):
            ids.append(document["event_id"])
    return ids


def _messages(changes: Sequence[Change]) -> list[dict[str, Any]]:
    """The messages among ``changes``, as the window keeps them for the UI."""
    return [
        {
            "cursor": change.cursor,
            "text": str(change.payload.get("text", "")),
            "from": str(change.payload.get("from", "")),
            "case_id": change.case_id,
            "server_time": change.server_time.isoformat(),
        }
        for change in changes
        if change.kind is ChangeKind.MESSAGE
    ]


def _thin(change: Change) -> bool:
    return change.kind in _CASE_KINDS and "event" not in change.payload


def _plain_move(change: Change, remote: Mapping[str, bool], unsent: set[str], station: str) -> bool:
    """Whether the fold of ``change`` would only move the state of a case this window holds as another window's
    (``Case.apply_server_change`` with nothing but ``state``): then the store moves it in bulk
    (``SyncUnit.move_states``), the same row the fold and a save would write. Anything more (an event, the
    applicant, the decision's words, a result out while the applicant's ID is still held, unsent local events) goes
    through the fold."""
    payload = change.payload
    state = payload.get("state")
    case_id = change.case_id or ""
    return (
        _thin(change)
        and case_id in remote
        and case_id not in unsent
        and isinstance(state, str)
        and (target := server_state(state)) is not None
        and not (remote[case_id] and target in RESULT_OUT)
        and str(payload.get("station_code", "")) != station
        and not any(payload.get(key) for key in ("applicant", "result_name", "reason"))
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _placeholder(uow: SyncUnit, case_id: str, change: Change, event: DomainEvent | None) -> Case:
    """The short record of a case this window has never seen (``remote_cases.remote_case``)."""
    payload = event.payload if event is not None else {}
    first_event = event is not None and event.kind == CREATED_KIND
    codes = payload.get("item_codes")
    item = str(codes[0]) if isinstance(codes, list) and codes else str(change.payload.get("item_code") or "")
    case_no = str(change.payload.get("case_no") or payload.get("case_no") or "")
    if event is not None:
        first = event.actor
    else:
        center = uow.get_meta(CENTER_KEY) or ""
        first = Actor("", "", Role.SYSTEM, center, str(change.payload.get("station_code") or ""))
    return remote_case(
        case_id=case_id,
        case_no=free_case_no(case_no, case_id, bool(case_no) and uow.case_no_taken(case_no, case_id)),
        state=str(change.payload.get("state") or CaseState.DRAFT.value),
        item_code=item,
        # A case of this window's stations it does not hold (taken in before a restore from an old backup, by the
        # device it replaced): its first event brings the applicant as it was recorded here (issue 17).
        applicant=applicant_from_party(payload.get("applicant")) if first_event else None,
        first_clerk=first,
        at=event.occurred_at if event is not None else change.server_time,
    )


def _keep_documents(uow: SyncUnit, documents: Mapping[str, VersionedDocument]) -> None:
    """The catalog and calendar versions a page brought, kept with it."""
    catalog = documents.get("catalog")
    if catalog is not None:
        uow.keep_catalog(catalog.version, catalog.document)
    calendar = documents.get("calendar")
    if calendar is not None:
        uow.keep_calendar(calendar.version, calendar.document)


class StoreQueue:
    """``govdesk.sync.queue.LocalQueue`` on a ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def device_id(self) -> str:
        return self.store.device_id()

    def pending(self, limit: int, after_seq: int = 0) -> list[QueuedEvent]:
        texts = self.store.sync.pending_texts(limit, after_seq)
        return [_queued(t) for t in texts]

    def from_seq(self, seq: int, limit: int) -> list[QueuedEvent]:
        texts = self.store.sync.texts_from(seq, limit)
        return [_queued(t) for t in texts]

    def mark(self, outcomes: Sequence[PushOutcome]) -> None:
        with _local(Message(RECEIPT)):
            self.store.mark_outbox(
                OutboxResult(o.event_id, OutboxStatus(o.outcome.value), o.error, o.answer) for o in outcomes
            )

    def depth(self) -> int:
        return self.store.outbox_depth()

    def attention_count(self) -> int:
        return self.store.sync.attention_count()

    def cursor(self) -> str:
        return self.store.sync.cursor()

    def last_seq(self) -> int:
        return self.store.sync.last_seq()

    def get_value(self, key: str) -> str | None:
        return self.store.get_meta(key)

    def set_value(self, key: str, value: str) -> None:
        with _local(Message(STATUS)), self.store.unit() as uow:
            uow.set_meta(key, value)

    def anchor(self, event_id: str) -> tuple[int, str] | None:
        return self.store.sync.anchor(event_id)

    def keep_receipt(self, receipt: dict[str, Any]) -> None:
        with _local(Message(BATCH_RECEIPT)), self.store.sync.unit() as uow:
            uow.keep_receipt(receipt)

    def reenrol(self, device_id: str, station_code: str) -> int:
        with _local(Message(NEW_IDENTITY)):
            return reenrol(self.store, device_id, station_code)

    def renumber(self, event_ids: Sequence[str]) -> None:
        with _local(Message(NEW_NUMBERS)):
            renumber(self.store, event_ids)

    def summary_pairs(self, stations: Sequence[str] | None = None) -> list[tuple[str, str]]:
        return self.store.sync.case_state_pairs(stations)

    def messages(self) -> list[dict[str, Any]]:
        return self.store.sync.messages()

    def follow_scope(self, scope: str, stations: Sequence[str]) -> int:
        named = json.dumps([scope, list(stations)])
        if self.store.get_meta(SCOPE_KEY) == named:
            return 0
        with _local(Message(CASES)), self.store.sync.unit() as uow:
            gone = uow.forget_not_followed(stations) if scope == "station" else 0
            uow.set_meta(SCOPE_KEY, named)
        if gone:
            log.info("%d cases of other stations no longer followed here: removed", gone)
        return gone

    # --- pulled pages -------------------------------------------------------------------------------------------

    def apply_changes(
        self, changes: Sequence[Change], next_cursor: str, documents: Mapping[str, VersionedDocument]
    ) -> None:
        with _local(Message(CHANGES)), self.store.sync.unit() as uow:
            unsent = uow.pending_case_ids()
            # A page may be applied twice (a kill after the commit, before the cursor moved on): one query for it.
            known = uow.known_event_ids(_event_ids(changes))
            station = uow.get_meta(STATION_KEY) or ""
            remote = uow.remote_identities([c.case_id for c in changes if _thin(c) and c.case_id])
            moves: list[tuple[str, str]] = []  # plain state moves, written in one executemany (in order)
            for change in changes:
                if change.kind not in _CASE_KINDS:
                    continue
                if _plain_move(change, remote, unsent, station):
                    moves.append((str(change.case_id), str(change.payload["state"])))
                    continue
                if moves:
                    uow.move_states(moves)
                    moves = []
                self._apply_case_change(uow, change, unsent, known, station)
            uow.move_states(moves)
            uow.add_messages(_messages(changes))
            _keep_documents(uow, documents)
            uow.set_cursor(next_cursor)

    def _apply_case_change(
        self, uow: SyncUnit, change: Change, unsent: set[str], known: set[str], station: str
    ) -> None:
        document = change.payload.get("event")
        event = None
        if isinstance(document, dict):
            if document.get("event_id") in known:
                return  # a page applied before
            event = DomainEvent.from_json(document)
            if event.event_id in known:
                return
            known.add(event.event_id)  # the same event twice in one page is applied once
        case_id = event.case_id if event is not None else change.case_id
        if not case_id:
            log.warning("pulled change %s names no case; skipped", change.cursor)
            return
        state = change.payload.get("state")
        case = uow.load_case(case_id)
        if case is None:
            case = _placeholder(uow, case_id, change, event)
        # Back-office fields are the server's; a case with unsent local events keeps its (newer) local state
        # against another window's change — the push's answer decides that one.
        take_state = change.kind in _BACK_OFFICE_CHANGES or case_id not in unsent
        # The server sends a state without its event for the cases of other windows only.
        remote = event is None and str(change.payload.get("station_code", "")) != station
        party = change.payload.get("applicant")
        fold = ServerChange(
            state=state if take_state and isinstance(state, str) else None,
            event=event,
            applicant=applicant_from_party(party),
            remote=remote,
            result_name=_text(
                party.get("result_name") if isinstance(party, dict) else change.payload.get("result_name")
            ),
            decision_reason=_text(change.payload.get("reason")),
            result_file=result_file_from_json(party.get("result_file")) if isinstance(party, dict) else None,
        )
        case.apply_server_change(fold)
        if event is not None:
            uow.append_server_events([event])
        uow.save_case(case, from_server=True)

    def bootstrap_state(self) -> tuple[str, str] | None:
        return self.store.sync.bootstrap_state()

    def apply_bootstrap(self, page: BootstrapPage, documents: Mapping[str, VersionedDocument]) -> None:
        with _local(Message(CASES)), self.store.sync.unit() as uow:
            station = uow.get_meta(STATION_KEY) or ""
            if page.center_code and uow.get_meta(CENTER_KEY) != page.center_code:
                uow.set_meta(CENTER_KEY, page.center_code)
            apply_bootstrap_page(uow, page, station)
            uow.add_messages(_messages(page.messages))
            _keep_documents(uow, documents)

    def apply_snapshot(self, snapshot: SnapshotResponse) -> None:
        """Take the server's view of the center's cases; cases with unsent events keep their local state."""
        with _local(Message(SNAPSHOT)), self.store.sync.unit() as uow:
            unsent = uow.pending_case_ids()
            for snap in snapshot.cases:
                case = uow.load_case(snap.case_id)
                if case is None:
                    actor = Actor("", "", Role.SYSTEM, snap.center_code, "")
                    taken = bool(snap.case_no) and uow.case_no_taken(snap.case_no, snap.case_id)
                    case = remote_case(
                        case_id=snap.case_id,
                        case_no=free_case_no(snap.case_no, snap.case_id, taken),
                        state=snap.state,
                        item_code=snap.item_code,
                        applicant=Applicant(ApplicantKind.PERSON, snap.applicant_name, "", ""),
                        first_clerk=actor,
                        at=snap.updated_at,
                    )
                elif snap.case_id in unsent or not case.apply_snapshot(snap.state):
                    continue  # unsent local events keep the local state; the same state or none known: nothing
                uow.save_case(case)
            uow.set_cursor(snapshot.cursor)


def device_key_of(store: Store) -> str | None:
    """This PC's device key (made at its first registration), None before it has one: sent with a login
    (``services.auth.AuthService``)."""
    return store.get_meta(DEVICE_KEY) or None


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


def _queued(text: OutboxText) -> QueuedEvent:
    """An outbox row as the sync engine pushes it."""
    return QueuedEvent(text.seq, text.event_id, text.event_json, text.schema_version, text.created_at)
