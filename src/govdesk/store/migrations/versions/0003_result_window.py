"""The result window and 容缺 promises: SMS messages (queued locally, sent through the center), 好差评 evaluations,
attachments (the collector's signature, scans of supplemented materials).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sms_messages",
        sa.Column("sms_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("sent_at", sa.String(), nullable=True),
        sa.Column("error", sa.String(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("dedupe_key", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_sms_messages_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sms_id", name="pk_sms_messages"),
        sa.UniqueConstraint("dedupe_key", name="uq_sms_messages_dedupe_key"),
    )
    op.create_index("ix_sms_messages_case_id", "sms_messages", ["case_id"])
    op.create_index("ix_sms_messages_status", "sms_messages", ["status"])
    op.create_table(
        "evaluations",
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_evaluations_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", name="pk_evaluations"),
    )
    op.create_index("ix_evaluations_case_id", "evaluations", ["case_id"])
    op.create_table(
        "attachments",
        sa.Column("attachment_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("material_code", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_attachments_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("attachment_id", name="pk_attachments"),
    )
    op.create_index("ix_attachments_case_id", "attachments", ["case_id"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
