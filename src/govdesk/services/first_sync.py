"""A bootstrap page from the center, applied to the local store in the caller's ONE transaction (a new window, or
one whose cursor the center compacted away: ``govdesk.sync.engine._bootstrap``).

Cases this window does not have are built as short records (``domain/remote_cases.py``: number, state, item, and
the applicant only where the center sent it) and inserted with one executemany for the whole page; cases it has go
through the domain's fold (``Case.apply_server_change``) when the center's state differs, except those with unsent
local events, whose newer local state the push's answer decides. The page is written in the caller's ``SyncUnit``
(the store's door for the sync). Where the bootstrap stands is kept with the page, so a
kill resumes at the next page and a page applied twice inserts nothing twice.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json

from govdesk.domain.backoffice import ResultFile, result_file_from_json
from govdesk.domain.case import Case, CaseState
from govdesk.domain.events import Actor, Role
from govdesk.domain.remote_cases import applicant_from_party, free_case_no, remote_case
from govdesk.domain.serialize import applicant_to_json, case_to_json
from govdesk.domain.server_fold import ServerChange, server_state
from govdesk.protocol import BootstrapPage, BootstrapRow, HandoffParty
from govdesk.store.sync_door import SyncUnit


def apply_bootstrap_page(uow: SyncUnit, page: BootstrapPage, station: str) -> int:
    """Apply ``page`` in ``uow`` (``station``: this window's station code at the center); returns how many cases were
    new here."""
    ids = [row.case_id for row in page.rows]
    have = uow.case_states(ids)
    new = [row for row in page.rows if row.case_id not in have]
    taken = uow.taken_case_nos([row.case_no for row in new if row.case_no])
    maker = RowMaker(page.center_code, uow.now_text())
    columns = []
    for row in new:
        case_no = free_case_no(row.case_no, row.case_id, row.case_no in taken)
        taken.add(case_no)
        columns.append(maker.columns(row, case_no))
    uow.insert_cases(columns)
    changed = [row for row in page.rows if row.case_id in have and (have[row.case_id] != row.state or row.applicant)]
    if changed:
        unsent = uow.pending_case_ids()
        for row in changed:
            if row.case_id in unsent:
                continue
            stored = uow.load_case(row.case_id)
            if stored is None:
                continue
            remote = row.station_code != station
            applicant = applicant_from_party(row.applicant.model_dump() if row.applicant else None)
            result = row.applicant.result_name if row.applicant else None
            document = _result_file(row.applicant)
            fold = ServerChange(
                state=row.state, applicant=applicant, remote=remote, result_name=result, result_file=document
            )
            stored.apply_server_change(fold)
            uow.save_case(stored, from_server=True)
    if page.has_more:
        uow.keep_bootstrap(page.cursor, page.next_after)
    else:
        uow.end_bootstrap(page.cursor)
    return len(new)


def _result_file(party: HandoffParty | None) -> ResultFile | None:
    """The result document a hand-off party names (the server sends it with a case ready for hand-off)."""
    if party is None or party.result_file is None:
        return None
    return result_file_from_json(party.result_file.model_dump())


def remote_from_row(row: BootstrapRow, case_no: str, center_code: str) -> Case:
    """The case a bootstrap row stands for, through the domain (``remote_cases.remote_case``)."""
    first = Actor("", "", Role.SYSTEM, center_code, row.station_code)
    applicant = applicant_from_party(row.applicant.model_dump() if row.applicant else None)
    case = remote_case(
        case_id=row.case_id,
        case_no=case_no,
        state=row.state,
        item_code=row.item_code,
        applicant=applicant,
        first_clerk=first,
        at=row.updated_at,
    )
    case.result_name = row.applicant.result_name if row.applicant else ""
    case.result_file = _result_file(row.applicant)
    case.version = 1  # as its first save would leave it
    return case


class RowMaker:
    """The ``cases`` row of each new case of a page, without building and serializing a ``Case`` per row.

    The domain serializes ONE template remote case (``remote_from_row``, ``case_to_json``) with its keys in sorted
    order; each row then replaces only the values a bootstrap row sets, and the dict is written by pydantic_core,
    which keeps that order: the same canonical text as ``chain.canonical_json(case_to_json(case))`` (sorted keys, no
    spaces, Chinese as characters) at a fifth of its cost, which was most of a first sync's time on the window.
    ``tests/services/test_first_sync.py`` holds the two equal for every kind of row.
    """

    def __init__(self, center_code: str, now: str) -> None:
        self.center_code = center_code
        self.now = now
        template = BootstrapRow("", "", "draft", "", "", "", datetime(2000, 1, 1, tzinfo=UTC), False, None)
        self.doc = _sorted(case_to_json(remote_from_row(template, "", center_code), include_events=False))
        self.first_clerk = self.doc["first_clerk"]
        self.no_applicant = self.doc["applicant"]
        self._times: dict[datetime, tuple[str, str]] = {}  # a page's rows share few times (a day's cases)

    def columns(self, row: BootstrapRow, case_no: str) -> dict[str, Any]:
        applicant = self.no_applicant
        party = row.applicant
        if party is not None:
            parsed = applicant_from_party(party.model_dump())
            assert parsed is not None
            applicant = _sorted(applicant_to_json(parsed))
        state = (server_state(row.state) or CaseState.DRAFT).value
        times = self._times.get(row.updated_at)
        if times is None:
            received = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
            times = self._times[row.updated_at] = (received.isoformat(), received.astimezone(UTC).isoformat())
        doc = dict(self.doc)
        doc["applicant"] = applicant
        doc["case_id"] = row.case_id
        doc["case_no"] = case_no
        doc["first_clerk"] = {**self.first_clerk, "station_code": row.station_code}
        doc["item_codes"] = [row.item_code] if row.item_code else []
        doc["received_at"] = times[0]
        doc["result_name"] = party.result_name if party is not None else ""
        document = _result_file(party)
        doc["result_file"] = document.to_json() if document is not None else None
        doc["state"] = state
        return {
            "case_id": row.case_id,
            "case_no": case_no,
            "state": state,
            "item_codes": row.item_code,
            "applicant_name": applicant["name"],
            "applicant_id_number": str(applicant["id_number"]).upper(),
            "applicant_phone": applicant["phone"],
            "first_clerk": "",
            "received_at": times[1],
            "promised_date": None,
            "updated_at": self.now,
            "snapshot": to_json(doc).decode(),
            "version": 1,
        }


def _sorted(value: Any) -> Any:
    """``value`` with every dict's keys in sorted order (pydantic_core writes them in their order)."""
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value
