"""The central database's schema, brought to the newest Alembic revision at server start.

Several server processes may start at once on PostgreSQL: a transaction-level advisory lock makes them take turns.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from govdesk.central.db import make_engine

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 7_402_311_905  # arbitrary, fixed: "govdesk central migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    """Upgrade the database to the head revision (idempotent)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_database(db_url: str) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for ``db_url``, upgraded to the newest schema (for the CLI and tools)."""
    engine = make_engine(db_url)
    upgrade(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
