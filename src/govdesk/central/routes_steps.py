"""Routes: the back office's steps (a user of role back_office): a case's detail, 补正, 办理环节, the result, and the
deadlines of a page of the queue. Claim, decide and result-ready are ``routes_office``'s."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from govdesk.central import steps
from govdesk.central.auth import Principal
from govdesk.central.backoffice import back_office_actor, office_case, office_department
from govdesk.central.deps import CentralDep, errors, require_roles
from govdesk.domain.events import Actor
from govdesk.protocol import CaseActionResponse
from govdesk.protocol.office import (
    CaseDetail,
    CorrectionRequest,
    DeadlinesRequest,
    DeadlinesResponse,
    ResultRequest,
    StepRequest,
)

router = APIRouter(prefix="/api/v1/backoffice", tags=["backoffice"])
BackOffice = Annotated[Principal, Depends(require_roles("back_office", "admin"))]
CaseId = Annotated[str, Path(min_length=1, max_length=64)]


def _actor(who: Principal) -> Actor:
    return back_office_actor(who.username, who.display_name, who.center_code)


@router.get("/cases/{case_id}", operation_id="backofficeCase", responses=errors(401, 403, 404))
def case_detail(case_id: CaseId, who: BackOffice, central: CentralDep) -> CaseDetail:
    """One case: deadlines, materials, the attachments list, an open 补正, every back-office step with who and when."""
    with central.tx() as session:
        return steps.detail(session, office_case(session, who, case_id))


@router.post("/deadlines", operation_id="backofficeDeadlines", responses=errors(401, 403))
def deadlines(body: DeadlinesRequest, who: BackOffice, central: CentralDep) -> DeadlinesResponse:
    """Promised and statutory dates and the 补正 flag of up to 100 queued cases (a page of the workspace's list)."""
    department = office_department(who)
    with central.tx() as session:
        return DeadlinesResponse(cases=steps.deadlines(session, who.center_code, body.case_ids, department))


@router.post("/cases/{case_id}/correction", operation_id="requestCorrection", responses=errors(401, 403, 404, 409))
def correction(case_id: CaseId, body: CorrectionRequest, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    """补正: back to the window with every material to fix; the clock stops; the applicant is told by SMS."""
    with central.tx() as session:
        office_case(session, who, case_id)
        return steps.request_correction(central, session, _actor(who), case_id, body, central.now())


@router.post("/cases/{case_id}/steps", operation_id="recordStep", responses=errors(401, 403, 404, 409))
def record_step(case_id: CaseId, body: StepRequest, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    """Record a 办理环节 (审查, 决定, 制证) with who and when."""
    with central.tx() as session:
        office_case(session, who, case_id)
        return steps.record_step(session, _actor(who), case_id, body, central.now())


@router.post("/cases/{case_id}/result", operation_id="attachResult", responses=errors(401, 403, 404, 409))
def attach_result(case_id: CaseId, body: ResultRequest, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    """The result: licence number, result name, optionally a scanned copy (sha256 of an uploaded attachment)."""
    with central.tx() as session:
        office_case(session, who, case_id)
        return steps.attach_result(session, _actor(who), case_id, body, central.now())
