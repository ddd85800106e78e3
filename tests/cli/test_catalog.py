"""``govdesk catalog search`` and ``govdesk catalog validate``: output, JSON and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.resources import resource_path
from govdesk.shipped import default_catalog


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["catalog", *argv])
    except SystemExit as exc:  # argparse exits 2 on bad arguments
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_ranked_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "gtgsh")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "SCJG-01-001  个体工商户设立登记  市场监督管理局  承诺 1个工作日"
    assert "SCJG-01-003  个体工商户注销登记  市场监督管理局  即办" in lines


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "社保卡", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits[0]["code"] == "RSJ-20-001"
    assert hits[0]["name"] == "社会保障卡申领"
    assert hits[0]["matched"] == "关键词：社保卡"
    assert hits[0]["kind"] == "instant"


def test_search_department_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "登记", "--department", "BDC", "--limit", "2", "--json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 2
    assert all(h["department"] == "BDC" for h in hits)


def test_search_nothing_found_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "gtgsh", "--department", "MZJ")
    assert code == 1
    assert out == "没有找到与“gtgsh”相符的事项（部门 MZJ）\n"
    assert run(capsys, "search", "zzzzqq", "--json")[:2] == (1, "[]\n")


def test_search_bad_limit_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "x", "--limit", "0")
    assert code == 2 and "条数至少为 1" in err


def test_validate_shipped_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    catalog = default_catalog()
    code, out, err = run(capsys, "validate", str(resource_path("catalog")))
    assert (code, err) == (0, "")
    n_items, n_depts, n_bundles = len(catalog.items), len(catalog.departments()), len(catalog.bundles)
    assert out.startswith(f"目录有效：{n_items} 个事项，{n_depts} 个部门，{n_bundles} 个一件事")
    code, out, _ = run(capsys, "validate", str(resource_path("catalog")), "--json")
    assert json.loads(out) == {
        "valid": True,
        "version": catalog.version,
        "items": n_items,
        "departments": n_depts,
        "bundles": n_bundles,
    }


def test_validate_one_whole_catalog_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "catalog-v2.json"
    path.write_text(json.dumps(catalog_to_json(default_catalog()), ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "validate", str(path))[0] == 0


def test_validate_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = catalog_to_json(default_catalog())
    first, second = document["items"][0], document["items"][1]
    first["promised_limit"] = {"amount": 99, "unit": "working_days"}
    second["materials"][0]["forms"] = ["fax"]
    document["bundles"][0]["item_codes"].append("NO-SUCH-ITEM")
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "目录无效：共 3 个问题"
    statutory = first["statutory_limit"]["amount"]
    assert lines[1] == (
        f"broken.json: 事项 {first['code']}（{first['name']}）: 字段 promised_limit.amount: "
        f"承诺时限 99 超过法定时限 {statutory}"
    )
    assert lines[2].startswith(f"broken.json: 事项 {second['code']}（{second['name']}）: 字段 materials[0].forms[0]: ")
    assert "事项 NO-SUCH-ITEM 不在目录中" in lines[3]
    code, out, _ = run(capsys, "validate", str(path), "--json")
    report = json.loads(out)
    assert code == 1 and report["valid"] is False
    assert [p["field"] for p in report["problems"]][:2] == ["promised_limit.amount", "materials[0].forms[0]"]
    assert report["problems"][0]["item_code"] == first["code"]


def test_validate_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nope"))
    assert code == 2
    assert "找不到目录文件或文件夹" in err


def test_catalog_without_action_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2
    assert "search" in out and "validate" in out
