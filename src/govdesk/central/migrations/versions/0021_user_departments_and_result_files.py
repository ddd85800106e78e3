"""users' departments (the back office sees its own department's cases); result files beside the materials

Revision ID: 0021
Revises: 0020

Regulation 000 Art. 31 and regulation 002 三 (二): each department reviews the cases of its own items. A back-office
user now carries the catalog's department code (``users.department``, what ``cases.department`` holds), or ``*`` for
a reviewer of every department of the center (a township's 综合审批). Existing back-office users get ``*``: that is
what they could see before the column existed, so the upgrade locks nobody out; an admin narrows them with
``govdesk central user set-department``. A user made later without a department sees no case (refused in words).

``case_attachments.kind``: ``material`` (a window's scan, named by the case's material events) or ``result`` (the
result document the back office uploaded: the licence's scan or PDF, for the result window).

``ix_cases_queue`` (revision 0011) now holds the decided cases too (approved, denied): they wait for the back office
until their result is made and marked ready (制证, regulation 002 四 (一)); before, a decided case left the queue and
its reviewer could not find it again to attach the result.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_OLD_WAITING = sa.text("state IN ('submitted', 'in_review')")
_WAITING = sa.text("state IN ('submitted', 'in_review', 'approved', 'denied')")


def _queue_index(where: sa.TextClause) -> None:
    op.drop_index("ix_cases_queue", table_name="cases")
    columns = ["center_code", "submitted_at", "case_id"]
    op.create_index("ix_cases_queue", "cases", columns, sqlite_where=where, postgresql_where=where)


def upgrade() -> None:
    _queue_index(_WAITING)
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("department", sa.String(length=32), server_default="", nullable=False))
    op.execute("UPDATE users SET department = '*' WHERE role = 'back_office'")
    with op.batch_alter_table("case_attachments") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), server_default="material", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("case_attachments") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("department")
    _queue_index(_OLD_WAITING)
