"""Finding cases by what the clerk types: a case number, an ID number, the start of a name, or a phone number.

Every look-up is served by an index (``tests/store/test_search.py`` checks EXPLAIN QUERY PLAN). Names are
matched by PREFIX with a range condition on the binary-collated index (``name >= :p AND name < :p || U+10FFFF``):
SQLite cannot use an ordinary index for ``LIKE 'p%'`` unless ``case_sensitive_like`` is on.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from govdesk.domain.numbering import looks_like_case_no

#: Sorts after every real character, so ``p <= name < p + MAX_CHAR`` is exactly "name starts with p".
MAX_CHAR = "\U0010ffff"
DEFAULT_LIMIT = 50

_COLUMNS = "case_id, case_no, applicant_name, state, item_codes, received_at"
SQL_BY_CASE_NO = f"SELECT {_COLUMNS} FROM cases WHERE case_no = :v"
SQL_BY_ID_NUMBER = f"SELECT {_COLUMNS} FROM cases WHERE applicant_id_number = :v ORDER BY received_at DESC LIMIT :limit"
SQL_BY_PHONE = f"SELECT {_COLUMNS} FROM cases WHERE applicant_phone = :v ORDER BY received_at DESC LIMIT :limit"
SQL_BY_NAME_PREFIX = (
    f"SELECT {_COLUMNS} FROM cases WHERE applicant_name >= :lo AND applicant_name < :hi "
    "ORDER BY applicant_name LIMIT :limit"
)

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u00b7\u2022]")
_DIGIT = re.compile(r"\d")
_PHONE = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")
_PERSON_ID = re.compile(r"^(\d{17}[\dX]|\d{15})$")
_CREDIT_CODE = re.compile(r"^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$")  # GB 32100


class QueryKind(StrEnum):
    CASE_NO = "case_no"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    NAME = "name"


class CaseSummary(NamedTuple):
    """A light row for lists and search results (the full case is ``Store.load_case``).

    A plain tuple of the stored text, built straight from the SQLite row (look-ups must stay within a small
    factor of raw SQLite): ``item_codes`` and ``received_at`` are parsed only when read.
    """

    case_id: str
    case_no: str
    applicant_name: str
    state: str
    item_codes_text: str  # comma-separated
    received_at_text: str  # ISO 8601, UTC

    @property
    def item_codes(self) -> tuple[str, ...]:
        return tuple(code for code in self.item_codes_text.split(",") if code)

    @property
    def received_at(self) -> datetime:
        return datetime.fromisoformat(self.received_at_text)


def normalize(query: str) -> str:
    return query.strip().replace(" ", "").upper() if _DIGIT.search(query) else query.strip()


def classify(query: str) -> list[QueryKind]:
    """Which look-ups to try, most likely first, by the shape of the text (the first that finds something wins)."""
    value = normalize(query)
    if not value:
        return []
    if _CJK.search(value) or not _DIGIT.search(value):
        return [QueryKind.NAME]
    if looks_like_case_no(value):
        return [QueryKind.CASE_NO]
    if _PHONE.match(value):
        return [QueryKind.PHONE, QueryKind.CASE_NO]
    if _PERSON_ID.match(value) or _CREDIT_CODE.match(value):
        return [QueryKind.ID_NUMBER, QueryKind.CASE_NO]
    return [QueryKind.CASE_NO, QueryKind.ID_NUMBER]


def statement(kind: QueryKind, value: str, limit: int) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters of one look-up."""
    if kind is QueryKind.CASE_NO:
        return SQL_BY_CASE_NO, {"v": value}
    if kind is QueryKind.ID_NUMBER:
        return SQL_BY_ID_NUMBER, {"v": value, "limit": limit}
    if kind is QueryKind.PHONE:
        return SQL_BY_PHONE, {"v": value, "limit": limit}
    return SQL_BY_NAME_PREFIX, {"lo": value, "hi": value + MAX_CHAR, "limit": limit}
