"""Store fixtures: a real SQLite file per test, a fixed clock, and cases built from the domain types."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, DomainEvent, Role, new_id
from govdesk.domain.numbering import CaseNumber
from govdesk.store import Store, open_store

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=CST)
CLERK = Actor("c001", "李娜", Role.INTAKE, "411221", "S01", "3号窗口")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "govdesk.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path, FixedClock(NOW))
    yield opened
    opened.close()


def make_case(
    n: int = 1,
    *,
    name: str = "张三",
    id_number: str = "110101199003077578",
    phone: str = "13800138000",
    events: int = 1,
) -> Case:
    case_id = new_id()
    case = Case(
        case_id=case_id,
        case_no=CaseNumber.make("41122101", "S01", NOW.date(), n),
        item_codes=("000123456001",),
        catalog_version="2026.11",
        applicant=Applicant(ApplicantKind.PERSON, name, "111", id_number, phone=phone),
        received_at=NOW,
        first_clerk=CLERK,
        materials={
            "M1": MaterialRecord("M1", "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1),
            "M2": MaterialRecord("M2", "户口簿", MaterialStatus.MISSING, reason="未携带", remedy="补交户口簿原件"),
        },
        state=CaseState.ACCEPTED,
        promised_date=date(2026, 11, 27),
    )
    for i in range(events):
        case.events.append(
            DomainEvent(case_id, "case.received" if i == 0 else f"case.note{i}", CLERK, NOW, {"i": i, "备注": "测试"})
        )
    return case
