"""The case look-up benchmark's code path on 2,000 cases, so the benchmark cannot rot. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

from benchmarks import case_lookup
from benchmarks.run import print_figures
from benchmarks.synthetic import case_rows

from govdesk.domain.identity.resident import mod11_2
from govdesk.domain.numbering import is_valid_case_no


def test_quick_mode_code_path_runs(tmp_path: Path) -> None:
    figures = case_lookup.run(tmp_path, quick=True, size=2_000, lookups=50)
    names = [f.name for f in figures]
    assert "build 2,000 cases through store.bulk.bulk_insert_cases" in names
    for kind in ("case number", "ID number", "name prefix (2 chars)"):
        median = next(f for f in figures if f.name == f"look-up by {kind}: median")
        assert median.baseline is not None and median.baseline > 0
        assert median.passed is not None  # it has goals; whether they are met is the benchmark's business
    out = tmp_path / "out.txt"
    with out.open("w", encoding="utf-8") as stream:
        print_figures("case_lookup", figures, stream)
    assert "look-up by case number: median" in out.read_text(encoding="utf-8")


def test_synthetic_rows_are_realistic() -> None:
    rows = list(case_rows(500))
    assert len({r["case_no"] for r in rows}) == 500
    assert all(is_valid_case_no(r["case_no"]) for r in rows)
    assert all(mod11_2(r["applicant_id_number"][:17]) == r["applicant_id_number"][17] for r in rows)
    assert all(len(r["applicant_phone"]) == 11 and r["applicant_phone"][0] == "1" for r in rows)
    assert all(2 <= len(r["applicant_name"]) <= 4 for r in rows)
