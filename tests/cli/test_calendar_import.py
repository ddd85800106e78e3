"""``govdesk calendar import``: the official notices give the shipped files; refusals exit 1 naming the line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.calendar import load_calendar, provisional_year
from govdesk.resources import resource_path
from tests.domain.test_calendar_notice import NOTICE_2023, changed, notice, shipped


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["calendar", "import", *argv])
    except SystemExit as exc:  # argparse exits 2 on bad arguments
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, text: str, name: str = "notice.txt", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_each_official_notice_writes_the_shipped_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, year: int
) -> None:
    out_file = tmp_path / f"cn-{year}.json"
    data = Path(__file__).parents[1] / "data" / "calendar" / f"notice-{year}.txt"
    code, out, err = run(capsys, str(data), "--out", str(out_file))
    assert (code, err) == (0, "")
    assert json.loads(out_file.read_text(encoding="utf-8")) == shipped(year)
    assert f"已读取 {year} 年节假日安排：国务院办公厅关于{year}年部分节假日安排的通知（国办发明电〔" in out
    assert out.endswith(f"已写入 {out_file}\n")
    assert (
        load_calendar([out_file]).years[0] == load_calendar([resource_path("calendars") / f"cn-{year}.json"]).years[0]
    )


def test_json_on_stdout_summary_on_stderr_and_the_not_counted_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(__file__).parents[1] / "data" / "calendar" / "notice-2024.txt"
    code, out, err = run(capsys, str(data))
    assert code == 0
    assert json.loads(out) == shipped(2024)
    assert "放假 28 天，调休上班 8 天" in err
    assert "未计入（不是放假安排）：第 8 行“鼓励各单位结合带薪年休假等制度落实" in err


def test_the_2026_notice_gives_the_shipped_file_byte_for_byte(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(__file__).parents[1] / "data" / "calendar" / "notice-2026.txt"
    code, out, _ = run(capsys, str(data))
    assert code == 0
    assert out == (resource_path("calendars") / "cn-2026.json").read_text(encoding="utf-8")


def test_a_notice_saved_by_notepad_in_gb18030_and_half_width(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = notice(2025).translate(str.maketrans({"：": ":", "（": "(", "）": ")", "，": ",", "。": "."}))
    code, out, err = run(capsys, write(tmp_path, text, encoding="gb18030"))
    assert code == 0, err
    assert json.loads(out) == shipped(2025)


@pytest.mark.parametrize(
    ("old", "new", "line", "reason"),
    [
        ("至7日（周三）放假调休，共7天", "至7日（周三）放假调休，共6天", 13, "写明共 6 天，但列出的放假日是 7 天"),
        ("1月4日（周日）上班", "1月4日（周四）上班", 7, "1月4日是星期日，括号中却写“周四”"),
        ("5月9日（周六）上班", "5月6日（周三）上班", 10, "调休上班日 5月6日是星期三"),
        ("6月19日（周五）至21日", "6月19日（周五）-21日", 11, "无法读懂“6月19日(周五)-21日(周日)放假”"),
        (
            "2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天",
            "2月17日（农历正月初一、周二）至23日（农历正月初七、周一）放假调休，共7天",
            8,
            "规定的春节假日 2026-02-16（星期一）不在春节的放假日中",
        ),
    ],
)
def test_refusals_exit_1_naming_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, old: str, new: str, line: int, reason: str
) -> None:
    text = changed(notice(2026), old, new)
    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, write(tmp_path, text), "--out", str(out_file))
    assert (code, out) == (1, "")
    assert f"：第 {line} 行：" in err and reason in err
    assert f"第 {line} 行原文：{text.splitlines()[line - 1].strip()}" in err
    assert not out_file.exists()


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, str(tmp_path / "missing.txt"))
    assert code == 2 and "找不到通知文件" in err
    code, _, err = run(capsys)
    assert code == 2 and "缺少参数" in err


def test_days_of_the_previous_december_go_to_that_year_never_dropped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, NOTICE_2023)
    code, out, err = run(capsys, path)
    assert (code, out) == (1, "")
    assert "通知中的 2022-12-31 属于 2022 年，而 2022 年的工作日历没有载入" in err
    previous = tmp_path / "cn-2022.json"
    previous.write_text(json.dumps(provisional_year(2022).to_json(), ensure_ascii=False), encoding="utf-8")
    out_file = tmp_path / "cn-2023.json"
    code, out, err = run(capsys, path, "--calendar", str(previous), "--out", str(out_file))
    assert code == 0, err
    assert "2022 年 12 月的日子已补入同一文件中的 2022 年工作日历" in out
    docs = json.loads(out_file.read_text(encoding="utf-8"))
    assert [d["year"] for d in docs] == [2022, 2023]
    assert docs[0]["holidays"]["2022-12-31"] == "元旦"
    assert "2022-12-31" not in docs[1]["holidays"]
    # 30 December 2022 (Friday): 31 December to 2 January off, so the next working day is 3 January
    assert load_calendar([out_file]).add_workdays(date(2022, 12, 30), 1) == date(2023, 1, 3)
