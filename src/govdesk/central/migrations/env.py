"""Alembic environment for the central server. Run through ``govdesk.central.migrate.upgrade(engine)``."""

from __future__ import annotations

from alembic import context

from govdesk.central import departments, trust_records, webhooks  # noqa: F401  (their tables are in the metadata)
from govdesk.central.db import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
