"""supervisors' records: hall inspections and file reviews (issue 13)

Revision ID: 0018
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "supervision_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("center_code", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_records")),
        sa.UniqueConstraint("center_code", "record_id", name="uq_supervision_records_center_record"),
    )
    op.create_index("ix_supervision_records_center_code", "supervision_records", ["center_code"])


def downgrade() -> None:
    op.drop_index("ix_supervision_records_center_code", table_name="supervision_records")
    op.drop_table("supervision_records")
