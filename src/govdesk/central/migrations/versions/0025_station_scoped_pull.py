"""A window pulls what concerns it (issue 17): ``devices.scope``, and each change's case station and ``wide`` flag

Revision ID: 0025
Revises: 0024

``devices.scope``: ``station`` (a window PC: its own cases, results to hand out, the center's documents) or
``center`` (a hall or supervision desk: every change of its center, as before). Every device registered before
is ``station``; an admin sets a desk's (``govdesk central devices scope``).

``changes.station_code``: the station the change's case was taken in at (``cases.station_code``; NULL for a change
that names no case). ``changes.wide``: the change goes to every window of its center — every change that is not a
case's (catalog, calendar, messages) and every change of a case in a state it can only reach through 结果待领取
(result_ready, handed_off, closed: the hand-off window needs the result, and its move out). Indexed so a station
window's page is a few ordered range reads (``govdesk.central.changes``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | Sequence[str] | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen here as this revision knew them (``govdesk.central.changes.CASE_CHANGES`` and ``WIDE_STATES``).
_CASE_KINDS = ("decision", "result_ready", "case_state")
_WIDE_STATES = ("result_ready", "handed_off", "closed")


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=8), server_default="station", nullable=False))
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("station_code", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("wide", sa.Boolean(), server_default=sa.false(), nullable=False))
    kinds = ", ".join(f"'{k}'" for k in _CASE_KINDS)
    wide = ", ".join(f"'{s}'" for s in _WIDE_STATES)
    # The case's station now (a case never changes station); wide by the case's state now: a change of a case that
    # has been ready since is sent to every window, as the ready case itself is (bootstrap), which is what a window
    # that bootstraps after the upgrade would hold anyway.
    op.execute(
        "UPDATE changes SET station_code = (SELECT c.station_code FROM cases c WHERE c.case_id = changes.case_id) "
        f"WHERE case_id IS NOT NULL AND kind IN ({kinds})"
    )
    op.execute(
        f"UPDATE changes SET wide = CASE WHEN kind NOT IN ({kinds}) OR case_id IS NULL THEN {_true()} "
        f"WHEN (SELECT c.state FROM cases c WHERE c.case_id = changes.case_id) IN ({wide}) THEN {_true()} "
        f"ELSE {_false()} END"
    )
    op.create_index("ix_changes_station_seq", "changes", ["center_code", "station_code", "seq"], unique=False)
    op.create_index("ix_changes_wide_seq", "changes", ["center_code", "wide", "seq"], unique=False)


def _true() -> str:
    return "TRUE" if op.get_bind().dialect.name == "postgresql" else "1"


def _false() -> str:
    return "FALSE" if op.get_bind().dialect.name == "postgresql" else "0"


def downgrade() -> None:
    op.drop_index("ix_changes_wide_seq", table_name="changes")
    op.drop_index("ix_changes_station_seq", table_name="changes")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_column("wide")
        batch_op.drop_column("station_code")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("scope")
