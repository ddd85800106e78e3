"""Case numbers (办件编号) unique without any server, with a check character that catches typing errors.

Format: ``CCCCCCCC-SSS-YYYYMMDD-NNNN-K``, e.g. ``41112201-S03-20261120-0007-N``:

- ``CCCCCCCC`` center code: exactly 8 digits (6-digit 行政区划代码 + 2-digit center serial), given by configuration;
- ``SSS`` station code: 1–6 digits or upper-case letters, given at device registration (unique within the center);
- ``YYYYMMDD`` the day of intake (China Standard Time);
- ``NNNN`` the station's daily sequence, 1–999999, at least 4 digits (the store keeps the counter, gap-free);
- ``K`` ONE check character over the 36 symbols 0-9 A-Z.

Unique across stations and days by construction (center + station + day + sequence). At most 33 characters
(GB/T 39046-2020 allows 50), and only digits, upper-case letters and '-', which a Code 128 scanner types back exactly.

The check character. ISO 7064 MOD 37,36 (the hybrid system) was considered and dropped: it misses some adjacent
transpositions of neighbouring symbols (e.g. "01" ↔ "10" after certain prefixes), which is exactly the commonest typing
error in a long run of digits. We use the Damm algorithm instead, over a totally anti-symmetric quasigroup of order 36:
the ring R = GF(4) × GF(9) (36 elements) with ``x * y = α·(x − y)``, α = (ω, 1 + i), where α and α − 1 are units of R.
``x * x = 0``, each row and column is a permutation (every single substitution is caught) and
``(c * x) * y = (c * y) * x`` only when ``x = y`` (every adjacent transposition is caught, the check character's
included); both properties are verified exhaustively in tests/domain/test_numbering.py. The check runs over the
characters without the separators; the fixed widths of the center code, the date and the check character mean a
separator typed in the wrong place breaks the format, so it is caught too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from govdesk.domain.messages import Message, join, translate
from govdesk.domain.transitions import DomainError

ALTERNATIVES = translate("CaseNumber", "{first} 或 {rest}", "numbering.alternatives")
CENTER_CODE = translate(
    "CaseNumber",
    "中心代码应为 8 位数字（6 位行政区划代码加 2 位中心序号）：{code!r}",
    "numbering.center_code",
)
STATION_CODE = translate("CaseNumber", "工位代码应为 1 至 6 位数字或大写字母：{code!r}", "numbering.station_code")
ITEM_CODE_BLANK = translate("CaseNumber", "事项编码不能为空或含有空格：{code!r}", "numbering.item_code_blank")
ITEM_CODE_TOO_LONG = translate("CaseNumber", "事项编码超过 {most} 个字符：{code}", "numbering.item_code_too_long")
NOT_A_CASE_NO = translate(
    "CaseNumber",
    "“{text}”不是有效的办件编号：请按“中心代码-工位代码-日期-序号-校验位”核对，例如 {example}",
    "numbering.not_a_case_no",
)
AMBIGUOUS = translate("CaseNumber", "“{text}”可以读作 {readings}：请带“-”输入完整的办件编号", "numbering.ambiguous")
SEQ_RANGE = translate("CaseNumber", "序号 {seq} 超出范围（1 至 999999）", "numbering.seq_range")
DAY_RANGE = translate("CaseNumber", "日期 {day} 超出范围", "numbering.day_range")
EMPTY = translate("CaseNumber", "办件编号为空", "numbering.empty")
TOO_LONG = translate("CaseNumber", "办件编号超过 {most} 个字符", "numbering.too_long")
BAD_CHARS = translate("CaseNumber", "办件编号含有不允许的字符：{chars}", "numbering.bad_chars")
FIVE_PARTS = translate(
    "CaseNumber",
    "办件编号应为“中心代码-工位代码-日期-序号-校验位”五段，例如 {example}",
    "numbering.five_parts",
)
DAY_DIGITS = translate("CaseNumber", "办件编号中的日期应为 8 位数字（年月日）：{day}", "numbering.day_digits")
SEQ_DIGITS = translate(
    "CaseNumber",
    "办件编号中的序号应为 4 至 6 位数字（不足 4 位前补 0）且不为 0：{seq}",
    "numbering.seq_digits",
)
CHECK_LENGTH = translate("CaseNumber", "办件编号的校验位应为 1 个字符：{check}", "numbering.check_length")
CHECK_FAILED = translate(
    "CaseNumber",
    "办件编号 {case_no} 校验不通过：可能有字输错或前后颠倒，请核对",
    "numbering.check_failed",
)
QR_INCOMPLETE = translate(
    "CaseNumber",
    "二维码内容不完整（应为 GD1|办件编号|类型|日期|摘要|密钥|签名），请重新扫描",
    "numbering.qr_incomplete",
)
BAD_CHAR = translate("CaseNumber", "字符 {char!r} 不能用于编号（只允许数字、大写字母和“-”）", "numbering.bad_char")
DAY_INVALID = translate("CaseNumber", "办件编号中的日期 {day} 不是有效的日期", "numbering.day_invalid")

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_CODE_LENGTH = 50  # GB/T 39046-2020: case numbers and item codes

_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


class NumberError(DomainError, ValueError):
    """A case number or code that is not valid (the message says why, in Chinese)."""


# --- GF(4) (elements 0..3 as polynomials over GF(2) mod x^2 + x + 1) and GF(9) (a + b·i, i^2 = -1, over GF(3)).


def _gf4_mul(a: int, b: int) -> int:
    r = 0
    for bit in range(2):
        if b >> bit & 1:
            r ^= a << bit
    if r & 0b100:
        r ^= 0b111
    return r


def _gf9_mul(a: int, b: int) -> int:
    a0, a1 = a % 3, a // 3
    b0, b1 = b % 3, b // 3
    return (a0 * b0 - a1 * b1) % 3 + 3 * ((a0 * b1 + a1 * b0) % 3)


def _gf9_sub(a: int, b: int) -> int:
    return (a % 3 - b % 3) % 3 + 3 * ((a // 3 - b // 3) % 3)


_ALPHA4 = 2  # ω: neither 0 nor 1 in GF(4)
_ALPHA9 = 1 + 3 * 1  # 1 + i: neither 0 nor 1 in GF(9)


def _op(x: int, y: int) -> int:
    """x * y = α·(x − y) in GF(4) × GF(9); symbol value v ↔ (v % 4, v // 4)."""
    d4 = (x % 4) ^ (y % 4)
    d9 = _gf9_sub(x // 4, y // 4)
    return _gf4_mul(_ALPHA4, d4) + 4 * _gf9_mul(_ALPHA9, d9)


#: The quasigroup's table: ``TABLE[interim][symbol]``.
TABLE: tuple[tuple[int, ...], ...] = tuple(tuple(_op(x, y) for y in range(36)) for x in range(36))


def check_character(body: str) -> str:
    """The Damm check character of ``body`` (digits and upper-case letters; '-' is skipped)."""
    interim = 0
    for ch in body:
        if ch == "-":
            continue
        try:
            interim = TABLE[interim][_VALUE[ch]]
        except KeyError:
            raise NumberError(Message(BAD_CHAR, char=ch)) from None
    return ALPHABET[interim]


def check_passes(text: str) -> bool:
    """Whether ``text`` (body + check character, separators anywhere) passes the Damm check."""
    try:
        return check_character(text) == "0"
    except NumberError:
        return False


_EXAMPLE = "41112201-S03-20261120-0007-N"
_CENTER = re.compile(r"[0-9]{8}")
_STATION = re.compile(r"[0-9A-Z]{1,6}")
_DAY = re.compile(r"[0-9]{8}")
_SEQ = re.compile(r"[0-9]{4,6}")
_SHAPE = re.compile(r"[0-9]{8}-[0-9A-Z]{1,6}-[0-9]{8}-[0-9]{4,6}-[0-9A-Z]")


@dataclass(frozen=True, slots=True)
class CaseNumber:
    center_code: str
    station_code: str
    day: date
    seq: int

    @property
    def body(self) -> str:
        return f"{self.center_code}-{self.station_code}-{self.day:%Y%m%d}-{self.seq:04d}"

    @property
    def check(self) -> str:
        return check_character(self.body)

    @property
    def text(self) -> str:
        return f"{self.body}-{self.check}"

    def __str__(self) -> str:
        return self.text

    @classmethod
    def make(cls, center_code: str, station_code: str, day: date, seq: int) -> str:
        """The case number text for the ``seq``-th case of ``station_code`` at ``center_code`` on ``day``."""
        _check_center(center_code)
        _check_station(station_code)
        if not 1 <= seq <= 999_999:
            raise NumberError(Message(SEQ_RANGE, seq=seq))
        if not 1000 <= day.year <= 9999:
            raise NumberError(Message(DAY_RANGE, day=day.isoformat()))
        return cls(center_code, station_code, day, seq).text

    @classmethod
    def parse(cls, text: str) -> CaseNumber:
        """Read a typed or scanned case number (surrounding spaces ignored, lower case accepted); ``NumberError``
        with a Chinese reason when it is not valid, before any search."""
        raw = text.strip().upper()
        if not raw:
            raise NumberError(Message(EMPTY))
        if len(raw) > MAX_CODE_LENGTH:
            raise NumberError(Message(TOO_LONG, most=MAX_CODE_LENGTH))
        bad = sorted({ch for ch in raw if ch != "-" and ch not in _VALUE})
        if bad:
            raise NumberError(Message(BAD_CHARS, chars=" ".join(repr(c) for c in bad)))
        parts = raw.split("-")
        if len(parts) != 5:
            raise NumberError(Message(FIVE_PARTS, example=_EXAMPLE))
        center, station, day_text, seq_text, check = parts
        _check_center(center)
        _check_station(station)
        if not _DAY.fullmatch(day_text):
            raise NumberError(Message(DAY_DIGITS, day=day_text))
        try:
            day = date(int(day_text[:4]), int(day_text[4:6]), int(day_text[6:]))
        except ValueError:
            raise NumberError(Message(DAY_INVALID, day=day_text)) from None
        if not _SEQ.fullmatch(seq_text) or int(seq_text) == 0 or seq_text != f"{int(seq_text):04d}":
            raise NumberError(Message(SEQ_DIGITS, seq=seq_text))
        if len(check) != 1:
            raise NumberError(Message(CHECK_LENGTH, check=check))
        number = cls(center, station, day, int(seq_text))
        if not check_passes(raw):
            raise NumberError(Message(CHECK_FAILED, case_no=raw))
        return number


def looks_like_case_no(text: str) -> bool:
    """Whether ``text`` has the shape of a case number (for choosing how to search; not a validity check)."""
    return bool(_SHAPE.fullmatch(text.strip().upper()))


def is_valid_case_no(text: str) -> bool:
    try:
        CaseNumber.parse(text)
    except NumberError:
        return False
    return True


def _check_center(code: str) -> None:
    if not _CENTER.fullmatch(code):
        raise NumberError(Message(CENTER_CODE, code=code))


def _check_station(code: str) -> None:
    if not _STATION.fullmatch(code):
        raise NumberError(Message(STATION_CODE, code=code))


def validate_item_code(code: str) -> str:
    """An item (事项) code as published: non-empty, at most 50 characters (GB/T 39046-2020), no spaces."""
    if not code or code != code.strip() or any(ch.isspace() for ch in code):
        raise NumberError(Message(ITEM_CODE_BLANK, code=code))
    if len(code) > MAX_CODE_LENGTH:
        raise NumberError(Message(ITEM_CODE_TOO_LONG, most=MAX_CODE_LENGTH, code=code))
    return code


# --- what a scanner (or a clerk) types into a look-up box ------------------------------------------------------

#: The first field of a notice's verification QR (printing/signing.py): ``GD1|<case_no>|<kind>|…``.
QR_PREFIX = "GD1|"
#: Dashes a keyboard, an input method or a copied text may give for '-' (NFKC leaves these as they are).
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_LOOSE = re.compile(r"[0-9]{8}-.*")  # starts like a case number: the center code, then a separator
_COMPACT = re.compile(r"[0-9]{8}[0-9A-Z]{14,21}")  # the same without separators: 22 to 29 characters


@dataclass(frozen=True, slots=True)
class ScannedCode:
    """A case number read off a notice, typed, or taken from its verification QR.

    ``case_no`` is the number as the numbering writes it (upper case, with its separators). ``qr_text`` is the QR's
    whole text when that was scanned: its signature is checked by ``printing.signing.NoticeVerifier``, outside the
    domain."""

    case_no: str
    qr_text: str = ""

    @property
    def from_qr(self) -> bool:
        return bool(self.qr_text)


def read_scanned_code(text: str, today: date | None = None) -> ScannedCode | None:
    """What a look-up box got, as a case number: from a Code 128 scan, a typed number with or without its '-'
    (any letter case, full-width characters, stray spaces, tabs or line ends), or a notice's QR (``GD1|…``).

    ``None`` when the text is not meant as a case number at all (a name, an ID number, a phone number: search
    those); ``NumberError`` with the reason in Chinese when it is meant as one but is wrong (so the clerk hears
    why, not "not found"). Without its separators a number may split in more than one valid way (a station of
    digits next to the date): only days from 2000 up to ``today`` (the caller's clock, China Standard Time) are
    read as its date, and a split still ambiguous is refused, asking for the number with its '-'."""
    raw = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    if raw.upper().startswith(QR_PREFIX):
        fields = raw.split("|")
        if len(fields) != 7 or not fields[1]:
            raise NumberError(Message(QR_INCOMPLETE))
        return ScannedCode(CaseNumber.parse(fields[1]).text, raw)
    squashed = "".join(raw.split()).upper()
    if _LOOSE.fullmatch(squashed):
        return ScannedCode(CaseNumber.parse(squashed).text)
    if _COMPACT.fullmatch(squashed):
        return ScannedCode(_split_compact(squashed, today))
    return None


_FIRST_DAY = date(2000, 1, 1)  # no case number is older (the numbering dates from 2026)


def _split_compact(text: str, today: date | None) -> str:
    """The one valid case number dated from 2000 to ``today`` whose characters, separators left out, are ``text``."""
    center, rest, check = text[:8], text[8:-1], text[-1]
    found: list[str] = []
    for seq_len in range(4, 7):
        for station_len in range(1, 7):
            if station_len + 8 + seq_len != len(rest):
                continue
            station, day, seq = rest[:station_len], rest[station_len : station_len + 8], rest[station_len + 8 :]
            candidate = f"{center}-{station}-{day}-{seq}-{check}"
            try:
                day_of = CaseNumber.parse(candidate).day
            except NumberError:
                continue
            if day_of >= _FIRST_DAY and (today is None or day_of <= today):
                found.append(candidate)
    if not found:
        raise NumberError(Message(NOT_A_CASE_NO, text=text, example=_EXAMPLE))
    if len(found) > 1:
        raise NumberError(Message(AMBIGUOUS, text=text, readings=join(found, ALTERNATIVES)))
    return found[0]
