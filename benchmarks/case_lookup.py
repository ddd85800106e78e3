"""1,000,000 cases in the local store: the bulk build, then look-ups by case number, ID number and name prefix.

Every figure is measured beside a baseline done in the same run the plainest way: the same rows inserted with
``sqlite3.executemany`` into a database with the same schema and pragmas, and the same SQL (same indexes) run
through a bare ``sqlite3`` connection. The store's API must stay within 3× of that and under 2 ms (median).
"""

from __future__ import annotations

import gc
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, median_ms, p95_ms, time_calls
from benchmarks.synthetic import case_rows
from govdesk.store import CaseSummary, Store, open_store
from govdesk.store.bulk import BULK_BATCH, BULK_CACHE_KIB, bulk_insert_cases
from govdesk.store.engine import CACHE_KIB
from govdesk.store.search import QueryKind, statement

NAME = "case_lookup"
FULL_SIZE = 1_000_000
QUICK_SIZE = 50_000
BUILD_GOAL_S_PER_MILLION = 60.0
LOOKUP_GOAL_MS = 2.0
RATIO_GOAL = 3.0
BATCH = BULK_BATCH  # the same transaction size both ways
COLUMNS = (
    "case_id, case_no, state, item_codes, applicant_name, applicant_id_number, applicant_phone, first_clerk, "
    "received_at, promised_date, updated_at, snapshot"
)


def _raw_build(path: Path, rows: list[dict[str, Any]]) -> float:
    """The baseline build: plain sqlite3, same schema (made by the store's migrations), same pragmas."""
    open_store(path).close()
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # the same page cache as the store's bulk path
        names = [c.strip() for c in COLUMNS.split(",")]
        sql = f"INSERT INTO cases ({COLUMNS}) VALUES ({', '.join(':' + n for n in names)})"
        start = time.perf_counter()
        for first in range(0, len(rows), BATCH):
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(sql, rows[first : first + BATCH])
            raw.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        raw.close()


def _lookup_figures(store: Store, path: Path, rows: list[dict[str, Any]], count: int, seed: int) -> list[Figure]:
    rng = random.Random(seed)
    sample = [rows[rng.randrange(len(rows))] for _ in range(count)]
    probes: list[tuple[str, QueryKind, list[str], Any]] = [
        ("case number", QueryKind.CASE_NO, [r["case_no"] for r in sample], store.find_by_case_no),
        ("ID number", QueryKind.ID_NUMBER, [r["applicant_id_number"] for r in sample], store.search_cases),
        ("name prefix (2 chars)", QueryKind.NAME, [r["applicant_name"][:2] for r in sample], store.search_cases),
    ]
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # the same page cache as the store's read connections
    figures: list[Figure] = []
    try:
        for label, kind, values, api in probes:
            raw_args = [statement(kind, v, 50) for v in values]

            def raw_call(arg: tuple[str, dict[str, Any]]) -> list[Any]:
                return raw.execute(arg[0], arg[1]).fetchall()

            api_args = list(values)
            for value, arg in zip(values[:20], raw_args[:20], strict=True):  # the same answers, both ways
                got = api(value)
                got_ids = [got.case_id] if isinstance(got, CaseSummary) else [row.case_id for row in got]
                expected_ids = [row[0] for row in raw_call(arg)]
                if got_ids != expected_ids:
                    raise AssertionError(f"{label}: the store and raw sqlite3 disagree for {value!r}")
            time_calls(api, api_args)  # warm the page cache and the statement caches, both ways
            time_calls(raw_call, raw_args)
            gc.disable()
            try:
                api_ns = time_calls(api, api_args)
                raw_ns = time_calls(raw_call, raw_args)
            finally:
                gc.enable()
            figures.append(
                Figure(
                    f"look-up by {label}: median",
                    median_ms(api_ns),
                    "ms",
                    baseline=median_ms(raw_ns),
                    baseline_label="raw sqlite3, same SQL",
                    goal_value=LOOKUP_GOAL_MS,
                    goal_ratio=RATIO_GOAL,
                )
            )
            figures.append(
                Figure(
                    f"look-up by {label}: p95",
                    p95_ms(api_ns),
                    "ms",
                    baseline=p95_ms(raw_ns),
                    baseline_label="raw sqlite3, same SQL",
                )
            )
    finally:
        raw.close()
    return figures


def run(workdir: Path, *, quick: bool = False, size: int | None = None, lookups: int = 1000) -> list[Figure]:
    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    start = time.perf_counter()
    rows = list(case_rows(size))
    generate_s = time.perf_counter() - start

    # Warm-up, not timed: the first load in a process pays for file creation and cold caches, whichever path
    # goes first; both paths do a small load into throw-away databases before the timed builds.
    warm = rows[: min(len(rows), 10_000)]
    warm_store = open_store(workdir / "warm-store.sqlite")
    bulk_insert_cases(warm_store, warm, batch_size=BATCH)
    warm_store.close()
    _raw_build(workdir / "warm-raw.sqlite", warm)

    path = workdir / "store.sqlite"
    store = open_store(path)
    try:
        start, cpu_start = time.perf_counter(), time.process_time()
        inserted = bulk_insert_cases(store, rows, batch_size=BATCH)
        build_s, build_cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
        if inserted != size or store.count_cases() != size:
            raise AssertionError(f"bulk insert stored {store.count_cases()} of {size} cases")
        raw_build_s = _raw_build(workdir / "raw.sqlite", rows)
        figures = [
            Figure(f"generate {size:,} synthetic cases (Python, not the store)", generate_s, "s"),
            Figure(
                f"build {size:,} cases through store.bulk.bulk_insert_cases",
                build_s,
                "s",
                baseline=raw_build_s,
                baseline_label="sqlite3.executemany, same schema",
                goal_value=BUILD_GOAL_S_PER_MILLION * size / FULL_SIZE,
            ),
            Figure("  the same build: CPU time of this process (shared machines)", build_cpu_s, "s"),
            Figure("database file size", path.stat().st_size / 2**20, "MiB"),
        ]
        figures += _lookup_figures(store, path, rows, min(lookups, size), seed=size)
    finally:
        store.close()
    return figures
