"""好差评 at the result window (GB/T 39734/39735-2020; regulation 000, Art. 52: 差评 are investigated, corrected
and answered). The rating is a ``case.evaluated`` event on the case — it goes to the center through the outbox like
every event, so a bad rating reaches whoever follows it up — and a row of ``evaluations`` for local reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govdesk.domain.clock import Clock
from govdesk.domain.evaluation import BAD_FROM, BAD_REASONS, EVALUATED_KIND, Evaluation, evaluate, rating_label
from govdesk.domain.messages import Message, join, said, translate
from govdesk.domain.transitions import DomainError
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.errors import ServiceError
from govdesk.services.window import WindowContext
from govdesk.store.store import Store

NOT_FOUND = translate("EvaluationService", "找不到该办件", "services.evaluation.not_found")

__all__ = ["BAD_FROM", "BAD_REASONS", "EvaluationError", "EvaluationService", "Rated", "rating_label"]


class EvaluationError(ServiceError):
    """Chinese, for the clerk."""


@dataclass(frozen=True, slots=True)
class Rated:
    """A rating recorded, and what that changed (the case's events, the evaluations)."""

    evaluation: Evaluation
    changes: Changes


class EvaluationService:
    def __init__(self, store: Store, clock: Clock, window: WindowContext) -> None:
        self.store = store
        self.clock = clock
        self.window = window

    def rate(
        self, case_id: str, rating: int, comment: str = "", reasons: Sequence[str] = (), source: str = ""
    ) -> Rated:
        """Record the applicant's rating of ``case_id`` in one unit of work; a bad one (4-5) needs a reason or a
        comment (the domain's rule, ``Evaluation.problems``). ``source``: where the applicant rated ("screen",
        "device")."""
        evaluation = Evaluation(rating=rating, comment=comment.strip(), reasons=tuple(reasons), source=source)
        with self.store.unit() as uow:
            case = uow.load_case(case_id)
            if case is None:
                raise EvaluationError(Message(NOT_FOUND))
            try:
                event = evaluate(case, self.window.actor, self.clock.now(), evaluation)
            except DomainError as error:
                raise EvaluationError(said(error)) from error
            uow.save_case(case)
            uow.add_evaluation(
                event.event_id,
                case.case_id,
                rating,
                evaluation.comment,
                evaluation.reasons,
                event.occurred_at.isoformat(),
                self.window.actor.clerk_id,
            )
        return Rated(evaluation, Changes.of(ChangeKind.CASES, ChangeKind.EVALUATIONS, cases=(case_id,)))

    def is_rated(self, case_id: str) -> bool:
        """Whether the applicant has rated ``case_id`` (the clerk may know that, not how)."""
        case = self.store.load_case(case_id)
        return case is not None and any(e.kind == EVALUATED_KIND for e in case.events)

    @staticmethod
    def needs_reason(rating: int) -> bool:
        """Whether ``rating`` is a 差评 that must say what went wrong (the applicant's page asks for reasons then)."""
        return Evaluation(rating=rating).is_bad

    def check(self, rating: int, comment: str = "", reasons: Sequence[str] = ()) -> str:
        """What is still missing before this rating can be recorded ("" when nothing): for the applicant's page."""
        return join(Evaluation(rating=rating, comment=comment.strip(), reasons=tuple(reasons)).problems())
