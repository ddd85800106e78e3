"""The outbox keeps each event's schema version beside its JSON text, so a push sends the stored text as it is
(the request's ``schema_version`` is read from the row, not by parsing the event).

Every event written before this revision has schema version 1, the only one there has been.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("schema_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
