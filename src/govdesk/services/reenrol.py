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

from pydantic_core import from_json
from sqlalchemy import select

from govdesk.domain.case import Case
from govdesk.domain.clock import CST
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent
from govdesk.domain.numbering import CaseNumber, NumberError
from govdesk.store import inbound
from govdesk.store.models import OutboxRow
from govdesk.store.outbox import resequence_pending
from govdesk.store.store import DEVICE_ID_KEY, Store
from govdesk.sync.engine import QUARANTINE_KEY, REGISTERED_KEY, SEQ_BASE_KEY, STATION_KEY

log = logging.getLogger(__name__)
RENUMBERED_KIND = EventKind.RENUMBERED


def reenrol(store: Store, device_id: str, station_code: str) -> int:
    """Take the new identity (see the module docstring); returns the seq base of the new ``device_seq`` 1."""
    with store.transaction() as tx:
        base = resequence_pending(tx)
        store.set_meta(tx, DEVICE_ID_KEY, device_id)
        store.set_meta(tx, REGISTERED_KEY, device_id)
        store.set_meta(tx, STATION_KEY, station_code)
        store.set_meta(tx, SEQ_BASE_KEY, str(base))
        store.set_meta(tx, QUARANTINE_KEY, "")
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
    with store.transaction() as tx:
        rows = tx.execute(
            select(OutboxRow.event_id, OutboxRow.event_json).where(OutboxRow.event_id.in_(list(event_ids)))
        ).all()
        by_case: dict[str, list[str]] = {}
        for event_id, text in rows:
            by_case.setdefault(str(from_json(text).get("case_id")), []).append(event_id)
        for case_id in sorted(by_case):
            case = inbound.load_case(tx, case_id)
            if case is None or not station:
                continue
            now = store.clock.now()
            day = now.astimezone(CST).date()
            try:
                number = CaseNumber.make(_center_of(case), station, day, store.next_case_sequence(tx, station, day))
            except NumberError as error:  # a center code not in the national format: said, not renumbered
                log.warning("case %s not renumbered: %s", case_id, error)
                continue
            old = case.case_no
            actor = case.first_clerk
            who = Actor(actor.clerk_id, actor.clerk_name, actor.role, actor.center_code, station, actor.window)
            reason = f"原编号 {old} 与本中心另一办件重复，中心未采用；本办件改为 {number}"
            case.case_no = number
            case.events.append(
                DomainEvent(
                    case_id=case.case_id,
                    kind=RENUMBERED_KIND,
                    actor=who,
                    occurred_at=now,
                    payload={"case_no": number, "previous": old, "reason": reason},
                )
            )
            store.save_case(tx, case)
            said = f"；本机已将本办件改编为 {number}（原编号 {old}），是否为申请人重新打印告知单，请经办人决定"
            tx.connection().exec_driver_sql(
                "UPDATE outbox SET last_error = last_error || ? WHERE event_id = ?",
                [(said, event_id) for event_id in by_case[case_id]],
            )
            done.append((old, number))
    for old, new in done:
        log.warning("case %s renumbered %s (its number was another case's at the center)", old, new)
    return done
