"""``govdesk check-id``: through ``govdesk.cli.main`` and through the installed command as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.clock import CST
from tests.domain.test_identity import resident_id

GOVDESK = Path(sys.prefix) / "bin" / "govdesk"


def test_valid_resident_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "11010519491231002X"]) == 0
    out = capsys.readouterr().out
    assert out == "有效：居民身份证，1949-12-31 出生，女，北京市\n"


def test_invalid_resident_id_prints_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "110105194912310023"]) == 1
    assert capsys.readouterr().out == "无效：第18位校验码应为 X，实际为 3\n"


def test_legacy_number_says_it_was_converted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "110105491231002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("有效：居民身份证，1949-12-31 出生，女，北京市")
    assert "已转换为18位 11010519491231002X" in out


def _china_today() -> date:
    return datetime.now(CST).date()


def test_a_birth_date_later_than_chinas_today_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    tomorrow = _china_today() + timedelta(days=1)
    assert main(["check-id", resident_id("110105", tomorrow, "002")]) == 1
    assert f"出生日期 {tomorrow.isoformat()} 晚于今天" in capsys.readouterr().out
    today = _china_today()  # (a child born today, China's day: after 16:00 UTC the machine's date is still yesterday)
    assert main(["check-id", resident_id("110105", today, "002")]) == 0
    assert capsys.readouterr().out.startswith(f"有效：居民身份证，{today.isoformat()} 出生")


def test_type_option_checks_as_that_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "11010519491231002X", "--type", "uscc"]) == 1
    assert capsys.readouterr().out == "无效：第17位（组织机构代码校验码）应为 5，实际为 2\n"
    assert main(["check-id", "+86 138 1234 5678", "--type", "mobile"]) == 0
    assert capsys.readouterr().out == "有效：手机号码\n"


def test_credit_code_summary_names_the_entity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "91440300708461136T"]) == 0
    assert (
        capsys.readouterr().out == "有效：统一社会信用代码，广东省（登记管理部门：工商（市场监管）；机构类别：企业）\n"
    )


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "11010519491231002x", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "valid": True,
        "kind": "resident_id",
        "kind_name": "居民身份证",
        "reason": "",
        "normalized": "11010519491231002X",
        "birth_date": "1949-12-31",
        "sex": "女",
        "region": {"code": "110105", "province": "北京市"},
        "id_type": "111",
    }


def test_json_output_when_invalid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "12", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "valid": False,
        "kind": "unknown",
        "kind_name": "未知证件类型",
        "reason": "无法识别证件类型：2 位的号码不符合任何可自动识别的证件格式；外国护照等请先选择证件类型",
        "normalized": "12",
    }


def test_bad_type_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check-id", "11010519491231002X", "--type", "driving_licence"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "用法:" in err and "无效的选择" in err


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(GOVDESK), "check-id", *args], capture_output=True, text=True, timeout=60, check=False, env=env
    )


#: Machines set 12 hours behind UTC and 14 hours ahead (POSIX TZ: the offset is west of UTC): at every hour one of
#: them is on another date than China (UTC+8), so "later than today" by the machine's date is wrong in one of them.
FAR_ZONES = ("WEST+12", "EAST-14")


@pytest.mark.parametrize("zone", FAR_ZONES)
def test_later_than_today_is_chinas_day_whatever_zone_the_machine_is_set_to(zone: str) -> None:
    env = {**os.environ, "TZ": zone}
    for _attempt in range(2):  # (China's midnight between the test's day and the command's: once more)
        today = _china_today()
        born_today = _run(resident_id("110105", today, "002"), "--json", env=env)
        born_tomorrow = _run(resident_id("110105", today + timedelta(days=1), "002"), env=env)
        if _china_today() == today:
            break
    assert born_today.returncode == 0, born_today.stdout + born_today.stderr
    assert json.loads(born_today.stdout)["birth_date"] == today.isoformat()
    assert born_tomorrow.returncode == 1, born_tomorrow.stdout + born_tomorrow.stderr
    assert "晚于今天" in born_tomorrow.stdout


def test_installed_command_exit_codes_and_json() -> None:
    ok = _run("11010519491231002X", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["birth_date"] == "1949-12-31"
    bad = _run("110105194912310023")
    assert bad.returncode == 1, bad.stderr
    assert bad.stdout.strip() == "无效：第18位校验码应为 X，实际为 3"
    usage = _run()
    assert usage.returncode == 2
    assert "用法:" in usage.stderr
