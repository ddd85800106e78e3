"""材料流转交接 (``Transfer``): the paper materials of accepted cases passed from the window to the back office, listed
and signed (regulation 002, 三 (一): 纸质材料 … 做好材料交接签收). ``IntakeService`` offers these to the intake page.

- ``awaiting_transfer``: the accepted (and 容缺-accepted) cases whose paper has not gone yet;
- ``receiving_department``: where a set of them goes by default;
- ``transfer``: each case submitted and its 材料流转交接单 made, in ONE unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from govdesk.domain.case import CaseState
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import Clock
from govdesk.domain.messages import Message, said, translate
from govdesk.domain.notice_builders import transfer_sheet
from govdesk.domain.notices import TransferSheet
from govdesk.domain.transitions import DomainError
from govdesk.services.intake_types import IntakeError
from govdesk.services.window import WindowContext
from govdesk.store.errors import StoreError
from govdesk.store.lists import cases_in_states
from govdesk.store.search import CaseSummary
from govdesk.store.store import Store

CASE_NOT_FOUND = translate("TransferService", "找不到办件 {case_id}", "services.transfer.case_not_found")
NOT_TRANSFERRED = translate("TransferService", "{error}（未流转，可重试）", "services.transfer.not_transferred")


def awaiting_transfer(store: Store) -> list[CaseSummary]:
    """Accepted cases whose paper materials have not yet gone to the back office."""
    return cases_in_states(store, (CaseState.ACCEPTED.value, CaseState.ACCEPTED_CONDITIONAL.value))


def receiving_department(catalog: Catalog, cases: Sequence[CaseSummary]) -> str:
    """Where the paper of ``cases`` goes by default: their items' department when they all share it, else ""
    (``transfer`` then sends each case to its own items' department, as the sheet says)."""
    departments = {it.code: it.department.name for it in catalog.items}
    names = {
        "、".join(dict.fromkeys(departments[code] for code in case.item_codes if code in departments)) for case in cases
    }
    return names.pop() if len(names) == 1 else ""


def transfer(
    store: Store,
    catalog: Catalog,
    window: WindowContext,
    clock: Clock,
    today: date,
    case_ids: Sequence[str],
    to_department: str = "",
) -> list[TransferSheet]:
    """Submit each case (its events go to the central server's queue) and make its 材料流转交接单 for signing; all
    or nothing. ``IntakeError`` in the clerk's words."""
    sheets: list[TransferSheet] = []
    try:
        with store.unit() as uow:
            for case_id in case_ids:
                case = uow.load_case(case_id)
                if case is None:
                    raise IntakeError(Message(CASE_NOT_FOUND, case_id=case_id))
                items = tuple(catalog.item(code) for code in case.item_codes)
                case.submit(window.actor, clock)
                uow.save_case(case)
                sheets.append(transfer_sheet(case, items, window.center, today, window.actor.window, to_department))
    except DomainError as error:
        raise IntakeError(said(error)) from error
    except KeyError as error:  # an item no longer in the catalog
        raise IntakeError(error.args[0]) from error
    except StoreError as error:
        raise IntakeError(Message(NOT_TRANSFERRED, error=error)) from error
    return sheets
