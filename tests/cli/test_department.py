"""``govdesk central department add|list|revoke`` through a real subprocess, and the key it prints works (and stops
working once revoked) against a real server on the same database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govdesk.central.departments import DEPARTMENT_KEY_HEADER
from tests.central.conftest import start_server, stop_server

pytestmark = pytest.mark.slow  # several interpreter starts


def _govdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "govdesk", "central", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60, env=env,
    )  # fmt: skip


def test_issue_list_use_and_revoke_a_department_key(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.db'}"
    assert _govdesk("center", "add", "41122101", "渑池县政务服务中心", "--db", db).returncode == 0
    added = _govdesk("department", "add", "SCJG", "--name", "市场监督管理局", "--center", "41122101",
                     "--webhook", "https://scjg.example.gov.cn/hook", "--by", "管理员", "--db", db)  # fmt: skip
    assert added.returncode == 0, added.stderr
    key = re.search(r"接入密钥（只显示这一次，请妥善交给部门）：(\S+)", added.stdout)
    assert key is not None and "回调签名密钥" in added.stdout
    key_id = key.group(1).split(".")[0]

    listed = _govdesk("department", "list", "--db", db)
    assert listed.returncode == 0
    assert f"{key_id}\tSCJG\t市场监督管理局\t41122101\t正常\thttps://scjg.example.gov.cn/hook" in listed.stdout
    assert key.group(1).split(".")[1] not in listed.stdout  # the secret is never shown again

    plain = _govdesk("department", "add", "SCJG", "--name", "市场监督管理局", "--center", "41122101",
                     "--webhook", "http://scjg.example.gov.cn/hook", "--db", db)  # fmt: skip
    assert plain.returncode == 1 and "https" in plain.stderr
    nowhere = _govdesk("department", "add", "SCJG", "--name", "局", "--center", "X9", "--db", db)
    assert nowhere.returncode == 1 and "没有编号为 X9 的中心" in nowhere.stderr

    running = start_server(tmp_path / "central.db", tmp_path)
    try:
        client = running.client(**{DEPARTMENT_KEY_HEADER: key.group(1)})
        assert client.get("/api/v1/dept/cases").status_code == 200
        revoked = _govdesk("department", "revoke", key_id, "--db", db)
        assert revoked.returncode == 0 and f"已停用部门接入凭据 {key_id}" in revoked.stdout
        assert client.get("/api/v1/dept/cases").status_code == 401
    finally:
        stop_server(running)
    assert "已停用" in _govdesk("department", "list", "--db", db).stdout
    unknown = _govdesk("department", "revoke", "dk_nope", "--db", db)
    assert unknown.returncode == 1 and "没有编号为 dk_nope" in unknown.stderr
