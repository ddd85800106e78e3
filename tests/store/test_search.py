"""Look-ups by case number, ID number, name prefix and phone; each served by an index (EXPLAIN QUERY PLAN)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from govdesk.domain.numbering import CaseNumber
from govdesk.store import Store
from govdesk.store.search import QueryKind, classify, statement
from tests.store.conftest import NOW, make_case

PEOPLE = [
    ("王小明", "110101199003077578", "13800138000"),
    ("王小红", "11010119900307803X", "13900139000"),
    ("王大", "440524188001010014", "13700137000"),
    ("欧阳娜娜", "310101200001010012", "13600136000"),
]


@pytest.fixture
def filled(store: Store) -> Store:
    with store.transaction() as tx:
        for n, (name, id_number, phone) in enumerate(PEOPLE, start=1):
            store.save_case(tx, make_case(n, name=name, id_number=id_number, phone=phone))
    return store


def test_classify_by_shape() -> None:
    assert classify("王小") == [QueryKind.NAME]
    assert classify("13800138000") == [QueryKind.PHONE, QueryKind.CASE_NO]
    assert classify("11010119900307803x") == [QueryKind.ID_NUMBER, QueryKind.CASE_NO]
    assert classify("91350100M000100Y43") == [QueryKind.ID_NUMBER, QueryKind.CASE_NO]
    assert classify("41112201-s03-20261120-0007-n") == [QueryKind.CASE_NO]
    assert classify("411221S01202611200001") == [QueryKind.CASE_NO, QueryKind.ID_NUMBER]
    assert classify("   ") == []


def test_search_by_each_kind(filled: Store) -> None:
    assert [r.applicant_name for r in filled.search_cases("王小")] == ["王小明", "王小红"]
    assert [r.applicant_name for r in filled.search_cases("王")] == ["王大", "王小明", "王小红"]
    assert filled.search_cases("王小明红") == []
    assert [r.applicant_name for r in filled.search_cases("11010119900307803x")] == ["王小红"]
    assert [r.applicant_name for r in filled.search_cases(" 137 0013 7000 ")] == ["王大"]
    found = filled.search_cases(CaseNumber.make("41122101", "S01", NOW.date(), 4).lower())
    assert [r.applicant_name for r in found] == ["欧阳娜娜"]
    assert found[0].state == "accepted"
    assert found[0].item_codes == ("000123456001",)
    summary = filled.find_by_case_no(CaseNumber.make("41122101", "S01", NOW.date(), 2).lower())
    assert summary is not None and summary.applicant_name == "王小红"
    assert filled.find_by_case_no("nothing") is None


def test_name_prefix_limit(filled: Store) -> None:
    assert len(filled.search_cases("王", limit=2)) == 2


@pytest.mark.parametrize(
    ("kind", "value", "index"),
    [
        (QueryKind.CASE_NO, "X", "sqlite_autoindex_cases_2"),  # the UNIQUE(case_no) index
        (QueryKind.ID_NUMBER, "110101199003077578", "ix_cases_applicant_id_number"),
        (QueryKind.PHONE, "13800138000", "ix_cases_applicant_phone"),
        (QueryKind.NAME, "王小", "ix_cases_applicant_name"),
    ],
)
def test_every_lookup_uses_its_index(filled: Store, db_path: Path, kind: QueryKind, value: str, index: str) -> None:
    sql, params = statement(kind, value, 50)
    with sqlite3.connect(db_path) as raw:
        raw.execute("ANALYZE")
        plan = " | ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan
    assert "SCAN cases" not in plan, plan
    if kind is QueryKind.NAME:
        assert "applicant_name>? AND applicant_name<?" in plan.replace("=", ""), plan


def test_prefix_matches_supplementary_plane_characters(store: Store) -> None:
    # CJK Extension B characters (4 bytes in UTF-8) are common in rural names: the upper bound must sort after them.
    with store.transaction() as tx:
        store.save_case(tx, make_case(1, name="王𪚥"))
        store.save_case(tx, make_case(2, name="玉兰"))
    assert [r.applicant_name for r in store.search_cases("王")] == ["王𪚥"]
