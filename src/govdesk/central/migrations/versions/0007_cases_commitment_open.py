"""cases remember an open 容缺 commitment

Revision ID: 0007
Revises: 0006
A case accepted conditionally (容缺受理) is not handed off until its commitment is closed (DESIGN.md; regulation 002,
一 and 三 (三)). Cases projected before: taken as closed (their hand-offs were already decided).

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("commitment_open", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("commitment_open")
