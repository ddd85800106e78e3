"""Case numbers: format, uniqueness across stations and days, and a check character that catches every single
substitution and adjacent transposition."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.numbering import (
    ALPHABET,
    MAX_CODE_LENGTH,
    TABLE,
    CaseNumber,
    NumberError,
    check_character,
    check_passes,
    is_valid_case_no,
    looks_like_case_no,
    validate_item_code,
)

DAY = date(2026, 11, 20)


def test_make_and_parse() -> None:
    text = CaseNumber.make("41112201", "S03", DAY, 7)
    assert text == "41112201-S03-20261120-0007-N"
    n = CaseNumber.parse(text)
    assert (n.center_code, n.station_code, n.day, n.seq) == ("41112201", "S03", DAY, 7)
    assert CaseNumber.parse("  " + text.lower() + "\n") == n  # typed in lower case, with spaces
    assert str(n) == text and looks_like_case_no(text) and is_valid_case_no(text)


def test_longest_number_fits_and_uses_only_scanner_safe_characters() -> None:
    text = CaseNumber.make("99999999", "ZZZZZZ", date(9999, 12, 31), 999_999)
    assert len(text) <= MAX_CODE_LENGTH
    assert set(text) <= set(ALPHABET) | {"-"}
    assert CaseNumber.parse(text).seq == 999_999


def test_quasigroup_is_totally_antisymmetric_exhaustively() -> None:
    n = len(ALPHABET)
    for row in TABLE:  # every row is a permutation
        assert sorted(row) == list(range(n))
    for col in range(n):  # every column is a permutation
        assert sorted(TABLE[r][col] for r in range(n)) == list(range(n))
    assert all(TABLE[x][x] == 0 for x in range(n))
    for c, x, y in itertools.product(range(n), repeat=3):
        if x != y:
            assert TABLE[TABLE[c][x]][y] != TABLE[TABLE[c][y]][x], (c, x, y)


def test_unique_across_stations_and_days() -> None:
    numbers = {
        CaseNumber.make(center, station, DAY + timedelta(days=d), seq)
        for center in ("41112201", "41112202")
        for station in ("S01", "S03", "07", "S0", "1")
        for d in range(40)
        for seq in range(1, 30)
    }
    assert len(numbers) == 2 * 5 * 40 * 29
    for text in itertools.islice(numbers, 500):
        assert CaseNumber.parse(text).text == text


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "为空"),
        ("41112201-S03-20261120-0007", "五段"),
        ("4111220-S03-20261120-0007-N", "中心代码"),
        ("41112201-S 3-20261120-0007-N", "不允许的字符"),
        ("41112201-S03-20261131-0007-N", "不是有效的日期"),
        ("41112201-S03-2026112-0007-N", "8 位数字"),
        ("41112201-S03-20261120-007-N", "序号"),
        ("41112201-S03-20261120-00007-N", "序号"),
        ("41112201-S03-20261120-0000-N", "序号"),
        ("41112201-S03-20261120-0007-NN", "校验位"),
        ("41112201-S03-20261120-0007-M", "校验不通过"),
        ("41112201-S03-20261120-0070-N", "校验不通过"),
        ("41112201-S03-2026112-00007-N", "8 位数字"),  # a separator in the wrong place
        ("41112201-S032-0261120-0007-N", "8 位数字"),
        ("41112201-S03-20261120-000-7N", "序号"),
        ("4" * 51, "50"),
    ],
)
def test_parse_refuses_with_chinese_reason(text: str, why: str) -> None:
    with pytest.raises(NumberError, match=why):
        CaseNumber.parse(text)
    assert not is_valid_case_no(text)


@pytest.mark.parametrize(
    ("center", "station", "seq"),
    [("4111220", "S03", 1), ("41112201", "s03", 1), ("41112201", "", 1), ("41112201", "S03", 0), ("4111220A", "S", 1)],
)
def test_make_refuses(center: str, station: str, seq: int) -> None:
    with pytest.raises(NumberError):
        CaseNumber.make(center, station, DAY, seq)


numbers = st.builds(
    CaseNumber.make,
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.text(alphabet=ALPHABET, min_size=1, max_size=6),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    st.integers(1, 999_999),
)


@settings(max_examples=300)
@given(text=numbers, pos=st.integers(0, 40), sub=st.sampled_from(ALPHABET))
def test_every_single_substitution_is_caught(text: str, pos: int, sub: str) -> None:
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    i = positions[pos % len(positions)]
    if text[i] == sub:
        return
    typo = text[:i] + sub + text[i + 1 :]
    assert not check_passes(typo)
    assert not is_valid_case_no(typo)


@settings(max_examples=300)
@given(text=numbers, pos=st.integers(0, 40))
def test_every_adjacent_transposition_is_caught(text: str, pos: int) -> None:
    i = pos % (len(text) - 1)
    if text[i] == text[i + 1]:
        return
    typo = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    assert not is_valid_case_no(typo)  # by the check character, or by the format when a '-' moved


def test_all_substitutions_and_transpositions_of_one_number() -> None:
    text = CaseNumber.make("41112201", "S03", DAY, 1)
    body = text.replace("-", "")
    for i, sub in itertools.product(range(len(body)), ALPHABET):
        if body[i] != sub:
            assert not check_passes(body[:i] + sub + body[i + 1 :])
    for i in range(len(body) - 1):
        if body[i] != body[i + 1]:
            assert not check_passes(body[:i] + body[i + 1] + body[i] + body[i + 2 :])


def test_iso7064_mod_37_36_would_miss_a_transposition() -> None:
    """Why not MOD 37,36 (module docstring): a transposition of neighbouring digits it does not see."""

    def mod3736_valid(s: str) -> bool:
        p = 36
        for ch in s[:-1]:
            p = 2 * ((p + ALPHABET.index(ch)) % 36 or 36) % 37
        return (p + ALPHABET.index(s[-1])) % 36 == 1

    def mod3736_check(s: str) -> str:
        p = 36
        for ch in s:
            p = 2 * ((p + ALPHABET.index(ch)) % 36 or 36) % 37
        return ALPHABET[(37 - p) % 36]

    missed = [
        good
        for prefix in ("4111", "2026", "0007", "S03")
        for a, b in itertools.product("0123456789", repeat=2)
        if a != b and mod3736_valid(f"{prefix}{b}{a}" + mod3736_check(good := f"{prefix}{a}{b}"))
    ]
    assert missed  # e.g. a "01" typed as "10" after some prefixes
    assert not any(check_passes(m[:-2] + m[-1] + m[-2] + check_character(m)) for m in missed)
    assert check_character("A-B") == check_character("AB")


def test_item_codes() -> None:
    assert validate_item_code("11410000005184716L4000117002001") == "11410000005184716L4000117002001"
    for bad in ("", " X", "A B", "1" * 51):
        with pytest.raises(NumberError):
            validate_item_code(bad)
    with pytest.raises(NumberError, match="不能用于编号"):
        check_character("a")
