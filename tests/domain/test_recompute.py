"""Recounting provisional deadlines on the official year (issue 10), on the domain alone: what moves, what stays (a
date the clerk set by hand), which cases are left alone (final states, nothing provisional, year still missing)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from govdesk.domain.calendar import load_calendar
from govdesk.domain.case import Case, CaseState
from govdesk.domain.catalog import TimeLimit
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.commitment import open_commitment
from govdesk.domain.deadlines import DeadlineKind, compute_deadline
from govdesk.domain.recompute import RECOMPUTED_KIND, dates_note
from tests.domain.test_case_builders import INTAKE, LEASE, SHOP, calendar, new_case

YEAR_2027 = Path(__file__).parents[1] / "data" / "calendar" / "cn-2027-test.json"
DEC = datetime(2026, 12, 7, 9, 0, tzinfo=CST)  # Monday
REASON = "2027 年节假日安排已载入"


def official() -> object:
    return calendar().merged(load_calendar([YEAR_2027]))


def accepted(promised: int, statutory: int, *, conditional: bool = False) -> tuple[Case, FixedClock]:
    clk = FixedClock(DEC)
    case = new_case(clk)
    cal = calendar()
    p = compute_deadline(DeadlineKind.PROMISED, DEC.date(), TimeLimit(promised), cal)
    s = compute_deadline(DeadlineKind.STATUTORY, DEC.date(), TimeLimit(statutory), cal)
    if conditional:
        c = open_commitment(
            case_id=case.case_id,
            materials=(LEASE,),
            items=(SHOP,),
            accepted_on=DEC.date(),
            calendar=cal,
            signed_at=DEC,
            signed_by="张三",
        )
        case.accept_conditional(INTAKE, clk, c, p, s)
    else:
        case.accept(INTAKE, clk, p, s)
    return case, clk


def test_a_promised_date_moves_with_its_deadline_and_the_event_says_why() -> None:
    case, clk = accepted(44, 60)  # 44 working days from 7 Dec: 12 Feb provisional, 15 Feb on the official year
    assert case.promised_date == date(2027, 2, 12)
    assert dates_note(case) == "承诺办结日期 2027-02-12（暂定）"
    event = case.recompute_deadlines(INTAKE, clk, official(), REASON)  # type: ignore[arg-type]
    assert event is not None and event.kind == RECOMPUTED_KIND
    assert event.payload["moves"] == [{"field": "promised", "old": "2027-02-12", "new": "2027-02-15"}]
    assert event.payload["reason"] == REASON
    assert case.promised_date == date(2027, 2, 15)
    assert case.promised_deadline is not None and not case.promised_deadline.provisional
    assert dates_note(case) == "承诺办结日期由 2027-02-12 调整为 2027-02-15（节假日安排公布后重新计算）"
    # a second recount finds nothing provisional: no second event
    assert case.recompute_deadlines(INTAKE, clk, official(), REASON) is None  # type: ignore[arg-type]


def test_a_hand_set_date_stays_and_its_record_is_rebased() -> None:
    case, clk = accepted(44, 60)
    case.delay(INTAKE, clk, date(2027, 2, 26), "需现场核查")
    event = case.recompute_deadlines(INTAKE, clk, official(), REASON)  # type: ignore[arg-type]
    assert event is not None and event.payload["moves"] == []
    assert case.promised_date == date(2027, 2, 26)
    assert case.promised_deadline is not None and not case.promised_deadline.provisional


def test_a_commitment_due_date_counted_provisionally_moves_too() -> None:
    clk = FixedClock(datetime(2026, 12, 28, 9, 0, tzinfo=CST))
    case = new_case(clk)
    cal = calendar()
    start = date(2026, 12, 28)
    c = open_commitment(
        case_id=case.case_id,
        materials=(LEASE,),
        items=(SHOP,),
        accepted_on=start,
        calendar=cal,
        signed_at=clk.now(),
        signed_by="张三",
    )
    assert c.deadline is not None and c.deadline.provisional
    p = compute_deadline(DeadlineKind.PROMISED, start, TimeLimit(30), cal)
    s = compute_deadline(DeadlineKind.STATUTORY, start, TimeLimit(30), cal)
    case.accept_conditional(INTAKE, clk, c, p, s)
    before = case.commitment.due_date if case.commitment else None
    event = case.recompute_deadlines(INTAKE, clk, official(), REASON)  # type: ignore[arg-type]
    assert event is not None
    assert case.commitment is not None and case.commitment.deadline is not None
    assert not case.commitment.deadline.provisional
    # 10 working days from 28 Dec: 2027-01-12 both ways (元旦 1–3 Jan falls on Fri–Sun)
    assert before == case.commitment.due_date == date(2027, 1, 12)


def test_nothing_to_do_for_final_cases_published_years_or_a_year_still_missing() -> None:
    case, clk = accepted(44, 60)
    assert case.recompute_deadlines(INTAKE, clk, calendar(), REASON) is None  # 2027 still not loaded
    short, clk2 = accepted(3, 5)
    assert short.recompute_deadlines(INTAKE, clk2, official(), REASON) is None  # nothing was provisional
    case.state = CaseState.CLOSED
    assert case.recompute_deadlines(INTAKE, clk, official(), REASON) is None
    assert dates_note(short) == ""
