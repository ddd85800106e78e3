"""Personal data masked in text bound for a file (issue 12): IDs in groups, 15-digit IDs, passports, permits, and
every ``extra`` field of a log record, nested values included; case numbers and other codes left whole."""

from __future__ import annotations

import logging

import pytest

from govdesk.domain.logmask import MaskingLogFilter, mask_in_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申请人 11010519491231002X 已受理", "申请人 110105********002X 已受理"),
        ("证件 110105 19491231 002X", "证件 110105********002X"),
        ("证件 1101-0519-4912-3100-2X", "证件 110105********002X"),
        ("旧证 110105491231002", "旧证 110105******002"),
        ("手机 +86 138 1234 5678", "手机 +86 138****5678"),
        ("护照 E12345678、EA1234567、G12345678", "护照 E******78、EA*****67、G******78"),
        ("港澳通行证 C12345678，回乡证 H1234567890", "港澳通行证 C******78，回乡证 H********90"),
        ("办件 41122101-S01-20261206-0007-R 已出件", "办件 41122101-S01-20261206-0007-R 已出件"),
        ("统一社会信用代码 91350100M000100Y43", "统一社会信用代码 91350100M000100Y43"),
        ("第 12 号窗口，共 3 件", "第 12 号窗口，共 3 件"),
    ],
)
def test_mask_in_text(text: str, expected: str) -> None:
    assert mask_in_text(text) == expected


def test_extra_fields_are_masked_all_the_way_down() -> None:
    record = logging.LogRecord("govdesk.test", logging.INFO, __file__, 1, "applicant %s", ("13812345678",), None)
    record.applicant = {"id": "110105 19491231 002X", "phones": ["13812345678"], "n": 3}
    record.note = ("E12345678",)
    assert MaskingLogFilter().filter(record)
    assert record.getMessage() == "applicant 138****5678"
    assert record.applicant == {"id": "110105********002X", "phones": ["138****5678"], "n": 3}
    assert record.note == ("E******78",)
