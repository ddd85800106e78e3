"""the token signing key leaves the business database

Revision ID: 0005
Revises: 0004
The key is read from outside the database (``govdesk.central.context.load_secret``); the ``meta`` row that held it is
deleted, so a copy of the database cannot sign tokens. Access tokens signed with it stop working; windows get new
ones with their refresh tokens, which are unaffected (issue 12).

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM meta WHERE key = 'token_secret'")


def downgrade() -> None:
    pass  # the key is not put back into the database
