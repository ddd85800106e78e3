"""The composition root: the store, catalog, calendar, clock and services one running window uses.

Built once at start (``Runtime.open``) and handed to the workspaces through the UI's ``AppContext``; tests build
it the same way on a temporary directory. Holding the instance lock for the database here makes a second start on
the same database fail with a clear message (one running instance per database keeps the device's sequence
numbers unique).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from govdesk.domain.calendar import WorkCalendar, load_calendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_search import seed_readings
from govdesk.domain.clock import Clock
from govdesk.domain.events import Actor, Role
from govdesk.domain.messages import Message, translate
from govdesk.services.commitments import CommitmentService
from govdesk.services.deadline_recount import DeadlineRecountService, RecountError, RecountReport
from govdesk.services.delivery import DeliveryService
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.reference_data import effective_calendar, effective_catalog, store_local_calendar
from govdesk.services.scan_upkeep import tidy_scans
from govdesk.services.settings import Settings
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, pinyin_readings
from govdesk.store.errors import StoreError
from govdesk.store.lock import InstanceLock, acquire_instance_lock
from govdesk.store.sealed_files import KEPT_FOLDERS, SUPERVISION_FOLDER, seal_kept_files
from govdesk.store.store import Store, SystemClock, open_store
from govdesk.sync.engine import STATION_KEY

ADMIN_ONLY = translate(
    "RuntimeService",
    "只有管理员可以在本机载入节假日安排，请以管理员身份登录后再试",
    "services.runtime.admin_only",
)

log = logging.getLogger(__name__)

#: Used until a center is configured or a device registered (the demo's center: 河南省渑池县).
DEMO_CENTER_CODE = "41122101"
DEMO_STATION_CODE = "S01"


#: Set once every signature and archived notice kept plain by an earlier version is sealed: later starts skip the
#: walk (every file since was written sealed; ~30 ms a thousand files, on every start, otherwise).
KEPT_SEALED_KEY = "kept_files_sealed"
#: The same for the supervisor's photos and signature images (``supervision_files``), sealed since a later version:
#: a store that had run the first pass already (``KEPT_SEALED_KEY`` set) still seals these once.
SUPERVISION_SEALED_KEY = "supervision_files_sealed"
#: Each pass: its mark, and the folders it seals (beside ``data_dir`` and beside the database).
SEAL_PASSES = ((KEPT_SEALED_KEY, KEPT_FOLDERS), (SUPERVISION_SEALED_KEY, (SUPERVISION_FOLDER,)))


def seal_kept(store: Store, data_dir: Path) -> int:
    """Once, at the first start with the database's key: the signatures, archived notices and supervisor's photos
    and signatures an earlier version kept plain, sealed with the files' key (``store.sealed_files``; the intake
    and the supervisor keep theirs beside the database, the rest beside ``data_dir``: one folder unless the
    database was put elsewhere). Each pass has its own mark (``SEAL_PASSES``), so a store that ran an earlier pass
    runs a later one once too. A failure is logged and the next start tries again (a kill half-way too: what was
    sealed stays sealed, the rest is still plain)."""
    if store.files_key is None:
        return 0
    sealed = 0
    folders = dict.fromkeys((Path(data_dir), Path(store.path).parent))
    for mark, names in SEAL_PASSES:
        if store.get_meta(mark):
            continue
        try:
            for folder in folders:
                sealed += seal_kept_files(folder, store.files_key, names)
            with store.unit() as uow:
                uow.set_meta(mark, store.now_text())
        except StoreError as error:
            log.warning("kept files not sealed: %s", error, extra={"event": "kept_files_unsealed"})
    if sealed:
        log.info("kept files sealed: %d", sealed, extra={"event": "kept_files_sealed"})
    return sealed


def demo_clerk(settings: Settings, station_code: str = "") -> Actor:
    """The clerk of an unconfigured window (the demo, or before the first login). The station code is the one
    the central server assigned at device registration, else the configured one, else the demo's."""
    return Actor(
        clerk_id="demo",
        clerk_name="演示受理员",
        role=Role.INTAKE,
        center_code=settings.center_code or DEMO_CENTER_CODE,
        station_code=station_code or settings.station_code or DEMO_STATION_CODE,
        window=f"{settings.window_number}号窗口" if settings.window_number else "综合窗口",
    )


