"""The sync of one window, without Qt (DESIGN.md: "the sync facade is a Qt-free service; the UI renders status and
asks for a login, nothing more").

``SyncFacade`` builds the engine on the window's store (``sync_service.make_engine``), sends the queued SMS in every
round through the center's gateway, and adopts the station code the center assigned to this device, so that new
case numbers carry it. It tells its owner two things, through plain callbacks: every new ``SyncStatus``, and that a
round pulled changes to cases (``on_cases_changed``). The UI's ``SyncController`` runs it on the qasync loop.

``SyncState`` and ``SyncStatus`` are re-exported here: the UI reads them from this service, never from ``sync``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from govdesk.domain.events import Role
from govdesk.services.credentials import CredentialStore
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.sync_service import make_engine
from govdesk.sync.client import SyncClient
from govdesk.sync.records import get_checklist, put_checklist, put_record, upload_record_file
from govdesk.sync.reports import RoundReport
from govdesk.sync.status import CLOCK_SKEW_WARN_SECONDS, STATE_LABELS, SyncState, SyncStatus

if TYPE_CHECKING:
    from govdesk.services.runtime import Runtime
    from govdesk.sync.engine import SyncEngine

__all__ = ["CLOCK_SKEW_WARN_SECONDS", "STATE_LABELS", "SyncFacade", "SyncState", "SyncStatus", "pulled_cases"]

log = logging.getLogger(__name__)


def pulled_cases(report: RoundReport) -> bool:
    """Whether a round brought changes to cases (decisions, results ready, another window's cases, a snapshot)."""
    return report.ok and bool(report.pulled or report.snapshot)


class SyncFacade:
    """See the module docstring."""

    def __init__(
        self,
        runtime: Runtime,
        server: str,
        credentials: CredentialStore,
        account: str,
        *,
        on_status: Callable[[SyncStatus], None],
        on_cases_changed: Callable[[], None] | None = None,
        **engine_options: Any,
    ) -> None:
        self.runtime = runtime
        self._on_status = on_status
        self._on_cases_changed = on_cases_changed
        self.engine: SyncEngine = make_engine(
            runtime.store, server, credentials, account, on_status=self._status, **engine_options
        )
        self.engine.on_round = self._round
        if runtime.sms is not None:  # queued SMS (results ready, reminders, pickup codes) go out through the center
            sms = runtime.sms
            self.engine.round_tasks.append(lambda client: sms.send_queued(client.sms))
        # the supervisor's inspections and file reviews go to the center after each round (issue 13)
        self.engine.round_tasks.append(self._send_records)

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    async def run(self) -> None:
        await self.engine.run()

    async def aclose(self) -> None:
        await self.engine.aclose()

    def sync_now(self) -> None:
        self.engine.sync_now()

    def adopt_station(self) -> bool:
        """Once the center assigned this device its station code, every service records it (True when it changed)."""
        station = self.runtime.station_code()
        actor = self.runtime.window.actor
        if not station or station == actor.station_code:
            return False
        log.info("station code assigned: %s", station, extra={"event": "station_assigned"})
        self.runtime.set_clerk(replace(actor, station_code=station))
        return True

    def _status(self, status: SyncStatus) -> None:
        self.adopt_station()
        self._on_status(status)

    def _round(self, report: RoundReport) -> None:
        if pulled_cases(report) and self._on_cases_changed is not None:
            self._on_cases_changed()

    def _send_records(self, client: SyncClient) -> None:
        rt = self.runtime
        records = SupervisionRecords(rt.store, rt.calendar, rt.clock, rt.window)
        report = records.send_unsent(
            functools.partial(put_record, client), functools.partial(upload_record_file, client)
        )
        for record_id, words in report.refused:
            log.warning("supervision record %s refused by the center: %s", record_id, words)
        if rt.window.actor.role in (Role.SUPERVISOR, Role.ADMIN):  # the center's own checklist items, both ways
            words = records.exchange_checklist(
                functools.partial(get_checklist, client), functools.partial(put_checklist, client)
            )
            if words:
                log.warning("the center's checklist items were not published: %s", words)
