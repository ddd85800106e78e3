"""好差评 at the result window (GB/T 39734/39735-2020; regulation 000, Art. 52): the applicant rates the service
1-5 (满意度 code list: 1 非常满意 … 5 非常不满意) and may comment; a bad rating (4 or 5) says what went wrong and is
followed up (调查核实、督促整改及反馈), so it travels to the center as an event like every other.

GB/T 39734 forbids the staff to interfere: the applicant rates on a screen or device facing them (``source`` says
which), and the clerk is told only that a rating was given. The national 好差评 interface counts the other way
(5 = 非常满意): the event carries that code too (``national_rating``, through ``codes.HAOCHAPING_MAPPING``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from govdesk.domain.case import Case
from govdesk.domain.codes import HAOCHAPING_MAPPING, SATISFACTION
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, JSONValue
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import DomainError

NO_RATING = translate("Evaluation", "请选择1至5的评价（1 非常满意 … 5 非常不满意）", "evaluation.no_rating")
UNKNOWN_REASONS = translate("Evaluation", "未知的差评原因：{reasons}", "evaluation.unknown_reasons")
BAD_NEEDS_REASON = translate("Evaluation", "差评请勾选或说明不满意的原因，以便核实整改", "evaluation.bad_needs_reason")
COMMENT_TOO_LONG = translate("Evaluation", "评价内容不超过500字", "evaluation.comment_too_long")
ALREADY_RATED = translate("Evaluation", "办件 {case_no} 已经评价过，不能重复评价", "evaluation.already_rated")

EVALUATED_KIND = EventKind.EVALUATED
#: Ratings from this value on are 差评 and need a follow-up.
BAD_FROM = 4
#: What went wrong, as the applicant may tick it (GB/T 39735 差评 categories, in the window's words).
BAD_REASONS: tuple[str, ...] = (
    "等候时间过长",
    "工作人员态度不好",
    "办事指南不清楚、一次告知不到位",
    "要求提交清单以外的材料",
    "超过承诺时限",
    "多次往返",
    "结果有错误",
    "其他",
)


def rating_label(rating: int) -> str:
    return SATISFACTION.label(str(rating))


@dataclass(frozen=True, slots=True)
class Evaluation:
    rating: int  # 满意度 code: 1 非常满意 … 5 非常不满意
    comment: str = ""
    reasons: tuple[str, ...] = ()  # ticked from BAD_REASONS (bad ratings only)
    source: str = ""  # where the applicant rated: "screen" (facing them), "device" (a 评价器), "" (not said)

    @property
    def is_bad(self) -> bool:
        return self.rating >= BAD_FROM

    def problems(self) -> tuple[str, ...]:
        if self.rating not in range(1, 6):
            return (Message(NO_RATING),)
        out: list[str] = []
        unknown = [r for r in self.reasons if r not in BAD_REASONS]
        if unknown:
            out.append(Message(UNKNOWN_REASONS, reasons=join(unknown, ENUMERATION)))
        if self.is_bad and not self.reasons and not self.comment.strip():
            out.append(Message(BAD_NEEDS_REASON))
        if len(self.comment) > 500:
            out.append(Message(COMMENT_TOO_LONG))
        return tuple(out)

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "rating": self.rating,
            "label": rating_label(self.rating),
            "comment": self.comment.strip(),
            "reasons": list(self.reasons),
            "bad": self.is_bad,
            "follow_up": self.is_bad,
            "national_rating": HAOCHAPING_MAPPING.to_target("satisfaction", str(self.rating)),
            "source": self.source,
        }


def evaluate(case: Case, actor: Actor, at: datetime, evaluation: Evaluation) -> DomainEvent:
    """Append the ``case.evaluated`` event to the case (the state does not change). Raises ``DomainError``."""
    problems = evaluation.problems()
    if problems:
        raise DomainError(join(problems))
    if any(e.kind == EVALUATED_KIND for e in case.events):
        raise DomainError(Message(ALREADY_RATED, case_no=case.case_no))
    event = DomainEvent(
        case_id=case.case_id, kind=EVALUATED_KIND, actor=actor, occurred_at=at, payload=evaluation.to_json()
    )
    case.events.append(event)
    return event
