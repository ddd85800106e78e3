"""The scanned files' upload queue (issue 14): ``attachment_uploads``, apart from the event outbox.

A case's files go to the center after its events, in chunks; a row here is one file of one case, pending until the
center holds it whole (hash checked), or refused with the center's words. Files themselves live beside the database,
content-addressed (``store.attachments.FileStore``).

Revision ID: 0015
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_uploads",
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("case_id", "sha256", name="pk_attachment_uploads"),
    )
    op.create_index("ix_attachment_uploads_status", "attachment_uploads", ["status", "created_at"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
