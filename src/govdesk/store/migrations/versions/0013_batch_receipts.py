"""The center's signed receipts of push batches (issue 12): each anchors the window's hash chain at one position
(``store/anchor.py``, ``domain/trust.py``), so ``govdesk db verify`` detects a chain rewritten before it.

Revision ID: 0013
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipts",
        sa.Column("receipt_id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("chain_position", sa.Integer(), nullable=False),
        sa.Column("chain_hash", sa.String(), nullable=False),
        sa.Column("issued_at", sa.String(), nullable=False),
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("receipt_id", name="pk_receipts"),
    )
    op.create_index("ix_receipts_chain_position", "receipts", ["chain_position"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
