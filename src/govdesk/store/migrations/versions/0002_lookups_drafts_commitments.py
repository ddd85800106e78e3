"""Look-up indexes (name prefix, ID number, phone, state), drafts, commitments (容缺) and handoffs (出件).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Name look-ups are by PREFIX: the plain binary-collated index serves a range condition (see ``search``).
    op.create_index("ix_cases_applicant_name", "cases", ["applicant_name"])
    op.create_index("ix_cases_applicant_id_number", "cases", ["applicant_id_number"])
    op.create_index("ix_cases_applicant_phone", "cases", ["applicant_phone"])
    op.create_index("ix_cases_state_promised", "cases", ["state", "promised_date"])
    op.create_index("ix_events_case_id", "events", ["case_id"])
    op.create_index("ix_outbox_status_seq", "outbox", ["status", "seq"])
    op.create_table(
        "drafts",
        sa.Column("draft_id", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("draft_id", name="pk_drafts"),
    )
    op.create_table(
        "commitments",
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("due_date", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_commitments_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("commitment_id", name="pk_commitments"),
    )
    op.create_index("ix_commitments_case_id", "commitments", ["case_id"])
    op.create_index("ix_commitments_status", "commitments", ["status", "due_date"])
    op.create_table(
        "handoffs",
        sa.Column("handoff_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name="fk_handoffs_case_id_cases", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("handoff_id", name="pk_handoffs"),
    )
    op.create_index("ix_handoffs_case_id", "handoffs", ["case_id"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
