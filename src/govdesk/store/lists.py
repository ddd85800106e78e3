"""Work lists: the cases of a station in given states (accepted and waiting for transfer, results ready...).

Served by the ``(state, promised_date)`` index; the rows are the light ``CaseSummary`` of the search.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from govdesk.store.models import CaseRow
from govdesk.store.search import CaseSummary
from govdesk.store.store import Store

_COLUMNS = (
    CaseRow.case_id,
    CaseRow.case_no,
    CaseRow.applicant_name,
    CaseRow.state,
    CaseRow.item_codes,
    CaseRow.received_at,
)


def cases_in_states(store: Store, states: Iterable[str]) -> list[CaseSummary]:
    """Every case in any of ``states``, oldest received first (the one waiting longest is served first).

    Not capped: a list that stopped at 500 without a word left the 501st case's paper at the window. The rows are
    the light summaries (six columns), so a township's whole backlog is a few milliseconds and kilobytes."""
    wanted = sorted(set(states))
    stmt = select(*_COLUMNS).where(CaseRow.state.in_(wanted)).order_by(CaseRow.received_at, CaseRow.case_no)
    with store.reading(snapshot=False) as db:
        return [CaseSummary(*row) for row in db.execute(stmt).all()]
