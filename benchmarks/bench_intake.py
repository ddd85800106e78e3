"""Item search as the clerk types: every keystroke over a 2,000-item catalog, through ``IntakeService.search_items``
(ranked, with this station's usage boost read from the store) and through the intake page's search (the same plus
the Qt list model reset), offscreen.

The baseline is the plainest search: a case-insensitive substring test of name and code over every item, measured in
the same run over the same keystrokes. Goal: ≤ 10 ms per keystroke (median and 95th percentile reported).

    .venv/bin/python -m benchmarks.bench_intake [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from benchmarks.figures import Figure, median_ms, p95_ms, time_calls
from govdesk.domain.catalog import Catalog, Department, ServiceItem
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.intake import IntakeService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.store import open_store

NAME = "intake"
FULL_SIZE = 2_000
QUICK_SIZE = 500
GOAL_MS = 10.0
#: What clerks type: pinyin initials, full pinyin, Chinese, codes, one character at a time.
QUERIES = ("gtgsh", "spjyxk", "bdczydj", "个体工商户", "不动产登记", "shebao", "SCJG-01", "jycyz", "户口", "yibao")
TOWNS = ("城关镇", "仰韶镇", "天池镇", "英豪镇", "张村镇", "洪阳镇", "果园乡", "陈村乡", "坡头乡", "段村乡")


def synthetic_catalog(size: int) -> Catalog:
    """``size`` items: the shipped ones, then variants of them under other departments and names."""
    shipped = default_catalog()
    items: list[ServiceItem] = list(shipped.items)
    n = 0
    while len(items) < size:
        base = shipped.items[n % len(shipped.items)]
        town = TOWNS[(n // len(shipped.items)) % len(TOWNS)]
        dept = Department(f"{base.department.code}{n % 97:02d}", f"{town}{base.department.name}")
        items.append(replace(base, code=f"{base.code}-{n:05d}", name=f"{base.name}（{town}{n}）", department=dept))
        n += 1
    return Catalog(version="bench", items=tuple(items[:size]), bundles=shipped.bundles)


def keystrokes() -> list[str]:
    return [q[:i] for q in QUERIES for i in range(1, len(q) + 1)]


def _service(workdir: Path, catalog: Catalog) -> IntakeService:
    store = open_store(workdir / "bench.sqlite")
    actor = Actor("c001", "基准", Role.INTAKE, center_code="41122101", station_code="S01", window="1号窗口")
    window = WindowContext(actor, CenterProfile(name="基准中心", address="", phone=""))
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))
    return IntakeService(store, catalog, default_calendar(), clock, window)


def _baseline(catalog: Catalog) -> list[int]:
    rows = [(it.name.lower(), it.code.lower()) for it in catalog.items]

    def scan(q: str) -> list[int]:
        q = q.lower()
        return [i for i, (name, code) in enumerate(rows) if q in name or q in code][:30]

    return time_calls(scan, keystrokes() * 3)


def run(workdir: Path, quick: bool = False, size: int | None = None) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    n = size or (QUICK_SIZE if quick else FULL_SIZE)
    catalog = synthetic_catalog(n)
    intake = _service(workdir, catalog)
    try:
        intake.search_items("warm up")
        base = _baseline(catalog)
        service = time_calls(lambda q: intake.search_items(q), keystrokes() * 3)
        page_samples = _page_samples(intake)
    finally:
        intake.store.close()
    label = f"substring scan of name and code over {n} items (plain Python)"
    figures = [
        Figure(f"search_items per keystroke, median ({n} items)", median_ms(service), "ms", median_ms(base), label,
               goal_value=GOAL_MS),
        Figure(f"search_items per keystroke, p95 ({n} items)", p95_ms(service), "ms", p95_ms(base), label,
               goal_value=GOAL_MS),
    ]  # fmt: skip
    if page_samples:
        figures.append(
            Figure(f"intake page search (service + Qt model) per keystroke, median ({n} items)",
                   median_ms(page_samples), "ms", median_ms(base), label, goal_value=GOAL_MS)
        )  # fmt: skip
        figures.append(
            Figure(f"intake page search (service + Qt model) per keystroke, p95 ({n} items)",
                   p95_ms(page_samples), "ms", p95_ms(base), label, goal_value=GOAL_MS)
        )  # fmt: skip
    return figures


def _page_samples(intake: IntakeService) -> list[int]:
    """The search field's textChanged → IntakeService.search_items → list model reset, offscreen."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListView

    from govdesk.ui.intake.search import ItemSearch

    app = QApplication.instance() or QApplication(sys.argv[:1])
    edit, combo, view = QLineEdit(), QComboBox(), QListView()
    search = ItemSearch(intake, edit, combo, view)
    samples = time_calls(edit.setText, keystrokes() * 3)
    del search
    for w in (edit, combo, view):
        w.deleteLater()
    app.processEvents()
    return samples


def main(argv: list[str] | None = None) -> int:
    import tempfile

    from benchmarks.run import print_figures

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_intake", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govdesk-bench-intake-") as tmp:
        figures = run(Path(tmp), quick=args.quick, size=args.size)
    print_figures(NAME, figures)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
