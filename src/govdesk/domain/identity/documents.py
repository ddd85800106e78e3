"""Travel documents and mobile numbers: format checks only (these numbers carry no check character).

Formats (国家移民管理局《出入境证件简明手册》 and 公安部出入境管理局 2010 notice on 回乡证 numbers):
- 中国护照: "E" + 8 digits (电子普通护照 until April 2017), "E" + a letter other than I/O + 7 digits (since);
  older forms "G" + 8 digits (普通护照 before 2012), "D"/"S"/"P" + 7 or 8 digits (外交/公务/公务普通),
  "DE"/"SE"/"PE" + 7 digits (their electronic forms), "14"/"15" + 7 digits (old 因私护照).
- 外国护照: ICAO Doc 9303 Part 4 (machine readable passports) gives the document number 9 positions of the
  MRZ, letters A-Z and digits 0-9 (shorter numbers are padded with the filler '<'). We accept 6 to 9 letters
  and digits with at least one digit: every passport series we know of has digits, and "12345" or "HELLOWORLD"
  are typing or choosing errors. A longer number (continued in the MRZ's optional data, Note j) is refused with
  that explanation. Nothing more can be known without the issuing State.
- 港澳居民来往内地通行证: "H" (Hong Kong) or "M" (Macao) + 8 digits of the lifelong number, optionally
  followed by the 2-digit renewal count printed on the card.
- 台湾居民来往大陆通行证: 8 digits (since 2015), or the older 10 characters (10 digits, sometimes followed by
  a letter for the issuing office in brackets, e.g. "0561682001(D)").
- 往来港澳通行证: "C" + 8 characters (electronic card, since 2014), older "W" + 8 digits.
"""

from __future__ import annotations

import re

from govdesk.domain.identity import messages as m
from govdesk.domain.identity.model import IdCheck, IdKind, clean, invalid, show
from govdesk.domain.messages import Message

_CN_PASSPORT = (
    re.compile(r"E[0-9]{8}"),
    re.compile(r"E[A-HJ-NP-Z][0-9]{7}"),
    re.compile(r"G[0-9]{8}"),
    re.compile(r"[DSP][0-9]{7,8}"),
    re.compile(r"[DSP]E[0-9]{7}"),
    re.compile(r"1[45][0-9]{7}"),
)
#: ICAO 9303 Part 4: the document number field of the MRZ holds 9 characters.
ICAO_NUMBER_MAX = 9
FOREIGN_PASSPORT_MIN = 6
_HK_MACAO = re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?")
_TAIWAN = (re.compile(r"[0-9]{8}"), re.compile(r"[0-9]{10}(?:[A-Z]|\([A-Z]\))?"))
_EXIT_PERMIT = (re.compile(r"C[0-9A-Z][0-9]{7}"), re.compile(r"W[0-9]{8}"))


def _ok(kind: IdKind, n: str, note: str = "") -> IdCheck:
    return IdCheck(valid=True, kind=kind, reason="", normalized=n, note=note)


def _first_bad(n: str, allowed: str) -> int | None:
    for i, c in enumerate(n):
        if c not in allowed:
            return i
    return None


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"


