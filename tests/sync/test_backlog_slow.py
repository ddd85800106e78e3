"""G6: a week's backlog (5,000 events) drains in under a minute on loopback (generous: the real figure is in
benchmarks/bench_sync.py)."""

from __future__ import annotations

import time
import uuid
from datetime import date

import pytest

from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.events import Actor, Role
from tests.central.conftest import Center, RunningServer
from tests.sync.conftest import Windows, stored_counts


@pytest.mark.slow
def test_five_thousand_event_backlog_drains_within_a_minute(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code, timeout=(5.0, 60.0))
    window.login(center.users["intake"])
    actor = Actor("u1", "张三", Role.INTAKE, center.code, "S01", "3号窗口")
    clock = window.store.clock
    cases = []
    for _ in range(1667):  # 3 events each: 5,001
        case_id = str(uuid.uuid4())
        case = Case.new(
            actor=actor,
            clock=clock,
            case_no=f"{center.code}-{case_id[:12]}",
            item_codes=["ITEM-1"],
            catalog_version="2026.1",
            applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
            case_id=case_id,
        )
        case.accept(actor, clock, date(2026, 11, 25), date(2026, 12, 10))
        case.submit(actor, clock)
        cases.append(case)
    with window.store.transaction() as tx:
        for case in cases:
            window.store.save_case(tx, case)
    assert window.store.outbox_depth() == 5001
    started = time.monotonic()
    report = window.sync()
    elapsed = time.monotonic() - started
    assert report.ok, report.error
    assert report.applied == 5001 and window.store.outbox_depth() == 0
    assert elapsed < 60, f"{elapsed:.1f} s"
    assert set(stored_counts(server, window.outbox_ids()).values()) == {1}
