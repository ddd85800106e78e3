"""The unit of work: one write transaction of the store, for one use case (DESIGN.md: "services finish a use case
in one transaction"; "store is the one door").

    with store.unit() as uow:
        case = uow.load_case(case_id)       # read inside the transaction that saves it
        case.submit(actor, clock)
        uow.save_case(case)                 # row, materials, events and outbox, or nothing

The transaction is ``BEGIN IMMEDIATE`` (the write lock is taken first), so what the unit loads is what it saves over:
no other writer can come between. A copy loaded outside the unit and saved in it is still checked against the
stored version (migration 0005, ``versioning``): a stale one raises ``StoreStaleCase`` and the whole unit rolls back.
Services hold a ``Unit``, never the SQLAlchemy session behind it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.store import chain, supervision_records
from govdesk.store import handoffs as tables
from govdesk.store.cases import load_case
from govdesk.store.models import CaseRow, DraftRow, MetaRow

if TYPE_CHECKING:
    from govdesk.store.store import Store


class Unit:
    """One use case's writes, committed together when the ``with`` block ends (see the module docstring)."""

    def __init__(self, store: Store, session: Session) -> None:
        self._store = store
        self._session = session

    @property
    def session(self) -> Session:
        """The transaction itself, for the store's own modules (``inbound``, ``outbox``); services do not use it."""
        return self._session

    def now_text(self) -> str:
        return self._store.now_text()

    # --- cases ---

    def load_case(self, case_id: str) -> Case | None:
        """The case as stored now, read inside this transaction (its version is the one the save checks)."""
        return load_case(self._session, case_id)

    def save_case(self, case: Case, *, from_server: bool = False) -> int:
        """``Store.save_case`` in this unit: how many events were appended."""
        return self._store.save_case(self._session, case, from_server=from_server)

    def case_no_taken(self, case_no: str, case_id: str = "") -> bool:
        """Whether another case on this PC already holds ``case_no`` (issue 17: never issued twice)."""
        owner = self._session.execute(select(CaseRow.case_id).where(CaseRow.case_no == case_no)).scalar_one_or_none()
        return owner is not None and owner != case_id

    def enqueue_case_files(self, case: Case) -> int:
        """Queue the case's scanned files for the center, behind its events (``store/attachments.py``)."""
        from govdesk.store.attachments import enqueue_case_files  # the attachments module imports this one's peers

        return enqueue_case_files(self._session, case)

    def next_case_sequence(self, station: str, day: date) -> int:
        return self._store.next_case_sequence(self._session, station, day)

    def save_commitment(self, case: Case) -> None:
        """The ``commitments`` row of the case's 容缺 promise, in step with the case."""
        tables.save_commitment(self._session, case, self.now_text())

    # --- meta and drafts ---

    def get_meta(self, key: str) -> str | None:
        return self._session.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()

    def set_meta(self, key: str, value: str) -> None:
        chain.set_meta(self._session, key, value)

    def delete_draft(self, draft_id: str) -> None:
        """The draft a decision came from goes with the decision (a failure keeps it)."""
        self._session.execute(delete(DraftRow).where(DraftRow.draft_id == draft_id))

    # --- the result window ---

    def add_handoff(self, handoff_id: str, case: Case, by: str) -> None:
        """The ``handoffs`` row of ``case`` (its method and details as they are now)."""
        tables.add_handoff(self._session, handoff_id, case, self.now_text(), by)

    def add_attachment(self, case_id: str, kind: str, path: str, sha256: str, material_code: str = "") -> str:
        """A file kept with a case (``path`` relative to the data directory, ``sha256`` its digest); returns the
        attachment's id."""
        attachment_id = str(uuid.uuid4())
        tables.add_attachment(
            self._session,
            attachment_id=attachment_id,
            case_id=case_id,
            kind=kind,
            material_code=material_code,
            path=path,
            sha256=sha256,
            at=self.now_text(),
        )
        return attachment_id

    def add_evaluation(
        self, event_id: str, case_id: str, rating: int, comment: str, reasons: Sequence[str], at: str, by: str
    ) -> None:
        tables.add_evaluation(self._session, event_id, case_id, rating, comment, list(reasons), at, by)

    # --- SMS ---

    def add_sms(self, values: dict[str, str | None]) -> bool:
        """Queue one SMS row; False when its ``dedupe_key`` is already there (nothing written)."""
        return tables.add_sms(self._session, dict(values))

    def get_sms(self, sms_id: str) -> tables.SmsRecord | None:
        return tables.get_sms(self._session, sms_id)

    def mark_sms(self, sms_id: str, status: str, error: str = "", message_id: str = "") -> None:
        tables.mark_sms(self._session, sms_id, status, self.now_text(), error, message_id)

    def mark_upload(self, case_id: str, sha256: str, status: str, error: str = "") -> None:
        """What the center answered for one scanned file of ``case_id``."""
        from govdesk.store.attachments import mark  # the attachments module imports this one's peers

        mark(self._session, case_id, sha256, status, error)

    # --- the supervisor's records ---

    def save_supervision_record(self, kind: str, record_id: str, body: dict[str, Any], at: str, final: bool) -> int:
        """Keep ``body`` as the record's newest version (returned); ``ValueError`` for a final record."""
        return supervision_records.save_record(self._session, kind, record_id, body, at, final)

    def mark_supervision_sent(self, record_id: str, version: int) -> None:
        supervision_records.mark_sent(self._session, record_id, version)

    def mark_supervision_refused(self, record_id: str, words: str) -> None:
        supervision_records.mark_refused(self._session, record_id, words)
