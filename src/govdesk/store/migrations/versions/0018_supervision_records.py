"""The supervisor's records kept until the center has them: hall inspections and file reviews (issue 13).

Revision ID: 0018
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_records",
        sa.Column("record_id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("final", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sent_version", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_supervision_records")),
    )
    op.create_index(op.f("ix_supervision_records_kind"), "supervision_records", ["kind"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
