"""G5, no silent overwrite: two windows on one shared database file (this test, and a second window in its own
process) hold copies of the same case. The window that saves second saves from a stale copy: it is refused in
words and nothing of it is written; a double submit queues one ``case.submitted``, never two."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from govdesk.domain.case import CaseState
from govdesk.domain.events import Actor, Role
from govdesk.store import Store, open_store
from govdesk.store.verify import verify_database
from tests.faults.support import ROOT, child_env, take_intake

CENTER, STATION = "41122101", "S01"
STALE = "本次保存未写入"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "shared.sqlite")
    yield opened
    opened.close()


class SecondWindow:
    def __init__(self, db: Path, case_id: str, op: str) -> None:
        command = [sys.executable, "-m", "tests.faults.stale_writer", str(db), case_id, op]
        self.proc = subprocess.Popen(
            command, cwd=ROOT, env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.loaded = self._line()["loaded"]

    def _line(self) -> dict[str, object]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the second window said nothing (exit {self.proc.poll()})"
        return dict(json.loads(line))

    def save_now(self) -> dict[str, object]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        said = self._line()
        self.proc.stdin.close()
        assert self.proc.wait(60) == 0
        self.proc.stdout.close()
        return said


def outbox_kinds(store: Store, case_id: str) -> list[str]:
    with store.reading() as db:
        rows = db.exec_driver_sql(
            "SELECT e.kind FROM outbox o JOIN events e ON e.event_id = o.event_id WHERE e.case_id = ? ORDER BY o.seq",
            (case_id,),
        )
        return [row[0] for row in rows]


def test_a_double_submit_from_two_windows_queues_one_event(store: Store) -> None:
    case = take_intake(store, CENTER, STATION, submit=False)  # accepted, not yet submitted
    other = SecondWindow(store.path, case.case_id, "submit")
    mine = store.load_case(case.case_id)
    assert mine is not None
    mine.submit(Actor("u-张三", "张三", Role.INTAKE, CENTER, STATION, "3号窗口"), store.clock)
    with store.transaction() as tx:
        store.save_case(tx, mine)

    said = other.save_now()
    assert "refused" in said, said
    assert STALE in str(said["refused"]) and case.case_no in str(said["refused"])
    assert outbox_kinds(store, case.case_id).count("case.submitted") == 1
    saved = store.load_case(case.case_id)
    assert saved is not None and saved.state is CaseState.SUBMITTED and len(saved.events) == 3
    assert verify_database(store.path).ok


def test_a_stale_delay_does_not_overwrite_the_submit(store: Store) -> None:
    case = take_intake(store, CENTER, STATION, submit=False)
    other = SecondWindow(store.path, case.case_id, "delay")
    mine = store.load_case(case.case_id)
    assert mine is not None
    mine.submit(Actor("u-张三", "张三", Role.INTAKE, CENTER, STATION, "3号窗口"), store.clock)
    with store.transaction() as tx:
        store.save_case(tx, mine)

    said = other.save_now()
    assert "refused" in said and STALE in str(said["refused"]), said
    saved = store.load_case(case.case_id)
    assert saved is not None and saved.state is CaseState.SUBMITTED  # the row agrees with its events
    assert [e.kind for e in saved.events][-1] == "case.submitted"
    assert "case.delayed" not in outbox_kinds(store, case.case_id)
    assert saved.promised_date == mine.promised_date  # nothing of the stale save was written
    assert verify_database(store.path).ok

    fresh = store.load_case(case.case_id)  # a fresh copy saves
    assert fresh is not None and fresh.version > other.loaded  # type: ignore[operator]
