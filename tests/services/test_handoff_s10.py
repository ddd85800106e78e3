"""The EMS tracking number: UPU S10 check digit on known valid numbers, and every single-digit change refused."""

from __future__ import annotations

import pytest

from govdesk.domain.delivery import s10_check_digit, tracking_no_problem

# The UPU S10 example (Wikipedia "S10 (UPU standard)") and China Post numbers whose check digit is not 5.
KNOWN_VALID = ("AA473124829GB", "EA473124829CN", "EA000000014CN", "RR123456706CN")


def test_known_check_digits() -> None:
    assert s10_check_digit("47312482") == 9
    assert s10_check_digit("12345678") == 5  # remainder 6
    assert s10_check_digit("00000001") == 4  # sum 7: 11 - 7
    assert s10_check_digit("00000000") == 5  # sum 0: 11 -> 5
    assert s10_check_digit("12345670") == 6
    with pytest.raises(ValueError):
        s10_check_digit("1234567")


@pytest.mark.parametrize("number", [n for n in KNOWN_VALID if n.endswith("CN")])
def test_valid_numbers_pass(number: str) -> None:
    assert tracking_no_problem(number) == ""


@pytest.mark.parametrize("number", [n for n in KNOWN_VALID if n.endswith("CN")])
def test_every_single_digit_change_is_refused(number: str) -> None:
    changed = 0
    for pos in range(2, 11):
        for digit in "0123456789":
            if digit == number[pos]:
                continue
            wrong = number[:pos] + digit + number[pos + 1 :]
            assert tracking_no_problem(wrong) != "", wrong
            changed += 1
    assert changed == 81


def test_s10_weakness_with_check_digit_5_is_the_standards_own() -> None:
    """Remainders 0 and 6 both give check digit 5 (11 -> 5, and 11 - 6 = 5): S10 itself lets such a change pass."""
    assert tracking_no_problem("EA123456785CN") == ""
    assert tracking_no_problem("EA323456785CN") == ""  # 1 -> 3 in the first digit moves the remainder 6 -> 0


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "请填写"), ("EA47312482CN", "应为13位"), ("E1473124829CN", "格式"), ("EA473124829US", "格式"),
     ("EA473124828CN", "第11位应为9")],
)  # fmt: skip
def test_refusals_say_why(text: str, why: str) -> None:
    assert why in tracking_no_problem(text)
