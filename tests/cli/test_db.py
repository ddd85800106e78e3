"""``govdesk db verify``: exit 0 intact, 1 broken (named), 2 bad arguments or no such file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.clock import FixedClock
from govdesk.store import open_store
from tests.store.conftest import NOW, make_case


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "govdesk.sqlite"
    store = open_store(path, FixedClock(NOW))
    with store.transaction() as tx:
        store.save_case(tx, make_case(1, events=2))
        store.save_case(tx, make_case(2, events=1))
    store.close()
    return path


def test_intact_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "verify", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "数据库完好：2 个办件，3 条事件，链校验通过\n尚无中心回执：事件链只经本机校验\n"


def test_tampered_event_is_named(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE events SET kind = 'case.approved' WHERE position = 2")
        event_id = raw.execute("SELECT event_id FROM events WHERE position = 2").fetchone()[0]
    assert main(["db", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("数据库有问题：")
    assert f"事件链：第 2 条（事件 {event_id}）：内容与其校验值不符" in out


def test_json_output(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM events WHERE position = 3")
    assert main(["db", "verify", "--db", str(db_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert data["cases"] == 2 and data["events"] == 2
    assert data["integrity"] == [] and data["foreign_keys"] == []
    assert [(p["position"], p["kind"]) for p in data["chain"]["problems"]] == [(3, "deleted")]


def test_dangling_foreign_key_is_reported(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as raw:  # foreign keys are off on this raw connection
        raw.execute("INSERT INTO case_materials VALUES ('ghost', 'M1', '身份证', 'received', NULL, 1, '', '')")
    assert main(["db", "verify", "--db", str(db_path)]) == 1
    assert "外键检查：表 case_materials" in capsys.readouterr().out


def test_corrupt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    assert main(["db", "verify", "--db", str(path)]) == 1
    assert "数据库文件已损坏" in capsys.readouterr().out


def test_missing_file_and_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["db", "verify", "--db", str(missing)]) == 2
    assert f"找不到数据库文件：{missing}" in capsys.readouterr().err
    assert not missing.exists()  # verify never creates a database
    with pytest.raises(SystemExit) as caught:
        main(["db", "verify", "--bogus"])
    assert caught.value.code == 2
    assert "无法识别的参数" in capsys.readouterr().err


@pytest.mark.slow
def test_installed_command(db_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "govdesk", "db", "verify", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "数据库完好：2 个办件，3 条事件，链校验通过\n尚无中心回执：事件链只经本机校验\n"
