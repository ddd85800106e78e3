"""What the identity checks say to the clerk (``domain.messages``): the kinds' names and every reason, note and
warning of ``resident``, ``detect`` and the mobile check, each with a stable key ``id.…``.

Parameters are numbers, characters and codes as typed, dates in ISO form, and data (a province's or a county's
Chinese name, which stays as the register writes it). Positions are 1-based, as the clerk counts on the card.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from govdesk.domain.identity.model import IdKind
from govdesk.domain.messages import MessageText, translate

# The name of each kind, as a clerk calls it (``model.KIND_NAMES`` is their Chinese).
KIND_TEXTS: Mapping[IdKind, MessageText] = MappingProxyType(
    {
        IdKind.RESIDENT_ID: translate("IdCheck", "居民身份证", "id.kind.resident_id"),
        IdKind.RESIDENCE_PERMIT: translate("IdCheck", "港澳台居民居住证", "id.kind.residence_permit"),
        IdKind.USCC: translate("IdCheck", "统一社会信用代码", "id.kind.uscc"),
        IdKind.FOREIGN_PERMANENT_RESIDENT: translate("IdCheck", "外国人永久居留身份证", "id.kind.foreign_permanent"),
        IdKind.CN_PASSPORT: translate("IdCheck", "中国护照", "id.kind.cn_passport"),
        IdKind.FOREIGN_PASSPORT: translate("IdCheck", "外国护照", "id.kind.foreign_passport"),
        IdKind.HK_MACAO_PERMIT: translate("IdCheck", "港澳居民来往内地通行证", "id.kind.hk_macao_permit"),
        IdKind.TAIWAN_PERMIT: translate("IdCheck", "台湾居民来往大陆通行证", "id.kind.taiwan_permit"),
        IdKind.EXIT_PERMIT_HK_MACAO: translate("IdCheck", "往来港澳通行证", "id.kind.exit_permit"),
        IdKind.MOBILE: translate("IdCheck", "手机号码", "id.kind.mobile"),
        IdKind.UNKNOWN: translate("IdCheck", "未知证件类型", "id.kind.unknown"),
    }
)

EMPTY = translate("IdCheck", "号码为空", "id.empty")
WRONG_LENGTH = translate("IdCheck", "{kind}号码应为{length}位，实际为 {actual} 位", "id.wrong_length")
NOT_DIGIT = translate("IdCheck", "第{position}位应为数字，实际为 {actual}", "id.not_digit")
CHECK_CHAR = translate("IdCheck", "第18位校验码只能是 0-9 或 X，实际为 {actual}", "id.check_char")
CHECK_DIGIT = translate("IdCheck", "第18位校验码应为 {expected}，实际为 {actual}", "id.check_digit")

BIRTH_NOT_A_DATE = translate("IdCheck", "第{positions}位出生日期 {date} 不存在", "id.birth.not_a_date")
BIRTH_FUTURE = translate("IdCheck", "第{positions}位出生日期 {date} 晚于今天（{today}）", "id.birth.future")
BIRTH_TOO_EARLY = translate(
    "IdCheck", "第{positions}位出生日期 {date} 早于 {earliest}，应是输入错误", "id.birth.too_early"
)
BIRTH_BEFORE_1900 = translate("IdCheck", "出生日期 {date} 早于 1900 年，请核对证件", "id.birth.before_1900")

ADDRESS_PROVINCE_LEVEL = translate(
    "IdCheck",
    "第1-6位地址码 {code} 是省级代码（{province}），不是个人的常住户口所在地代码",
    "id.address.province_level",
)
ADDRESS_UNKNOWN = translate(
    "IdCheck", "第1-6位地址码 {code} 不在 GB/T 2260 行政区划代码表（含历年代码）中，请核对证件", "id.address.unknown"
)
ADDRESS_CHANGED = translate("IdCheck", "地址码 {code} 为已调整的行政区划：{history}", "id.address.changed")
PROVINCE_INVALID = translate("IdCheck", "第1-2位行政区划代码 {code} 不是有效的省级代码", "id.province.invalid")
PROVINCE_TAIWAN = translate(
    "IdCheck",
    "第1-2位行政区划代码 71（台湾省）不用于居民身份证；台湾居民的居住证号码以 83 开头",
    "id.province.taiwan",
)
PROVINCE_OF_PERMIT = translate(
    "IdCheck",
    "第1-2位代码 {code} 是港澳台居民居住证的地址码，不是居民身份证；请按港澳台居民居住证核验",
    "id.province.permit",
)
OR_LEGACY = translate("IdCheck", "{reason}（15位旧号码也可）", "id.or_legacy")

LEGACY_NOT_DIGIT = translate(
    "IdCheck", "15位旧身份证号码第{position}位应为数字，实际为 {actual}", "id.legacy.not_digit"
)
LEGACY_BIRTH = translate("IdCheck", "15位旧号码{reason}（年份按 19xx 计）", "id.legacy.birth")
LEGACY_CONVERTED = translate("IdCheck", "15位旧号码，已转换为18位 {converted}", "id.legacy.converted")

PERMIT_ADDRESS = translate(
    "IdCheck",
    "第1-6位地址码应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 {actual}",
    "id.permit.address",
)

FOREIGN_2017_NOTE = translate("IdCheck", "2017版15位号码：仅核对格式（3位字母+12位数字）", "id.foreign.note_2017")
FOREIGN_2017_LETTER = translate(
    "IdCheck", "旧版永居证号码第{position}位应为字母（国籍代码），实际为 {actual}", "id.foreign.letter_2017"
)
FOREIGN_2017_DIGIT = translate(
    "IdCheck", "旧版永居证号码第{position}位应为数字，实际为 {actual}", "id.foreign.digit_2017"
)
OR_FOREIGN_2017 = translate("IdCheck", "{reason}（2017版为15位）", "id.foreign.or_2017")
FOREIGN_FIRST = translate("IdCheck", "第1位应为 9（外国人永久居留身份证的标识），实际为 {actual}", "id.foreign.first")
FOREIGN_PROVINCE = translate("IdCheck", "第2-3位受理地省级代码 {code} 不是有效的省级代码", "id.foreign.province")
FOREIGN_NATIONALITY = translate("IdCheck", "国籍数字代码 {code}", "id.foreign.nationality")

UNRECOGNISED = translate(
    "IdCheck",
    "无法识别证件类型：{length} 位的号码不符合任何可自动识别的证件格式；外国护照等请先选择证件类型",
    "id.unrecognised",
)
AMBIGUOUS = translate("IdCheck", "号码同时符合{kinds}的格式，无法自动判断：请选择证件类型", "id.ambiguous")

MOBILE_EMPTY = translate("IdCheck", "手机号码为空", "id.mobile.empty")
MOBILE_NOT_DIGIT = translate("IdCheck", "手机号码第{position}位应为数字，实际为 {actual}", "id.mobile.not_digit")
MOBILE_LENGTH = translate("IdCheck", "手机号码应为11位数字，实际为 {actual} 位", "id.mobile.length")
MOBILE_PREFIX = translate("IdCheck", "手机号码应以 13-19 开头，实际为 {actual}", "id.mobile.prefix")

NOT_ALNUM = translate("IdCheck", "第{position}位 {actual} 不是字母或数字", "id.not_alnum")
PASSPORT_E_LENGTH = translate("IdCheck", "E 字头的电子普通护照号码应为9位，实际为 {actual} 位", "id.passport.e_length")
PASSPORT_E_LETTER = translate("IdCheck", "第2位不能是字母 {letter}（电子普通护照不使用 I、O）", "id.passport.e_letter")
PASSPORT_FORMAT = translate(
    "IdCheck",
    "中国护照号码格式不符：应为 E+8位数字、E+字母+7位数字，或旧版 G+8位数字、D/S/P+7至8位数字",
    "id.passport.format",
)
PASSPORT_TYPE_MISMATCH = translate(
    "IdCheck",
    "护照号码 {number} 是{actual}（{actual_code}），与所选证件类型{chosen}（{chosen_code}）不符",
    "id.passport.type_mismatch",
)
FOREIGN_PASSPORT_TOO_LONG = translate(
    "IdCheck",
    "外国护照号码按 ICAO 9303 至多 {max} 位，实际为 {actual} 位：请按护照资料页机读区第二行的证件号码填写",
    "id.foreign_passport.too_long",
)
FOREIGN_PASSPORT_LENGTH = translate(
    "IdCheck", "外国护照号码应为{min}至{max}位字母或数字，实际为 {actual} 位", "id.foreign_passport.length"
)
FOREIGN_PASSPORT_NO_DIGIT = translate(
    "IdCheck", "外国护照号码应含有数字：请核对是否把姓名或其他内容填入了证件号码", "id.foreign_passport.no_digit"
)
FOREIGN_PASSPORT_NOTE = translate("IdCheck", "外国护照：仅核对格式（ICAO 9303）", "id.foreign_passport.note")
HK_MACAO_NOTE = translate("IdCheck", "换证次数 {renewals}；终身号码 {lifelong}", "id.hk_macao.note")
HK_MACAO_FIRST = translate("IdCheck", "第1位应为 H（香港）或 M（澳门），实际为 {actual}", "id.hk_macao.first")
HK_MACAO_LENGTH = translate(
    "IdCheck",
    "港澳居民来往内地通行证号码应为 H/M 加8位数字（或加2位换证次数共11位），实际为 {actual} 位",
    "id.hk_macao.length",
)
TAIWAN_OLD_NOTE = translate("IdCheck", "旧版10位台胞证号码", "id.taiwan.old_note")
TAIWAN_LENGTH = translate(
    "IdCheck", "台湾居民来往大陆通行证号码应为8位数字（旧版10位），实际为 {actual} 位", "id.taiwan.length"
)
EXIT_OLD_NOTE = translate("IdCheck", "旧版本式通行证", "id.exit.old_note")
EXIT_FIRST = translate("IdCheck", "第1位应为 C（电子往来港澳通行证）或 W（旧版），实际为 {actual}", "id.exit.first")
EXIT_LENGTH = translate("IdCheck", "往来港澳通行证号码应为9位（字母加8位），实际为 {actual} 位", "id.exit.length")
EXIT_SECOND = translate("IdCheck", "第2位应为字母或数字，实际为 {actual}", "id.exit.second")

USCC_LENGTH = translate("IdCheck", "统一社会信用代码应为18位，实际为 {actual} 位", "id.uscc.length")
USCC_CHAR = translate(
    "IdCheck",
    "第{position}位 {actual} 不是统一社会信用代码可用的字符（0-9 和除 I、O、Z、S、V 外的大写字母）",
    "id.uscc.char",
)
USCC_AUTHORITY = translate("IdCheck", "第1位登记管理部门代码 {code} 不存在", "id.uscc.authority")
USCC_TYPE = translate(
    "IdCheck", "第2位机构类别代码 {code} 不属于登记管理部门“{authority}”（应为 {allowed}）", "id.uscc.type"
)
USCC_REGION_DIGIT = translate(
    "IdCheck", "第{position}位应为数字（第3-8位是行政区划码），实际为 {actual}", "id.uscc.region_digit"
)
USCC_ORG_CHECK = translate(
    "IdCheck", "第17位（组织机构代码校验码）应为 {expected}，实际为 {actual}", "id.uscc.org_check"
)
USCC_NOTE = translate("IdCheck", "登记管理部门：{authority}；机构类别：{type}", "id.uscc.note")
