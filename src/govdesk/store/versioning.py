"""Cases carry a version (G5, no silent overwrite; migration 0005).

Every save raises the row's ``version`` by one, on the condition that the row is still at the version the saved copy
was loaded at (``Case.version``): one ``INSERT … ON CONFLICT DO UPDATE … WHERE version = :loaded``. A copy loaded
before another window (or another page, or the sync) saved the case changes nothing and raises ``StoreStaleCase``,
so the caller's transaction rolls back whole: no row, no event and no outbox entry of the stale save is written, and
a double submit from two copies queues one ``case.submitted``.

The copy's ``version`` moves with its save; should the transaction roll back afterwards, it is put back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import CursorResult, event
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from govdesk.domain.case import Case
from govdesk.domain.messages import Message
from govdesk.store.errors import StoreStaleCase
from govdesk.store.messages import STALE_CASE
from govdesk.store.models import CaseRow

_LOADED = "govdesk_loaded_versions"


def write_case_row(tx: Session, case: Case, columns: Callable[[Case], dict[str, Any]]) -> None:
    """Insert or update ``case``'s row from ``columns(case)`` (built after its version is raised, so the snapshot
    carries the new one); ``StoreStaleCase`` if the stored row is at another version than the copy."""
    loaded = case.version
    _remember(tx, case)
    case.version = loaded + 1
    values = columns(case)
    stmt = sqlite_insert(CaseRow).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[CaseRow.case_id],
        set_={k: v for k, v in values.items() if k != "case_id"},
        where=CaseRow.version == loaded,
    )
    result = tx.execute(stmt)
    if not isinstance(result, CursorResult) or result.rowcount != 1:
        case.version = loaded
        raise StoreStaleCase(
            Message(STALE_CASE, case_no=case.case_no),
            detail=f"stale save of case {case.case_id} loaded at version {loaded}",
        )


def _remember(tx: Session, case: Case) -> None:
    """The version ``case`` had before this transaction's first save of it, put back if the transaction rolls back."""
    loaded: dict[int, tuple[Case, int]] | None = tx.info.get(_LOADED)
    if loaded is None:
        loaded = tx.info[_LOADED] = {}

        def restore(_session: Session) -> None:
            for copy, version in loaded.values():
                copy.version = version
            loaded.clear()

        def forget(_session: Session) -> None:
            loaded.clear()

        event.listen(tx, "after_rollback", restore)
        event.listen(tx, "after_commit", forget)
    loaded.setdefault(id(case), (case, case.version))
