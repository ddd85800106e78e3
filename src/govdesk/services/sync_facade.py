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
from govdesk.sync.errors import SyncError
from govdesk.sync.in_sync import InSyncCheck
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
        self._credentials = credentials
        self.server = server
        self._account = account
        self._engine_options = engine_options
        #: Round tasks the owner added (``add_round_task``): kept for every engine this facade builds.
        self._owner_tasks: list[Callable[[SyncClient], object]] = []
        self.engine: SyncEngine = self._build()

    def _build(self) -> SyncEngine:
        engine = make_engine(
            self.runtime.store,
            self.server,
            self._credentials,
            self._account,
            on_status=self._status,
            **self._engine_options,
        )
        engine.on_round = self._round
        if self.runtime.sms is not None:  # queued SMS (results ready, reminders, pickup codes) go out via the center
            sms = self.runtime.sms
            engine.round_tasks.append(lambda client: sms.send_queued(client.sms))
        # the supervisor's inspections and file reviews go to the center after each round (issue 13)
        engine.round_tasks.append(self._send_records)
        # G4 now and then: a window whose cases drifted from the center's takes its snapshot (``sync.in_sync``)
        self.in_sync = InSyncCheck(engine.queue)
        engine.round_tasks.append(self.in_sync)
        engine.round_tasks.extend(self._owner_tasks)
        return engine

    def add_round_task(self, task: Callable[[SyncClient], object]) -> None:
        """Blocking work after every successful round, on this engine and on any rebuilt one."""
        self._owner_tasks.append(task)
        self.engine.round_tasks.append(task)

    def rebuild(self, server: str, account: str, ca_bundle: str) -> SyncEngine:
        """A new address or CA bundle without a restart: a new engine (and client) on the same store takes the
        place of the running one at once, as a restart would make it; the old one is returned, still to be closed
        (``retire``) before the new one runs, so two never push the same outbox. The login, device registration
        and receipts of another server are not carried over: the refresh token is kept per server (``account``)."""
        old = self.engine
        old.stop()
        self.server = server
        self._account = account
        self._engine_options["ca_bundle"] = ca_bundle
        self.engine = self._build()
        log.info("sync engine rebuilt for new server settings", extra={"event": "sync_rebuilt"})
        return old

    @staticmethod
    async def retire(old: SyncEngine) -> None:
        """Let ``old`` finish the round in flight, release its threads and its connection."""
        await old.aclose()
        old.client.close()

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    async def run(self) -> None:
        await self.engine.run()

    async def aclose(self) -> None:
        await self.engine.aclose()

    def sync_now(self) -> None:
        self.engine.sync_now()

    def clerk_changed(self) -> None:
        """A clerk logged in (``services.auth.sign_in`` kept their refresh token): what the engine sends from now
        on is sent as them (``SyncClient.forget_access``)."""
        self.engine.client.forget_access()

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
            try:
                words = records.exchange_checklist(
                    functools.partial(get_checklist, client), functools.partial(put_checklist, client)
                )
            except SyncError as error:  # e.g. the account's role changed at the center: next round again
                log.warning("the center's checklist items not exchanged: %s", error)
                return
            if words:
                log.warning("the center's checklist items were not published: %s", words)
