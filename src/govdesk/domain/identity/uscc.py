"""统一社会信用代码 (GB 32100-2015): 18 characters.

Position 1 登记管理部门代码, 2 机构类别代码, 3-8 登记管理机关行政区划码, 9-17 主体标识码 (the GB 11714
组织机构代码, whose 9th character is its own MOD 11 check), 18 the MOD 31 check character.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from govdesk.domain.identity import messages as m
from govdesk.domain.identity.model import IdCheck, IdKind, clean, invalid, show
from govdesk.domain.messages import ENUMERATION, Message, join
from govdesk.domain.regions import region_of

#: The code's alphabet: 0-9 and A-Z without I, O, Z, S, V; a character's value is its index (0-30).
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
#: GB 32100-2015 weights for positions 1-17 (3^(i-1) mod 31).
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
#: GB 11714 weights for the first 8 characters of the 组织机构代码.
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

# 登记管理部门 (position 1) and 机构类别 (position 2). GB 32100-2015 Table 1 has 1 机构编制, 5 民政, 9 工商,
# Y 其他; the 全国组织机构统一社会信用代码数据服务中心 added the other authorities since. This is the union
# of two published copies of the current table (a municipal statistics bureau's copy, scmiyi.gov.cn, and the
# CredentialKit library's table); a code from either is accepted so that no genuine registration is refused.
AUTHORITIES: Mapping[str, str] = MappingProxyType(
    {
        "1": "机构编制",
        "2": "外交",
        "3": "司法行政",
        "4": "文化",
        "5": "民政",
        "6": "旅游",
        "7": "宗教",
        "8": "工会",
        "9": "工商（市场监管）",
        "A": "中央军委改革和编制办公室",
        "G": "公安",
        "J": "住房和城乡建设",
        "N": "农业农村",
        "Q": "侨联",
        "Y": "其他",
    }
)

ENTITY_TYPES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "1": {"1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他"},
        "2": {"1": "外国常驻新闻机构", "9": "其他"},
        "3": {
            "1": "律师执业机构",
            "2": "公证处",
            "3": "基层法律服务所",
            "4": "司法鉴定机构",
            "5": "仲裁委员会",
            "6": "商事调解组织",
            "9": "其他",
        },
        "4": {"1": "外国在华文化中心", "9": "其他"},
        "5": {
            "1": "社会团体",
            "2": "民办非企业单位",
            "3": "基金会",
            "4": "村民委员会",
            "5": "居民委员会",
            "9": "其他",
        },
        "6": {"1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻内地（大陆）代表机构", "9": "其他"},
        "7": {"1": "宗教活动场所", "2": "宗教院校", "9": "其他"},
        "8": {"1": "基层工会", "2": "非法人工会组织", "9": "其他"},
        "9": {"1": "企业", "2": "个体工商户", "3": "农民专业合作社", "9": "其他"},
        "A": {"1": "军队事业单位", "9": "其他"},
        "G": {"1": "境外非政府组织代表机构", "9": "其他"},
        "J": {"1": "业主大会", "9": "其他"},
        "N": {"1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他"},
        "Q": {"1": "区县级侨联组织", "2": "乡镇级侨联组织", "3": "村级侨联组织", "9": "其他"},
        "Y": {"1": "其他"},
    }
)


def org_check_char(first8: str) -> str:
    """GB 11714 check character of the first 8 characters of a 组织机构代码 (digits 0-9, letters A=10 … Z=35)."""
    total = sum(int(c, 36) * w for c, w in zip(first8, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def uscc_check_char(first17: str) -> str:
    """GB 32100 MOD 31 check character of the first 17 characters."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def check_uscc(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.USCC
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    if len(n) != 18:
        return invalid(kind, n, Message(m.USCC_LENGTH, actual=len(n)))
    for i, c in enumerate(n):
        if c not in _VALUE:
            return invalid(kind, n, Message(m.USCC_CHAR, position=i + 1, actual=show(c)))
    authority = n[0]
    if authority not in AUTHORITIES:
        return invalid(kind, n, Message(m.USCC_AUTHORITY, code=authority))
    types = ENTITY_TYPES[authority]
    if n[1] not in types:
        allowed = join(types, ENUMERATION)
        return invalid(kind, n, Message(m.USCC_TYPE, code=n[1], authority=AUTHORITIES[authority], allowed=allowed))
    for i in range(2, 8):
        if not n[i].isdigit():
            return invalid(kind, n, Message(m.USCC_REGION_DIGIT, position=i + 1, actual=n[i]))
    expected_org = org_check_char(n[8:16])
    if n[16] != expected_org:
        return invalid(kind, n, Message(m.USCC_ORG_CHECK, expected=expected_org, actual=n[16]))
    expected = uscc_check_char(n[:17])
    if n[17] != expected:
        return invalid(kind, n, Message(m.CHECK_DIGIT, expected=expected, actual=n[17]))
    return IdCheck(
        valid=True,
        kind=kind,
        reason="",
        normalized=n,
        region=region_of(n[2:8]),
        note=Message(m.USCC_NOTE, authority=AUTHORITIES[authority], type=types[n[1]]),
    )
