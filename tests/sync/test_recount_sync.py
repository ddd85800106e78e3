"""Issue 10 across the wire: a case accepted in December on a provisional 2027, recounted once the official year is
loaded, syncs to the real central server; the center stores the recount (a record that moves no state) as sent by
the logged-in clerk, and the case's state at the center stays as it was."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from govdesk.domain.calendar import load_calendar
from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.catalog import TimeLimit
from govdesk.domain.clock import CST
from govdesk.domain.deadlines import DeadlineKind, compute_deadline
from govdesk.domain.events import Actor, Role
from govdesk.domain.recompute import RECOMPUTED_KIND
from govdesk.shipped import default_calendar
from govdesk.store import OutboxStatus
from tests.central.conftest import Center, RunningServer
from tests.helpers.provisional import YEAR_2027
from tests.sync.conftest import Window, Windows


def test_a_recount_is_pushed_and_kept_by_the_center(server: RunningServer, center: Center, windows: Windows) -> None:
    window: Window = windows(server.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok  # registered: the station code is kept
    actor = Actor("u-wangli", "王丽", Role.INTAKE, center.code, window.station, "3号窗口")
    accepted_on = datetime(2026, 12, 7, 9, 0, tzinfo=CST).date()
    provisional = default_calendar()
    case = Case.new(
        actor=actor,
        clock=window.store.clock,
        case_no=f"{center.code}-recount-1",
        item_codes=["ITEM-1"],
        catalog_version="2026.1",
        applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
    )
    case.accept(
        actor,
        window.store.clock,
        compute_deadline(DeadlineKind.PROMISED, accepted_on, TimeLimit(44), provisional),
        compute_deadline(DeadlineKind.STATUTORY, accepted_on, TimeLimit(60), provisional),
    )
    assert case.promised_date == date(2027, 2, 12) and case.promised_deadline is not None
    assert case.promised_deadline.provisional
    official = provisional.merged(load_calendar([YEAR_2027]))
    event = case.recompute_deadlines(actor, window.store.clock, official, "2027 年节假日安排已载入")
    assert event is not None and event.kind == RECOMPUTED_KIND
    with window.store.transaction() as tx:
        window.store.save_case(tx, case)

    report = window.sync()
    assert report.ok, report.error
    statuses = window.outbox_statuses()
    assert statuses[event.event_id] == OutboxStatus.SENT.value, statuses
    with server.central.tx() as session:
        stored = session.execute(
            text("SELECT kind, pushed_by FROM events WHERE event_id = :id"), {"id": event.event_id}
        ).one()
        state = session.execute(text("SELECT state FROM cases WHERE case_id = :id"), {"id": case.case_id}).scalar_one()
    assert stored.kind == RECOMPUTED_KIND
    assert stored.pushed_by == center.users["intake"]  # the logged-in clerk, whatever the window wrote
    assert state == CaseState.ACCEPTED.value
