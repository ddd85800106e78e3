"""A bootstrap page from the center, applied to the local store in the caller's ONE transaction (a new window, or
one whose cursor the center compacted away: ``govdesk.sync.engine._bootstrap``).

Cases this window does not have are built as short records (``server_changes.remote_case``: number, state, item,
and the applicant only where the center sent it) and inserted with one executemany for the whole page; cases it has
go through the fold (``apply_server_change``) when the center's state differs, except those with unsent local
events, whose newer local state the push's answer decides. Where the bootstrap stands is kept with the page, so a
kill resumes at the next page and a page applied twice inserts nothing twice.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.events import Actor, Role
from govdesk.domain.serialize import case_to_json
from govdesk.services.server_changes import (
    ServerChange,
    applicant_from_party,
    apply_server_change,
    free_case_no,
    remote_case,
)
from govdesk.store import chain, inbound
from govdesk.store.store import Store, case_columns
from govdesk.sync.protocol import BootstrapPage, BootstrapRow


def apply_bootstrap_page(store: Store, tx: Session, page: BootstrapPage, station: str) -> int:
    """Apply ``page`` in ``tx`` (``station``: this window's station code at the center); returns how many cases were
    new here."""
    ids = [row.case_id for row in page.rows]
    have = inbound.case_states(tx, ids)
    new = [row for row in page.rows if row.case_id not in have]
    taken = inbound.taken_case_nos(tx, [row.case_no for row in new if row.case_no])
    now = store.now_text()
    columns = []
    for row in new:
        case_no = free_case_no(row.case_no, row.case_id, row.case_no in taken)
        taken.add(case_no)
        case = _remote(row, case_no, page.center_code)
        case.result_name = row.applicant.result_name if row.applicant else ""
        case.version = 1  # as its first save would leave it
        columns.append(case_columns(case, chain.canonical_json(case_to_json(case, include_events=False)), now))
    inbound.insert_cases(tx, columns)
    changed = [row for row in page.rows if row.case_id in have and (have[row.case_id] != row.state or row.applicant)]
    if changed:
        unsent = inbound.pending_case_ids(tx)
        for row in changed:
            if row.case_id in unsent:
                continue
            stored = inbound.load_case(tx, row.case_id)
            if stored is None:
                continue
            remote = row.station_code != station
            applicant = applicant_from_party(row.applicant.model_dump() if row.applicant else None)
            result = row.applicant.result_name if row.applicant else None
            fold = ServerChange(state=row.state, applicant=applicant, remote=remote, result_name=result)
            apply_server_change(stored, fold)
            store.save_case(tx, stored, from_server=True)
    if page.has_more:
        inbound.keep_bootstrap(tx, page.cursor, page.next_after)
    else:
        inbound.end_bootstrap(tx, page.cursor)
    return len(new)


def _remote(row: BootstrapRow, case_no: str, center_code: str) -> Case:
    first = Actor("", "", Role.SYSTEM, center_code, row.station_code)
    applicant = applicant_from_party(row.applicant.model_dump() if row.applicant else None)
    return remote_case(
        case_id=row.case_id,
        case_no=case_no,
        state=row.state,
        item_code=row.item_code,
        applicant=applicant,
        first_clerk=first,
        at=row.updated_at,
    )
