"""Find service items as a clerk types: by name, code, keyword, full pinyin or pinyin initials.

``CatalogIndex(catalog)`` precomputes, once per item, the lower-case name and code, the phrase-aware pinyin
(pypinyin's ``lazy_pinyin``, so 银行 is "yinhang", not "yinxing") and its initials, and the same for every keyword.
A query is then a handful of ``str`` comparisons per item: well under 10 ms over 2,000 items.

Ranking tiers (higher first; ``boost`` is added on top, so the UI can lift recent or frequent items):

====  ===============================================================
100   the exact name or code
 90   name prefix ("个体" → 个体工商户设立登记)
 85   code prefix ("scjg-01")
 80   pinyin initials or full pinyin prefix ("gtgsh", "getigongshanghu")
 60   name substring
 55   pinyin initials or full pinyin substring
 50   code substring
 45   a keyword exactly ("社保卡")
 40   a keyword's substring or pinyin prefix ("kaidian" → 开店)
 30   the department's name contains the query ("民政")
====  ===============================================================

Within a tier shorter names come first (the more specific item), then catalog order. Spaces in the query are
ignored; a query mixing characters and letters ("个体gongshang", "个体gsh") is converted to pinyin and initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import cast

from pypinyin import lazy_pinyin

from govdesk.domain.catalog import Catalog, ServiceItem

__all__ = ["CatalogIndex", "SearchHit", "to_pinyin"]

_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class SearchHit:
    item: ServiceItem
    score: float
    matched: str  # what matched, for the UI: "名称", "编码", "拼音首字母", "全拼", "关键词：开店", "部门"


def _split_chars(text: str) -> list[str]:
    return list(text)


def to_pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of ``text``, lower case, letters and digits only; phrase-aware for heteronyms.

    Characters that are not Chinese are kept one by one, so "A证" gives ("azheng", "az")."""
    # pypinyin accepts a list from ``errors`` (one token per character); its stub only says ``str``.
    tokens = lazy_pinyin(text, errors=cast("Callable[[str], str]", _split_chars))
    full = "".join(t.lower() for t in tokens if t.isalnum())
    initials = "".join(t[0].lower() for t in tokens if t and t[0].isalnum())
    return full, initials


def _normalize(text: str) -> str:
    return _SPACES.sub("", text).lower()


@dataclass(frozen=True, slots=True)
class _Keyword:
    text: str
    full: str
    initials: str


@dataclass(frozen=True, slots=True)
class _Entry:
    order: int
    item: ServiceItem
    name: str
    code: str
    full: str
    initials: str
    keywords: tuple[_Keyword, ...]
    department_code: str
    department_name: str


class CatalogIndex:
    """A search index over one catalog version. Build it once; ``search`` is cheap."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        entries: list[_Entry] = []
        for order, item in enumerate(catalog.items):
            name = _normalize(item.name)
            full, initials = to_pinyin(name)
            keywords = tuple(_Keyword(_normalize(k), *to_pinyin(_normalize(k))) for k in item.keywords)
            entries.append(
                _Entry(
                    order=order,
                    item=item,
                    name=name,
                    code=item.code.lower(),
                    full=full,
                    initials=initials,
                    keywords=keywords,
                    department_code=item.department.code.lower(),
                    department_name=item.department.name,
                )
            )
        self._entries = tuple(entries)

    def search(
        self,
        query: str,
        *,
        department: str | None = None,
        limit: int = 20,
        boost: Mapping[str, float] | None = None,
    ) -> list[SearchHit]:
        """The best ``limit`` items for ``query`` (best first). ``department`` filters by department code
        (case-insensitive) or exact name. An empty query lists every item (boosted ones first)."""
        boost = boost or {}
        dept = department.strip() if department else ""
        dept_lower = dept.lower()
        q = _normalize(query)
        if _HAN.search(q) or not q.isascii():
            q_full, q_initials = to_pinyin(q)
        else:
            q_full = q_initials = "".join(c for c in q if c.isalnum())
        scored: list[tuple[float, int, int, str, _Entry]] = []
        for e in self._entries:
            if dept and e.department_code != dept_lower and e.department_name != dept:
                continue
            if q:
                tier, matched = _score(e, q, q_full, q_initials)
                if tier == 0:
                    continue
            else:
                tier, matched = 0, ""
            score = tier + boost.get(e.item.code, 0.0)
            scored.append((-score, len(e.name) if q else 0, e.order, matched, e))
        scored.sort(key=lambda t: (t[0], t[1], t[2]))
        return [SearchHit(e.item, -neg, matched) for neg, _, _, matched, e in scored[: max(limit, 0)]]


def _score(e: _Entry, q: str, q_full: str, q_initials: str) -> tuple[int, str]:
    """The best tier at which ``e`` matches the query, and what matched; (0, "") when nothing does."""
    if e.name == q:
        return 100, "名称"
    if e.code == q:
        return 100, "编码"
    if e.name.startswith(q):
        return 90, "名称"
    if e.code.startswith(q):
        return 85, "编码"
    if q_initials and e.initials.startswith(q_initials):
        return 80, "拼音首字母"
    if q_full and e.full.startswith(q_full):
        return 80, "全拼"
    if q in e.name:
        return 60, "名称"
    if len(q_initials) >= 2 and q_initials in e.initials:
        return 55, "拼音首字母"
    if len(q_full) >= 2 and q_full in e.full:
        return 55, "全拼"
    if q in e.code:
        return 50, "编码"
    best = 0
    matched = ""
    for kw in e.keywords:
        if kw.text == q:
            return 45, f"关键词：{kw.text}"
        if best < 40 and (
            q in kw.text
            or (len(q_full) >= 2 and kw.full.startswith(q_full))
            or (len(q_initials) >= 2 and kw.initials.startswith(q_initials))
        ):
            best, matched = 40, f"关键词：{kw.text}"
    if best:
        return best, matched
    if q in e.department_name:
        return 30, "部门"
    return 0, ""
