"""Properties of the checksummed identity numbers, over generated valid numbers.

ISO 7064 MOD 11-2 (weights 2^k mod 11, all non-zero mod the prime 11, digit changes 1-9) and GB 32100 MOD 31
(weights 3^k mod 31, non-zero mod the prime 31, character changes 1-30) change the weighted sum by a non-zero
amount for any single substitution, so EVERY one-character change of a valid number must be refused.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.identity import IdCheck, IdKind, check, convert_legacy, detect
from govdesk.domain.identity.uscc import AUTHORITIES, ENTITY_TYPES
from govdesk.domain.regions import MAINLAND_PROVINCES
from tests.domain.test_identity import USCC_ALPHABET, resident_id, uscc

TODAY = date(2025, 6, 1)
DIGITS = "0123456789"

provinces = st.sampled_from(sorted(MAINLAND_PROVINCES))
four_digits = st.text(DIGITS, min_size=4, max_size=4).filter(lambda d: d != "0000")  # xx0000: a province
three_digits = st.text(DIGITS, min_size=3, max_size=3)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@st.composite
def resident_ids(draw: st.DrawFn, births: st.SearchStrategy[date] = birth_dates) -> str:
    return resident_id(draw(provinces) + draw(four_digits), draw(births), draw(three_digits))


@st.composite
def residence_permits(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(["810000", "820000", "830000"]))
    return resident_id(region, draw(birth_dates), draw(three_digits))


@st.composite
def foreign_permits(draw: st.DrawFn) -> str:
    return resident_id("9" + draw(provinces) + draw(three_digits), draw(birth_dates), draw(three_digits))


@st.composite
def credit_codes(draw: st.DrawFn) -> str:
    authority = draw(st.sampled_from(sorted(AUTHORITIES)))
    entity = draw(st.sampled_from(sorted(ENTITY_TYPES[authority])))
    region = draw(st.text(DIGITS, min_size=6, max_size=6))
    org = draw(st.text(USCC_ALPHABET, min_size=8, max_size=8))
    return uscc(authority + entity, region, org)


def _every_substitution(number: str, alphabet_at: list[str]) -> list[str]:
    return [
        number[:i] + c + number[i + 1 :] for i, alphabet in enumerate(alphabet_at) for c in alphabet if c != number[i]
    ]


GB11643_ALPHABETS = [DIGITS] * 17 + [DIGITS + "X"]


def _assert_all_substitutions_refused(number: str, kind: IdKind, alphabets: list[str]) -> None:
    mutants = _every_substitution(number, alphabets)
    assert len(mutants) == sum(len(a) - 1 for a in alphabets)
    accepted = [m for m in mutants if check(m, kind, TODAY).valid]
    assert accepted == [], f"{number}: accepted single-character changes {accepted[:5]}"


@given(resident_ids())
def test_generated_resident_ids_pass(number: str) -> None:
    result = check(number, IdKind.RESIDENT_ID, TODAY)
    assert result.valid, result.reason
    detected = detect(number, TODAY)
    if check(number, IdKind.USCC, TODAY).valid:  # about 1 in 550 real numbers also reads as a credit code
        assert detected.alternatives == (IdKind.RESIDENT_ID, IdKind.USCC) and not detected.valid
    else:
        assert detected == result
    assert result.sex == ("男" if int(number[16]) % 2 else "女")


@given(resident_ids())
def test_every_single_change_of_a_resident_id_is_refused(number: str) -> None:
    _assert_all_substitutions_refused(number, IdKind.RESIDENT_ID, GB11643_ALPHABETS)


@given(residence_permits())
def test_generated_residence_permits_pass_and_every_change_is_refused(number: str) -> None:
    result = detect(number, TODAY)
    if check(number, IdKind.USCC, TODAY).valid:  # a number that also reads as a credit code is ambiguous, as for IDs
        assert result.alternatives == (IdKind.RESIDENCE_PERMIT, IdKind.USCC) and not result.valid
    else:
        assert result.valid and result.kind is IdKind.RESIDENCE_PERMIT, result.reason
    _assert_all_substitutions_refused(number, IdKind.RESIDENCE_PERMIT, GB11643_ALPHABETS)


@given(foreign_permits())
def test_generated_foreign_permits_pass_and_every_change_is_refused(number: str) -> None:
    result = check(number, IdKind.FOREIGN_PERMANENT_RESIDENT, TODAY)
    assert result.valid, result.reason
    _assert_all_substitutions_refused(number, IdKind.FOREIGN_PERMANENT_RESIDENT, GB11643_ALPHABETS)


@given(credit_codes())
@settings(max_examples=60)
def test_generated_credit_codes_pass_and_every_change_is_refused(code: str) -> None:
    result = check(code, IdKind.USCC, TODAY)
    assert result.valid, result.reason
    _assert_all_substitutions_refused(code, IdKind.USCC, [USCC_ALPHABET] * 18)


@given(resident_ids(st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31))))
def test_legacy_15_digit_numbers_pass_and_round_trip(number18: str) -> None:
    legacy = number18[:6] + number18[8:17]
    assert convert_legacy(legacy) == number18
    result = detect(legacy, TODAY)
    assert result.valid, result.reason
    assert result.normalized == number18
    full = check(number18, IdKind.RESIDENT_ID, TODAY)
    assert (result.birth_date, result.sex, result.region) == (full.birth_date, full.sex, full.region)


@given(st.text(max_size=30), st.sampled_from(list(IdKind)))
def test_checks_never_raise_and_explain_every_refusal(text: str, kind: IdKind) -> None:
    for result in (check(text, kind, TODAY), detect(text, TODAY)):
        assert isinstance(result, IdCheck)
        assert result.valid == (result.reason == "")
