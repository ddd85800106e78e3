"""indexes for the supervision statistics

Revision ID: 0014
Revises: 0015
The statistics endpoint (central/statistics.py) counts a center's events by kind in a period of receipt, and its
cases per state: over a province's millions of events both need an index (issue 13).

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_events_center_kind_received", "events", ["center_code", "kind", "received_at"])
    op.create_index("ix_cases_center_state", "cases", ["center_code", "state"])


def downgrade() -> None:
    op.drop_index("ix_cases_center_state", table_name="cases")
    op.drop_index("ix_events_center_kind_received", table_name="events")
