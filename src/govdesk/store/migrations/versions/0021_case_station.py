"""Each case's station in a column (issue 17: a window pulls what concerns it): ``cases.station_code``

The station the case was taken in at, as its first clerk's actor recorded it (``first_clerk.station_code`` in the
snapshot: the drafting event's actor for the window's own cases, the center's row for a case it holds from a
bootstrap page or a pull). A virtual generated column: every path that writes a case (a save, a pull's fold, a bulk
move, a bootstrap page) fills it, and the cases already held are filled by this revision without a rewrite. A
damaged snapshot gives NULL, never a refused write. The G4 check hashes the cases of the stations the center names
(``store.inbound.case_state_pairs``).

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

#: As ``store/models.py`` declares it.
EXPRESSION = "CASE WHEN json_valid(snapshot) THEN json_extract(snapshot, '$.first_clerk.station_code') END"


def upgrade() -> None:
    op.execute(f"ALTER TABLE cases ADD COLUMN station_code TEXT GENERATED ALWAYS AS ({EXPRESSION}) VIRTUAL")


def downgrade() -> None:
    op.execute("ALTER TABLE cases DROP COLUMN station_code")
