"""the center keeps what it signs: notice key certificates, their revocations, and batch receipts

Revision ID: 0017
Revises: 0016
Issue 12 (regulation 000 Art. 20, 留痕可追溯): an admin revokes a window's notice key (who, when, why; from which day
its notices fail), and an auditor checks a PC's receipts against the ones the center signed (``trust_records``).

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "notice_key_certificates",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("serial", sa.String(length=32), nullable=False),
        sa.Column("center_code", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("not_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["center_code"], ["centers.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("serial"),
    )
    op.create_index("ix_notice_key_certificates_center_id", "notice_key_certificates", ["center_code", "id"])
    op.create_index("ix_notice_key_certificates_device_id", "notice_key_certificates", ["device_id"])
    op.create_table(
        "notice_key_revocations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("center_code", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("invalid_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason_code", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("revoked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["center_code"], ["centers.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("center_code", "public_key", name="uq_notice_key_revocations_center_key"),
    )
    op.create_table(
        "batch_receipts",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("center_code", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("chain_position", sa.BigInteger(), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "event_id", name="uq_batch_receipts_device_event"),
    )
    op.create_index("ix_batch_receipts_device_id_id", "batch_receipts", ["device_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_batch_receipts_device_id_id", table_name="batch_receipts")
    op.drop_table("batch_receipts")
    op.drop_table("notice_key_revocations")
    op.drop_index("ix_notice_key_certificates_device_id", table_name="notice_key_certificates")
    op.drop_index("ix_notice_key_certificates_center_id", table_name="notice_key_certificates")
    op.drop_table("notice_key_certificates")
