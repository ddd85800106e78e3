"""AB岗 at one window PC: each login session names the device it was used at (``auth_sessions.device_id``)

Revision ID: 0026
Revises: 0025

A window's outbox holds the events of every clerk who worked at it, and whoever is logged in when the line returns
pushes them. The center records an event under the clerk who wrote it when that clerk logged in at the very device
that pushes it (``govdesk.central.writers``); this column is that evidence. A session is bound to the first device
whose key it presents (registration, a push or a pull), never to another after.

Sessions from before this revision are bound to the device of the last event pushed under them; a session that never
pushed is bound at its next push or pull.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | Sequence[str] | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device_id", sa.String(length=64), nullable=True))
    # One pass over the events (no index on pushed_session_id), then one update per session that pushed.
    bind = op.get_bind()
    latest = bind.execute(
        sa.text(
            "SELECT e.pushed_session_id, e.device_id FROM events e JOIN (SELECT pushed_session_id, "
            "MAX(server_seq) AS seq FROM events WHERE pushed_session_id IS NOT NULL AND device_id IS NOT NULL "
            "GROUP BY pushed_session_id) last ON e.server_seq = last.seq"
        )
    ).all()
    if latest:
        bind.execute(
            sa.text("UPDATE auth_sessions SET device_id = :device WHERE id = :session"),
            [{"device": device, "session": session} for session, device in latest],
        )
    op.create_index("ix_auth_sessions_device_user", "auth_sessions", ["device_id", "user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_auth_sessions_device_user", table_name="auth_sessions")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_column("device_id")
