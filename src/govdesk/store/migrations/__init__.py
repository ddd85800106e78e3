"""Alembic migrations of the local store, applied by ``open_store`` (no alembic.ini on disk)."""
