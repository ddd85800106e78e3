"""The Alembic migrations build exactly the tables the models describe, and go down and up again."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from govdesk.central.db import make_engine
from govdesk.central.migrate import alembic_config, upgrade


def test_migrations_match_the_models_and_round_trip(tmp_path: Path) -> None:
    url = os.environ.get("GOVDESK_TEST_CENTRAL_DB") or f"sqlite:///{tmp_path / 'central.db'}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        upgrade(engine)  # a second start changes nothing
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.check(cfg)  # raises when the models and the migrations differ
        if url.startswith("sqlite"):  # never drop a shared PostgreSQL test database
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, "base")
            assert set(inspect(engine).get_table_names()) == {"alembic_version"}
            upgrade(engine)
        assert {"events", "cases", "changes", "devices", "users"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
