"""A window PC comes back from quarantine (issue 17, G3; ``govdesk.central.quarantine`` says the center's side).

``reenrol``: the center re-enrolled this PC under a new device id and station code. In one transaction the database
takes the new identity, its not-yet-accepted events move after every other outbox row (so the new identity's
``device_seq`` runs 1, 2, 3… over them: ``SEQ_BASE_KEY``), and the quarantine is lifted; from then on the intake
numbers new cases under the new station code. Nothing is lost: each event goes again under the new identity, and
the ones the center already held answer ``duplicate``.

``renumber``: a case whose number the center refused because another case of the center holds it (cases taken on a
restored PC before it learned of its quarantine) gets the station's next number for the day it is renumbered, and
a ``case.renumbered`` event records the old and new numbers. Only those cases change; the clerk sees each in "needs
attention" with the old number and the new one, and decides whether to reprint the applicant's notice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from govdesk.domain.case import Case
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor
from govdesk.domain.messages import Message
from govdesk.domain.numbering import NumberError
from govdesk.services.numbering import next_number
from govdesk.store.store import DEVICE_ID_KEY, Store
from govdesk.sync.engine import QUARANTINE_KEY, REGISTERED_KEY, SEQ_BASE_KEY, STATION_KEY
from govdesk.sync.reports import RENUMBERED

log = logging.getLogger(__name__)


def reenrol(store: Store, device_id: str, station_code: str) -> int:
    """Take the new identity (see the module docstring); returns the seq base of the new ``device_seq`` 1."""
    with store.sync.unit() as uow:
        base = uow.resequence_pending()
        uow.set_meta(DEVICE_ID_KEY, device_id)
        uow.set_meta(REGISTERED_KEY, device_id)
        uow.set_meta(STATION_KEY, station_code)
        uow.set_meta(SEQ_BASE_KEY, str(base))
        uow.set_meta(QUARANTINE_KEY, "")
    log.warning("this PC was re-enrolled as device %s, station %s", device_id, station_code)
    return base


def _center_of(case: Case) -> str:
    """The 8-digit center code the case's number starts with (its first clerk's center otherwise)."""
    head = case.case_no.split("-", 1)[0]
    return head if len(head) == 8 and head.isdigit() else case.first_clerk.center_code


def renumber(store: Store, event_ids: Sequence[str]) -> list[tuple[str, str]]:
    """Give the cases of ``event_ids`` a new number under this device's station code; (old, new) for each."""
    done: list[tuple[str, str]] = []
    station = store.get_meta(STATION_KEY) or ""
    with store.sync.unit() as uow:
        by_case = uow.outbox_cases(event_ids)
        for case_id in sorted(by_case):
            case = uow.load_case(case_id)
            if case is None or not station:
                continue
            day = store.clock.now().astimezone(CST).date()
            try:
                number = next_number(uow, _center_of(case), station, day)  # a number held here is skipped
            except NumberError as error:  # a center code not in the national format: said, not renumbered
                log.warning("case %s not renumbered: %s", case_id, error)
                continue
            old = case.case_no
            actor = case.first_clerk
            who = Actor(actor.clerk_id, actor.clerk_name, actor.role, actor.center_code, station, actor.window)
            reason = f"原编号 {old} 与本中心另一办件重复，中心未采用；本办件改为 {number}"
            case.renumber(who, store.clock, number, reason)
            uow.save_case(case)
            # kept as text after the center's reason; said again in the clerk's language when read (sync.reports)
            uow.add_outbox_error(by_case[case_id], "；" + Message(RENUMBERED, number=number, old=old))
            done.append((old, number))
    for old, new in done:
        log.warning("case %s renumbered %s (its number was another case's at the center)", old, new)
    return done
