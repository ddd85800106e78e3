"""The ``cases`` table held to its events (issue 12: "the cases table is checked against its events"; regulation 000
Art. 20, 留痕可追溯). The chain (``chain.py``) and the center's receipts (``anchor.py``) guard the events; the list, the
search and the case view read the ``cases`` row, which someone with the file could change without touching an event.

For each case whose history is on this PC (its ``case.drafted`` event is in the chain):

- its case number is the drafted one, or the one its last ``case.renumbered`` event gave;
- its applicant's name is the drafted one, and its ID number too when one is still kept (a number removed after the
  hand-off, data minimisation, is no change);
- the searchable columns (number, state, applicant) say what the row's snapshot says.

Its state is NOT held to its events: a window takes the center's state from a snapshot (a cursor the center no longer
keeps, a quarantine) without the event that made it, so an honest file can hold a state none of its local events
reached (tests/sync/test_snapshot_and_handoff.py). The state is the center's to vouch for (its own projection).

Cases known here only as the center's state (another window's, data minimisation) have no history to hold them to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from govdesk.domain.event_kinds import EventKind

#: At most this many problems are named one by one (a file rewritten wholesale says how many more).
MAX_NAMED = 50


@dataclass(frozen=True, slots=True)
class CaseProblem:
    case_no: str
    message: str  # Chinese

    def describe(self) -> str:
        return f"办件 {self.case_no}：{self.message}"


def check_cases(connection: Connection) -> tuple[int, list[CaseProblem]]:
    """(cases held to their history, problems)."""
    drafted: dict[str, dict[str, Any]] = {}
    renumbered: dict[str, str] = {}
    rows = connection.exec_driver_sql(
        "SELECT case_id, kind, payload FROM events WHERE kind IN (?, ?) ORDER BY position",
        (str(EventKind.DRAFTED), str(EventKind.RENUMBERED)),
    )
    for case_id, kind, payload in rows:
        if kind == EventKind.DRAFTED:
            drafted[case_id] = _json(payload)
        elif kind == EventKind.RENUMBERED:
            number = _json(payload).get("case_no")
            if isinstance(number, str):
                renumbered[case_id] = number
    problems: list[CaseProblem] = []
    held = 0
    cases = connection.exec_driver_sql(
        "SELECT case_id, case_no, state, applicant_name, applicant_id_number, snapshot FROM cases"
    )
    for case_id, case_no, state, name, id_number, snapshot_text in cases:
        problems += _columns_against_snapshot(case_no, state, name, id_number, _json(snapshot_text))
        first = drafted.get(case_id)
        if first is None:
            continue
        held += 1
        problems += _row_against_history(case_no, name, id_number, first, renumbered.get(case_id))
    return held, problems


def _columns_against_snapshot(
    case_no: str, state: str, name: str, id_number: str, snapshot: dict[str, Any]
) -> list[CaseProblem]:
    applicant = snapshot.get("applicant")
    if not isinstance(applicant, dict):
        applicant = {}
    differs = [
        label
        for label, column, kept in (
            ("办件编号", case_no, snapshot.get("case_no")),
            ("状态", state, snapshot.get("state")),
            ("申请人姓名", name, applicant.get("name")),
            ("证件号码", id_number, str(applicant.get("id_number", "")).upper()),
        )
        if column != kept
    ]
    if not differs:
        return []
    return [CaseProblem(case_no, f"办件表的{'、'.join(differs)}与该办件保存的内容不一致：办件表被改动过")]


def _row_against_history(
    case_no: str, name: str, id_number: str, first: dict[str, Any], renumber: str | None
) -> list[CaseProblem]:
    problems: list[CaseProblem] = []
    number = renumber or first.get("case_no")
    if case_no != number:
        problems.append(CaseProblem(case_no, f"办件编号与其收件记录不符（记录为 {number}）：办件表被改动过"))
    applicant = first.get("applicant")
    if not isinstance(applicant, dict):
        applicant = {}
    if name != applicant.get("name"):
        problems.append(CaseProblem(case_no, "申请人姓名与收件记录不符：办件表被改动过"))
    if id_number and id_number != str(applicant.get("id_number", "")).upper():
        problems.append(CaseProblem(case_no, "申请人证件号码与收件记录不符：办件表被改动过"))
    return problems


def _json(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
