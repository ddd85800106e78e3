"""``govdesk calendar load FILE --db PATH``: an admin at a window PC (program closed) loads a year; the open cases
counted on the provisional year are recounted at once; refusals (a wrong file, a database in use) exit 1 in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.assessment import Outcome
from govdesk.domain.recompute import RECOMPUTED_KIND
from govdesk.store.lock import acquire_instance_lock
from govdesk.store.store import open_store
from tests.helpers.provisional import YEAR_2027, open_runtime, take


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["calendar", "load", *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_load_recounts_the_open_cases_and_says_what_moved(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    runtime = open_runtime(tmp_path)
    try:
        case = take(runtime, "TEST-45", Outcome.ACCEPT)
    finally:
        runtime.close()
    db = tmp_path / "govdesk.sqlite"
    broken = tmp_path / "broken.json"
    broken.write_text('{"year": 2027}', encoding="utf-8")
    code, out, err = run(capsys, str(broken), "--db", str(db))
    assert (code, out) == (1, "")
    assert "未载入" in err and "缺少字段" in err
    code, out, err = run(capsys, str(YEAR_2027), "--db", str(db))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2027 年节假日安排已载入：1 件办件的暂定期限已按正式安排重新计算，其中 1 件日期有调整"
        "（1 件承诺办结日期推后，可在“承诺跟踪 › 期限调整”短信告知申请人）。",
        f"- {case.case_no}：承诺办结日期由 2027-02-12 调整为 2027-02-15",
    ]
    store = open_store(db)
    try:
        stored = store.load_case(case.case_id)
        assert stored is not None and stored.promised_date == date(2027, 2, 15)
        (event,) = [e for e in stored.events if e.kind == RECOMPUTED_KIND]
        assert event.actor.role.value == "admin" and event.actor.clerk_id.startswith("cli:")
    finally:
        store.close()
    code, out, _ = run(capsys, str(YEAR_2027), "--db", str(db))  # again: nothing left to recount
    assert code == 0 and out == "已载入 2027 年节假日安排；本机没有需要重新计算的暂定期限。\n"


def test_a_database_in_use_or_missing_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    runtime = open_runtime(tmp_path)
    runtime.close()
    db = tmp_path / "govdesk.sqlite"
    held = acquire_instance_lock(db)
    try:
        code, out, err = run(capsys, str(YEAR_2027), "--db", str(db))
    finally:
        held.release()
    assert (code, out) == (1, "")
    assert "正在使用该数据库" in err and "载入节假日安排" in err
    code, _, err = run(capsys, str(YEAR_2027), "--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and "找不到数据库文件" in err
