"""The reference central server: FastAPI + SQLAlchemy, SQLite by default, PostgreSQL in production."""
