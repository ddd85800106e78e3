"""Revision 0010 on a database that already holds a case number twice (the old server stored both): the case that
came first keeps it, the later one gives it up into ``case_no_refused`` (nothing renamed); devices become active."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from govdesk.central.db import make_engine
from govdesk.central.migrate import alembic_config


def test_repeated_numbers_are_resolved_and_devices_stay_usable(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
        number = "41122101-S01-20261206-0003-G"
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO centers (code, name, created_at) VALUES ('41122101', '渑池', '2026-12-01')"))
            conn.execute(
                text(
                    "INSERT INTO devices (device_id, center_code, station_code, name, window, last_seq, registered_by,"
                    " registered_at, alert) VALUES ('d1', '41122101', 'S01', '', '', 9, 'u', '2026-12-01', '')"
                )
            )
            for case_id, at in (("later", "2026-12-06 10:00:00"), ("first", "2026-12-06 09:00:00")):
                conn.execute(
                    text(
                        "INSERT INTO cases (case_id, center_code, case_no, state, item_code, department,"
                        " applicant_name, station_code, claimed_by, updated_at, commitment_open)"
                        " VALUES (:id, '41122101', :no, 'submitted', '', '', '', 'S01', '', :at, 0)"
                    ),
                    {"id": case_id, "no": number, "at": at},
                )
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.begin() as conn:
            rows = dict(conn.execute(text("SELECT case_id, case_no || '|' || case_no_refused FROM cases")).all())
            assert rows == {"first": f"{number}|", "later": f"|{number}"}
            assert conn.execute(text("SELECT status FROM devices")).scalar_one() == "active"
            duplicate = (
                "INSERT INTO cases (case_id, center_code, case_no, state, item_code, department, applicant_name,"
                " station_code, claimed_by, updated_at, commitment_open)"
                " VALUES ('third', '41122101', :no, 'draft', '', '', '', 'S02', '', '2026-12-06', 0)"
            )
            with pytest.raises(IntegrityError, match="UNIQUE"):  # the unique index holds it
                conn.execute(text(duplicate), {"no": number})
    finally:
        engine.dispose()
