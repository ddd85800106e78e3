"""Numbers built on GB 11643-1999 (公民身份号码): 居民身份证, its 15-digit legacy form, 港澳台居民居住证,
and the 外国人永久居留身份证 (2023 18-digit form and 2017 15-character form).

Structure of an 18-digit number: 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
men, even for women), 1 check character by ISO 7064 MOD 11-2 (0-9 or X).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from govdesk.domain.identity import messages as m
from govdesk.domain.identity.counties import county, is_province_level
from govdesk.domain.identity.model import IdCheck, IdKind, clean, invalid, show
from govdesk.domain.messages import Message, join
from govdesk.domain.regions import (
    ALL_PROVINCES,
    MAINLAND_PROVINCES,
    RESIDENCE_PERMIT_REGIONS,
    TAIWAN_PROVINCE_CODE,
    Region,
)

#: ISO 7064 MOD 11-2 weights for positions 1-17: 2^(17-i) mod 11.
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
#: The check character for each remainder of the weighted sum mod 11.
CHECK_CHARS = "10X98765432"
#: GB 11643-1999 sets no earliest birth date: its own example, 440524188001010014, was born in 1880. A date before
#: 1900 is accepted with a warning to verify the card; before 1800 it can only be a typing error.
EARLIEST_BIRTH = date(1800, 1, 1)
VERIFY_BEFORE = date(1900, 1, 1)


def mod11_2(body: str) -> str:
    """The check character of 17 digits."""
    total = sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def _date_text(digits: str) -> str:
    return f"{digits[0:4]}-{digits[4:6]}-{digits[6:8]}"


def parse_birth(digits: str, today: date, positions: str) -> tuple[date | None, str]:
    """An 8-digit YYYYMMDD birth date, or the reason it is not a real, past date from 1900 on."""
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None, Message(m.BIRTH_NOT_A_DATE, positions=positions, date=_date_text(digits))
    if born > today:
        return None, Message(m.BIRTH_FUTURE, positions=positions, date=born.isoformat(), today=today.isoformat())
    if born < EARLIEST_BIRTH:
        return None, Message(
            m.BIRTH_TOO_EARLY, positions=positions, date=born.isoformat(), earliest=EARLIEST_BIRTH.isoformat()
        )
    return born, ""


def _birth_warning(born: date) -> str:
    if born >= VERIFY_BEFORE:
        return ""
    return Message(m.BIRTH_BEFORE_1900, date=born.isoformat())


def address_findings(code: str, province: str) -> tuple[str, str, str]:
    """(reason, warning, note) of a 居民身份证's address code against GB/T 2260 with its history (``counties``)."""
    if is_province_level(code):
        return Message(m.ADDRESS_PROVINCE_LEVEL, code=code, province=province), "", ""
    found = county(code)
    if found is None:
        return "", Message(m.ADDRESS_UNKNOWN, code=code), ""
    if not found.current:
        return "", "", Message(m.ADDRESS_CHANGED, code=code, history=found.describe())
    return "", "", ""


def _joined(*parts: str) -> str:
    return join(parts)


def _first_non_digit(text: str, start: int = 0) -> int | None:
    for i, c in enumerate(text):
        if not c.isascii() or not c.isdigit():
            return start + i
    return None


def _body_reason(number: str, length: int, kind: IdKind) -> str:
    """Length and character errors common to the 18-character GB 11643 forms."""
    if not number:
        return Message(m.EMPTY)
    if len(number) != length:
        return Message(m.WRONG_LENGTH, kind=Message(m.KIND_TEXTS[kind]), length=length, actual=len(number))
    bad = _first_non_digit(number[:17])
    if bad is not None:
        return Message(m.NOT_DIGIT, position=bad + 1, actual=show(number[bad]))
    if number[17] not in "0123456789X":
        return Message(m.CHECK_CHAR, actual=show(number[17]))
    return ""


def _check_reason(number: str) -> str:
    expected = mod11_2(number[:17])
    if number[17] != expected:
        return Message(m.CHECK_DIGIT, expected=expected, actual=number[17])
    return ""


def _sex(digit: str) -> str:
    return "男" if int(digit) % 2 == 1 else "女"


def check_resident_id(number: str, today: date) -> IdCheck:
    """居民身份证: 18 digits (or the 15-digit legacy form, converted)."""
    n = clean(number)
    kind = IdKind.RESIDENT_ID
    if len(n) == 15:
        return _check_legacy(n, today)
    reason = _body_reason(n, 18, kind)
    if reason:
        if n and len(n) != 18:
            reason = Message(m.OR_LEGACY, reason=reason)
        return invalid(kind, n, reason)
    province = n[:2]
    if province == TAIWAN_PROVINCE_CODE:
        return invalid(kind, n, Message(m.PROVINCE_TAIWAN))
    if province in ("81", "82", "83"):
        return invalid(kind, n, Message(m.PROVINCE_OF_PERMIT, code=province))
    if province not in MAINLAND_PROVINCES:
        return invalid(kind, n, Message(m.PROVINCE_INVALID, code=province))
    reason, warning, note = address_findings(n[:6], MAINLAND_PROVINCES[province])
    if reason:
        return invalid(kind, n, reason)
    result = _dated_and_checked(kind, n, today, MAINLAND_PROVINCES[province])
    if not result.valid or result.birth_date is None:
        return result
    warning = _joined(_birth_warning(result.birth_date), warning)
    return replace(result, warning=warning, note=_joined(warning, note))


