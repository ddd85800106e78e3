"""Identity numbers: check a number of a known kind, or detect the kind from its shape and check it.

Every check returns an ``IdCheck`` and never raises for bad input; its ``reason`` is Chinese text that
names the wrong position and what it should be. The caller passes ``today`` (the domain never reads
the clock).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from govdesk.domain.identity import messages as m
from govdesk.domain.identity.documents import (
    check_cn_passport,
    check_exit_permit,
    check_foreign_passport,
    check_hk_macao_permit,
    check_mobile,
    check_taiwan_permit,
    normalize_mobile,
)
from govdesk.domain.identity.masking import mask_id, mask_name, mask_phone
from govdesk.domain.identity.model import KIND_NAMES, IdCheck, IdKind, clean, invalid
from govdesk.domain.identity.resident import (
    check_foreign_permanent_resident,
    check_residence_permit,
    check_resident_id,
    convert_legacy,
    mod11_2,
)
from govdesk.domain.identity.uscc import check_uscc
from govdesk.domain.messages import ENUMERATION, Message, join

__all__ = [
    "KIND_NAMES",
    "IdCheck",
    "IdKind",
    "check",
    "convert_legacy",
    "detect",
    "mask_id",
    "mask_name",
    "mask_phone",
    "mod11_2",
    "normalize_mobile",
]

_CHECKERS: dict[IdKind, Callable[[str, date], IdCheck]] = {
    IdKind.RESIDENT_ID: check_resident_id,
    IdKind.RESIDENCE_PERMIT: check_residence_permit,
    IdKind.FOREIGN_PERMANENT_RESIDENT: check_foreign_permanent_resident,
    IdKind.USCC: lambda n, _today: check_uscc(n),
    IdKind.CN_PASSPORT: lambda n, _today: check_cn_passport(n),
    IdKind.FOREIGN_PASSPORT: lambda n, _today: check_foreign_passport(n),
    IdKind.HK_MACAO_PERMIT: lambda n, _today: check_hk_macao_permit(n),
    IdKind.TAIWAN_PERMIT: lambda n, _today: check_taiwan_permit(n),
    IdKind.EXIT_PERMIT_HK_MACAO: lambda n, _today: check_exit_permit(n),
    IdKind.MOBILE: lambda n, _today: check_mobile(n),
}


def check(number: str, kind: IdKind, today: date) -> IdCheck:
    """Check ``number`` as a number of ``kind``."""
    if kind is IdKind.UNKNOWN:
        return detect(number, today)
    return _CHECKERS[kind](number, today)


def _is_date(digits: str) -> bool:
    try:
        date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return True


_MOBILE_SHAPE = re.compile(r"(?:\+?86|0086)?1[0-9]{10}")
_RESIDENT_WRONG_LENGTH = re.compile(r"[0-9]{13,18}[0-9X]")


def _candidates(n: str) -> list[IdKind]:
    """The kinds a cleaned number may be, most likely first (the first one's reason is reported if none fits).

    Only kinds whose shape says what they are: a foreign passport (ICAO 9303: up to 9 letters and digits, no
    check digit outside the MRZ) looks like anything, so it is never guessed; the clerk chooses it."""
    digits = n.isascii() and n.isdigit()
    if len(n) == 18:
        body_digits = n[:17].isascii() and n[:17].isdigit()
        if body_digits and n[:2] in ("81", "82", "83"):
            return [IdKind.RESIDENCE_PERMIT, IdKind.USCC]
        if body_digits and n[0] == "9":
            if _is_date(n[6:14]):
                return [IdKind.FOREIGN_PERMANENT_RESIDENT, IdKind.USCC]
            return [IdKind.USCC, IdKind.FOREIGN_PERMANENT_RESIDENT]
        if body_digits:
            return [IdKind.RESIDENT_ID, IdKind.USCC]
        return [IdKind.USCC]
    if len(n) == 15:
        if digits:
            return [IdKind.RESIDENT_ID]
        if n[:3].isalpha():
            return [IdKind.FOREIGN_PERMANENT_RESIDENT]
    compact = normalize_mobile(n)
    if _MOBILE_SHAPE.fullmatch(n) or (compact.isdigit() and len(compact) == 11 and compact.startswith("1")):
        return [IdKind.MOBILE]
    if _RESIDENT_WRONG_LENGTH.fullmatch(n):
        return [IdKind.RESIDENT_ID]  # 14 to 19 digits: a 居民身份证 with a digit missing or doubled
    if n[:1] in ("H", "M") and n[1:].isdigit():
        return [IdKind.HK_MACAO_PERMIT]
    if n[:1] == "E" or n[:1] == "G" or (n[:1] in "DSP" and (n[1:].isdigit() or n[1:2] == "E")):
        return [IdKind.CN_PASSPORT]
    if n[:1] in ("C", "W") and len(n) == 9:
        return [IdKind.EXIT_PERMIT_HK_MACAO]
    if digits and len(n) in (8, 10):
        return [IdKind.TAIWAN_PERMIT]
    if len(n) == 11 and n[:10].isdigit():
        return [IdKind.TAIWAN_PERMIT]
    if digits and len(n) == 9 and n[:2] in ("14", "15"):
        return [IdKind.CN_PASSPORT]
    return []


def detect(number: str, today: date) -> IdCheck:
    """Guess the kind from the number's shape and check it.

    The one candidate that is valid wins. Valid as two kinds (a credit code that also reads as a 永居证), it is
    reported as ambiguous (``valid`` false, ``alternatives`` naming them) for the clerk to choose. If none is
    valid, the most likely candidate's result is returned (so an 18-digit number with a wrong check digit is
    reported as a 居民身份证 with that reason). A shape of no known kind is never taken for a passport.
    """
    n = clean(number)
    if not n:
        return invalid(IdKind.UNKNOWN, n, Message(m.EMPTY))
    kinds = _candidates(n)
    if not kinds:
        return invalid(IdKind.UNKNOWN, n, Message(m.UNRECOGNISED, length=len(n)))
    results = [check(n, k, today) for k in kinds]
    valid = [r for r in results if r.valid]
    if len(valid) > 1:
        names = join((Message(m.KIND_TEXTS[r.kind]) for r in valid), ENUMERATION)
        return IdCheck(
            valid=False,
            kind=IdKind.UNKNOWN,
            reason=Message(m.AMBIGUOUS, kinds=names),
            normalized=n,
            alternatives=tuple(r.kind for r in valid),
        )
    return valid[0] if valid else results[0]
