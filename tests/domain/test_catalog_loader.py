"""The catalog loader: the shipped demo catalog, every validation rule (file, item and field named), round trip."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from govdesk.domain.catalog import ItemKind, MaterialForm, TimeUnit
from govdesk.domain.catalog_loader import CatalogError, CatalogProblem, catalog_to_json, load_catalog, parse_catalog
from govdesk.shipped import default_catalog

# --- the shipped catalog -------------------------------------------------------------------------------------


def test_shipped_catalog_meets_the_counts() -> None:
    catalog = default_catalog()
    assert catalog.version == "demo-2026.11"
    assert len(catalog.items) >= 30
    assert len(catalog.departments()) >= 8
    assert len(catalog.bundles) >= 3
    assert all(len(it.code) <= 50 for it in catalog.items)
    assert {ItemKind.INSTANT, ItemKind.PROMISED} <= {it.kind for it in catalog.items}
    assert any(it.commitment_days > 0 and any(m.waivable for m in it.materials) for it in catalog.items)
    assert any(m.shared and m.shared_source for it in catalog.items for m in it.materials)
    assert any(it.fee.amount_fen > 0 for it in catalog.items)
    assert any(it.statutory_limit.unit is TimeUnit.NATURAL_DAYS for it in catalog.items)


def test_shipped_bundles_share_materials_by_code() -> None:
    catalog = default_catalog()
    for bundle in catalog.bundles:
        items = [catalog.item(code) for code in bundle.item_codes]
        assert len({it.department.code for it in items}) >= 2, bundle.name
        counts = Counter(m.code for it in items for m in it.materials)
        assert counts["id_card"] >= 2 or any(n >= 2 for n in counts.values()), bundle.name
    birth = catalog.bundle("BUNDLE-BIRTH")
    assert all("birth_medical_cert" in {m.code for m in catalog.item(c).materials} for c in birth.item_codes[1:])


def test_one_material_code_is_one_material_everywhere() -> None:
    names: dict[str, set[str]] = {}
    for it in default_catalog().items:
        for m in it.materials:
            names.setdefault(m.code, set()).add(m.name)
    assert {code: n for code, n in names.items() if len(n) > 1} == {}
    assert names["id_card"] == {"居民身份证"}


def test_situations_select_materials() -> None:
    item = default_catalog().item("SCJG-01-001")  # 个体工商户设立登记
    default = {m.code for m in item.applicable_materials({})}
    agent = {m.code for m in item.applicable_materials({"applicant_type": "agent"})}
    assert "power_of_attorney" not in default
    assert agent - default == {"agent_id_card", "power_of_attorney"}


def test_no_identity_document_or_form_is_waivable() -> None:
    for it in default_catalog().items:
        for m in it.materials:
            if m.waivable:
                assert m.code not in {"id_card", "agent_id_card"} and not m.code.endswith("_form")
                assert it.commitment_days > 0


def test_round_trip_through_json(tmp_path: Path) -> None:
    catalog = default_catalog()
    document = catalog_to_json(catalog)
    path = tmp_path / "whole.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert load_catalog(path) == catalog
    assert parse_catalog(document) == catalog
    assert catalog_to_json(load_catalog(path)) == document


# --- a minimal catalog to break, one rule at a time ---------------------------------------------------------

ITEM: dict[str, Any] = {
    "code": "T-01-001",
    "name": "测试事项",
    "department": "T",
    "item_type": "01",
    "kind": "promised",
    "statutory_limit": {"amount": 20},
    "promised_limit": {"amount": 5},
    "commitment_days": 10,
    "questions": [
        {
            "key": "applicant_type",
            "text": "谁来办？",
            "options": [{"value": "self", "label": "本人"}, {"value": "agent", "label": "代办"}],
            "default": "self",
        }
    ],
    "materials": [
        {"code": "id_card", "name": "居民身份证"},
        {"code": "lease", "name": "租赁合同", "forms": ["copy"], "waivable": True},
        {"code": "poa", "name": "授权委托书", "applies_when": {"applicant_type": ["agent"]}},
    ],
}


def write_catalog(tmp_path: Path, item: dict[str, Any] | None = None, **top: Any) -> Path:
    directory = tmp_path / "catalog"
    directory.mkdir(exist_ok=True)
    head = {"version": "t-1", "departments": [{"code": "T", "name": "测试局"}], **top}
    (directory / "catalog.json").write_text(json.dumps(head, ensure_ascii=False), encoding="utf-8")
    items = {"items": [item if item is not None else copy.deepcopy(ITEM)]}
    (directory / "t.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return directory


def problems(path: Path) -> list[CatalogProblem]:
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    return info.value.errors


def broken(**changes: Any) -> dict[str, Any]:
    item = copy.deepcopy(ITEM)
    item.update(changes)
    return item


def only_problem(tmp_path: Path, item: dict[str, Any]) -> str:
    found = problems(write_catalog(tmp_path, item))
    assert len(found) == 1, [str(p) for p in found]
    text = str(found[0])
    code, name = item.get("code", ""), item.get("name", "")
    assert text.startswith(f"t.json: 事项 {code}（{name}）: 字段 "), text
    return text


def test_the_minimal_catalog_is_valid(tmp_path: Path) -> None:
    catalog = load_catalog(write_catalog(tmp_path))
    assert [it.code for it in catalog.items] == ["T-01-001"]
    assert catalog.item("T-01-001").material("lease").forms == (MaterialForm.COPY,)


def test_promised_longer_than_statutory(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(promised_limit={"amount": 30}))
    assert text == "t.json: 事项 T-01-001（测试事项）: 字段 promised_limit.amount: 承诺时限 30 超过法定时限 20"


def test_promised_in_another_unit(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(promised_limit={"amount": 5, "unit": "natural_days"}))
    assert "字段 promised_limit.unit: " in text and "无法比较" in text


def test_instant_item_promises_zero_or_hours(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(kind="instant", commitment_days=10))
    assert "字段 promised_limit.amount: 即办件的承诺时限应为 0" in text
    hours = broken(kind="instant", promised_limit={"amount": 2, "unit": "hours"})
    catalog = load_catalog(write_catalog(tmp_path, hours))
    assert catalog.items[0].promised_limit.unit is TimeUnit.HOURS


def test_code_longer_than_50(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(code="X" * 51))
    assert "字段 code: 编码长 51 个字符，超过 50 个" in text


def test_empty_name(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(name=" "))
    assert text.endswith("字段 name: 不能为空")


def test_duplicate_item_code_across_files(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path)
    other = broken(name="另一个事项")
    (directory / "u.json").write_text(json.dumps({"items": [other]}, ensure_ascii=False), encoding="utf-8")
    [problem] = problems(directory)
    assert str(problem) == "u.json: 事项 T-01-001（另一个事项）: 字段 code: 事项编码重复（t.json 中已有同一编码的事项）"


def test_duplicate_material_code(tmp_path: Path) -> None:
    item = broken()
    item["materials"].append({"code": "lease", "name": "租赁合同"})
    text = only_problem(tmp_path, item)
    assert "字段 materials[3].code: 材料编码 lease 在本事项中重复" in text


def test_applies_when_unknown_question(tmp_path: Path) -> None:
    item = broken()
    item["materials"][2]["applies_when"] = {"applicant": ["agent"]}
    text = only_problem(tmp_path, item)
    assert "字段 materials[2].applies_when.applicant: 情形问题“applicant”不存在" in text


def test_applies_when_unknown_option(tmp_path: Path) -> None:
    item = broken()
    item["materials"][2]["applies_when"] = {"applicant_type": ["agnet"]}
    text = only_problem(tmp_path, item)
    assert "字段 materials[2].applies_when.applicant_type: “agnet”不是问题 applicant_type 的选项" in text


def test_question_default_must_be_an_option(tmp_path: Path) -> None:
    item = broken()
    item["questions"][0]["default"] = "me"
    text = only_problem(tmp_path, item)
    assert "字段 questions[0].default: 默认答案“me”不是该问题的选项（可选：self, agent）" in text


def test_waivable_needs_commitment_days(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(commitment_days=0))
    assert "字段 materials[1].waivable: 本事项不允许容缺（commitment_days 为 0）" in text


def test_identity_document_and_forms_never_waivable(tmp_path: Path) -> None:
    item = broken()
    item["materials"][0]["waivable"] = True
    assert "字段 materials[0].waivable: 身份证件和申请表是主要材料，不能容缺" in only_problem(tmp_path, item)
    item = broken()
    item["materials"].append({"code": "t_application_form", "name": "申请表", "waivable": True})
    assert "字段 materials[3].waivable: 身份证件和申请表" in only_problem(tmp_path, item)


def test_shared_material_needs_a_source(tmp_path: Path) -> None:
    item = broken()
    item["materials"][2]["shared"] = True
    text = only_problem(tmp_path, item)
    assert "字段 materials[2].shared_source: 免提交（数据共享）的材料须写明共享来源" in text


def test_unknown_field_is_a_typo(tmp_path: Path) -> None:
    item = broken()
    item["materials"][1]["requirments"] = "原件"
    text = only_problem(tmp_path, item)
    assert "字段 materials[1].requirments: 未知字段“requirments”，是否应为“requirements”？" in text
    text = only_problem(tmp_path, broken(keyword=["x"]))
    assert "字段 keyword: 未知字段“keyword”，是否应为“keywords”？" in text


def test_wrong_types(tmp_path: Path) -> None:
    item = broken(statutory_limit={"amount": "20"}, kind="later")
    item["materials"][0]["required"] = 1
    item["materials"][0]["copies"] = 0
    item["materials"][0]["forms"] = ["scan"]
    found = [str(p) for p in problems(write_catalog(tmp_path, item))]
    prefix = "t.json: 事项 T-01-001（测试事项）: 字段 "
    assert prefix + "statutory_limit.amount: 应为整数，实际为文字" in found
    assert prefix + "kind: 取值“later”无效，可选：instant, promised" in found
    assert prefix + "materials[0].required: 应为 true 或 false，实际为整数" in found
    assert prefix + "materials[0].copies: 不能小于 1，实际为 0" in found
    assert prefix + "materials[0].forms[0]: 材料形式“scan”无效，可选：original, copy, electronic" in found


def test_missing_required_fields_and_unknown_department(tmp_path: Path) -> None:
    item = broken(department="X")
    del item["item_type"]
    found = [str(p) for p in problems(write_catalog(tmp_path, item))]
    assert "t.json: 事项 T-01-001（测试事项）: 字段 item_type: 缺少必填字段" in found
    assert any("字段 department: 部门 X 未在任何文件的 departments 中定义" in f for f in found)


def test_fee_names_its_basis(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(fee={"amount_fen": 8000}))
    assert "字段 fee.basis: 收费事项须写明收费依据" in text


def test_bundle_references_existing_items(tmp_path: Path) -> None:
    bundle = {"code": "B1", "name": "测试一件事", "item_codes": ["T-01-001", "T-99-999"], "lead_department": "T"}
    [problem] = problems(write_catalog(tmp_path, bundles=[bundle]))
    assert str(problem) == (
        "catalog.json: 一件事 B1（测试一件事）: 字段 bundles[0].item_codes[1]: 事项 T-99-999 不在目录中"
    )


def test_same_material_code_must_have_the_same_name(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path)
    other = broken(code="T-01-002", name="第二个事项")
    other["materials"][0]["name"] = "身份证"
    (directory / "u.json").write_text(json.dumps({"items": [other]}, ensure_ascii=False), encoding="utf-8")
    [problem] = problems(directory)
    assert str(problem).startswith("u.json: 事项 T-01-002（第二个事项）: 字段 materials[0].name: 材料编码 id_card")


def test_common_material_reference(tmp_path: Path) -> None:
    commons = {"id_card": {"name": "居民身份证", "requirements": "有效期内"}}
    item = broken()
    item["materials"][0] = {"ref": "id_card", "copies": 2}
    catalog = load_catalog(write_catalog(tmp_path, item, common_materials=commons))
    material = catalog.items[0].material("id_card")
    assert (material.name, material.requirements, material.copies) == ("居民身份证", "有效期内", 2)
    item["materials"][0] = {"ref": "id_crad"}
    text = only_problem(tmp_path, item)
    assert "字段 materials[0].ref: 引用的公共材料“id_crad”不存在" in text


def test_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path)
    (directory / "bad.json").write_text('{"items": [\n  {"code": "X",}\n]}', encoding="utf-8")
    [problem] = problems(directory)
    assert str(problem).startswith("bad.json: JSON 格式错误：第 2 行")


def test_version_exactly_once(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path)
    (directory / "u.json").write_text('{"version": "t-2"}', encoding="utf-8")
    [problem] = problems(directory)
    assert str(problem).startswith("u.json: 字段 version: 目录版本只能在一个文件中给出")
    (directory / "u.json").unlink()
    (directory / "catalog.json").write_text('{"departments": [{"code": "T", "name": "测试局"}]}', encoding="utf-8")
    assert any("没有任何文件给出目录版本" in str(p) for p in problems(directory))


def test_all_errors_collected_in_one_pass(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path, broken(promised_limit={"amount": 30}))
    second = broken(code="T-01-002", name="第二个事项", kind="instant")
    second["questions"][0]["default"] = "nobody"
    (directory / "u.json").write_text(json.dumps({"items": [second]}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(directory)
    found = [str(p) for p in info.value.errors]
    assert len(found) == 3, found
    assert {f.split(":")[0] for f in found} == {"t.json", "u.json"}
    assert "3 个问题" in str(info.value)


def test_item_type_from_the_code_list(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(item_type="11"))
    assert "字段 item_type: 事项类型代码“11”无效，可选：01 行政许可" in text
    assert "20 公共服务" in text


def test_shared_material_cannot_be_waivable(tmp_path: Path) -> None:
    item = broken()
    item["materials"][1].update(shared=True, shared_source="不动产登记库")
    text = only_problem(tmp_path, item)
    assert "字段 materials[1].waivable: 免提交的材料不会向申请人收取，不能同时设为容缺" in text


def test_duplicate_question_key_and_option(tmp_path: Path) -> None:
    item = broken()
    item["questions"].append(copy.deepcopy(item["questions"][0]))
    item["questions"][1]["options"].append({"value": "self", "label": "又是本人"})
    found = [str(p) for p in problems(write_catalog(tmp_path, item))]
    prefix = "t.json: 事项 T-01-001（测试事项）: 字段 "
    assert found == [
        prefix + "questions[1].key: 情形问题 applicant_type 重复",
        prefix + "questions[1].options[2].value: 选项 self 重复",
    ]


def test_guide_url_is_a_link(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(guide_url="www.example.gov.cn"))
    assert "字段 guide_url: 办事指南链接应以 http:// 或 https:// 开头" in text


def test_bundle_needs_two_items_and_a_known_lead_department(tmp_path: Path) -> None:
    bundle = {"code": "B1", "name": "测试一件事", "item_codes": ["T-01-001"], "lead_department": "ZZ"}
    found = [str(p) for p in problems(write_catalog(tmp_path, bundles=[bundle]))]
    prefix = "catalog.json: 一件事 B1（测试一件事）: 字段 "
    assert found == [
        prefix + "bundles[0].item_codes: 一件事至少包含两个事项",
        prefix + "bundles[0].lead_department: 牵头部门 ZZ 未定义",
    ]


def test_duplicate_department(tmp_path: Path) -> None:
    directory = write_catalog(tmp_path)
    (directory / "u.json").write_text('{"departments": [{"code": "T", "name": "又一个局"}]}', encoding="utf-8")
    [problem] = problems(directory)
    assert str(problem) == "u.json: 字段 departments[0].code: 部门编码 T 重复"


def test_empty_directory(tmp_path: Path) -> None:
    [problem] = problems(tmp_path)
    assert "没有目录文件（*.json）" in str(problem)


# --- 延期办理: what an item allows (《行政许可法》 art. 42) --------------------------------------------------------


def test_extension_defaults_to_ten_working_days_for_a_promised_item_and_none_for_an_instant_one(
    tmp_path: Path,
) -> None:
    promised = load_catalog(write_catalog(tmp_path)).items[0]
    assert promised.kind is ItemKind.PROMISED
    assert (promised.extension_days, promised.extension_law) == (10, "《中华人民共和国行政许可法》第四十二条")
    instant = load_catalog(write_catalog(tmp_path, broken(kind="instant", promised_limit={"amount": 0}))).items[0]
    assert instant.extension_days == 0


def test_extension_beyond_art_42_names_its_law(tmp_path: Path) -> None:
    text = only_problem(tmp_path, broken(extension_days=15))
    assert "字段 extension_basis: 延期 15 个工作日超过《行政许可法》第四十二条规定的 10 个工作日" in text
    allowed = broken(extension_days=15, extension_basis="《某某条例》第十二条")
    item = load_catalog(write_catalog(tmp_path, allowed)).items[0]
    assert (item.extension_days, item.extension_law) == (15, "《某某条例》第十二条")


def test_extension_is_a_whole_number_and_none_on_an_instant_item(tmp_path: Path) -> None:
    assert "字段 extension_days: 不能小于 0，实际为 -1" in only_problem(tmp_path, broken(extension_days=-1))
    assert "字段 extension_days: 应为整数" in only_problem(tmp_path, broken(extension_days="10"))
    instant = broken(kind="instant", promised_limit={"amount": 0}, extension_days=5)
    assert "字段 extension_days: 即办件当场办结，不能延期" in only_problem(tmp_path, instant)


def test_shipped_items_allow_the_default_extension() -> None:
    for item in default_catalog().items:
        expected = 10 if item.kind is ItemKind.PROMISED else 0
        assert item.extension_days == expected, item.code
