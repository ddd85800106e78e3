"""Opening the 承诺跟踪 page (``ui/commitments/page.py``) with 10, 300 and 3,000 open 容缺 promises in the store: the
page built, shown and painted once (offscreen), as a clerk opens the workspace. The list is lazy (issue 16: ids
first, rows fetched as they are shown): opening it should cost about the same whatever the number of promises.

Baseline, measured in the same run: the same page opened over 10 open promises (the figures of 300 and 3,000 are
ratios to it; before the list was lazy, 300 took 381 ms against 29 ms with 10). Beside them, for information, the
whole list built as the page built it before (``CommitmentService.follow_ups`` of every row, into the model).

Every promise is a real one: made by the domain (``Case.new``, ``accept_conditional`` with a signed promise,
submitted), saved through the store with its events and outbox, due dates spread over the coming weeks (some already
late). Beside them the store holds ``OTHER_CASES`` synthetic cases of a year's work (``synthetic.py``; many in the
states a promise can be in, without one), as a window's PC does.

    .venv/bin/python -m benchmarks.run --only commitments [--quick]
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.figures import Figure
from benchmarks.synthetic import case_rows
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.catalog import OverdueRule
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.commitment import Commitment
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.domain.numbering import CaseNumber
from govdesk.services.commitments import CommitmentService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.store import Store, open_store

NAME = "commitments"
SIZES = (10, 300, 3_000)
QUICK_SIZES = (10, 300)
#: Other cases in the store (a year at a county window); a tenth of it with ``--quick``.
OTHER_CASES = 20_000
#: Openings timed per size (the median is reported).
REPEATS = 9
#: A lazy list opens in about the time of a short one, whatever its length (CPU time, the steadier on a shared
#: machine; the wall time is printed beside it).
GOAL_RATIO = 2.0
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=CST)  # a Friday
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("建国", "秀英", "志强", "丽", "伟", "芳", "海燕", "子轩", "欣怡", "俊杰")
PROMISED = {"kinship_proof": "亲属关系证明", "labor_contract": "劳动合同"}


def fill(store: Store, count: int) -> None:
    """``count`` cases accepted with a 容缺 promise open and submitted to the back office, in one transaction."""
    clock = FixedClock(NOW)
    actor = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")
    today = NOW.date()
    seq = itertools.count(1)
    cases = []
    for n in range(count):
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
        case = Case.new(
            actor=actor,
            clock=clock,
            case_no=CaseNumber.make("41122101", "S03", today - timedelta(days=n // 400), next(seq) % 400 + 1),
            item_codes=["GAJ-01-001"],
            catalog_version="bench",
            applicant=Applicant(ApplicantKind.PERSON, name, "111", "11010519491231002X", phone="13812345678"),
        )
        promise = Commitment(
            commitment_id=f"p-{n}",
            case_id=case.case_id,
            material_codes=tuple(PROMISED) if n % 2 else ("kinship_proof",),
            due_date=today + timedelta(days=(n % 30) - 5),  # some late already, most within the month
            signed_at=clock.now(),
            signed_by=name,
            names=dict(PROMISED),
            overdue_rule=OverdueRule.WITHHOLD,
        )
        case.accept_conditional(actor, clock, promise, today + timedelta(days=14), today + timedelta(days=30))
        case.submit(actor, clock)
        cases.append(case)
    with store.transaction() as tx:
        for case in cases:
            store.save_case(tx, case)


def service_over(store: Store, folder: Path) -> CommitmentService:
    clock = FixedClock(NOW)
    actor = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")
    window = WindowContext(actor, CenterProfile("中心", "", ""))
    return CommitmentService(
        store, default_catalog(), default_calendar(), clock, window, SmsService(store, clock), folder / "data"
    )


def median_ms(call: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (ms): on a machine shared with other jobs the CPU time
    is the steadier of the two (the opening is single-threaded)."""
    call()  # warm: imports, fonts, the first statement's plan
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def open_page(service: CommitmentService) -> Callable[[], object]:
    from PySide6.QtWidgets import QApplication

    from govdesk.ui.commitments.page import CommitmentsPage

    app = QApplication.instance()
    assert app is not None

    def opening() -> object:
        page = CommitmentsPage(service)
        page.resize(1366 - 200, 768 - 120)  # the workspace's share of a 1366×768 window
        page.show()
        app.processEvents()
        page.repaint()  # painted once, as the clerk sees it
        shown = page.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
        return shown

    return opening


def whole_list(service: CommitmentService) -> Callable[[], object]:
    """The list built whole, as the page did before it was lazy (every row made and put in the model)."""
    from govdesk.ui.commitments.models import FollowUpModel

    model = FollowUpModel()

    def build() -> object:
        model.set_rows(service.follow_ups())
        return model.rowCount()

    return build


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    """The suite's entry (``python -m benchmarks.run --only commitments``); ``size`` adds one more list length."""
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["bench"])
    sizes = sorted({*(QUICK_SIZES if quick else SIZES), *([size] if size else [])})
    others = OTHER_CASES // 10 if quick else OTHER_CASES
    opened: dict[int, tuple[float, float]] = {}
    whole: dict[int, tuple[float, float]] = {}
    for count in sizes:
        folder = workdir / f"promises-{count}"
        folder.mkdir(parents=True, exist_ok=True)
        store = open_store(folder / "govdesk.sqlite")
        try:
            bulk_insert_cases(store, case_rows(others))
            fill(store, count)
            service = service_over(store, folder)
            opened[count] = median_ms(open_page(service))
            whole[count] = median_ms(whole_list(service))
        finally:
            store.close()
    first = sizes[0]
    figures = [Figure("other cases in each store (a year's work)", others, "cases")]
    for label, pick in (("wall", 0), ("CPU", 1)):
        base = opened[first][pick]
        figures.append(Figure(f"open 承诺跟踪, {first:,} open promises ({label}, median)", base, "ms"))
        for count in sizes[1:]:
            figures.append(
                Figure(
                    f"open 承诺跟踪, {count:,} open promises ({label}, median)",
                    opened[count][pick],
                    "ms",
                    base,
                    f"the same page over {first:,} promises, same run",
                    goal_ratio=GOAL_RATIO if pick == 1 else None,
                )
            )
    for count in sizes:
        figures.append(
            Figure(
                f"every row made (follow_ups(), as the page did), {count:,} (CPU)",
                whole[count][1],
                "ms",
                opened[count][1],
                "the lazy page opened over as many",
            )
        )
    return figures


def main() -> None:
    from benchmarks.run import print_figures

    with tempfile.TemporaryDirectory() as tmp:
        print_figures(NAME, run(Path(tmp), quick="--quick" in sys.argv))


if __name__ == "__main__":
    main()
