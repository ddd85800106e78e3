"""差评跟进 (issue 13): the follow-up of bad ratings — 回访核实, then 整改 or 解释说明, then 反馈 — each step an event
on the rated case (``case.rating_followed_up``), so it travels and is chained like every event; limits in working days
from the rating (国办发〔2019〕51号; local rules stricter, so configurable); the 差评整改清单 of a report. Regulation
000 Art. 52; the rules are the domain's (``domain/rating_followup.py``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from govdesk.domain.clock import CST
from govdesk.domain.evaluation import BAD_FROM, rating_label
from govdesk.domain.events import DomainEvent
from govdesk.domain.messages import Message, said, translate
from govdesk.domain.rating_followup import (
    FOLLOWED_UP_KIND,
    BadRatingFollowUp,
    FollowUpError,
    FollowUpLimits,
    Stage,
    Step,
    StepRecord,
    follow_ups_of,
)
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.supervision_common import RecordsBase, Saved, SupervisionError
from govdesk.services.supervision_types import FollowUpLine
from govdesk.store import supervision_records as records
from govdesk.store.errors import StoreError

NO_BAD_RATING = translate(
    "SupervisionService",
    "该办件没有需要跟进的差评",
    "services.supervision_followups.no_bad_rating",
)
CASE_NOT_FOUND = translate("SupervisionService", "找不到该办件", "services.supervision_followups.case_not_found")
STEP_NOT_RECORDED = translate(
    "SupervisionService",
    "{error}（本步未记录，可重试）",
    "services.supervision_followups.step_not_recorded",
)

FOLLOW_UP_LIMITS_KEY = "rating_followup.limits"


class RatingFollowUps(RecordsBase):
    """See the module docstring."""

    def limits(self) -> FollowUpLimits:
        raw = self.store.get_meta(FOLLOW_UP_LIMITS_KEY)
        try:
            doc = json.loads(raw) if raw else {}
            return FollowUpLimits(int(doc.get("verify_days", 1)), int(doc.get("rectify_days", 15)))
        except (ValueError, TypeError, FollowUpError):
            return FollowUpLimits()

    def follow_ups(self, *, open_only: bool = False) -> list[BadRatingFollowUp]:
        """Every bad rating on this PC with its follow-up so far, oldest first."""
        rated = self.store.bad_ratings(BAD_FROM)
        out = []
        for row in rated:
            case = self.store.load_case(row.case_id)
            if case is None:
                continue
            out.append(_follow_up(row, [e for e in case.events if e.kind == FOLLOWED_UP_KIND]))
        return follow_ups_of(out, open_only=open_only)

    def rectification(self, first: date, last: date, today: date | None = None) -> tuple[FollowUpLine, ...]:
        """The 差评整改清单 of a report: the bad ratings given from ``first`` to ``last``, and every one still open
        whenever it was given, oldest first."""
        day = today or self.clock.now().astimezone(CST).date()
        limits = self.limits()
        lines = []
        for f in self.follow_ups():
            if not (first <= f.rated_on <= last) and f.stage is Stage.CLOSED:
                continue
            steps = "；".join(
                f"{s.at.astimezone(CST):%m-%d} {s.actor.clerk_name}{s.step.label}" + (f"：{s.note}" if s.note else "")
                for s in f.steps
            )
            lines.append(
                FollowUpLine(
                    f.case_no,
                    rating_label(f.rating),
                    "、".join(f.reasons) + (f"；{f.comment}" if f.comment else ""),
                    f.rated_on,
                    f.stage.label,
                    f.due(self.calendar, limits),
                    f.overdue(day, self.calendar, limits),
                    steps,
                )
            )
        return tuple(lines)

    def record_step(self, case_id: str, step: Step, note: str) -> Saved:
        """Record the next follow-up step of ``case_id``'s bad rating, as an event on the case."""
        self._require_supervisor()
        current = next((f for f in self.follow_ups() if f.case_id == case_id), None)
        if current is None:
            raise SupervisionError(Message(NO_BAD_RATING))
        now = self.clock.now()
        try:
            record = current.record(step, now, self.window.actor, note)
        except FollowUpError as error:
            raise SupervisionError(said(error)) from error
        try:
            with self.store.unit() as uow:
                case = uow.load_case(case_id)
                if case is None:
                    raise SupervisionError(Message(CASE_NOT_FOUND))
                case.events.append(
                    DomainEvent(
                        case_id=case_id,
                        kind=FOLLOWED_UP_KIND,
                        actor=record.actor,
                        occurred_at=now,
                        payload={"step": step.value, "label": step.label, "note": record.note},
                    )
                )
                uow.save_case(case)
        except StoreError as error:
            raise SupervisionError(Message(STEP_NOT_RECORDED, error=error)) from error
        return Saved(case_id, Changes.of(ChangeKind.SUPERVISION, ChangeKind.CASES, cases=(case_id,)))

    def overdue_follow_ups(self, today: date | None = None) -> list[BadRatingFollowUp]:
        day = today or self.clock.now().astimezone(CST).date()
        limits = self.limits()
        return [f for f in self.follow_ups(open_only=True) if f.overdue(day, self.calendar, limits)]


def _follow_up(row: records.BadRating, events: Sequence[DomainEvent]) -> BadRatingFollowUp:
    f = BadRatingFollowUp(row.case_id, row.case_no, row.rated_on, row.rating, row.reasons, row.comment, row.clerk_id)
    for e in sorted(events, key=lambda e: e.occurred_at):
        try:
            f.steps.append(
                StepRecord(Step(str(e.payload.get("step"))), e.occurred_at, e.actor, str(e.payload.get("note", "")))
            )
        except ValueError:
            continue  # a step this program does not know (a newer one's): shown in the case view, not here
    return f
