"""What encryption at rest costs (issue 12, ``store/crypto.py``): the same work on an encrypted store and on a plain
one, in the same run.

- save: one case per transaction through ``Store.save_case`` (the intake save: case row, materials, three chained
  events, three outbox rows, ``synchronous=FULL``), on a store already holding ``size`` cases;
- look-up by ID number and by 2-character name prefix through ``Store.search_cases`` on the same stores;
- open: ``open_store`` of the existing database (the start-up's share).

The baseline is the plain store. Goals: a save within 1.5× of it; a look-up under 2 ms and within 3× (the rule of
``case_lookup``: the clerk searches as they type). A look-up pays for decrypting each page it reads the first time
(AES-256 and an HMAC-SHA512 per 4 KiB page); a warm page costs nothing more.

    .venv/bin/python -m benchmarks.bench_encryption [--quick]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from benchmarks.figures import Figure, median_ms, p95_ms, time_calls
from benchmarks.synthetic import case_rows
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, DomainEvent, Role, new_id
from govdesk.domain.numbering import CaseNumber
from govdesk.store import Store, open_store
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.crypto import new_key

NAME = "encryption"
FULL_SIZE = 100_000
QUICK_SIZE = 10_000
SAVES = 300
LOOKUPS = 500
SAVE_RATIO_GOAL = 1.5
LOOKUP_RATIO_GOAL = 3.0
LOOKUP_GOAL_MS = 2.0
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=CST)
CLERK = Actor("c001", "李娜", Role.INTAKE, "41122101", "S01", "3号窗口")


def _case(n: int) -> Case:
    case = Case(
        case_id=new_id(),
        case_no=CaseNumber.make("41122101", "S09", NOW.date(), n),
        item_codes=("000123456001",),
        catalog_version="2026.11",
        applicant=Applicant(ApplicantKind.PERSON, "欧阳建国", "111", "11010519491231002X", phone="13912345678"),
        received_at=NOW,
        first_clerk=CLERK,
        materials={
            "M1": MaterialRecord("M1", "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1),
            "M2": MaterialRecord("M2", "户口簿", MaterialStatus.MISSING, reason="未携带", remedy="补交户口簿原件"),
        },
        state=CaseState.ACCEPTED,
        promised_date=date(2026, 12, 14),
    )
    for kind in ("case.drafted", "case.material_recorded", "case.accepted"):
        case.events.append(DomainEvent(case.case_id, kind, CLERK, NOW, {"地址": "河南省渑池县城关镇黄河路12号"}))
    return case


def _build(path: Path, key: bytes | None, size: int) -> None:
    store = open_store(path, key=key)
    try:
        bulk_insert_cases(store, case_rows(size))
    finally:
        store.close()


def _measure(store: Store, cases: list[Case], ids: list[str], names: list[str]) -> dict[str, list[int]]:
    def save(case: Case) -> None:
        with store.transaction() as tx:
            store.save_case(tx, case)

    samples = {"save": time_calls(save, cases)}
    samples["id"] = time_calls(store.search_cases, ids)
    samples["name"] = time_calls(lambda prefix: store.search_cases(prefix, 50), names)
    return samples


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    rows = list(case_rows(min(size, 5_000)))
    rng = random.Random(7)
    ids = [rng.choice(rows)["applicant_id_number"] for _ in range(LOOKUPS)]
    names = [rng.choice(rows)["applicant_name"][:2] for _ in range(LOOKUPS)]
    key = new_key()
    paths = {"plain": workdir / "plain.sqlite", "encrypted": workdir / "encrypted.sqlite"}
    keys = {"plain": None, "encrypted": key}
    for label, path in paths.items():
        _build(path, keys[label], size)
    opened: dict[str, list[int]] = {"plain": [], "encrypted": []}
    results: dict[str, dict[str, list[int]]] = {}
    numbers = iter(range(1, 10 * SAVES))
    for label in ("plain", "encrypted", "plain", "encrypted"):  # twice each, alternating: the second pair counts
        start = time.perf_counter_ns()
        store = open_store(paths[label], key=keys[label])
        opened[label].append(time.perf_counter_ns() - start)
        try:
            results[label] = _measure(store, [_case(next(numbers)) for _ in range(SAVES)], ids, names)
        finally:
            store.close()
    figures: list[Figure] = []
    for what, label in (("save", "save one case (intake)"), ("id", "look-up by ID number"), ("name", "name prefix")):
        enc, plain = results["encrypted"][what], results["plain"][what]
        figures.append(
            Figure(
                f"{label}, median (encrypted)",
                median_ms(enc),
                "ms",
                baseline=median_ms(plain),
                baseline_label="plain SQLite store",
                goal_ratio=SAVE_RATIO_GOAL if what == "save" else LOOKUP_RATIO_GOAL,
                goal_value=None if what == "save" else LOOKUP_GOAL_MS,
            )
        )
        figures.append(Figure(f"{label}, p95 (encrypted)", p95_ms(enc), "ms", baseline=p95_ms(plain)))
    figures.append(
        Figure(
            "open_store of the database (encrypted)",
            opened["encrypted"][-1] / 1e6,
            "ms",
            baseline=opened["plain"][-1] / 1e6,
            baseline_label="plain SQLite store",
        )
    )
    figures.append(Figure("cases in each store", float(size), "cases"))
    return figures


def main() -> None:
    from benchmarks.run import print_figures

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = run(Path(folder), quick=args.quick, size=args.size)
    print_figures(NAME, figures)
    sys.exit(0 if all(f.passed is not False for f in figures) else 1)


if __name__ == "__main__":
    main()
