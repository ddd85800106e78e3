"""GB/T 39046 code lists and the per-target CodeMapping."""

from __future__ import annotations

from datetime import date

import pytest

from govdesk.domain.case import CaseState
from govdesk.domain.catalog import ItemKind
from govdesk.domain.codes import (
    CASE_KIND,
    CASE_KIND_BY_ITEM_KIND,
    CASE_STATUS,
    CASE_STATUS_BY_STATE,
    CODE_LISTS,
    DELIVERY,
    HAOCHAPING_MAPPING,
    ID_TYPE,
    ID_TYPE_BY_KIND,
    ITEM_TYPE,
    NATIONAL_MAPPING,
    REVERSED_SATISFACTION_EXAMPLE,
    SATISFACTION,
    CodeMapping,
    UnmappedCodeError,
    check_as_id_type,
    id_type_code,
)
from govdesk.domain.identity import IdKind, check


def test_lists_hold_the_standard_labels() -> None:
    assert SATISFACTION.entries == {"1": "非常满意", "2": "满意", "3": "基本满意", "4": "不满意", "5": "非常不满意"}
    assert ITEM_TYPE.label("01") == "行政许可"
    assert ITEM_TYPE.label("20") == "公共服务"
    assert CASE_KIND.entries == {"1": "即办件", "2": "承诺件"}
    assert set(DELIVERY.entries.values()) == {"窗口领取", "邮政寄递", "自助柜", "电子证照"}
    assert ID_TYPE.label("111") == "居民身份证"
    assert "111" in ID_TYPE and "999" not in ID_TYPE


def test_lists_are_frozen() -> None:
    with pytest.raises(TypeError):
        SATISFACTION.entries["6"] = "其他"  # type: ignore[index]
    with pytest.raises(TypeError):
        CODE_LISTS["new"] = SATISFACTION  # type: ignore[index]


def test_every_list_is_registered_by_its_name() -> None:
    assert {name: cl.name for name, cl in CODE_LISTS.items()} == {name: name for name in CODE_LISTS}
    assert set(CODE_LISTS) == {"item_type", "case_kind", "id_type", "satisfaction", "case_status", "delivery"}


def test_every_identity_kind_but_mobile_has_an_id_type_code() -> None:
    assert set(ID_TYPE_BY_KIND) == set(IdKind) - {IdKind.MOBILE, IdKind.UNKNOWN}
    assert all(code in ID_TYPE for code in ID_TYPE_BY_KIND.values())
    assert ID_TYPE_BY_KIND[IdKind.RESIDENT_ID] == "111"
    assert ID_TYPE_BY_KIND[IdKind.CN_PASSPORT] == "414"
    assert ID_TYPE_BY_KIND[IdKind.HK_MACAO_PERMIT] == "516"
    assert ID_TYPE_BY_KIND[IdKind.TAIWAN_PERMIT] == "511"
    assert ID_TYPE_BY_KIND[IdKind.FOREIGN_PERMANENT_RESIDENT] == "553"
    assert ID_TYPE_BY_KIND[IdKind.USCC] == "049"


def test_every_reported_case_state_has_a_status_code() -> None:
    assert set(CASE_STATUS_BY_STATE) == set(CaseState) - {CaseState.DRAFT}
    assert all(code in CASE_STATUS for code in CASE_STATUS_BY_STATE.values())
    assert set(CASE_KIND_BY_ITEM_KIND) == set(ItemKind)
    assert CASE_KIND.label(CASE_KIND_BY_ITEM_KIND[ItemKind.INSTANT]) == "即办件"


def test_national_mapping_is_the_identity_for_every_code() -> None:
    for name, code_list in CODE_LISTS.items():
        for code in code_list.entries:
            assert NATIONAL_MAPPING.to_target(name, code) == code
            assert NATIONAL_MAPPING.from_target(name, code) == code


def test_reversed_satisfaction_province() -> None:
    m = REVERSED_SATISFACTION_EXAMPLE
    assert m.to_target("satisfaction", "1") == "5"  # 非常满意 is their 5
    assert m.to_target("satisfaction", "5") == "1"
    assert m.to_target("satisfaction", "3") == "3"
    assert m.from_target("satisfaction", "5") == "1"
    for code in SATISFACTION.entries:
        assert m.from_target("satisfaction", m.to_target("satisfaction", code)) == code
    # Lists the province does not renumber pass through.
    assert m.to_target("delivery", "2") == "2"
    assert m.from_target("item_type", "01") == "01"


