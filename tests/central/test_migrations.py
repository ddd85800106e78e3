"""The Alembic migrations build exactly the tables the models describe, and go down and up again."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

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


def test_0022_counts_a_file_linked_to_a_centers_cases_as_held_by_that_center(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    now = "2026-12-07 09:00:00.000000"
    whole, half, photo = "a" * 64, "b" * 64, "c" * 64
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0021")
            blob = (
                "INSERT INTO attachment_blobs (sha256, size, content_type, received, complete, created_at)"
                " VALUES (:sha, 100, 'image/jpeg', :received, :complete, :now)"
            )
            conn.execute(text(blob), {"sha": whole, "received": 100, "complete": True, "now": now})
            conn.execute(text(blob), {"sha": half, "received": 40, "complete": False, "now": now})
            conn.execute(text(blob), {"sha": photo, "received": 100, "complete": True, "now": now})
            link = (
                "INSERT INTO case_attachments (case_id, center_code, material_code, page, sha256, uploaded_by,"
                " created_at, kind) VALUES (:case, :center, 'id_card', :page, :sha, 'u', :now, 'material')"
            )
            for case, center, page in (("K1", "A", 1), ("K1", "A", 2), ("K2", "B", 1)):
                conn.execute(text(link), {"case": case, "center": center, "page": page, "sha": whole, "now": now})
            conn.execute(text(link), {"case": "K3", "center": "A", "page": 1, "sha": half, "now": now})
            conn.execute(
                text(
                    "INSERT INTO supervision_files (center_code, record_id, sha256, uploaded_by, created_at)"
                    " VALUES ('C', 'R1', :sha, 's', :now)"
                ),
                {"sha": photo, "now": now},
            )
            command.upgrade(cfg, "head")
            held = conn.execute(
                text("SELECT sha256, center_code, size, received, complete FROM attachment_holders ORDER BY 1, 2")
            ).all()
        # whole files only, once per center; the unfinished upload is held by nobody
        assert [tuple(row) for row in held] == [
            (whole, "A", 100, 100, 1),
            (whole, "B", 100, 100, 1),
            (photo, "C", 100, 100, 1),
        ]
    finally:
        engine.dispose()


def test_0024_adds_staff_phones_and_keeps_the_users(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    now = "2026-12-07 09:00:00.000000"
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0023")
            assert "phone" not in {c["name"] for c in inspect(conn).get_columns("users")}
            conn.execute(
                text("INSERT INTO centers (code, name, created_at) VALUES ('C1', '测试中心', :now)"), {"now": now}
            )
            conn.execute(
                text(
                    "INSERT INTO users (username, display_name, role, center_code, password_hash, revoked, created_at,"
                    " department) VALUES ('wangli', '王丽', 'intake', 'C1', 'x', 0, :now, '')"
                ),
                {"now": now},
            )
            command.upgrade(cfg, "0024")
            assert conn.execute(text("SELECT username, phone FROM users")).all() == [("wangli", None)]
            conn.execute(text("UPDATE users SET phone = '13812345678' WHERE username = 'wangli'"))
            command.downgrade(cfg, "0023")
            assert "phone" not in {c["name"] for c in inspect(conn).get_columns("users")}
            assert conn.execute(text("SELECT username FROM users")).all() == [("wangli",)]
    finally:
        engine.dispose()


def test_0025_gives_each_change_its_cases_station_and_marks_the_wide_ones(tmp_path: Path) -> None:
    """Changes from before the station scope: a case change gets its case's station; a change naming no case, and
    every change of a case ready or handed off by now, goes to every window (``wide``); devices stay windows."""
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    now = "2026-12-07 09:00:00.000000"
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0024")
            conn.execute(
                text("INSERT INTO centers (code, name, created_at) VALUES ('C1', '测试中心', :now)"), {"now": now}
            )
            conn.execute(
                text(
                    "INSERT INTO devices (device_id, center_code, station_code, name, window, last_seq, registered_by,"
                    " registered_at, alert) VALUES ('d1', 'C1', 'S01', '', '', 0, 'u', :now, '')"
                ),
                {"now": now},
            )
            for case_id, state, station in (("running", "submitted", "S01"), ("out", "handed_off", "S02")):
                conn.execute(
                    text(
                        "INSERT INTO cases (case_id, center_code, case_no, state, item_code, department,"
                        " applicant_name, station_code, claimed_by, updated_at, commitment_open)"
                        " VALUES (:id, 'C1', :id, :state, '', '', '', :station, '', :now, 0)"
                    ),
                    {"id": case_id, "state": state, "station": station, "now": now},
                )
            for seq, kind, case_id in (
                (1, "case_state", "running"),
                (2, "case_state", "out"),
                (3, "decision", "out"),
                (4, "message", None),
                (5, "catalog", None),
            ):
                conn.execute(
                    text(
                        "INSERT INTO changes (seq, center_code, kind, case_id, payload, server_time)"
                        " VALUES (:seq, 'C1', :kind, :case, '{}', :now)"
                    ),
                    {"seq": seq, "kind": kind, "case": case_id, "now": now},
                )
            command.upgrade(cfg, "0025")
            rows = conn.execute(text("SELECT seq, station_code, wide FROM changes ORDER BY seq")).all()
            assert [tuple(r) for r in rows] == [(1, "S01", 0), (2, "S02", 1), (3, "S02", 1), (4, None, 1), (5, None, 1)]
            assert conn.execute(text("SELECT scope FROM devices")).scalar_one() == "station"
            command.downgrade(cfg, "0024")
            assert "wide" not in {c["name"] for c in inspect(conn).get_columns("changes")}
    finally:
        engine.dispose()


def test_0026_binds_each_login_to_the_device_it_last_pushed_from(tmp_path: Path) -> None:
    """Logins from before AB岗's evidence: a login that pushed is bound to the device of its last event; one that
    never pushed stays unbound (its next push or pull binds it)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    now = "2026-12-07 09:00:00.000000"
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0025")
            conn.execute(
                text("INSERT INTO centers (code, name, created_at) VALUES ('C1', '测试中心', :now)"), {"now": now}
            )
            conn.execute(
                text(
                    "INSERT INTO users (id, username, display_name, role, center_code, password_hash, revoked,"
                    " created_at) VALUES (1, 'wangli', '王丽', 'intake', 'C1', 'x', 0, :now)"
                ),
                {"now": now},
            )
            for session_id in (1, 2, 3):
                conn.execute(
                    text(
                        "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, expires_at)"
                        " VALUES (:id, 1, :hash, :now, :now)"
                    ),
                    {"id": session_id, "hash": f"h{session_id}", "now": now},
                )
            for seq, device, session_id in ((1, "d1", 1), (2, "d2", 1), (3, "d1", 2), (4, None, 3)):
                conn.execute(
                    text(
                        "INSERT INTO events (server_seq, event_id, device_id, case_id, kind, center_code, status,"
                        " code, reason, document, received_at, pushed_by, pushed_session_id)"
                        " VALUES (:seq, :id, :device, 'c', 'case.drafted', 'C1', 'applied', '', '', '{}', :now,"
                        " 'wangli', :session)"
                    ),
                    {"seq": seq, "id": f"e{seq}", "device": device, "session": session_id, "now": now},
                )
            command.upgrade(cfg, "0026")
            rows = conn.execute(text("SELECT id, device_id FROM auth_sessions ORDER BY id")).all()
            assert [tuple(r) for r in rows] == [(1, "d2"), (2, "d1"), (3, None)]
            command.downgrade(cfg, "0025")
            assert "device_id" not in {c["name"] for c in inspect(conn).get_columns("auth_sessions")}
    finally:
        engine.dispose()
