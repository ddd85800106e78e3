"""Alembic environment: run on the connection ``open_store`` passes in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from govdesk.store import supervision as _supervision  # noqa: F401  (registers revision 0014's indexes)
from govdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only programmatic use is supported
    raise RuntimeError("govdesk migrations run only through govdesk.store.open_store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: Alembic rebuilds the table instead
)
with context.begin_transaction():
    context.run_migrations()
