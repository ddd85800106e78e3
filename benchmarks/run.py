"""Run the benchmark suite: ``.venv/bin/python -m benchmarks.run [--only NAME] [--quick] [--size N]``.

Each benchmark module exposes ``run(workdir, quick=..., size=...) -> list[Figure]``. Every figure is printed
beside its baseline (measured in the same run), the ratio, the goal and PASS/MISS. Exit status 1 if any goal is
missed.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.figures import Figure

#: name -> module; add new benchmarks here.
BENCHMARKS: dict[str, str] = {
    "attachments": "benchmarks.bench_attachments",
    "backoffice": "benchmarks.bench_backoffice",
    "case_lookup": "benchmarks.case_lookup",
    "commitments": "benchmarks.bench_commitments",
    "deadlines": "benchmarks.bench_deadlines",
    "encryption": "benchmarks.bench_encryption",
    "first_sync": "benchmarks.bench_first_sync",
    "handoff": "benchmarks.bench_handoff",
    "intake": "benchmarks.bench_intake",
    "load_central": "benchmarks.load_central",
    "notice": "benchmarks.bench_notice",
    "startup": "benchmarks.bench_startup",
    "supervision": "benchmarks.bench_supervision",
    "supervision_central": "benchmarks.bench_supervision_central",
    "sync": "benchmarks.bench_sync",
    "unit": "benchmarks.bench_unit",
}


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.3f}" if value < 100 else f"{value:,.1f}"


def print_figures(name: str, figures: Sequence[Figure], out: object = sys.stdout) -> None:
    write = out.write  # type: ignore[attr-defined]
    write(f"\n== {name}\n")
    header = f"{'figure':<58} {'value':>12} {'baseline':>12} {'ratio':>7}  {'goal':<24} result\n"
    write(header)
    write("-" * (len(header) + 4) + "\n")
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "-"
        result = {True: "PASS", False: "MISS", None: ""}[f.passed]
        value = f"{_fmt(f.value)} {f.unit}"
        baseline = f"{_fmt(f.baseline)} {f.unit}" if f.baseline is not None else "-"
        write(f"{f.name:<58} {value:>12} {baseline:>12} {ratio:>7}  {f.goal_text():<24} {result}\n")
        if f.baseline_label:
            write(f"{'':<4}baseline: {f.baseline_label}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append", help="run only this benchmark")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--size", type=int, help="override the benchmark's data size")
    parser.add_argument("--workdir", type=Path, help="where to put the databases (default: a temporary folder)")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    print(f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.machine()}, {time.ctime()}")
    missed = False
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        with tempfile.TemporaryDirectory(prefix=f"govdesk-bench-{name}-", dir=args.workdir) as tmp:
            start = time.perf_counter()
            figures = module.run(Path(tmp), quick=args.quick, size=args.size)
            elapsed = time.perf_counter() - start
        print_figures(name, figures)
        print(f"({name} took {elapsed:.1f} s in all)")
        missed = missed or any(f.passed is False for f in figures)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
