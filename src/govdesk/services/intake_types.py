"""The values of an intake's use cases: what the clerk may decide now (``DecisionPreview``), what a decision made
(``IntakeResult``: the case, its notices, their archived PDFs and what changed), and the errors said to the clerk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from govdesk.domain.assessment import Assessment, Outcome
from govdesk.domain.case import Case
from govdesk.domain.catalog import ServiceItem
from govdesk.domain.codes import check_as_id_type
from govdesk.domain.deadlines import Deadline, NoticeDeadlines
from govdesk.domain.identity import IdCheck
from govdesk.domain.notices import Notice
from govdesk.services.changes import NOTHING, Changes
from govdesk.services.errors import ServiceError


class IntakeError(ServiceError):
    """Something the clerk must fix before deciding; the message is Chinese and names what. ``field`` names the
    decision panel's field at fault, when one is ("reason", "competent_authority", "review_body")."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class RejectionDetails:
    """What a 不予受理通知书 needs beyond the reason (《行政许可法》 art. 32 (二); 《行政复议法》 art. 20)."""

    competent_authority: str = ""  # where the applicant should apply instead (a matter not within competence)
    review_body: str = ""  # 行政复议机关; empty = the center's usual one (center.json's review_body)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # "applicant.id_number", "agent.authorization", ...
    message: str


@dataclass(frozen=True, slots=True)
class DecisionPreview:
    """What the clerk may decide now, computed live as materials are checked."""

    items: tuple[ServiceItem, ...]
    assessment: Assessment
    problems: tuple[FieldProblem, ...]  # applicant/agent fields to fix before anything but 不予受理
    promised: Deadline | None  # if accepted today
    statutory: Deadline | None
    commitment_due: date | None  # default due date of a 容缺 promise made today
    notice: NoticeDeadlines  # a complex question: told within 2 working days; 5 is the legal limit
    broken_notice: tuple[str, ...]  # names of materials missing now that the first notice did not list
    commitment_deadline: Deadline | None = None  # how commitment_due was counted (provisional or not)
    review_body: str = ""  # the center's usual 行政复议机关, printed on a rejection unless the clerk names another

    @property
    def outcomes(self) -> frozenset[Outcome]:
        if self.problems:
            return frozenset({Outcome.REJECT})
        return self.assessment.outcomes


@dataclass(frozen=True, slots=True)
class IntakeResult:
    """A decision made: the case, the notices to print, and — when the service archives them — each notice's PDF
    (``pdfs``, None where rendering failed) with what went wrong in the clerk's words (``archive_problem``)."""

    case: Case
    notices: tuple[Notice, ...]
    pdfs: tuple[Path | None, ...] = ()
    archive_problem: str = ""
    archived: bool = False  # the service rendered the notices into the archive (``pdfs`` says where)
    changes: Changes = NOTHING


def check_party_id(id_type: str, number: str, today: date) -> IdCheck:
    """Check ``number`` as a document of 证件类型 ``id_type`` (a code may cover several kinds, e.g. 414 passports)."""
    return check_as_id_type(id_type, number, today)
