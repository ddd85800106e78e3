"""Identity numbers: known examples, dates, and the Chinese reasons a clerk reads."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, timedelta

import pytest

from govdesk.domain.identity import IdCheck, IdKind, check, convert_legacy, detect, mask_id, mask_name, mask_phone
from govdesk.domain.regions import Region

TODAY = date(2025, 6, 1)

# Builders of valid numbers (also used by the property and CLI tests), written independently of govdesk's
# implementation: the weights are derived from their definitions, not copied, so the tests check the code.
# ISO 7064 MOD 11-2: weight of position i (1-based) among 17 is 2^(18-i) mod 11; check = (12 - sum % 11) % 11.
_GB11643_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb11643_check(body17: str) -> str:
    value = (12 - sum(int(c) * w for c, w in zip(body17, _GB11643_WEIGHTS, strict=True)) % 11) % 11
    return "X" if value == 10 else str(value)


def resident_id(region: str, born: date, seq: str) -> str:
    body = region + born.strftime("%Y%m%d") + seq
    return body + gb11643_check(body)


def org_code_check(first8: str) -> str:
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    value = 11 - sum(int(c, 36) * w for c, w in zip(first8, weights, strict=True)) % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def uscc(prefix2: str, region6: str, org8: str) -> str:
    body = prefix2 + region6 + org8 + org_code_check(org8)
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + USCC_ALPHABET[(31 - total % 31) % 31]


# ---- 居民身份证 (GB 11643-1999) -------------------------------------------------------------------------


def test_gb11643_example_is_valid_with_its_parts() -> None:
    result = detect("11010519491231002X", TODAY)
    assert result == IdCheck(
        valid=True,
        kind=IdKind.RESIDENT_ID,
        reason="",
        normalized="11010519491231002X",
        birth_date=date(1949, 12, 31),
        sex="女",
        region=Region(code="110105", province="北京市"),
    )
    assert result.kind_name == "居民身份证"


def test_result_is_frozen() -> None:
    result = detect("11010519491231002X", TODAY)
    with pytest.raises(FrozenInstanceError):
        result.valid = False  # type: ignore[misc]


def test_lower_case_x_is_accepted_and_normalised() -> None:
    result = check("11010519491231002x", IdKind.RESIDENT_ID, TODAY)
    assert result.valid
    assert result.normalized == "11010519491231002X"


def test_spaces_and_full_width_digits_are_tolerated() -> None:
    result = check(" １１０１０５ 19491231 002X ", IdKind.RESIDENT_ID, TODAY)
    assert result.valid
    assert result.normalized == "11010519491231002X"


def test_wrong_check_character_names_position_18_and_the_expected_character() -> None:
    result = check("110105194912310021", IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert result.reason == "第18位校验码应为 X，实际为 1"
    assert result.birth_date is None and result.sex is None and result.region is None


def test_male_from_odd_17th_digit() -> None:
    number = resident_id("320102", date(1985, 3, 7), "011")
    result = check(number, IdKind.RESIDENT_ID, TODAY)
    assert result.valid and result.sex == "男"
    assert result.region == Region(code="320102", province="江苏省")


@pytest.mark.parametrize("born", [date(2000, 2, 29), date(2024, 2, 29), date(1904, 2, 29)])
def test_feb_29_in_leap_years_is_valid(born: date) -> None:
    result = check(resident_id("440305", born, "123"), IdKind.RESIDENT_ID, TODAY)
    assert result.valid, result.reason
    assert result.birth_date == born


@pytest.mark.parametrize("digits", ["19000229", "20230229", "19990229"])
def test_feb_29_in_non_leap_years_does_not_exist(digits: str) -> None:
    body = "440305" + digits + "123"
    number = body + "0"  # the date is checked before the check character
    result = check(number, IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert result.reason == f"第7-14位出生日期 {digits[:4]}-02-29 不存在"


def test_impossible_date_in_the_future_is_reported_as_not_existing() -> None:
    result = check("110105203102300010", IdKind.RESIDENT_ID, TODAY)
    assert result.reason == "第7-14位出生日期 2031-02-30 不存在"


def test_future_birth_date_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    result = check(resident_id("110105", tomorrow, "002"), IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert result.reason == f"第7-14位出生日期 {tomorrow.isoformat()} 晚于今天（{TODAY.isoformat()}）"
    assert check(resident_id("110105", TODAY, "002"), IdKind.RESIDENT_ID, TODAY).valid


def test_gb11643s_own_example_born_1880_is_valid_with_a_warning_to_verify() -> None:
    result = detect("440524188001010014", TODAY)  # GB 11643-1999's example number
    assert result.valid and result.kind is IdKind.RESIDENT_ID, result.reason
    assert result.birth_date == date(1880, 1, 1) and result.sex == "男"
    assert result.warning == "出生日期 1880-01-01 早于 1900 年，请核对证件"
    assert result.warning in result.note
    assert "潮阳县（1983–1993年）" in result.note  # a county since merged: the number keeps its code
    before = check(resident_id("110105", date(1899, 12, 31), "002"), IdKind.RESIDENT_ID, TODAY)
    assert before.valid and before.warning.startswith("出生日期 1899-12-31 早于 1900 年")
    after = check(resident_id("110105", date(1900, 1, 1), "002"), IdKind.RESIDENT_ID, TODAY)
    assert after.valid and after.warning == "" and after.note == ""
    ancient = check(resident_id("110105", date(1799, 12, 31), "002"), IdKind.RESIDENT_ID, TODAY)
    assert ancient.reason == "第7-14位出生日期 1799-12-31 早于 1800-01-01，应是输入错误"


def test_address_codes_against_gb_t_2260_with_history() -> None:
    province = check(resident_id("110000", date(1980, 1, 1), "002"), IdKind.RESIDENT_ID, TODAY)
    assert province.reason == "第1-6位地址码 110000 是省级代码（北京市），不是个人的常住户口所在地代码"
    unknown = check(resident_id("110199", date(1980, 1, 1), "002"), IdKind.RESIDENT_ID, TODAY)
    assert unknown.valid and unknown.warning == (
        "第1-6位地址码 110199 不在 GB/T 2260 行政区划代码表（含历年代码）中，请核对证件"
    )
    old = check(resident_id("110103", date(1970, 5, 1), "002"), IdKind.RESIDENT_ID, TODAY)  # 崇文区, until 2010
    assert old.valid and old.warning == "" and old.note == "地址码 110103 为已调整的行政区划：崇文区（–2010年）"
    legacy = check("110199800101002", IdKind.RESIDENT_ID, TODAY)
    assert legacy.valid and "110199 不在 GB/T 2260" in legacy.warning and legacy.warning in legacy.note
    assert check("110000800101002", IdKind.RESIDENT_ID, TODAY).reason.startswith("第1-6位地址码 110000 是省级代码")


def test_unknown_province_code() -> None:
    result = check(resident_id("990105", date(1980, 1, 1), "002"), IdKind.RESIDENT_ID, TODAY)
    assert result.reason == "第1-2位行政区划代码 99 不是有效的省级代码"


def test_taiwan_province_code_is_not_on_resident_cards() -> None:
    result = check(resident_id("710000", date(1980, 1, 1), "002"), IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert result.reason.startswith("第1-2位行政区划代码 71（台湾省）不用于居民身份证")


def test_residence_permit_number_checked_as_resident_id_points_to_the_permit() -> None:
    number = resident_id("810000", date(1990, 1, 1), "123")
    result = check(number, IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert "第1-2位代码 81" in result.reason and "港澳台居民居住证" in result.reason
    assert detect(number, TODAY).kind is IdKind.RESIDENCE_PERMIT


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("11010A19491231002X", "第6位应为数字，实际为 A"),
        ("1101051949123100Z9", "第17位应为数字，实际为 Z"),
        ("11010519491231002Y", "第18位校验码只能是 0-9 或 X，实际为 Y"),
        ("1101051949123100", "居民身份证号码应为18位，实际为 16 位（15位旧号码也可）"),
        ("", "号码为空"),
    ],
)
def test_shape_errors_name_the_position(number: str, reason: str) -> None:
    result = check(number, IdKind.RESIDENT_ID, TODAY)
    assert not result.valid
    assert result.reason == reason


# ---- 15-digit legacy numbers ------------------------------------------------------------------------


def test_legacy_15_digit_number_is_converted() -> None:
    result = detect("110105491231002", TODAY)
    assert result.valid
    assert result.kind is IdKind.RESIDENT_ID
    assert result.normalized == "11010519491231002X"
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex == "女"
    assert "已转换为18位 11010519491231002X" in result.note
    assert convert_legacy("110105491231002") == "11010519491231002X"


def test_legacy_number_with_impossible_date() -> None:
    result = detect("110105490230002", TODAY)
    assert not result.valid
    assert result.reason == "15位旧号码第7-12位出生日期 1949-02-30 不存在（年份按 19xx 计）"


def test_legacy_number_with_a_letter() -> None:
    result = check("11010549123100A", IdKind.RESIDENT_ID, TODAY)
    assert result.reason == "15位旧身份证号码第15位应为数字，实际为 A"


# ---- 港澳台居民居住证 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "province"), [("810000", "香港特别行政区"), ("820000", "澳门特别行政区"), ("830000", "台湾地区")]
)
def test_residence_permit_is_valid(region: str, province: str) -> None:
    number = resident_id(region, date(1990, 5, 17), "125")
    result = detect(number, TODAY)
    assert result.valid, result.reason
    assert result.kind is IdKind.RESIDENCE_PERMIT
    assert result.region == Region(code=region, province=province)
    assert result.sex == "男" and result.birth_date == date(1990, 5, 17)


def test_residence_permit_needs_the_whole_region_code() -> None:
    number = resident_id("810001", date(1990, 5, 17), "125")
    result = check(number, IdKind.RESIDENCE_PERMIT, TODAY)
    assert result.reason == "第1-6位地址码应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 810001"


def test_residence_permit_wrong_check_character() -> None:
    number = resident_id("820000", date(1990, 5, 17), "124")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    result = detect(wrong, TODAY)
    assert result.kind is IdKind.RESIDENCE_PERMIT
    assert result.reason == f"第18位校验码应为 {number[17]}，实际为 {wrong[17]}"


# ---- 统一社会信用代码 (GB 32100-2015) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    ["91440300708461136T", "91330100799655058B", "91110108551385082Q", "91110000802100433B"],
)
def test_real_credit_codes_are_valid(code: str) -> None:
    result = detect(code, TODAY)
    assert result.valid, result.reason
    assert result.kind is IdKind.USCC
    assert result.region is not None and result.region.code == code[2:8]
    assert "机构类别：企业" in result.note


def test_credit_code_of_a_national_registration_has_the_national_region() -> None:
    code = uscc("11", "100000", "00001234")
    result = check(code, IdKind.USCC, TODAY)
    assert result.valid, result.reason
    assert result.region == Region(code="100000", province="全国")


def test_credit_code_with_wrong_check_character() -> None:
    result = check("91440300708461136A", IdKind.USCC, TODAY)
    assert result.reason == "第18位校验码应为 T，实际为 A"


def test_credit_code_with_wrong_organisation_check() -> None:
    result = check("91440300708461137T", IdKind.USCC, TODAY)
    assert result.reason == "第17位（组织机构代码校验码）应为 6，实际为 7"


def test_credit_code_lower_case_is_normalised() -> None:
    result = check("91440300708461136t", IdKind.USCC, TODAY)
    assert result.valid and result.normalized == "91440300708461136T"


@pytest.mark.parametrize(
    ("code", "reason_start"),
    [
        ("9144030070846113IT", "第17位 I 不是统一社会信用代码可用的字符"),
        ("B1440300708461136T", "第1位登记管理部门代码 B 不存在"),
        ("94440300708461136T", "第2位机构类别代码 4 不属于登记管理部门“工商（市场监管）”（应为 1、2、3、9）"),
        ("914403A0708461136T", "第7位应为数字（第3-8位是行政区划码），实际为 A"),
        ("9144030070846113", "统一社会信用代码应为18位，实际为 16 位"),
    ],
)
def test_credit_code_reasons_name_the_position(code: str, reason_start: str) -> None:
    result = check(code, IdKind.USCC, TODAY)
    assert not result.valid
    assert result.reason.startswith(reason_start)


def test_early_pilot_code_that_breaks_the_check_is_reported() -> None:
    # Some codes issued by pilot regions before the standard do not satisfy the MOD 31 check; govdesk
    # follows the standard and tells the clerk exactly what differs.
    result = check("91350100M0001TGQXM", IdKind.USCC, TODAY)
    assert result.reason == "第18位校验码应为 1，实际为 M"


# ---- 外国人永久居留身份证 -------------------------------------------------------------------------------


def test_foreign_permanent_resident_2023_form() -> None:
    number = resident_id("911156", date(1980, 1, 1), "001")
    result = detect(number, TODAY)
    assert result.valid, result.reason
    assert result.kind is IdKind.FOREIGN_PERMANENT_RESIDENT
    assert result.birth_date == date(1980, 1, 1)
    assert result.region == Region(code="11", province="北京市")
    assert result.sex is None


def test_foreign_permanent_resident_2023_bad_date_and_province() -> None:
    bad_date = "911156" + "19800230" + "001"
    assert (
        check(bad_date + "0", IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY).reason == "第7-14位出生日期 1980-02-30 不存在"
    )
    bad_province = resident_id("999156", date(1980, 1, 1), "001")
    result = check(bad_province, IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY)
    assert result.reason == "第2-3位受理地省级代码 99 不是有效的省级代码"
    not_nine = resident_id("111156", date(1980, 1, 1), "001")
    assert (
        check(not_nine, IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY).reason
        == "第1位应为 9（外国人永久居留身份证的标识），实际为 1"
    )


def test_foreign_permanent_resident_2017_form_is_format_only() -> None:
    result = detect("usa123456789012", TODAY)
    assert result.valid and result.kind is IdKind.FOREIGN_PERMANENT_RESIDENT
    assert result.normalized == "USA123456789012"
    assert "仅核对格式" in result.note
    bad = check("US1123456789012", IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY)
    assert bad.reason == "旧版永居证号码第3位应为字母（国籍代码），实际为 1"
    bad = check("USA12345678901A", IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY)
    assert bad.reason == "旧版永居证号码第15位应为数字，实际为 A"


# ---- travel documents and mobile numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("E12345678", IdKind.CN_PASSPORT),
        ("EA1234567", IdKind.CN_PASSPORT),
        ("G12345678", IdKind.CN_PASSPORT),
        ("D1234567", IdKind.CN_PASSPORT),
        ("H12345678", IdKind.HK_MACAO_PERMIT),
        ("M1234567801", IdKind.HK_MACAO_PERMIT),
        ("12345678", IdKind.TAIWAN_PERMIT),
        ("0561682001", IdKind.TAIWAN_PERMIT),
        ("C12345678", IdKind.EXIT_PERMIT_HK_MACAO),
        ("CA1234567", IdKind.EXIT_PERMIT_HK_MACAO),
        ("W12345678", IdKind.EXIT_PERMIT_HK_MACAO),
        ("DE1234567", IdKind.CN_PASSPORT),
        ("13812345678", IdKind.MOBILE),
    ],
)
def test_detect_recognises_documents(number: str, kind: IdKind) -> None:
    result = detect(number, TODAY)
    assert result.valid, result.reason
    assert result.kind is kind
    assert check(number, kind, TODAY).valid


def test_old_taiwan_permit_with_office_letter_is_normalised() -> None:
    result = check("0561682001(D)", IdKind.TAIWAN_PERMIT, TODAY)
    assert result.valid and result.normalized == "0561682001D"


@pytest.mark.parametrize(
    ("number", "kind", "reason"),
    [
        ("EI1234567", IdKind.CN_PASSPORT, "第2位不能是字母 I（电子普通护照不使用 I、O）"),
        ("E1234567", IdKind.CN_PASSPORT, "E 字头的电子普通护照号码应为9位，实际为 8 位"),
        ("EA12345B7", IdKind.CN_PASSPORT, "第8位应为数字，实际为 B"),
        ("K12345678", IdKind.HK_MACAO_PERMIT, "第1位应为 H（香港）或 M（澳门），实际为 K"),
        ("H1234A678", IdKind.HK_MACAO_PERMIT, "第6位应为数字，实际为 A"),
        ("1234567", IdKind.TAIWAN_PERMIT, "台湾居民来往大陆通行证号码应为8位数字（旧版10位），实际为 7 位"),
        ("X12345678", IdKind.EXIT_PERMIT_HK_MACAO, "第1位应为 C（电子往来港澳通行证）或 W（旧版），实际为 X"),
        ("W1234567A", IdKind.EXIT_PERMIT_HK_MACAO, "第9位应为数字，实际为 A"),
        ("P-1234", IdKind.FOREIGN_PASSPORT, "第2位 - 不是字母或数字"),
        ("A12", IdKind.FOREIGN_PASSPORT, "外国护照号码应为6至9位字母或数字，实际为 3 位"),
        ("12345", IdKind.FOREIGN_PASSPORT, "外国护照号码应为6至9位字母或数字，实际为 5 位"),
        ("HELLOWOR", IdKind.FOREIGN_PASSPORT, "外国护照号码应含有数字：请核对是否把姓名或其他内容填入了证件号码"),
        (
            "HELLOWORLD",
            IdKind.FOREIGN_PASSPORT,
            "外国护照号码按 ICAO 9303 至多 9 位，实际为 10 位：请按护照资料页机读区第二行的证件号码填写",
        ),
    ],
)
def test_document_reasons(number: str, kind: IdKind, reason: str) -> None:
    result = check(number, kind, TODAY)
    assert not result.valid
    assert result.reason == reason


@pytest.mark.parametrize("raw", ["138 1234 5678", "+86 13812345678", "86-138-1234-5678", "0086 138 1234 5678"])
def test_mobile_numbers_are_normalised(raw: str) -> None:
    result = check(raw, IdKind.MOBILE, TODAY)
    assert result.valid, result.reason
    assert result.normalized == "13812345678"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("12812345678", "手机号码应以 13-19 开头，实际为 12"),
        ("1381234567", "手机号码应为11位数字，实际为 10 位"),
        ("138123456a8", "手机号码第10位应为数字，实际为 A"),
        ("", "手机号码为空"),
    ],
)
def test_mobile_reasons(raw: str, reason: str) -> None:
    assert check(raw, IdKind.MOBILE, TODAY).reason == reason


UNKNOWN_SHAPE = "无法识别证件类型：{n} 位的号码不符合任何可自动识别的证件格式；外国护照等请先选择证件类型"


def test_detect_unknown_shape() -> None:
    result = detect("12", TODAY)
    assert not result.valid and result.kind is IdKind.UNKNOWN
    assert result.reason == UNKNOWN_SHAPE.format(n=2)
    assert check("12", IdKind.UNKNOWN, TODAY) == result


@pytest.mark.parametrize("text", ["12345", "HELLOWORLD", "X1234567", "AB12345", "hello world"])
def test_detect_never_takes_an_unknown_shape_for_a_passport(text: str) -> None:
    result = detect(text, TODAY)
    assert not result.valid and result.kind is IdKind.UNKNOWN, result
    assert result.reason.endswith("外国护照等请先选择证件类型")
    assert check("X1234567", IdKind.FOREIGN_PASSPORT, TODAY).valid  # chosen by the clerk, it is checked


@pytest.mark.parametrize("length", [14, 16, 17, 19])
def test_a_run_of_14_to_19_digits_is_a_resident_id_of_the_wrong_length(length: str) -> None:
    result = detect("1101051949123100212"[:length], TODAY)
    assert not result.valid and result.kind is IdKind.RESIDENT_ID
    assert result.reason == f"居民身份证号码应为18位，实际为 {length} 位（15位旧号码也可）"
    missing = detect("11010519491231002", TODAY)  # the GB 11643 example with its check character dropped
    assert missing.kind is IdKind.RESIDENT_ID and "实际为 17 位" in missing.reason


def test_a_number_valid_as_two_kinds_is_reported_as_ambiguous() -> None:
    both = "911156198001014674"  # a 2023 永居证 (9, 11 北京, 156, 1980-01-01) and a credit code (91 企业, 1156…)
    assert check(both, IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY).valid
    assert check(both, IdKind.USCC, TODAY).valid
    result = detect(both, TODAY)
    assert not result.valid and result.kind is IdKind.UNKNOWN
    assert result.alternatives == (IdKind.FOREIGN_PERMANENT_RESIDENT, IdKind.USCC)
    assert result.reason == "号码同时符合外国人永久居留身份证、统一社会信用代码的格式，无法自动判断：请选择证件类型"


def test_detect_reports_the_most_likely_kind_when_nothing_fits() -> None:
    result = detect("110105194912310021", TODAY)
    assert result.kind is IdKind.RESIDENT_ID
    assert result.reason == "第18位校验码应为 X，实际为 1"


# ---- masking ------------------------------------------------------------------------------------------


def test_masking() -> None:
    assert mask_id("110105194912310021") == "110105********0021"
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_id("110105491231002") == "110105*****1002"
    assert mask_id("E12345678") == "E******78"
    assert mask_id("123") == "***"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138-1234-5678") == "138****5678"
    assert mask_phone("+8613812345678") == "138****5678"
    assert mask_phone("01012345") == "****2345"
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_name("张") == "*"
    assert mask_name("") == ""
