"""scanned materials (blobs and case pages) and the simulated 电子证照 library

Revision ID: 0015
Revises: 0010
Issue 14: a window's scans arrive in resumable chunks (``attachment_blobs``: one row per file by SHA-256, how much
arrived, whether whole and checked) and are recorded per case, material and page (``case_attachments``);
``licences`` is the licence library the windows look up (regulation 000 Art. 31; regulation 001 一平台共享).

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content_type", sa.String(64), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name="pk_attachment_blobs"),
    )
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("center_code", sa.String(32), nullable=False),
        sa.Column("material_code", sa.String(64), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_attachments"),
        sa.UniqueConstraint("case_id", "material_code", "page", name="uq_case_attachments_case_page"),
    )
    op.create_index("ix_case_attachments_case_id", "case_attachments", ["case_id"])
    op.create_index("ix_case_attachments_sha256", "case_attachments", ["sha256"])
    op.create_table(
        "licences",
        sa.Column("licence_no", sa.String(64), nullable=False),
        sa.Column("material_code", sa.String(64), nullable=False),
        sa.Column("licence_name", sa.String(128), nullable=False),
        sa.Column("holder_id_number", sa.String(32), nullable=False),
        sa.Column("holder_name", sa.String(128), nullable=False),
        sa.Column("issuer", sa.String(128), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("licence_no", name="pk_licences"),
    )
    op.create_index("ix_licences_material_code", "licences", ["material_code"])
    op.create_index("ix_licences_holder_id_number", "licences", ["holder_id_number"])


def downgrade() -> None:
    op.drop_table("licences")
    op.drop_table("case_attachments")
    op.drop_table("attachment_blobs")
