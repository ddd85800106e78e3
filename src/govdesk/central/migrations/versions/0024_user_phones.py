"""Staff mobile numbers kept at the center: ``users.phone`` (nullable)

Revision ID: 0024
Revises: 0023

A supervisor's 催办 reminder (issue 13) goes to the clerk's number as the center registered it
(``govdesk central user set-phone``), never to a number a window names. NULL: none registered.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | Sequence[str] | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("phone", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("phone")