def test_unmapped_codes_raise_a_clear_error() -> None:
    with pytest.raises(UnmappedCodeError, match="本系统的满意度代码表中没有代码 9"):
        NATIONAL_MAPPING.to_target("satisfaction", "9")
    with pytest.raises(UnmappedCodeError, match="满意度代码 0 在本系统中没有对应项"):
        REVERSED_SATISFACTION_EXAMPLE.from_target("satisfaction", "0")
    with pytest.raises(UnmappedCodeError, match="办件类型代码 3 在本系统中没有对应项"):
        NATIONAL_MAPPING.from_target("case_kind", "3")
    with pytest.raises(UnmappedCodeError, match="不存在代码表 colour"):
        NATIONAL_MAPPING.to_target("colour", "1")


def test_partial_table_and_strict_mapping() -> None:
    m = CodeMapping.from_dict(
        {"target": "某市窗口系统", "passthrough": False, "lists": {"delivery": {"1": "W", "2": "EMS"}}}
    )
    assert m.to_target("delivery", "2") == "EMS"
    assert m.from_target("delivery", "W") == "1"
    with pytest.raises(UnmappedCodeError, match="「某市窗口系统」的出件方式代码表没有与本系统代码 3（自助柜）对应的项"):
        m.to_target("delivery", "3")
    with pytest.raises(UnmappedCodeError, match="「某市窗口系统」没有配置满意度代码表"):
        m.to_target("satisfaction", "1")
    with pytest.raises(UnmappedCodeError, match="出件方式代码 X 在本系统中没有对应项"):
        m.from_target("delivery", "X")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"lists": {}}, "缺少目标系统名称"),
        ({"target": "甲", "lists": {"colour": {}}}, "不存在的代码表 colour"),
        ({"target": "甲", "lists": {"satisfaction": {"6": "1"}}}, "满意度映射含本系统没有的代码 6"),
        ({"target": "甲", "lists": {"satisfaction": {"1": "A", "2": "A"}}}, "把 1 和 2 都映射为 A，无法反向转换"),
        ({"target": "甲", "lists": ["satisfaction"]}, "lists 应为字典"),
    ],
)
def test_bad_mapping_definitions_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CodeMapping.from_dict(data)


TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("number", "code", "label"),
    [
        ("D1234567", "411", "外交护照"),
        ("DE1234567", "411", "外交护照"),
        ("S12345678", "412", "公务护照"),
        ("SE1234567", "412", "公务护照"),
        ("P1234567", "413", "因公普通护照"),
        ("PE1234567", "413", "因公普通护照"),
        ("E12345678", "414", "普通护照"),
        ("EA1234567", "414", "普通护照"),
        ("G12345678", "414", "普通护照"),
    ],
)
def test_chinese_passports_carry_the_id_type_of_their_kind(number: str, code: str, label: str) -> None:
    result = check(number, IdKind.CN_PASSPORT, TODAY)
    assert result.valid, result.reason
    assert id_type_code(result) == code and ID_TYPE.label(code) == label
    assert check_as_id_type(code, number, TODAY).valid
    wrong = "414" if code != "414" else "411"
    refused = check_as_id_type(wrong, number, TODAY)
    assert not refused.valid
    assert (
        refused.reason == f"护照号码 {number} 是{label}（{code}），与所选证件类型{ID_TYPE.label(wrong)}（{wrong}）不符"
    )


def test_id_type_414_still_takes_a_foreign_passport_and_other_codes_their_kind() -> None:
    assert check_as_id_type("414", "X1234567", TODAY).kind is IdKind.FOREIGN_PASSPORT
    assert check_as_id_type("111", "11010519491231002X", TODAY).valid
    assert not check_as_id_type("111", "X1234567", TODAY).valid
    assert check_as_id_type("516", "H12345678", TODAY).valid
    assert id_type_code(check("X1234567", IdKind.FOREIGN_PASSPORT, TODAY)) == "414"


def test_the_national_haochaping_system_counts_satisfaction_the_other_way() -> None:
    m = HAOCHAPING_MAPPING
    assert [m.to_target("satisfaction", c) for c in "12345"] == ["5", "4", "3", "2", "1"]
    assert m.from_target("satisfaction", "5") == "1" and SATISFACTION.label("1") == "非常满意"
    assert m.to_target("case_kind", "2") == "2"  # other lists pass through
