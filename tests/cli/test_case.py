"""``govdesk case find`` / ``case show`` on a real database with an accepted, a 容缺 and a handed-off case: Chinese
output, personal data masked in text and JSON, exit 0 found / 1 not found / 2 bad arguments."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.domain.numbering import CaseNumber
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.services.conftest import calendar, catalog, clock, store, window  # noqa: F401
from tests.services.story_cases import APPLICANT_ID, VALID_ID, StoryCases, make_story_cases


@pytest.fixture
def cases(qapp, store: Store, catalog: Catalog, calendar, clock: FixedClock, window: WindowContext, tmp_path: Path):  # type: ignore[no-untyped-def]  # noqa: F811
    # the archive beside the database, as a window keeps it (``<data>/govdesk.sqlite`` and ``<data>/notices``)
    return make_story_cases(store, catalog, calendar, clock, window, tmp_path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_lists_hits_masked(cases: StoryCases, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "govdesk.sqlite")
    code, out, _ = run(capsys, "case", "find", VALID_ID, "--db", db)
    assert code == 0
    assert out.startswith("找到 2 个办件：\n")
    assert cases.accepted.case_no in out and cases.conditional.case_no in out and "张*" in out
    assert VALID_ID not in out

    code, out, _ = run(capsys, "case", "find", cases.handed_off.case_no.replace("-", "").lower(), "--db", db, "--json")
    data = json.loads(out)
    assert code == 0 and [c["case_no"] for c in data["cases"]] == [cases.handed_off.case_no]
    assert data["cases"][0]["applicant"] == "李*国" and data["cases"][0]["state"] == "已出件"

    assert run(capsys, "case", "find", "王五", "--db", db)[:2] == (1, "没有找到办件：王五\n")
    typo = cases.accepted.case_no[:-1] + ("A" if cases.accepted.case_no[-1] != "A" else "B")
    code, out, err = run(capsys, "case", "find", typo, "--db", db)
    assert code == 2 and "校验不通过" in err


def test_show_tells_the_whole_story_masked(
    cases: StoryCases, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "govdesk.sqlite")
    code, out, _ = run(capsys, "case", "show", cases.conditional.case_no, "--db", db)
    assert code == 0
    assert out.startswith(f"办件 {cases.conditional.case_no}  状态：已容缺受理\n")
    for words in (
        "【申请人】",
        "110105********002X",
        "138****5678",
        "【容缺承诺】",
        "签署人：张三",
        "【期限】",
        "个工作日",
        "容缺受理承诺书（第 1 份）",
        "【办理记录】（北京时间）",
        "2026-11-20 09:30  王丽（综合受理 3号窗口）",
    ):
        assert words in out, words
    assert VALID_ID not in out and "13812345678" not in out and "case." not in out

    code, out, _ = run(capsys, "case", "show", cases.handed_off.case_no, "--db", db, "--json")
    data = json.loads(out)
    assert code == 0 and data["state"] == "已出件"
    assert {r["label"]: r["value"] for r in data["handoff"]}["出件方式"] == "窗口领取"
    assert data["rating"][0]["value"] == "非常满意"
    assert APPLICANT_ID not in out and "13812345678" not in out

    code, _, err = run(capsys, "case", "show", VALID_ID, "--db", db)
    assert code == 1 and "对应 2 个办件" in err
    unknown = CaseNumber.make("41122101", "S09", date(2026, 11, 20), 99)  # well formed, never issued here
    assert run(capsys, "case", "show", unknown, "--db", db) == (1, "", f"没有找到办件：{unknown}\n")


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    missing = subprocess.run(
        [sys.executable, "-m", "govdesk", "case", "show", "X", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and "找不到数据库文件" in missing.stderr
    no_query = subprocess.run([sys.executable, "-m", "govdesk", "case", "find"], capture_output=True, text=True)
    assert no_query.returncode == 2 and "缺少参数" in no_query.stderr
