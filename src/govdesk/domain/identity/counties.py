"""County-level address codes (GB/T 2260 行政区划代码) with their history, for the first six digits of a
公民身份号码 (GB 11643-1999 §5.1: 常住户口所在县（市、旗、区）的行政区划代码).

The table is python-stdnum's ``cn/loc`` list (drawn from the GB/T 2260 tables published since 1980, each name
marked with the years it was in use, e.g. ``[1983-1993]潮阳县``). A number keeps the code it was issued with
after a county is merged or renamed, so a code that existed at ANY time is a real one; a code never in the table
is only a warning (the list can lag behind a new county), and a province-level code ``xx0000`` is no person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from stdnum import numdb

_PERIOD = re.compile(r"\[(\d{4})?-(\d{4})?\](.*)")


@dataclass(frozen=True, slots=True)
class CountyName:
    """One name a code had, and the years it was in use (None: open)."""

    name: str
    first_year: int | None = None
    last_year: int | None = None

    def describe(self) -> str:
        if self.first_year is None and self.last_year is None:
            return self.name
        return f"{self.name}（{self.first_year or ''}–{self.last_year or ''}年）"


@dataclass(frozen=True, slots=True)
class County:
    code: str
    province: str
    names: tuple[CountyName, ...]

    @property
    def current(self) -> bool:
        """Whether the code is still in use (a name without an end year)."""
        return any(n.last_year is None for n in self.names)

    def describe(self) -> str:
        return "、".join(n.describe() for n in self.names)


def is_province_level(code: str) -> bool:
    """``xx0000``: the code of a whole province, never a person's address code."""
    return len(code) == 6 and code.isdigit() and code[2:] == "0000"


@cache
def county(code: str) -> County | None:
    """The county ``code`` (6 digits) names in GB/T 2260 at any time, or None if it never existed."""
    if len(code) != 6 or not code.isdigit():
        return None
    parts = numdb.get("cn/loc").info(code)
    if len(parts) != 2:
        return None
    province = parts[0][1].get("province", "")
    raw = parts[1][1].get("county", "")
    if not province or not raw:
        return None
    names = []
    for item in raw.split(","):
        m = _PERIOD.fullmatch(item)
        if m is None:
            names.append(CountyName(item))
        else:
            first, last, name = m.groups()
            names.append(CountyName(name, int(first) if first else None, int(last) if last else None))
    return County(code, province, tuple(names))
