"""A back-office user reviews their own department's cases (users.department, revision 0019), enforced at the server:
a 市场监管 (SCJG) reviewer's queue, detail, deadlines, materials and every step stop at 不动产 (BDC) cases whatever
the client sends; ``*`` reviews every department; a user without one sees nothing, said in words; an admin's change
holds at the next request. Over loopback against a real server; the migration on a database of the old shape."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from govdesk.central import admin
from govdesk.central.db import User, make_engine
from govdesk.central.migrate import alembic_config
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.shipped import default_catalog
from tests.central.conftest import PASSWORD, PASSWORD_HASH, Center, RunningServer, Window, register_window

SCJG_ITEM = "SCJG-01-005"  # 食品经营许可: 市场监督管理局
BDC_ITEM = "BDC-07-001"  # 不动产登记中心


def _publish_catalog(center: Center) -> None:
    office, _ = center.login("admin")
    version = f"office-dept-{center.code}"
    catalog = {**catalog_to_json(default_catalog()), "version": version}
    assert office.put("/api/v1/catalog", json={"version": version, "document": catalog}).status_code == 200


def _cases(center: Center) -> tuple[Window, list[str], list[str]]:
    _publish_catalog(center)
    window = register_window(center)
    scjg = [window.new_case(item_code=SCJG_ITEM) for _ in range(3)]
    bdc = [window.new_case(item_code=BDC_ITEM) for _ in range(2)]
    return window, scjg, bdc


def _queue(client: Any, **params: Any) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        reply = client.get(
            "/api/v1/backoffice/queue", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        assert reply.status_code == 200, reply.text
        body = reply.json()
        ids += [c["case_id"] for c in body["cases"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


def test_a_department_reviewer_sees_and_acts_on_its_own_cases_only(server: RunningServer, center: Center) -> None:
    _window, scjg, bdc = _cases(center)
    reviewer, _ = center.login(username=center.add_user("back_office", "-scjg", "市场监管审查员", department="SCJG"))

    assert _queue(reviewer) == scjg  # every page, oldest first; the other department's never
    first = reviewer.get("/api/v1/backoffice/queue").json()
    assert first["total"] == 3 and first["department"] == "SCJG"
    # a hostile client asking for another department's queue is refused in words, not served
    asked = reviewer.get("/api/v1/backoffice/queue", params={"department": "BDC"})
    assert asked.status_code == 403 and "本部门（SCJG）" in asked.json()["message_zh"]
    assert _queue(reviewer, department="SCJG") == scjg

    other = bdc[0]
    base = f"/api/v1/backoffice/cases/{other}"
    attempts = {
        "detail": reviewer.get(base),
        "claim": reviewer.post(f"{base}/claim"),
        "decide": reviewer.post(f"{base}/decide", json={"decision": "approve", "result_name": "不动产权证书"}),
        "step": reviewer.post(f"{base}/steps", json={"step": "review"}),
        "correction": reviewer.post(
            f"{base}/correction", json={"items": [{"name": "申请书", "reason": "未签字", "fix": "签字"}]}
        ),
        "result": reviewer.post(f"{base}/result", json={"licence_no": "X1"}),
        "ready": reviewer.post(f"{base}/result-ready"),
    }
    for what, reply in attempts.items():
        assert reply.status_code == 404, (what, reply.text)
        assert reply.json()["message_zh"], what
    assert reviewer.get(f"/api/v1/cases/{other}/attachments").status_code == 403
    dated = reviewer.post("/api/v1/backoffice/deadlines", json={"case_ids": [*scjg, *bdc]}).json()["cases"]
    assert {d["case_id"] for d in dated} == set(scjg)

    # nothing of the other department moved: its reviewer (every department) still finds it waiting
    everyone, _ = center.login("back_office")
    assert everyone.get(base).json()["state"] == "submitted"
    assert sorted(_queue(everyone)) == sorted(scjg + bdc)
    assert _queue(everyone, department="BDC") == bdc
    # its own department's case: the whole path
    mine = f"/api/v1/backoffice/cases/{scjg[0]}"
    assert reviewer.post(f"{mine}/claim").json()["state"] == "in_review"
    assert (
        reviewer.post(f"{mine}/decide", json={"decision": "approve", "result_name": "食品经营许可证"}).status_code
        == 200
    )
    assert reviewer.post(f"{mine}/result", json={"licence_no": "JY1411221"}).status_code == 200
    assert reviewer.post(f"{mine}/result-ready").json()["state"] == "result_ready"


def test_an_admin_sees_every_department_and_a_user_without_one_sees_nothing(
    server: RunningServer, center: Center
) -> None:
    _window, scjg, bdc = _cases(center)
    chief, _ = center.login("admin")
    assert sorted(_queue(chief)) == sorted(scjg + bdc)

    # a back-office user made before departments were required (or cleared by hand): refused in words, nothing shown
    username = f"nodept-{center.code}".lower()
    with server.central.tx() as session:
        admin.add_user(
            session, username, "未分配", "back_office", center.code, PASSWORD, datetime.now(UTC),
            password_hash=PASSWORD_HASH, department="*",
        )  # fmt: skip
        user = session.query(User).filter_by(username=username).one()
        user.department = ""
    lost, _ = center.login(username=username)
    refused = lost.get("/api/v1/backoffice/queue")
    assert refused.status_code == 403 and refused.json()["code"] == "no_department"
    assert "set-department" in refused.json()["message_zh"]
    assert lost.get(f"/api/v1/backoffice/cases/{scjg[0]}").status_code == 403
    assert lost.post(f"/api/v1/backoffice/cases/{scjg[0]}/claim").status_code == 403

    # the admin gives them a department: it holds at their very next request (same login)
    with server.central.tx() as session:
        assert admin.set_department(session, username, "BDC") == "BDC"
    assert _queue(lost) == bdc
    assert lost.get(f"/api/v1/backoffice/cases/{scjg[0]}").status_code == 404


def test_the_admin_refuses_a_back_office_user_without_a_department(server: RunningServer, center: Center) -> None:
    now = datetime.now(UTC)
    for role, department, words in (
        ("back_office", "", "须设置所属部门"),
        ("back_office", "S CJG", "部门编码"),
        ("intake", "SCJG", "只有后台审批账号"),
    ):
        with pytest.raises(admin.AdminError, match=words), server.central.tx() as session:
            admin.add_user(
                session, f"x{uuid.uuid4().hex[:6]}", "某", role, center.code, PASSWORD, now,
                password_hash=PASSWORD_HASH, department=department,
            )  # fmt: skip
    with pytest.raises(admin.AdminError, match="不存在"), server.central.tx() as session:
        admin.set_department(session, "nobody-at-all", "SCJG")


def test_the_upgrade_gives_existing_back_office_users_every_department(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0016")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO centers (code, name, created_at) VALUES ('41122101', '渑池', '2026-12-01')"))
            for name, role in (("houtai", "back_office"), ("wangli", "intake")):
                conn.execute(
                    text(
                        "INSERT INTO users (username, display_name, role, center_code, password_hash, revoked,"
                        " created_at) VALUES (:n, :n, :r, '41122101', 'x', 0, '2026-12-01')"
                    ),
                    {"n": name, "r": role},
                )
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.begin() as conn:
            rows = dict(conn.execute(text("SELECT username, department FROM users")).all())
        assert rows == {"houtai": "*", "wangli": ""}
    finally:
        engine.dispose()


@pytest.mark.slow
def test_the_cli_sets_and_lists_departments(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.db'}"

    def govdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        return subprocess.run(
            [sys.executable, "-m", "govdesk", "central", *args, "--db", db],
            capture_output=True, text=True, encoding="utf-8", timeout=60, env=env, input=stdin,
        )  # fmt: skip

    assert govdesk("center", "add", "41122101", "渑池县政务服务中心").returncode == 0
    add = ("user", "add", "houtai", "--name", "后台李", "--role", "back_office", "--center", "41122101")
    missing = govdesk(*add, "--password-stdin", stdin="secret-123\n")
    assert missing.returncode == 1 and "须设置所属部门" in missing.stderr
    made = govdesk(*add, "--department", "SCJG", "--password-stdin", stdin="secret-123\n")
    assert made.returncode == 0, made.stderr
    assert "部门 SCJG" in made.stdout
    moved = govdesk("user", "set-department", "houtai", "*")
    assert moved.returncode == 0 and "全部部门" in moved.stdout
    listed = govdesk("user", "list")
    assert "houtai\t后台李\t后台审批\t41122101\t全部部门\t未登记\t正常" in listed.stdout
    wrong = govdesk("user", "set-department", "houtai", "不动产")
    assert wrong.returncode == 1 and "部门编码" in wrong.stderr
