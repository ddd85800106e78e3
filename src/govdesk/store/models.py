"""The tables of the local store, as SQLAlchemy 2 typed models.

Times are ISO 8601 text with their UTC offset (SQLite has no time type); JSON columns hold UTF-8 JSON text.
The schema itself is created by the Alembic revisions in ``migrations/versions``; these models must match them
(``tests/store/test_migrations.py`` compares the two).
"""

from __future__ import annotations

from sqlalchemy import Computed, ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CatalogVersionRow(Base):
    __tablename__ = "catalog_versions"

    version: Mapped[str] = mapped_column(String, primary_key=True)
    loaded_at: Mapped[str] = mapped_column(String)
    json: Mapped[str] = mapped_column(Text)


class CaseRow(Base):
    """One case: the columns the hall searches and lists, plus the full JSON snapshot (``domain.serialize``)."""

    __tablename__ = "cases"

    case_id: Mapped[str] = mapped_column(String, primary_key=True)  # client-made UUID
    case_no: Mapped[str] = mapped_column(String, unique=True)
    state: Mapped[str] = mapped_column(String)
    item_codes: Mapped[str] = mapped_column(String)  # comma-separated item codes
    applicant_name: Mapped[str] = mapped_column(String)
    applicant_id_number: Mapped[str] = mapped_column(String)
    applicant_phone: Mapped[str] = mapped_column(String, default="")
    first_clerk: Mapped[str] = mapped_column(String)  # clerk_id of 首问负责
    received_at: Mapped[str] = mapped_column(String)
    promised_date: Mapped[str | None] = mapped_column(String, nullable=True)
    updated_at: Mapped[str] = mapped_column(String)
    snapshot: Mapped[str] = mapped_column(Text)
    #: Raised by one on every save; a save from a copy of another version is refused (G5, migration 0005).
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The station the case was taken in at (its first clerk's; migration 0021: generated from the snapshot, never
    #: written): the G4 check hashes the cases of the stations the center names (issue 17).
    station_code: Mapped[str | None] = mapped_column(
        Text,
        Computed("CASE WHEN json_valid(snapshot) THEN json_extract(snapshot, '$.first_clerk.station_code') END"),
    )

    __table_args__ = (
        Index("ix_cases_applicant_name", "applicant_name"),
        Index("ix_cases_applicant_id_number", "applicant_id_number"),
        Index("ix_cases_applicant_phone", "applicant_phone"),
        Index("ix_cases_state_promised", "state", "promised_date"),
    )


class CaseMaterialRow(Base):
    __tablename__ = "case_materials"

    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    form: Mapped[str | None] = mapped_column(String, nullable=True)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String, default="")
    remedy: Mapped[str] = mapped_column(String, default="")


class EventRow(Base):
    """The hash-chained event log (regulation 000, Art. 20: 留痕, 可追溯). Append-only; see ``chain``."""

    __tablename__ = "events"

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String, unique=True)
    case_id: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    actor: Mapped[str] = mapped_column(Text)  # JSON
    occurred_at: Mapped[str] = mapped_column(String)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    schema_version: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_events_case_id", "case_id"),)


class OutboxRow(Base):
    """An event waiting for (or done with) the central server. ``seq`` is the device's gap-free number."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String, unique=True)
    event_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="pending")  # pending / sent / refused / conflict
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String, default="")
    server_answer: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    updated_at: Mapped[str | None] = mapped_column(String, nullable=True)
    schema_version: Mapped[int] = mapped_column(Integer, server_default="1")  # 0004: the event's, for the push

    __table_args__ = (Index("ix_outbox_status_seq", "status", "seq"),)


class CommitmentRow(Base):
    """容缺受理 承诺书: the promise to bring the waived materials by ``due_date``."""

    __tablename__ = "commitments"

    commitment_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    due_date: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    materials: Mapped[str] = mapped_column(Text)  # JSON list of material codes
    created_at: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_commitments_case_id", "case_id"), Index("ix_commitments_status", "status", "due_date"))


class HandoffRow(Base):
    """出件: how the result left the window (pickup, EMS, locker)."""

    __tablename__ = "handoffs"

    handoff_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String)
    details: Mapped[str] = mapped_column(Text)  # JSON
    at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(String)  # clerk_id

    __table_args__ = (Index("ix_handoffs_case_id", "case_id"),)


class SmsRow(Base):
    """An SMS the window wants sent: queued here, sent through the central server's gateway (revision 0003)."""

    __tablename__ = "sms_messages"

    sms_id: Mapped[str] = mapped_column(String, primary_key=True)  # also the request id sent to the center
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String)  # queued / sent / failed
    created_at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(String)  # clerk_id, or "system"
    sent_at: Mapped[str | None] = mapped_column(String, nullable=True)
    error: Mapped[str] = mapped_column(String, default="")
    message_id: Mapped[str] = mapped_column(String, default="")
    dedupe_key: Mapped[str | None] = mapped_column(String, nullable=True)

    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        Index("ix_sms_messages_case_id", "case_id"),
        Index("ix_sms_messages_status", "status"),
    )


class EvaluationRow(Base):
    """好差评: one row per ``case.evaluated`` event (the event itself is in the chained log; revision 0003)."""

    __tablename__ = "evaluations"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list
    at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_evaluations_case_id", "case_id"),)


class AttachmentRow(Base):
    """A file kept with a case in the data directory: a signature, a material's scan (revision 0003)."""

    __tablename__ = "attachments"

    attachment_id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, ForeignKey("cases.case_id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)  # "signature" / "supplement"
    material_code: Mapped[str] = mapped_column(String, default="")
    path: Mapped[str] = mapped_column(String)  # relative to the data directory
    sha256: Mapped[str] = mapped_column(String)
    at: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_attachments_case_id", "case_id"),)


class DraftRow(Base):
    """An intake in progress, saved as the clerk types, so a crash loses nothing."""

    __tablename__ = "drafts"

    draft_id: Mapped[str] = mapped_column(String, primary_key=True)
    updated_at: Mapped[str] = mapped_column(String)
    json: Mapped[str] = mapped_column(Text)
    #: The clerk who made it (clerk_id); "" for drafts kept before drafts had owners (listed to every clerk).
    clerk_id: Mapped[str] = mapped_column(String, server_default="", default="")


class CounterRow(Base):
    """Last case sequence given per station per day (case numbers are made without any server)."""

    __tablename__ = "counters"

    station: Mapped[str] = mapped_column(String, primary_key=True)
    day: Mapped[str] = mapped_column(String, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReceiptRow(Base):
    """A batch receipt signed by the center (``store/anchor.py``): ``document`` is the receipt as received."""

    __tablename__ = "receipts"

    receipt_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String)
    chain_position: Mapped[int] = mapped_column(Integer)
    chain_hash: Mapped[str] = mapped_column(String)
    issued_at: Mapped[str] = mapped_column(String)
    key_id: Mapped[str] = mapped_column(String)
    document: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String)

    __table_args__ = (Index("ix_receipts_chain_position", "chain_position"),)


class AttachmentUploadRow(Base):
    """A case's scanned file waiting for (or done with) the central server: its own queue, apart from the event
    outbox, so a day of scans on a slow line never holds the events behind them (store/attachments.py, 0015)."""

    __tablename__ = "attachment_uploads"

    case_id: Mapped[str] = mapped_column(String, primary_key=True)
    sha256: Mapped[str] = mapped_column(String, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="pending")  # pending / sent / refused
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str | None] = mapped_column(String, nullable=True)

    __table_args__ = (Index("ix_attachment_uploads_status", "status", "created_at"),)
