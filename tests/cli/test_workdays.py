"""``govdesk workdays``: text and JSON answers, exit codes 0 / 1 / 2, extra calendar files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.shipped import default_calendar

VERSION = default_calendar().version


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["workdays", *argv])
    except SystemExit as exc:  # argparse exits 2 on bad arguments (and 0 after --help)
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "add", "2026-02-13", "5")
    assert (code, err) == (0, "")
    # 14 Feb (make-up Saturday), 15–23 Feb off, then 24, 25, 26, 27
    assert out == "2026-02-13 之后第 5 个工作日是 2026-02-27（星期五）\n"


def test_add_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "add", "2025-09-30", "1", "--json")
    assert code == 0
    assert json.loads(out) == {
        "start": "2025-09-30",
        "n": 1,
        "result": "2025-10-09",
        "provisional": False,
        "calendar_version": VERSION,
    }


def test_add_zero_and_makeup_sunday(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "add", "2026-02-17", "0")[1] == "2026-02-17 之后第 0 个工作日是 2026-02-17（星期二）\n"
    assert run(capsys, "add", "2024-02-02", "1")[1] == "2024-02-02 之后第 1 个工作日是 2024-02-04（星期日）\n"


def test_between_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "between", "2026-02-10", "2026-03-02")
    assert code == 0
    assert out == "2026-02-10 至 2026-03-02 之间有 10 个工作日（不含起始日）\n"
    code, out, _ = run(capsys, "between", "2026-03-02", "2026-02-10", "--json")
    assert code == 0
    assert json.loads(out) == {
        "start": "2026-03-02",
        "end": "2026-02-10",
        "workdays": -10,
        "provisional": False,
        "calendar_version": VERSION,
    }
    code, out, _ = run(capsys, "between", "2026-03-02", "2026-02-10")
    assert out == "2026-03-02 至 2026-02-10 之间有 -10 个工作日（不含起始日；结束日早于起始日，故为负数）\n"


def test_outside_the_data_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("between", "2023-12-01", "2024-01-05"), ("add", "2100-12-30", "400")):
        code, out, err = run(capsys, *argv)
        assert code == 1
        assert out == ""
        assert "超出工作日历的范围（2024-01-01 至 2100-12-31）" in err


def test_a_provisional_answer_is_an_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "add", "2026-12-06", "25")
    assert code == 0
    assert out.splitlines() == [
        "2026-12-06 之后第 25 个工作日是 2027-01-11（星期一）（暂定）",
        "注意：2027 年的节假日安排尚未载入，按《全国年节及纪念日放假办法》推算"
        "（暂定，以国务院办公厅公布的节假日安排为准）；"
        f"日历 {VERSION}+2027p；如调休安排不利，最早可能为 2027-01-07",
    ]
    code, out, _ = run(capsys, "add", "2026-12-06", "25", "--json")
    assert code == 0
    assert json.loads(out) == {
        "start": "2026-12-06",
        "n": 25,
        "result": "2027-01-11",
        "provisional": True,
        "calendar_version": f"{VERSION}+2027p",
        "earliest": "2027-01-07",
    }
    code, out, _ = run(capsys, "between", "2026-12-01", "2027-01-05", "--json")
    assert code == 0
    assert json.loads(out) == {
        "start": "2026-12-01",
        "end": "2027-01-05",
        "workdays": 24,
        "provisional": True,
        "calendar_version": f"{VERSION}+2027p",
    }
    code, out, _ = run(capsys, "add", "2026-02-13", "1", "--json")
    assert json.loads(out)["provisional"] is False
    assert json.loads(out)["calendar_version"] == VERSION


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("add", "2026-02-30", "5"), "“2026-02-30”不是有效的日期"),
        (("add", "20260213", "5"), "“20260213”不是有效的日期"),
        (("add", "2026-W07-5", "5"), "“2026-W07-5”不是有效的日期"),
        (("add", "2026-02-13", "-1"), "工作日数不能为负数：-1"),
        (("add", "2026-02-13", "五"), "“五”不是整数"),
        (("add", "2026-02-13", "1.5"), "“1.5”不是整数"),
        (("add", "2026-02-13"), "缺少参数"),
        (("between", "2026-02-10", "tomorrow"), "“tomorrow”不是有效的日期"),
        (("add", "2026-02-13", "1", "--calendar", "/nonexistent/cn-2027.json"), "找不到工作日历文件"),
        ((), "缺少参数"),
    ],
)
def test_bad_arguments_exit_2_with_usage(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], expected: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "用法:" in err
    assert expected in err


def test_extra_calendar_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc_2027 = {
        "year": 2027,
        "source": "测试用 2027 年安排",
        "holidays": {"2027-01-01": "元旦"},
        "makeup_workdays": {"2027-01-10": "元旦"},
    }
    path = tmp_path / "cn-2027.json"
    path.write_text(json.dumps(doc_2027, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "add", "2026-12-30", "3", "--calendar", str(path), "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["result"] == "2027-01-05"  # 31 Dec, (1 Jan off, weekend), 4 Jan, 5 Jan
    assert answer["calendar_version"].startswith("cn-2024-2027+")
    assert answer["calendar_version"] != VERSION
    code, out, _ = run(capsys, "between", "2027-01-08", "2027-01-11", "--calendar", str(path))
    assert (code, out) == (0, "2027-01-08 至 2027-01-11 之间有 2 个工作日（不含起始日）\n")  # Sunday 10 Jan worked


def test_broken_calendar_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cn-2027.json"
    path.write_text('{"year": 2027, "source": "x", "holidays": {}, "makeup_workdays": {"2027-02-10": "春节"}}')
    code, out, err = run(capsys, "add", "2026-12-30", "1", "--calendar", str(path))
    assert (code, out) == (1, "")
    assert "调休上班日 2027-02-10 是星期三" in err
    gap = tmp_path / "cn-2028.json"
    gap.write_text('{"year": 2028, "source": "x", "holidays": {}, "makeup_workdays": {}}')
    code, _, err = run(capsys, "add", "2026-12-30", "1", "--calendar", str(gap))
    assert code == 1
    assert "缺少 2027 年" in err


def test_help_lists_the_actions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "add" in out
    assert "between" in out
    assert "调休" in out
