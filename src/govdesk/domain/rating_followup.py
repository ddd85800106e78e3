"""差评 follow-up: every bad rating is verified, rectified and answered, each step within its limit
(regulation 000 Art. 52: 差评和投诉问题调查核实、督促整改及反馈机制; GB/T 39734-2020, GB/T 39735-2020).

The steps, in order: 回访核实 (call the applicant back and find out what happened), then either 整改 (the problem
was real: fix it) or 解释说明 (no legal ground for the complaint: explain it to the applicant), then 反馈 (tell the
applicant what was done). The follow-up is closed by its 反馈.

Limits, counted in working days from the day of the rating, are the center's to set (``FollowUpLimits``). The
defaults follow the national 好差评 opinion (国务院办公厅 国办发〔2019〕51号): a named bad rating is called back
at once ("第一时间"; one working day here) and a clear, reasonable complaint is put right within 15 working days at
most, the applicant told of the result; local rules are often stricter (德州: rectified and answered within 5 working
days), hence configurable. 实名差评回访率 100 %: every follow-up is listed until closed.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, JSONValue
from govdesk.domain.messages import Message, join, translate
from govdesk.domain.transitions import DomainError

STEP_LABELS = {
    "verify": translate("RatingFollowUp", "回访核实", "followup.step.verify"),
    "rectify": translate("RatingFollowUp", "整改", "followup.step.rectify"),
    "explain": translate("RatingFollowUp", "解释说明", "followup.step.explain"),
    "feedback": translate("RatingFollowUp", "反馈", "followup.step.feedback"),
}
STAGE_LABELS = {
    "to_verify": translate("RatingFollowUp", "待回访核实", "followup.stage.to_verify"),
    "to_rectify": translate("RatingFollowUp", "待整改", "followup.stage.to_rectify"),
    "to_answer": translate("RatingFollowUp", "待反馈", "followup.stage.to_answer"),
    "closed": translate("RatingFollowUp", "已办结", "followup.stage.closed"),
}
EITHER = translate("RatingFollowUp", "{first}或{rest}", "followup.either")
WRONG_STEP = translate("RatingFollowUp", "办件 {case_no} 的差评现在应{wanted}，不能先{step}", "followup.wrong_step")
NEEDS_NOTE = translate("RatingFollowUp", "请写明{step}的情况", "followup.needs_note")
DEADLINES = translate(
    "RatingFollowUp",
    "回访期限应大于 0 且不超过整改期限，整改期限不超过 60 个工作日",
    "followup.deadlines",
)
BAD_RECORD = translate("RatingFollowUp", "差评处理记录格式不正确", "followup.bad_record")
NOTE_TOO_LONG = translate("RatingFollowUp", "说明不超过1000字", "followup.note_too_long")
BEFORE_PREVIOUS = translate("RatingFollowUp", "处理时间早于上一步，请检查本机时钟", "followup.before_previous")
DONE = translate("RatingFollowUp", "办件 {case_no} 的差评已处理完毕", "followup.done")

FOLLOWED_UP_KIND = EventKind.RATING_FOLLOWED_UP


class FollowUpError(DomainError):
    """A follow-up step cannot be recorded as asked; the message says what to fix."""


class Step(enum.Enum):
    VERIFY = "verify"  # 回访核实
    RECTIFY = "rectify"  # 整改
    EXPLAIN = "explain"  # 解释说明 (缺乏法定依据)
    FEEDBACK = "feedback"  # 反馈

    @property
    def label(self) -> str:
        return Message(STEP_LABELS[self.value])


class Stage(enum.Enum):
    TO_VERIFY = "to_verify"
    TO_RECTIFY = "to_rectify"  # verified: rectify or explain
    TO_ANSWER = "to_answer"  # rectified or explained: tell the applicant
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return Message(STAGE_LABELS[self.value])


_NEXT: dict[Stage, tuple[Step, ...]] = {
    Stage.TO_VERIFY: (Step.VERIFY,),
    Stage.TO_RECTIFY: (Step.RECTIFY, Step.EXPLAIN),
    Stage.TO_ANSWER: (Step.FEEDBACK,),
    Stage.CLOSED: (),
}
_AFTER: dict[Step, Stage] = {
    Step.VERIFY: Stage.TO_RECTIFY,
    Step.RECTIFY: Stage.TO_ANSWER,
    Step.EXPLAIN: Stage.TO_ANSWER,
    Step.FEEDBACK: Stage.CLOSED,
}


@dataclass(frozen=True, slots=True)
class FollowUpLimits:
    """Working days from the rating (see the module docstring for the sources)."""

    verify_days: int = 1
    rectify_days: int = 15

    def __post_init__(self) -> None:
        if not 0 < self.verify_days <= self.rectify_days <= 60:
            raise FollowUpError(Message(DEADLINES))


@dataclass(frozen=True, slots=True)
class StepRecord:
    step: Step
    at: datetime
    actor: Actor
    note: str

    def to_json(self) -> dict[str, JSONValue]:
        return {"step": self.step.value, "at": self.at.isoformat(), "actor": self.actor.to_json(), "note": self.note}

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> StepRecord:
        actor = doc["actor"]
        if not isinstance(actor, Mapping):
            raise FollowUpError(Message(BAD_RECORD))
        return cls(
            Step(str(doc["step"])),
            datetime.fromisoformat(str(doc["at"])),
            Actor.from_json(dict(actor)),
            str(doc.get("note", "")),
        )


@dataclass
class BadRatingFollowUp:
    """The follow-up of one bad rating (a case's ``case.evaluated`` with rating ≥ 4)."""

    case_id: str
    case_no: str
    rated_on: date
    rating: int
    reasons: tuple[str, ...]
    comment: str
    clerk_id: str  # who served the applicant (the rated one)
    steps: list[StepRecord] = field(default_factory=list)

    @property
    def stage(self) -> Stage:
        stage = Stage.TO_VERIFY
        for record in self.steps:
            stage = _AFTER[record.step]
        return stage

    def allowed(self) -> tuple[Step, ...]:
        return _NEXT[self.stage]

    def record(self, step: Step, at: datetime, actor: Actor, note: str) -> StepRecord:
        """Append ``step`` (the next one only; a note is required: what was found, done or said)."""
        if step not in self.allowed():
            if self.stage is Stage.CLOSED:
                raise FollowUpError(Message(DONE, case_no=self.case_no))
            wanted = join((s.label for s in self.allowed()), EITHER)
            raise FollowUpError(Message(WRONG_STEP, case_no=self.case_no, wanted=wanted, step=step.label))
        text = note.strip()
        if not text:
            raise FollowUpError(Message(NEEDS_NOTE, step=step.label))
        if len(text) > 1000:
            raise FollowUpError(Message(NOTE_TOO_LONG))
        if self.steps and at < self.steps[-1].at:
            raise FollowUpError(Message(BEFORE_PREVIOUS))
        record = StepRecord(step, at, actor, text)
        self.steps.append(record)
        return record

    def due(self, calendar: WorkCalendar, limits: FollowUpLimits) -> date | None:
        """The date the current stage must be done by (None when closed)."""
        match self.stage:
            case Stage.TO_VERIFY:
                return calendar.add_workdays(self.rated_on, limits.verify_days)
            case Stage.TO_RECTIFY | Stage.TO_ANSWER:
                return calendar.add_workdays(self.rated_on, limits.rectify_days)
            case Stage.CLOSED:
                return None

    def overdue(self, today: date, calendar: WorkCalendar, limits: FollowUpLimits) -> bool:
        due = self.due(calendar, limits)
        return due is not None and today > due

    def late_steps(self, calendar: WorkCalendar, limits: FollowUpLimits) -> tuple[Step, ...]:
        """Steps recorded after their limit (for the rectification list's record)."""
        verify_by = calendar.add_workdays(self.rated_on, limits.verify_days)
        done_by = calendar.add_workdays(self.rated_on, limits.rectify_days)
        late = []
        for r in self.steps:
            limit = verify_by if r.step is Step.VERIFY else done_by
            if r.at.date() > limit:
                late.append(r.step)
        return tuple(late)


def follow_ups_of(ratings: Sequence[BadRatingFollowUp], *, open_only: bool = False) -> list[BadRatingFollowUp]:
    """Oldest rating first (the order a supervisor works through them)."""
    chosen = [f for f in ratings if not open_only or f.stage is not Stage.CLOSED]
    return sorted(chosen, key=lambda f: (f.rated_on, f.case_no))
