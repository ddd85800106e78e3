"""A soak of a few hundred intakes: memory, live Qt objects, threads and open files stay flat.

A soak of 1,227 intakes once found one ``QPdfWriter`` left alive per notice laid out (``printing/render.py``: the
layout's paint device was handed to C++ and never deleted: about 9 KB a notice). This test takes real intakes through
the intake service on a real SQLite file, renders and archives their notices as PDFs as a window does, and fails
when what the process holds grows with the number of intakes.

Measured here: with that leak, one more Python-visible Qt object per notice laid out (the writer's wrapper, kept for
C++) and 9 KB per layout; without it the count is flat. Resident memory is a coarser check: SQLite's page cache
(64 MB at most) grows with the database file, about 12 KB per intake here, so the bound is twice that; the warm-up
fills the bounded caches first (the 64 QR symbols of ``printing/barcode.py``).
"""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import pytest
import shiboken6

from govdesk.domain.assessment import Outcome
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from tests.services.test_intake import applicant, receive_all

WARM_UP = 80
SOAK = 200
MAX_KB_PER_INTAKE = 24.0


def _rss_kb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024


def _qt_wrappers() -> int:
    """Python-visible Qt objects alive (widgets, documents, devices a caller still holds)."""
    return sum(1 for o in gc.get_objects() if isinstance(o, shiboken6.Shiboken.Object))


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def _intake(intake: IntakeService, notices: NoticeService, n: int) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    if n % 3 == 0:  # every third applicant is told what is missing (一次性告知单), the rest accepted
        receive_all(intake, draft, except_codes=("premises_proof",))
        outcome = Outcome.NOTIFY
    else:
        receive_all(intake, draft)
        outcome = Outcome.ACCEPT
    result = intake.decide(draft, outcome)
    for notice in result.notices:
        notices.render_pdf(notice)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the resident size from Linux's /proc")
def test_a_few_hundred_intakes_hold_nothing_more(qapp: object, intake: IntakeService, tmp_path: Path) -> None:
    notices = NoticeService(tmp_path / "data")
    for n in range(WARM_UP):
        _intake(intake, notices, n)
    gc.collect()
    rss, wrappers, threads, files = _rss_kb(), _qt_wrappers(), threading.active_count(), _open_files()
    for n in range(SOAK):
        _intake(intake, notices, n)
    gc.collect()
    grown = (_rss_kb() - rss) / SOAK
    assert grown <= MAX_KB_PER_INTAKE, f"{grown:.1f} KB more resident memory per intake"
    assert _qt_wrappers() <= wrappers
    assert threading.active_count() <= threads
    assert _open_files() <= files
    assert len(list((tmp_path / "data" / "notices").rglob("*.pdf"))) == WARM_UP + SOAK  # every notice archived
