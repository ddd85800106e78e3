"""devices are bound to the key issued at their registration

Revision ID: 0006
Revises: 0005
A push on a bound device must carry its key (issue 12: any clerk could push on another window's device id,
consuming its sequence and wedging it). Devices registered before stay unbound (NULL).

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("key_hash")
