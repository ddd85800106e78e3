"""which centers hold which scanned file: a hash is no key to another center's file

Revision ID: 0022
Revises: 0021

A file is kept once (``attachment_blobs``), but a window used to get it linked to its case by naming its SHA-256
alone, so a center that knew a hash could read another center's citizen's document (and learn whether it existed).
``attachment_holders`` records per file and center the center's own upload (``received``, staged under the center's
own storage key) and whether the center holds the file (``complete``): only then may its cases name it without
sending it; a center that never held it sends it whole first, hash-checked, to prove it has it.

Backfill: a whole file already linked to a center's cases, its results or its supervisors' inspection photos is held
by that center. An upload in progress under the old shared staging starts again from 0 under the center's own key
(the window asks how much the center holds and sends it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_holders",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("center_code", sa.String(32), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content_type", sa.String(64), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256", "center_code", name="pk_attachment_holders"),
    )
    op.execute(
        """
        INSERT INTO attachment_holders
            (sha256, center_code, size, content_type, received, complete, created_at, completed_at)
        SELECT b.sha256, h.center_code, b.size, b.content_type, b.size, b.complete, b.created_at, b.completed_at
        FROM attachment_blobs b
        JOIN (
            SELECT sha256, center_code FROM case_attachments
            UNION
            SELECT sha256, center_code FROM supervision_files
        ) h ON h.sha256 = b.sha256
        WHERE b.complete
        """
    )


def downgrade() -> None:
    op.drop_table("attachment_holders")
