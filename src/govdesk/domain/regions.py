"""Province-level administrative divisions (GB/T 2260), as they appear in identity numbers.

Only the province level is shipped: the first two digits of a 公民身份号码 or of the region part of a
统一社会信用代码. Prefecture and county names need the full GB/T 2260 table (several thousand codes that
change every year); govdesk does not ship it, so ``Region`` carries the code and the province only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Region:
    """Where a number was issued: the full code it carries (2 or 6 digits) and the province's name."""

    code: str
    province: str


#: Province-level divisions of the mainland (GB/T 2260). Used by 居民身份证 numbers (GB 11643).
MAINLAND_PROVINCES: Mapping[str, str] = MappingProxyType(
    {
        "11": "北京市",
        "12": "天津市",
        "13": "河北省",
        "14": "山西省",
        "15": "内蒙古自治区",
        "21": "辽宁省",
        "22": "吉林省",
        "23": "黑龙江省",
        "31": "上海市",
        "32": "江苏省",
        "33": "浙江省",
        "34": "安徽省",
        "35": "福建省",
        "36": "江西省",
        "37": "山东省",
        "41": "河南省",
        "42": "湖北省",
        "43": "湖南省",
        "44": "广东省",
        "45": "广西壮族自治区",
        "46": "海南省",
        "50": "重庆市",
        "51": "四川省",
        "52": "贵州省",
        "53": "云南省",
        "54": "西藏自治区",
        "61": "陕西省",
        "62": "甘肃省",
        "63": "青海省",
        "64": "宁夏回族自治区",
        "65": "新疆维吾尔自治区",
    }
)

#: 71 is 台湾省 in GB/T 2260; no mainland 居民身份证 carries it.
TAIWAN_PROVINCE_CODE = "71"

#: The address codes of 港澳台居民居住证 (《港澳台居民居住证申领发放办法》, 2018): the whole first six digits.
RESIDENCE_PERMIT_REGIONS: Mapping[str, str] = MappingProxyType(
    {
        "810000": "香港特别行政区",
        "820000": "澳门特别行政区",
        "830000": "台湾地区",
    }
)

#: Every province-level code with its name, including 71 and the 81/82/83 permit codes.
ALL_PROVINCES: Mapping[str, str] = MappingProxyType(
    {
        **MAINLAND_PROVINCES,
        TAIWAN_PROVINCE_CODE: "台湾省",
        "81": "香港特别行政区",
        "82": "澳门特别行政区",
        "83": "台湾地区",
    }
)

#: The national level ("100000"): a 统一社会信用代码 registered by a central authority carries it.
NATIONAL_REGION_CODE = "100000"


def province_name(code: str) -> str | None:
    """The province's name for a code whose first two digits are a province, or None."""
    return ALL_PROVINCES.get(code[:2])


def region_of(code: str) -> Region | None:
    """A ``Region`` for a 6-digit (or 2-digit) code, by its province; None if the province is unknown."""
    if code == NATIONAL_REGION_CODE:
        return Region(code=code, province="全国")
    name = RESIDENCE_PERMIT_REGIONS.get(code) or province_name(code)
    if name is None:
        return None
    return Region(code=code, province=name)
