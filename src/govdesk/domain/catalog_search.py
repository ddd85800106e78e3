"""Find service items as a clerk types: by name, code, keyword, full pinyin or pinyin initials.

``CatalogIndex(catalog)`` precomputes, once per item, the lower-case name and code, the phrase-aware pinyin
(pypinyin's ``lazy_pinyin``, so 银行 is "yinhang", not "yinxing") and its initials, and the same for every keyword.
Each kind of text (names, codes, pinyin, initials, keywords...) is joined into one NUL-separated haystack, so a
query is a few C-speed ``str.find`` scans plus Python work only for the items that match: a few milliseconds
over 2,000 items.

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

pypinyin (its phrase dictionary takes about 0.2 s to load) is imported on the first text whose reading is not
known: the readings of a catalog's names and keywords are made ahead of time, with the catalog
(``scripts/build_pinyin.py``), and given to ``seed_readings`` at start-up (issue 15).
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from govdesk.domain.catalog import Catalog, ServiceItem

__all__ = ["CatalogIndex", "SearchHit", "compute_pinyin", "seed_readings", "to_pinyin"]

_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class SearchHit:
    item: ServiceItem
    score: float
    matched: str  # what matched, for the UI: "名称", "编码", "拼音首字母", "全拼", "关键词：开店", "部门"


def _split_chars(text: str) -> list[str]:
    return list(text)


#: Readings made ahead of time (``seed_readings``): text -> (full pinyin, initials), exactly what
#: ``compute_pinyin`` gives for it.
_SEEDED: dict[str, tuple[str, str]] = {}


def seed_readings(readings: Mapping[str, tuple[str, str]]) -> None:
    """Readings computed ahead of time with ``compute_pinyin`` (the shipped catalog's, ``govdesk.shipped``): later
    ``to_pinyin`` calls for these texts need no pypinyin. A reading that differs from pypinyin's would change
    search results, so the file they come from is checked against ``compute_pinyin`` by a test."""
    _SEEDED.update(readings)


def to_pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of ``text``, lower case, letters and digits only; phrase-aware for heteronyms.

    Characters that are not Chinese are kept one by one, so "A证" gives ("azheng", "az")."""
    seeded = _SEEDED.get(text)
    return seeded if seeded is not None else compute_pinyin(text)


@lru_cache(maxsize=16384)
def compute_pinyin(text: str) -> tuple[str, str]:
    """``to_pinyin`` through pypinyin itself (imported on the first call)."""
    from pypinyin import lazy_pinyin

    # pypinyin accepts a list from ``errors`` (one token per character); its stub only says ``str``.
    tokens = lazy_pinyin(text, errors=cast("Callable[[str], str]", _split_chars))
    full = "".join(t.lower() for t in tokens if t.isalnum())
    initials = "".join(t[0].lower() for t in tokens if t and t[0].isalnum())
    return full, initials


def _normalize(text: str) -> str:
    return _SPACES.sub("", text).lower()


_SEP = "\x00"


class _Haystack:
    """Many strings (each owned by an item) joined by NUL, searchable with ``str.find`` at C speed."""

    __slots__ = ("owners", "starts", "text")

    def __init__(self, values: Sequence[tuple[int, str]]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []
        self.owners: list[int] = []
        pos = 1
        for owner, value in values:
            self.starts.append(pos)
            self.owners.append(owner)
            parts.append(value)
            pos += len(value) + 1
        self.text = _SEP + _SEP.join(parts) + _SEP

    def find(self, needle: str) -> Iterator[tuple[int, bool, bool]]:
        """(owner, is_prefix, is_exact) for every occurrence of ``needle`` (non-empty, without NUL)."""
        text, starts, owners = self.text, self.starts, self.owners
        pos = text.find(needle)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            prefix = pos == starts[k]
            end = pos + len(needle)
            yield owners[k], prefix, prefix and text[end] == _SEP
            pos = text.find(needle, pos + 1)

    def prefixed(self, needle: str) -> Iterator[tuple[int, bool]]:
        """(owner, is_exact) for every value that starts with ``needle``."""
        text, starts, owners = self.text, self.starts, self.owners
        probe = _SEP + needle
        pos = text.find(probe)
        while pos != -1:
            k = bisect_right(starts, pos + 1) - 1
            yield owners[k], text[pos + len(probe)] == _SEP
            pos = text.find(probe, pos + 1)


def catalog_texts(catalog: Catalog) -> list[str]:
    """Every text of ``catalog`` whose reading an index or the bundle search asks for: item names and keywords
    (as ``CatalogIndex`` normalises them) and bundle names (as they are)."""
    texts = [_normalize(it.name) for it in catalog.items]
    texts += [_normalize(k) for it in catalog.items for k in it.keywords]
    texts += [bundle.name for bundle in catalog.bundles]
    return list(dict.fromkeys(texts))


class CatalogIndex:
    """A search index over one catalog version. Build it once; ``search`` is cheap."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        items = catalog.items
        self._items = items
        self._name_len = [len(_normalize(it.name)) for it in items]
        self._dept_code = [it.department.code.lower() for it in items]
        self._dept_name = [it.department.name for it in items]
        pinyin = [to_pinyin(_normalize(it.name)) for it in items]
        keywords = [(i, _normalize(k)) for i, it in enumerate(items) for k in it.keywords]
        kw_pinyin = [to_pinyin(k) for _, k in keywords]
        self._name = _Haystack([(i, _normalize(it.name)) for i, it in enumerate(items)])
        self._code = _Haystack([(i, it.code.lower()) for i, it in enumerate(items)])
        self._full = _Haystack([(i, p[0]) for i, p in enumerate(pinyin)])
        self._initials = _Haystack([(i, p[1]) for i, p in enumerate(pinyin)])
        # keyword haystacks are owned by the keyword's position in ``_kw_text`` (item index, keyword)
        self._kw = _Haystack([(k, text) for k, (_, text) in enumerate(keywords)])
        self._kw_full = _Haystack([(k, p[0]) for k, p in enumerate(kw_pinyin)])
        self._kw_initials = _Haystack([(k, p[1]) for k, p in enumerate(kw_pinyin)])
        self._dept = _Haystack(list(enumerate(self._dept_name)))
        self._kw_text = keywords

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
        q = _normalize(query)
        found = self._match(q) if q else {i: (0, "") for i in range(len(self._items))}
        rows: list[tuple[float, int, int, str]] = []
        for i, (tier, matched) in found.items():
            if dept and self._dept_code[i] != dept.lower() and self._dept_name[i] != dept:
                continue
            score = tier + boost.get(self._items[i].code, 0.0)
            rows.append((-score, self._name_len[i] if q else 0, i, matched))
        best = heapq.nsmallest(max(limit, 0), rows)
        return [SearchHit(self._items[i], -neg, matched) for neg, _, i, matched in best]

    def _match(self, q: str) -> dict[int, tuple[int, str]]:
        """item index -> (best tier, what matched); see the module docstring for the tiers."""
        if not _LETTER.search(q):
            q_full = q_initials = ""  # only characters (or digits): the name itself says it all
        elif _HAN.search(q) or not q.isascii():
            q_full, q_initials = to_pinyin(q)  # mixed: "个体gsh" -> "getigsh", "gtgsh"
        else:
            q_full = q_initials = "".join(c for c in q if c.isalnum())
        found: dict[int, tuple[int, str]] = {}

        def hit(i: int, tier: int, matched: str) -> None:
            if found.get(i, (0, ""))[0] < tier:
                found[i] = (tier, matched)

        for i, prefix, exact in self._name.find(q):
            hit(i, 100 if exact else 90 if prefix else 60, "名称")
        for i, prefix, exact in self._code.find(q):
            hit(i, 100 if exact else 85 if prefix else 50, "编码")
        for stack, needle, label in ((self._initials, q_initials, "拼音首字母"), (self._full, q_full, "全拼")):
            if len(needle) >= 2:  # a substring of one letter says nothing; a one-letter prefix does
                for i, prefix, _ in stack.find(needle):
                    hit(i, 80 if prefix else 55, label)
            elif needle:
                for i, _ in stack.prefixed(needle):
                    hit(i, 80, label)
        for k, _, exact in self._kw.find(q):
            i, text = self._kw_text[k]
            hit(i, 45 if exact else 40, f"关键词：{text}")
        for stack, needle in ((self._kw_full, q_full), (self._kw_initials, q_initials)):
            if len(needle) >= 2:
                for k, _ in stack.prefixed(needle):
                    i, text = self._kw_text[k]
                    hit(i, 40, f"关键词：{text}")
        for i, _, _ in self._dept.find(q):
            hit(i, 30, "部门")
        return found