def _dated_and_checked(kind: IdKind, n: str, today: date, region_name: str) -> IdCheck:
    """The GB 11643 layout after the address code: birth date in 7-14, sex in 17, MOD 11-2 check in 18."""
    born, reason = parse_birth(n[6:14], today, "7-14")
    if born is None:
        return invalid(kind, n, reason)
    reason = _check_reason(n)
    if reason:
        return invalid(kind, n, reason)
    return IdCheck(
        valid=True,
        kind=kind,
        reason="",
        normalized=n,
        birth_date=born,
        sex=_sex(n[16]),
        region=Region(code=n[:6], province=region_name),
    )


def convert_legacy(number15: str) -> str:
    """A 15-digit legacy number (6 address + YYMMDD in 19xx + 3 sequence) as its 18-digit form.

    The caller has checked that it is 15 digits; the date is not checked here.
    """
    body = number15[:6] + "19" + number15[6:15]
    return body + mod11_2(body)


def _check_legacy(n: str, today: date) -> IdCheck:
    kind = IdKind.RESIDENT_ID
    bad = _first_non_digit(n)
    if bad is not None:
        return invalid(kind, n, Message(m.LEGACY_NOT_DIGIT, position=bad + 1, actual=show(n[bad])))
    province = n[:2]
    if province not in MAINLAND_PROVINCES:
        return invalid(kind, n, Message(m.PROVINCE_INVALID, code=province))
    born, reason = parse_birth("19" + n[6:12], today, "7-12")
    if born is None:
        return invalid(kind, n, Message(m.LEGACY_BIRTH, reason=reason))
    reason, warning, note = address_findings(n[:6], MAINLAND_PROVINCES[province])
    if reason:
        return invalid(kind, n, reason)
    converted = convert_legacy(n)
    return IdCheck(
        valid=True,
        kind=kind,
        reason="",
        normalized=converted,
        birth_date=born,
        sex=_sex(n[14]),
        region=Region(code=n[:6], province=MAINLAND_PROVINCES[province]),
        note=_joined(Message(m.LEGACY_CONVERTED, converted=converted), warning, note),
        warning=warning,
    )


def check_residence_permit(number: str, today: date) -> IdCheck:
    """港澳台居民居住证: like a 居民身份证, with the address code 810000, 820000 or 830000."""
    n = clean(number)
    kind = IdKind.RESIDENCE_PERMIT
    reason = _body_reason(n, 18, kind)
    if reason:
        return invalid(kind, n, reason)
    if n[:6] not in RESIDENCE_PERMIT_REGIONS:
        return invalid(kind, n, Message(m.PERMIT_ADDRESS, actual=n[:6]))
    return _dated_and_checked(kind, n, today, RESIDENCE_PERMIT_REGIONS[n[:6]])


# 外国人永久居留身份证, 2017 form: 3 letters (nationality) + 12 digits. Public descriptions of what the 12
# digits hold disagree (one has 4 digits of issuing region, YYMMDD, 1 digit and an ICAO 9303 check digit;
# another reads YYYYMMDD after the letters), and the 国家移民管理局 notice found only says "3 位拉丁字母+12 位
# 数字". We check the format only, so that no genuine card is refused on a guessed rule.
_FOREIGN_2017 = re.compile(r"[A-Z]{3}[0-9]{12}")


def check_foreign_permanent_resident(number: str, today: date) -> IdCheck:
    """外国人永久居留身份证: the 2023 18-digit form, or the 2017 15-character form (format only).

    2023 form (国家移民管理局《新版外国人永久居留身份证机读信息规则》): "9", 2 digits province code of
    the issuing place, 3 digits nationality (numeric), 8 digits birth date, 3 digits sequence, and the
    GB 11643 MOD 11-2 check character.
    """
    n = clean(number)
    kind = IdKind.FOREIGN_PERMANENT_RESIDENT
    if len(n) == 15:
        if _FOREIGN_2017.fullmatch(n):
            return IdCheck(valid=True, kind=kind, reason="", normalized=n, note=Message(m.FOREIGN_2017_NOTE))
        for i, c in enumerate(n):
            if i < 3 and not ("A" <= c <= "Z"):
                return invalid(kind, n, Message(m.FOREIGN_2017_LETTER, position=i + 1, actual=show(c)))
            if i >= 3 and not (c.isascii() and c.isdigit()):
                return invalid(kind, n, Message(m.FOREIGN_2017_DIGIT, position=i + 1, actual=show(c)))
    reason = _body_reason(n, 18, kind)
    if reason:
        if n and len(n) != 18:
            reason = Message(m.OR_FOREIGN_2017, reason=reason)
        return invalid(kind, n, reason)
    if n[0] != "9":
        return invalid(kind, n, Message(m.FOREIGN_FIRST, actual=n[0]))
    if n[1:3] not in MAINLAND_PROVINCES:
        return invalid(kind, n, Message(m.FOREIGN_PROVINCE, code=n[1:3]))
    born, reason = parse_birth(n[6:14], today, "7-14")
    if born is None:
        return invalid(kind, n, reason)
    reason = _check_reason(n)
    if reason:
        return invalid(kind, n, reason)
    return IdCheck(
        valid=True,
        kind=kind,
        reason="",
        normalized=n,
        birth_date=born,
        region=Region(code=n[1:3], province=ALL_PROVINCES[n[1:3]]),
        note=Message(m.FOREIGN_NATIONALITY, code=n[3:6]),
    )