@dataclass
class Runtime:
    store: Store
    catalog: Catalog
    calendar: WorkCalendar
    clock: Clock
    window: WindowContext
    notices: NoticeService
    intake: IntakeService
    sms: SmsService
    handoff: HandoffService
    delivery: DeliveryService
    commitments: CommitmentService
    evaluation: EvaluationService
    recount: DeadlineRecountService
    lock: InstanceLock | None = None  # None when opened without the instance lock (tools, tests of one service)

    @classmethod
    def open(
        cls,
        db_path: Path,
        data_dir: Path,
        settings: Settings,
        *,
        clerk: Actor | None = None,
        clock: Clock | None = None,
        catalog: Catalog | None = None,
        calendar: WorkCalendar | None = None,
        lock: bool = True,
        db_key: bytes | None = None,
        instance_lock: InstanceLock | None = None,
    ) -> Runtime:
        """Open everything for one window. Raises ``StoreLocked`` if another govdesk holds the database.
        ``db_key``: the database's encryption key (``services.credentials.database_key``; see ``open_store``).
        ``instance_lock``: the database's lock, taken already (the program takes it before its window shows); the
        runtime releases it when it closes, or when it cannot open."""
        held = instance_lock if instance_lock is not None else acquire_instance_lock(db_path) if lock else None
        try:
            store = open_store(db_path, key=db_key)
        except BaseException:
            if held is not None:
                held.release()
            raise
        try:
            tidy_scans(store)  # scans from before sealed with the database's key; orphaned pages removed
        except StoreError as error:  # the day's work goes on; the next start tries again
            log.warning("scans not tidied: %s", error, extra={"event": "scans_untidied"})
        seal_kept(store, data_dir)
        clock = clock or SystemClock()
        seed_readings(pinyin_readings())  # the item search's pinyin, made with the shipped catalog (no pypinyin)
        catalog = catalog or effective_catalog(store)
        calendar = calendar or effective_calendar(store)
        notices = NoticeService(
            data_dir, Path(settings.template_dir) if settings.template_dir else None, files_key=store.files_key
        )
        notices.clear_views()  # copies decrypted for viewing that a killed run left behind
        station = store.get_meta(STATION_KEY) or ""
        window = WindowContext(actor=clerk or demo_clerk(settings, station), center=notices.center())
        intake = IntakeService(store, catalog, calendar, clock, window, notices=notices)
        sms = SmsService(store, clock)
        handoff = HandoffService(store, catalog, clock, window, sms, data_dir)
        delivery = DeliveryService(handoff)  # its clerk is the hand-over's: ``set_clerk`` changes both
        commitments = CommitmentService(store, catalog, calendar, clock, window, sms, data_dir)
        evaluation = EvaluationService(store, clock, window)
        recount = DeadlineRecountService(store, clock, window, sms)
        return cls(
            store,
            catalog,
            calendar,
            clock,
            window,
            notices,
            intake,
            sms,
            handoff,
            delivery,
            commitments,
            evaluation,
            recount,
            held,
        )

    def now(self) -> datetime:
        return self.clock.now()

    def station_code(self) -> str:
        """The station code the central server assigned to this device, or "" before the first registration."""
        return self.store.get_meta(STATION_KEY) or ""

    def set_clerk(self, actor: Actor) -> None:
        """A clerk logged in, or the device got its station code: every service records this actor from now on
        (regulation 000, Art. 20: 留痕)."""
        self.window = replace(self.window, actor=actor, login_role=actor.role)
        for service in (self.intake, self.handoff, self.commitments, self.evaluation):
            # each keeps the role it acts in (an intake clerk at the result window: 出件)
            service.window = self.window.as_role(service.window.actor.role)
        self.recount.window = self.window  # a recount is the clerk's own act, in the clerk's own role

    def reload_calendar(self) -> RecountReport | None:
        """Take the calendar now in the store (pulled from the center, or loaded here by an admin) when it differs
        from the one in use, and recount the open cases whose deadlines used a provisional year on it (issue 10).
        The report, or None when nothing was recounted (no change, or no case held a provisional deadline)."""
        calendar = effective_calendar(self.store)
        previous = self.calendar
        if calendar != previous:
            self.calendar = calendar
            self.intake.calendar = calendar
            self.commitments.calendar = calendar
        if not self.recount.needs_recount(calendar):
            return None
        since = min(previous.last_day.year, default_calendar().last_day.year)
        report = self.recount.recount(calendar, tuple(cy.year for cy in calendar.years if cy.year > since))
        return report if report.recounted else None

    def load_calendar_file(self, path: Path) -> RecountReport | None:
        """An admin loads a year's arrangement at this window (before the center publishes it); validated first
        (``CalendarDataError`` in words), kept, and the open cases recounted. Only an admin may (``RecountError``)."""
        if self.window.actor.role is not Role.ADMIN:
            raise RecountError(Message(ADMIN_ONLY))
        loaded = load_calendar([path])
        self.calendar.merged(loaded)  # a gap (a year missing in between) is refused here, before anything is kept
        store_local_calendar(self.store, loaded)
        return self.reload_calendar()

    def close(self) -> None:
        self.notices.clear_views()  # no decrypted notice stays after the program (``services.viewing``)
        self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
