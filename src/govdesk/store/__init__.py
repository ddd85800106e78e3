"""Local store: SQLAlchemy models on SQLite (WAL, foreign keys on), Alembic migrations, the hash-chained event log."""
