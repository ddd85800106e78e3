"""devices have a status (pending approval, active, quarantined, re-enrolled); case numbers unique per center

Revision ID: 0010
Revises: 0011
A device registers as ``pending`` until an admin approves it (issue 12); a sequence regression (a PC restored from an
old backup) quarantines it, with when and why, until an admin re-enrols it under a new identity and station code
(issue 17, G3); ``replaced_by`` names the device it became. Devices registered before: ``active``.

A case number is unique per center (``uq_cases_center_case_no``, empty numbers excepted). A database that already
holds a number twice keeps the case that reached the server first under it; the later ones are listed in the log
and their number is moved to ``case_no_refused`` (nothing is renamed into another number: the window renumbers).

"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=16), server_default="active", nullable=False))
        batch_op.add_column(sa.Column("status_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("status_by", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("status_reason", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("replaced_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("replaces", sa.String(length=64), nullable=True))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_no_refused", sa.String(length=64), server_default="", nullable=False))
    cases = sa.table(
        "cases",
        sa.column("case_id", sa.String),
        sa.column("center_code", sa.String),
        sa.column("case_no", sa.String),
        sa.column("case_no_refused", sa.String),
        sa.column("updated_at", sa.DateTime),
    )
    bind = op.get_bind()
    repeated = bind.execute(
        sa.select(cases.c.center_code, cases.c.case_no)
        .where(cases.c.case_no != "")
        .group_by(cases.c.center_code, cases.c.case_no)
        .having(sa.func.count() > 1)
    ).all()
    for center_code, case_no in repeated:
        rows = bind.execute(
            sa.select(cases.c.case_id)
            .where(cases.c.center_code == center_code, cases.c.case_no == case_no)
            .order_by(cases.c.updated_at, cases.c.case_id)
        ).all()
        for (case_id,) in rows[1:]:
            log.warning("case number %s of center %s held twice: case %s gives it up", case_no, center_code, case_id)
            bind.execute(sa.update(cases).where(cases.c.case_id == case_id).values(case_no="", case_no_refused=case_no))
    op.create_index(
        "uq_cases_center_case_no",
        "cases",
        ["center_code", "case_no"],
        unique=True,
        sqlite_where=sa.text("case_no != ''"),
        postgresql_where=sa.text("case_no != ''"),
    )


def downgrade() -> None:
    op.drop_index("uq_cases_center_case_no", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("case_no_refused")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        for column in ("replaces", "replaced_by", "status_reason", "status_by", "status_at", "status"):
            batch_op.drop_column(column)
