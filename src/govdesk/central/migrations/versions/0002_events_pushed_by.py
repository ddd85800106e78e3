"""events record who really pushed them

Revision ID: 0002
Revises: 0001
The authenticated user and login session that pushed each event, and the actor the window wrote when the server
recorded another (issue 12; regulation 000 Art. 20 留痕, 可追溯).

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pushed_by", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("pushed_by_user_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pushed_session_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("written_actor", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("written_actor")
        batch_op.drop_column("pushed_session_id")
        batch_op.drop_column("pushed_by_user_id")
        batch_op.drop_column("pushed_by")
