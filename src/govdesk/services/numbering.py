"""Case numbers drawn at the window (办件编号; their format and check character are ``domain/numbering.py``).

- ``refuse_if_quarantined``: while the center quarantines this PC (restored from an old backup, issue 17 G3) no new
  case is numbered: the draft is kept and the refusal said, before any transaction;
- ``next_number``: the station's next number for a day, inside the caller's unit of work. A number this PC already
  holds (a counter put back by a restore, with the lost days' cases pulled from the center) is skipped, never issued
  twice; after a re-enrolment the station code the center gave is used;
- ``new_case``: an intake draft as a new case under the next number.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from govdesk.domain.case import Case
from govdesk.domain.clock import Clock
from govdesk.domain.messages import Message, translate
from govdesk.domain.numbering import CaseNumber
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake_types import IntakeError
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from govdesk.store.unit import Unit
from govdesk.sync.engine import QUARANTINE_KEY, STATION_KEY

QUARANTINED = translate(
    "NumberingService",
    "本机已被中心隔离（可能是从旧备份恢复的电脑），暂停为新办件编号，以免与中心已有的办件编号重复。"
    "已填写的内容已保存为草稿，管理员重新登记本机后即可继续受理。中心的说明：{reason}",
    "services.numbering.quarantined",
)

#: Numbers tried at most for one case (each taken one is skipped; a restore puts a counter back by days at most).
MAX_TRIES = 10_000


def refuse_if_quarantined(store: Store, keep_draft: Callable[[], None]) -> None:
    """Raise ``IntakeError`` while this PC is quarantined, after ``keep_draft()`` (its own failure is not the news)."""
    if quarantined := store.get_meta(QUARANTINE_KEY):
        with contextlib.suppress(IntakeError):
            keep_draft()
        raise IntakeError(Message(QUARANTINED, reason=quarantined))


def station_of(uow: Unit, window: WindowContext) -> str:
    """The station code numbers are drawn under: the one the center gave at (re-)enrolment, else the window's."""
    return uow.get_meta(STATION_KEY) or window.station_code


def next_number(uow: Unit, center_code: str, station: str, day: date) -> str:
    """The station's next free number for ``day`` (``NumberError`` for a center code not in the national format)."""
    number = ""
    for _ in range(MAX_TRIES):
        number = CaseNumber.make(center_code, station, day, uow.next_case_sequence(station, day))
        if not uow.case_no_taken(number):
            break
    return number


def new_case(
    uow: Unit, window: WindowContext, clock: Clock, catalog_version: str, draft: IntakeDraft, today: date
) -> Case:
    """The draft as a case (``case.drafted``) with the station's next number for ``today``, in ``uow``. The caller
    has refused it first while the center quarantines this PC (``refuse_if_quarantined``)."""
    return Case.new(
        actor=window.actor,
        clock=clock,
        case_no=next_number(uow, window.center_code, station_of(uow, window), today),
        item_codes=draft.item_codes,
        catalog_version=catalog_version,
        applicant=draft.applicant,
        bundle_code=draft.bundle_code,
        answers=draft.answers,
        agent=draft.agent,
        resumed_from=draft.resumed_from,
        ticket=draft.ticket,
    )
