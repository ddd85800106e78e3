"""Drafts belong to the clerk who made them (issue 12): ``drafts.clerk_id``, listed only to that clerk.

Drafts kept before this revision have no owner ("") and are listed to every clerk, so none is lost.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("drafts", sa.Column("clerk_id", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
