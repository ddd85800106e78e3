"""The result of checking an identity number: ``IdKind`` and ``IdCheck``, shared by every checker."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from govdesk.domain.regions import Region


class IdKind(StrEnum):
    """The kinds of number govdesk checks. Each maps to a 证件类型 code in ``codes.ID_TYPE_BY_KIND``."""

    RESIDENT_ID = "resident_id"  # 居民身份证 (GB 11643-1999), 18 digits or the 15-digit legacy form
    RESIDENCE_PERMIT = "residence_permit"  # 港澳台居民居住证: 18 digits, address code 810000/820000/830000
    USCC = "uscc"  # 统一社会信用代码 (GB 32100-2015)
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"  # 外国人永久居留身份证 (2017 15-char / 2023 18-digit)
    CN_PASSPORT = "cn_passport"  # 中华人民共和国护照
    FOREIGN_PASSPORT = "foreign_passport"  # 外国护照
    HK_MACAO_PERMIT = "hk_macao_permit"  # 港澳居民来往内地通行证 (回乡证)
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证 (台胞证)
    EXIT_PERMIT_HK_MACAO = "exit_permit_hk_macao"  # 往来港澳通行证 (issued to mainland residents)
    MOBILE = "mobile"  # 大陆手机号码 (not a 证件, checked the same way)
    UNKNOWN = "unknown"  # detect() could not tell what it is


#: The Chinese name of each kind, as a clerk calls it.
KIND_NAMES: Mapping[IdKind, str] = MappingProxyType(
    {
        IdKind.RESIDENT_ID: "居民身份证",
        IdKind.RESIDENCE_PERMIT: "港澳台居民居住证",
        IdKind.USCC: "统一社会信用代码",
        IdKind.FOREIGN_PERMANENT_RESIDENT: "外国人永久居留身份证",
        IdKind.CN_PASSPORT: "中国护照",
        IdKind.FOREIGN_PASSPORT: "外国护照",
        IdKind.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
        IdKind.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
        IdKind.EXIT_PERMIT_HK_MACAO: "往来港澳通行证",
        IdKind.MOBILE: "手机号码",
        IdKind.UNKNOWN: "未知证件类型",
    }
)


@dataclass(frozen=True, slots=True)
class IdCheck:
    """What a check found. ``reason`` is "" when valid, otherwise Chinese text naming the wrong position.

    ``normalized`` is the number as it should be stored (upper-case, no spaces, a legacy 15-digit ID
    converted to 18 digits). ``note`` says anything the clerk should know about a valid number (for
    example that it was converted, or the registration authority of a credit code). ``warning`` is what of
    it the clerk must verify against the card (an address code not in GB/T 2260, a birth before 1900): the
    number is accepted, and ``note`` includes the warning so every display shows it. ``alternatives`` lists
    the kinds an auto-detected number is valid as when it is more than one (then ``valid`` is false and the
    clerk chooses the kind).
    """

    valid: bool
    kind: IdKind
    reason: str
    normalized: str
    birth_date: date | None = None
    sex: str | None = None  # "男" / "女"
    region: Region | None = None
    note: str = ""
    warning: str = ""
    alternatives: tuple[IdKind, ...] = ()

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


def invalid(kind: IdKind, normalized: str, reason: str) -> IdCheck:
    return IdCheck(valid=False, kind=kind, reason=reason, normalized=normalized)


def clean(number: str) -> str:
    """Full-width characters folded (NFKC: a Chinese input method may type "１１０"), whitespace removed,
    letters upper-cased."""
    folded = unicodedata.normalize("NFKC", number)
    return "".join(folded.split()).upper()


def show(char: str) -> str:
    """A character as a reason quotes it."""
    return char if char.isprintable() else repr(char)
