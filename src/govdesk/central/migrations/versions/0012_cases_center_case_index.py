"""cases indexed by (center_code, case_id) for the bootstrap's keyset pages

Revision ID: 0012
Revises: 0018
A new window's first sync reads its center's cases in case_id order, a page at a time after the last case_id it has
(``govdesk.central.snapshot``): with this index each page is a range scan, not a sort of the center's cases.

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cases_center_case", "cases", ["center_code", "case_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_center_case", table_name="cases")
