"""What the supervisor's records services share (issue 13): who may, the refusal in words, a record saved and
what that changed (``supervision_records.py``, ``supervision_followups.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.clock import Clock
from govdesk.domain.events import JSONValue, Role
from govdesk.domain.messages import Message, translate
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.errors import ServiceError
from govdesk.services.window import WindowContext
from govdesk.store import supervision_records as records
from govdesk.store.errors import StoreError
from govdesk.store.sealed_files import SUPERVISION_FOLDER, SealedFiles
from govdesk.store.store import Store

SUPERVISORS_ONLY = translate(
    "SupervisionService",
    "只有现场监督人员或管理员可以办理巡查、评查和差评回访",
    "services.supervision_common.supervisors_only",
)
NOT_SAVED = translate("SupervisionService", "{error}（记录未保存，可重试）", "services.supervision_common.not_saved")
SEALED = translate("SupervisionService", "该记录已签名或已完成，不能再修改", "services.supervision_common.sealed")
RECORD_NOT_FOUND = translate("SupervisionService", "找不到该记录", "services.supervision_common.record_not_found")

SUPERVISING = frozenset({Role.SUPERVISOR, Role.ADMIN})


class SupervisionError(ServiceError):
    """A supervisor's record refused or not kept; the message says what and what to do."""


@dataclass(frozen=True, slots=True)
class Saved:
    """A record saved, and what that changed."""

    record_id: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    refused: tuple[tuple[str, str], ...]  # (record id, the center's words)


class RecordsBase:
    """The store, calendar, clock and logged-in supervisor (or admin) of the records services."""

    def __init__(
        self, store: Store, calendar: WorkCalendar, clock: Clock, window: WindowContext, files_dir: Path | None = None
    ) -> None:
        self.store = store
        self.calendar = calendar
        self.clock = clock
        self.window = window
        # photos and signature images, content-addressed (``<sha256><suffix>``: the plaintext's), beside the
        # database, sealed with the store's files key (plain without one, as the database); regulation 000 Art. 32,
        # GB/T 39786-2021 §8.4
        self.files_dir = files_dir if files_dir is not None else store.path.parent / SUPERVISION_FOLDER
        self.files = SealedFiles.for_store(store)

    # ------------------------------------------------------------------ who may

    def _require_supervisor(self) -> None:
        if self.window.actor.role not in SUPERVISING:
            raise SupervisionError(Message(SUPERVISORS_ONLY))

    def _save(self, kind: str, record_id: str, body: dict[str, JSONValue], final: bool) -> Saved:
        try:
            with self.store.unit() as uow:
                uow.save_supervision_record(kind, record_id, dict(body), self.clock.now().isoformat(), final)
        except StoreError as error:
            raise SupervisionError(Message(NOT_SAVED, error=error)) from error
        except ValueError as error:
            raise SupervisionError(Message(SEALED)) from error
        return Saved(record_id, Changes.of(ChangeKind.SUPERVISION))

    def _load(self, record_id: str) -> records.StoredRecord:
        found = self.store.supervision_record(record_id)
        if found is None:
            raise SupervisionError(Message(RECORD_NOT_FOUND))
        return found
