"""居民身份证 numbers checked against an independent validator, python-stdnum's ``stdnum.cn.ric`` (its own MOD 11-2,
date and GB/T 2260 place code), over numbers hypothesis builds from real and made-up parts.

Where govdesk deliberately differs, the difference is spelled out here, and only there:
- stdnum refuses a number whose county was not in use in its holder's BIRTH year; but the code is the address at
  registration, not at birth (GB 11643-1999 §5.1), so govdesk accepts any code that ever existed, and only warns
  about a code never in the table;
- govdesk refuses a province-level code ``xx0000`` (no person's), 71/81/82 (other documents than this card), a
  birth after today or before 1800, and warns about one before 1900.
"""

from __future__ import annotations

import os
from datetime import date

import stdnum
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import InvalidComponent, ValidationError

from govdesk.domain.identity import IdKind, check

TODAY = date(2026, 12, 6)
NOT_THIS_CARD = {"71", "81", "82"}


def _county_codes() -> list[str]:
    codes, province = [], ""
    with open(os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat"), encoding="utf-8") as fh:
        for line in fh:
            if line[:1].isdigit():
                province = line[:2]
            elif line.startswith("  ") and line[2:6].isdigit():
                codes.append(province + line[2:6])
    return codes


COUNTIES = _county_codes()


def stdnum_check(number: str) -> str:
    """The check character stdnum computes (it takes a full number and ignores the last character)."""
    return str(ric.calc_check_digit(number[:17] + "0"))


def expected_valid(number: str) -> bool:
    """What govdesk must answer, from stdnum plus the documented differences."""
    try:
        ric.validate(number)
    except (InvalidComponent, KeyError):  # stdnum 2.2 raises KeyError for a known province's unknown county
        try:
            ric.get_birth_date(number)
        except (InvalidComponent, ValueError):
            return False  # no such date
        # stdnum refused the place (unknown, or not in use in the birth year): govdesk decides by its policy
    except ValidationError:
        return False
    province = numdb.get("cn/loc").info(number[:2])[0][1].get("province")
    born = ric.get_birth_date(number)
    return (
        province is not None
        and number[:2] not in NOT_THIS_CARD
        and number[2:6] != "0000"
        and date(1800, 1, 1) <= born <= TODAY
    )


def county_known(code: str) -> bool:
    info = numdb.get("cn/loc").info(code)
    return len(info) == 2 and bool(info[1][1].get("county"))


digits = st.text("0123456789", min_size=1, max_size=1)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    region = draw(st.one_of(st.sampled_from(COUNTIES), st.text("0123456789", min_size=6, max_size=6)))
    day = draw(
        st.one_of(
            st.dates(date(1780, 1, 1), date(2030, 12, 31)).map(lambda d: d.strftime("%Y%m%d")),
            st.text("0123456789", min_size=8, max_size=8),
        )
    )
    body = region + day + draw(st.text("0123456789", min_size=3, max_size=3))
    good = stdnum_check(body + "0")
    last = draw(st.one_of(st.just(good), st.sampled_from("0123456789X")))
    return body + last


@settings(max_examples=1500)
@given(numbers())
def test_govdesk_agrees_with_stdnum_cn_ric(number: str) -> None:
    ours = check(number, IdKind.RESIDENT_ID, TODAY)
    assert ours.valid == expected_valid(number), (number, ours.reason, ours.warning)
    if ours.valid:
        assert ours.birth_date == ric.get_birth_date(number)
        assert (ours.warning != "" and "不在 GB/T 2260" in ours.warning) == (not county_known(number[:6]))
    elif number[-1] != stdnum_check(number) and len(number) == 18:
        assert ours.reason, number


def test_the_standards_example_and_stdnum_differ_only_by_the_documented_policy() -> None:
    example = "440524188001010014"  # GB 11643-1999: 潮阳县 (1983-1993), born 1880
    try:
        ric.validate(example)
    except InvalidComponent:
        pass  # stdnum: the county did not exist in 1880
    else:  # pragma: no cover - stdnum changed its policy: the documented difference is gone
        raise AssertionError("stdnum now accepts the example: update the documented difference")
    assert ric.calc_check_digit(example) == example[-1]
    assert check(example, IdKind.RESIDENT_ID, TODAY).valid
