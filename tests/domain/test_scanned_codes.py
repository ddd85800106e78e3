"""What a scanner or a clerk types into a look-up box, read as a case number (``numbering.read_scanned_code``):
the Code 128's text, the number with or without its '-', in any case, full-width, with stray whitespace, and a
notice QR's text; everything else is left to the search by name, ID number or phone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.numbering import ALPHABET, CaseNumber, NumberError, ScannedCode, read_scanned_code

TODAY = date(2026, 12, 6)
REAL = "41122101-S01-20261206-0007-R"
WIDEST = CaseNumber.make("41122101", "ZZZZZZ", TODAY, 999_999)


def test_the_real_number_in_every_form_a_scanner_or_a_clerk_gives() -> None:
    assert CaseNumber.parse(REAL).text == REAL
    forms = [
        REAL,
        REAL.lower(),
        REAL.replace("-", ""),
        REAL.replace("-", "").lower(),
        f"  {REAL}\r\n",
        "\t" + REAL.replace("-", " - ") + " ",
        "４１１２２１０１－Ｓ０１－２０２６１２０６－０００７－ｒ",  # full-width, from an input method
        REAL.replace("-", "\u2014"),  # an em dash
    ]
    for text in forms:
        assert read_scanned_code(text, TODAY) == ScannedCode(REAL), text


def test_the_longest_number_reads_without_its_separators() -> None:
    assert len(WIDEST) == 33
    assert read_scanned_code(WIDEST.replace("-", ""), TODAY) == ScannedCode(WIDEST)


def test_the_notice_qr_gives_its_case_number_and_keeps_the_text_to_verify() -> None:
    qr = f"GD1|{REAL}|ACC|20261206|0123456789abcdef|1a2b3c4d|c2lnbmF0dXJl"
    code = read_scanned_code(f" {qr}\n", TODAY)
    assert code == ScannedCode(REAL, qr) and code.from_qr
    with pytest.raises(NumberError, match="二维码内容不完整"):
        read_scanned_code("GD1|" + REAL, TODAY)
    with pytest.raises(NumberError, match="校验不通过"):
        read_scanned_code(qr.replace("0007-R", "0007-S"), TODAY)


@pytest.mark.parametrize(
    "text", ["王建国", "王", "440524188001010014", "11010519491231002", "13800001234", "0398-4812345", "HELLOWORLD"]
)
def test_names_ids_and_phones_are_left_to_the_search(text: str) -> None:
    assert read_scanned_code(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("41122101-S01-20261206-0007-S", "校验不通过"),  # a wrong check character
        ("41122101-S01-20261206-0070-R", "校验不通过"),  # digits swapped
        ("41122101-S01-20261306-0007-R", "不是有效的日期"),
        ("41122101S0120261206 0007S", "不是有效的办件编号"),  # without '-' and wrong
    ],
)
def test_a_wrong_case_number_says_why(text: str, why: str) -> None:
    with pytest.raises(NumberError, match=why):
        read_scanned_code(text, TODAY)


def test_a_split_dated_in_the_future_is_not_read_and_one_still_ambiguous_asks_for_separators() -> None:
    # station "329320", day 2607-07-13 or station "3293", day 2026-07-07: both are valid numbers
    later = CaseNumber.make("41122101", "329320", date(2607, 7, 13), 8162)
    meant = CaseNumber.make("41122101", "3293", date(2026, 7, 7), 138162)
    assert later.replace("-", "") == meant.replace("-", "")
    assert read_scanned_code(meant.replace("-", ""), TODAY) == ScannedCode(meant)
    with pytest.raises(NumberError, match="请带“-”输入"):
        read_scanned_code(meant.replace("-", ""))  # without a clock both are possible
    assert read_scanned_code(later, TODAY) == ScannedCode(later)  # with its '-' it is what it says


numbers = st.builds(
    CaseNumber.make,
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.text(alphabet=ALPHABET, min_size=1, max_size=6),
    st.dates(date(2026, 1, 1), TODAY),
    st.integers(1, 999_999),
)


@settings(max_examples=300)
@given(number=numbers, lower=st.booleans(), spaces=st.sampled_from(["", " ", "\t", "\n"]))
def test_any_issued_number_reads_back_with_or_without_separators(number: str, lower: bool, spaces: str) -> None:
    for text in (number, number.replace("-", "")):
        typed = spaces + (text.lower() if lower else text) + spaces
        assert read_scanned_code(typed, TODAY) == ScannedCode(number)
