"""``govdesk db verify`` holds the ``cases`` table to its events (issue 12), on a real database file: a list row changed
(a case shown as handed out), or a row and its snapshot changed without the events (another applicant's ID number,
another case number) is named; an honest file (a renumbered case, an ID number removed after the hand-off) passes."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.cli import main
from govdesk.domain.case import Applicant, ApplicantKind, Case
from govdesk.domain.clock import FixedClock
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.store import open_store
from govdesk.store.verify import verify_database

NOW = datetime(2026, 12, 30, 9, 30, tzinfo=UTC)
ID_NUMBER = "11010519491231002X"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Two real cases (taken in, accepted, submitted) with production case numbers, and a third renumbered."""
    path = tmp_path / "govdesk.sqlite"
    clock = FixedClock(NOW)
    store = open_store(path, clock)
    actor = Actor("u-zhang", "张三", Role.INTAKE, "41122101", "S01", "3号窗口")
    for n in (1, 2, 3):
        case = Case.new(
            actor=actor,
            clock=clock,
            case_no=f"41122101-S01-20261230-{n:04d}-P",
            item_codes=["ITEM-1"],
            catalog_version="2026.1",
            applicant=Applicant(ApplicantKind.PERSON, f"李{n}", "111", ID_NUMBER, "13800138000"),
            case_id=str(uuid.uuid4()),
        )
        case.accept(actor, clock, date(2027, 1, 5), date(2027, 1, 20))
        case.submit(actor, clock)
        if n == 3:  # renumbered after a re-enrolment (issue 17): the new number is the row's
            new = "41122101-S07-20261230-0001-P"
            case.events.append(
                DomainEvent(case.case_id, EventKind.RENUMBERED, actor, NOW + timedelta(minutes=1), {"case_no": new})
            )
            case.case_no = new
        with store.transaction() as tx:
            store.save_case(tx, case)
    store.close()
    return path


def _edit(path: Path, case_no: str, column: str, value: str, *, snapshot_key: str | None = None) -> None:
    """What someone with the file does: change the row (and, when ``snapshot_key``, its snapshot the same way)."""
    with sqlite3.connect(path) as raw:
        if snapshot_key is not None:
            (text,) = raw.execute("SELECT snapshot FROM cases WHERE case_no = ?", (case_no,)).fetchone()
            data = json.loads(text)
            if snapshot_key.startswith("applicant."):
                data["applicant"][snapshot_key.split(".", 1)[1]] = value
            else:
                data[snapshot_key] = value
            raw.execute("UPDATE cases SET snapshot = ? WHERE case_no = ?", (json.dumps(data), case_no))
        raw.execute(f"UPDATE cases SET {column} = ? WHERE case_no = ?", (value, case_no))


FIRST = "41122101-S01-20261230-0001-P"


def test_an_honest_file_passes(db_path: Path) -> None:
    report = verify_database(db_path)
    assert report.ok, report.problems()
    # an ID number removed after the hand-off (data minimisation) is less data, not other data
    _edit(db_path, FIRST, "applicant_id_number", "", snapshot_key="applicant.id_number")
    assert verify_database(db_path).ok


def test_a_case_shown_as_handed_out_in_its_list_row_is_named(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(db_path, FIRST, "state", "handed_off")
    report = verify_database(db_path)
    assert report.chain is not None and report.chain.ok  # no event was touched
    assert not report.ok
    assert main(["db", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert f"办件表：办件 {FIRST}：办件表的状态与该办件保存的内容不一致：办件表被改动过" in out


def test_a_list_column_changed_alone_is_named(db_path: Path) -> None:
    _edit(db_path, FIRST, "state", "closed")
    problems = verify_database(db_path).problems()
    assert any("办件表的状态与该办件保存的内容不一致" in line for line in problems), problems


def test_another_applicant_or_case_number_is_named(db_path: Path) -> None:
    _edit(db_path, FIRST, "applicant_id_number", "110105194912310037", snapshot_key="applicant.id_number")
    _edit(db_path, "41122101-S01-20261230-0002-P", "case_no", "41122101-S01-20261230-0009-P", snapshot_key="case_no")
    problems = verify_database(db_path).problems()
    assert any(FIRST in line and "申请人证件号码与收件记录不符" in line for line in problems), problems
    assert any(
        "办件 41122101-S01-20261230-0009-P：办件编号与其收件记录不符（记录为 41122101-S01-20261230-0002-P）" in line
        for line in problems
    ), problems
