"""Supervision (issue 13): indexes on the event log by kind and time (a day's, a week's or a month's intakes, notices,
容缺, refusals and hand-offs per window and clerk without reading the whole log), on cases by state and receipt (the
notices of a period), and on ratings by time.

Revision ID: 0014
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_kind_occurred_at", "events", ["kind", "occurred_at"])
    op.create_index("ix_cases_state_received_at", "cases", ["state", "received_at"])
    op.create_index("ix_evaluations_at", "evaluations", ["at"])


def downgrade() -> None:
    raise NotImplementedError("govdesk never downgrades a database")
