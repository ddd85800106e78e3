"""an index for the back-office queue's pages

Revision ID: 0011
Revises: 0012
The back-office queue is read a page at a time, keyset on (submitted_at, case_id) within a center (issue 17: the
whole queue of 4,700 cases took 135 ms on SQLite, 252 ms on PostgreSQL for every look). A partial index over the
cases waiting for the back office only (submitted, in review): it stays as small as the queue, serves the page, the
count and the demo back office's look for due cases.

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WAITING = sa.text("state IN ('submitted', 'in_review')")


def upgrade() -> None:
    op.create_index(
        "ix_cases_queue",
        "cases",
        ["center_code", "submitted_at", "case_id"],
        sqlite_where=_WAITING,
        postgresql_where=_WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_cases_queue", table_name="cases")
