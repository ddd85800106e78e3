"""Cases carry a version (G5, no silent overwrite): raised by one on every save, and a save from a copy loaded at
another version is refused in words with nothing written.

Every case written before this revision is at version 0, which is also what its snapshot (without a ``version`` key)
reads as, so copies loaded before and after the upgrade agree.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("version", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
