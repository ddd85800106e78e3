"""同事记录 read a page at a time: the center's supervision records by center and time

Revision ID: 0023
Revises: 0022

The colleagues' list pages through a center's records newest first by (received_at, id) (keyset, never OFFSET).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_supervision_records_center_received", "supervision_records", ["center_code", "received_at", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_supervision_records_center_received", table_name="supervision_records")
