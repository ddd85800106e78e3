"""Event kinds are named once (``domain.event_kinds.EventKind``) and shared by the domain, the sync protocol and the
central server's projection: the transition table, every method of ``Case`` and the server's role check agree."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from govdesk import protocol
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.event_kinds import BACK_OFFICE_KINDS, EventKind, kind_of_state
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.transitions import ACTION_KINDS, ACTION_TARGET, KIND_ROLES, CaseState, event_target

SRC = Path(__file__).resolve().parents[2] / "src" / "govdesk"
CLERK = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")
BACK = Actor("b1", "后台审批", Role.BACK_OFFICE, "41122101", "")
ISSUER = Actor("c009", "赵敏", Role.ISSUING, "41122101", "S03", "出件窗口")


def test_every_kind_the_server_accepts_is_an_event_kind_and_every_event_kind_is_accepted() -> None:
    assert set(KIND_ROLES) == set(EventKind)
    assert all(isinstance(kind, EventKind) for kind in KIND_ROLES)


def test_each_action_emits_the_kind_of_its_target_state() -> None:
    for action, target in ACTION_TARGET.items():
        assert ACTION_KINDS[action] is kind_of_state(target.value)
        assert ACTION_KINDS[action].value == f"case.{target.value}"
    with pytest.raises(ValueError):
        kind_of_state("no_such_state")


def test_the_protocols_back_office_kinds_are_the_domains() -> None:
    assert {k.value for k in BACK_OFFICE_KINDS} == protocol.BACK_OFFICE_KINDS
    for kind in BACK_OFFICE_KINDS:  # only the back office may send them
        assert KIND_ROLES[kind] == frozenset({Role.BACK_OFFICE})


def test_no_event_kind_is_spelled_as_a_string_outside_the_enum() -> None:
    """grep '"case.' in src: the kinds live in ``event_kinds`` only (the issue found them in four packages)."""
    literal = re.compile(r"""["']case\.[a-z_]+["']""")
    found = [
        f"{path.relative_to(SRC)}:{n}"
        for path in SRC.rglob("*.py")
        if path.name != "event_kinds.py" and "migrations" not in path.parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


def _case(clock: FixedClock) -> Case:
    return Case.new(
        actor=CLERK,
        clock=clock,
        case_no="41122101-S03-20261120-0001",
        item_codes=["SCJG-01-004"],
        catalog_version="test",
        applicant=Applicant(ApplicantKind.PERSON, "李建国", "111", "110101199003077578", phone="13812345678"),
    )


def test_a_case_life_emits_event_kinds_that_survive_json_as_text() -> None:
    clock = FixedClock(datetime(2026, 12, 31, 16, 50, tzinfo=CST))  # the year's last afternoon
    case = _case(clock)
    case.accept(CLERK, clock, date(2027, 1, 20), date(2027, 2, 10))
    case.submit(CLERK, clock)
    case.start_review(BACK, clock)
    case.approve(BACK, clock, "营业执照")
    case.mark_result_ready(BACK, clock)
    case.hand_off(ISSUER, clock, "window", {"collector_name": "李建国"})
    kinds = [e.kind for e in case.events]
    assert kinds == [
        EventKind.DRAFTED,
        EventKind.ACCEPTED,
        EventKind.SUBMITTED,
        EventKind.IN_REVIEW,
        EventKind.APPROVED,
        EventKind.RESULT_READY,
        EventKind.HANDED_OFF,
    ]
    for event in case.events:
        text = json.dumps(event.to_json(), ensure_ascii=False)
        assert f'"kind": "{event.kind.value}"' in text  # type: ignore[attr-defined]
        back = DomainEvent.from_json(json.loads(text))
        assert back == event and type(back.kind) is str  # read back as text, equal to its member
    # the server derives each state from the kind alone, through the same table
    state: CaseState | None = None
    for event in case.events:
        state = event_target(state, event.kind, event.actor.role)
    assert state is CaseState.HANDED_OFF is case.state


def test_records_that_keep_the_state_are_event_kinds_too() -> None:
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))
    case = _case(clock)
    case.accept(CLERK, clock, date(2026, 12, 4), date(2026, 12, 18))
    case.delay(CLERK, clock, date(2026, 12, 11), "需要现场核查", "科长")
    assert case.events[-1].kind is EventKind.DELAYED
    assert event_target(CaseState.ACCEPTED, case.events[-1].kind, Role.INTAKE) is CaseState.ACCEPTED