def check_cn_passport(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.CN_PASSPORT
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    if any(p.fullmatch(n) for p in _CN_PASSPORT):
        return _ok(kind, n)
    bad = _first_bad(n, _ALNUM)
    if bad is not None:
        return invalid(kind, n, Message(m.NOT_ALNUM, position=bad + 1, actual=show(n[bad])))
    if n[0] == "E":
        if len(n) != 9:
            return invalid(kind, n, Message(m.PASSPORT_E_LENGTH, actual=len(n)))
        if n[1] in "IO":
            return invalid(kind, n, Message(m.PASSPORT_E_LETTER, letter=n[1]))
        bad = _first_bad(n[2:], _DIGITS)
        pos = 3 if bad is None else bad + 3
        return invalid(kind, n, Message(m.NOT_DIGIT, position=pos, actual=n[pos - 1]))
    return invalid(kind, n, Message(m.PASSPORT_FORMAT))


def check_foreign_passport(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.FOREIGN_PASSPORT
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    bad = _first_bad(n, _ALNUM)
    if bad is not None:
        return invalid(kind, n, Message(m.NOT_ALNUM, position=bad + 1, actual=show(n[bad])))
    if len(n) > ICAO_NUMBER_MAX:
        return invalid(kind, n, Message(m.FOREIGN_PASSPORT_TOO_LONG, max=ICAO_NUMBER_MAX, actual=len(n)))
    if len(n) < FOREIGN_PASSPORT_MIN:
        return invalid(
            kind, n, Message(m.FOREIGN_PASSPORT_LENGTH, min=FOREIGN_PASSPORT_MIN, max=ICAO_NUMBER_MAX, actual=len(n))
        )
    if not any(c in _DIGITS for c in n):
        return invalid(kind, n, Message(m.FOREIGN_PASSPORT_NO_DIGIT))
    return _ok(kind, n, Message(m.FOREIGN_PASSPORT_NOTE))


def check_hk_macao_permit(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.HK_MACAO_PERMIT
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    if _HK_MACAO.fullmatch(n):
        note = Message(m.HK_MACAO_NOTE, renewals=n[9:], lifelong=n[:9]) if len(n) == 11 else ""
        return _ok(kind, n, note)
    if n[0] not in "HM":
        return invalid(kind, n, Message(m.HK_MACAO_FIRST, actual=show(n[0])))
    bad = _first_bad(n[1:], _DIGITS)
    if bad is not None:
        return invalid(kind, n, Message(m.NOT_DIGIT, position=bad + 2, actual=show(n[bad + 1])))
    return invalid(kind, n, Message(m.HK_MACAO_LENGTH, actual=len(n)))


def check_taiwan_permit(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.TAIWAN_PERMIT
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    if _TAIWAN[0].fullmatch(n):
        return _ok(kind, n)
    if _TAIWAN[1].fullmatch(n):
        stored = n.replace("(", "").replace(")", "")
        return _ok(kind, stored, Message(m.TAIWAN_OLD_NOTE))
    bad = _first_bad(n, _DIGITS)
    if bad is not None and bad < 10:
        return invalid(kind, n, Message(m.NOT_DIGIT, position=bad + 1, actual=show(n[bad])))
    return invalid(kind, n, Message(m.TAIWAN_LENGTH, actual=len(n)))


def check_exit_permit(number: str) -> IdCheck:
    n = clean(number)
    kind = IdKind.EXIT_PERMIT_HK_MACAO
    if not n:
        return invalid(kind, n, Message(m.EMPTY))
    if any(p.fullmatch(n) for p in _EXIT_PERMIT):
        return _ok(kind, n, Message(m.EXIT_OLD_NOTE) if n[0] == "W" else "")
    if n[0] not in "CW":
        return invalid(kind, n, Message(m.EXIT_FIRST, actual=show(n[0])))
    if len(n) != 9:
        return invalid(kind, n, Message(m.EXIT_LENGTH, actual=len(n)))
    if n[0] == "C" and n[1] not in _ALNUM:
        return invalid(kind, n, Message(m.EXIT_SECOND, actual=show(n[1])))
    start = 2 if n[0] == "C" else 1
    bad = _first_bad(n[start:], _DIGITS)
    pos = start if bad is None else start + bad
    return invalid(kind, n, Message(m.NOT_DIGIT, position=pos + 1, actual=show(n[pos])))


def normalize_mobile(number: str) -> str:
    """Spaces, dashes and brackets removed; a +86 / 0086 / 86 country prefix dropped from a 13-digit number."""
    n = clean(number)
    for ch in "-()":
        n = n.replace(ch, "")
    for prefix in ("+86", "0086", "86"):
        if n.startswith(prefix) and len(n) - len(prefix) == 11:
            return n[len(prefix) :]
    return n


def check_mobile(number: str) -> IdCheck:
    """Mainland mobile number: 11 digits starting 13-19."""
    n = normalize_mobile(number)
    kind = IdKind.MOBILE
    if not n:
        return invalid(kind, n, Message(m.MOBILE_EMPTY))
    bad = _first_bad(n, _DIGITS)
    if bad is not None:
        return invalid(kind, n, Message(m.MOBILE_NOT_DIGIT, position=bad + 1, actual=show(n[bad])))
    if len(n) != 11:
        return invalid(kind, n, Message(m.MOBILE_LENGTH, actual=len(n)))
    if n[0] != "1" or n[1] not in "3456789":
        return invalid(kind, n, Message(m.MOBILE_PREFIX, actual=n[:2]))
    return _ok(kind, n)
