"""photos of the supervisors' hall inspections; a center's own checklist items (issue 13)

Revision ID: 0020
Revises: 0017
The photos and the signature image an inspection names arrive like scanned materials (resumable, hash-checked,
into ``attachment_blobs`` and the attachment storage) and are recorded per center, record and file here. A center's
own checklist items (``center_checklists``), published by its admin, reach every supervisor's PC of the center.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "supervision_files",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("center_code", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_supervision_files"),
        sa.UniqueConstraint("center_code", "record_id", "sha256", name="uq_supervision_files_center_record_sha"),
    )
    op.create_index("ix_supervision_files_sha256", "supervision_files", ["sha256"])
    op.create_table(
        "center_checklists",
        sa.Column("center_code", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("center_code", name="pk_center_checklists"),
    )


def downgrade() -> None:
    op.drop_table("center_checklists")
    op.drop_index("ix_supervision_files_sha256", table_name="supervision_files")
    op.drop_table("supervision_files")
