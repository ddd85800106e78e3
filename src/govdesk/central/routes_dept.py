"""Routes: the departmental interface (统一受理接口, regulation 000 Art. 31) for departments keeping their own system.

Authenticated per department (``X-Govdesk-Department-Key``, issued by ``govdesk central department add``); a
department sees and acts on its own center's cases of its own department only. Polling: ``GET /api/v1/dept/cases``
(oldest first, with materials, attachments and progress). Webhooks: see ``central/webhooks.py`` (HMAC-signed,
retried). Every step goes through the same functions as the back-office workspace's.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Security
from fastapi.responses import StreamingResponse
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from govdesk.central import attachments, backoffice, result_files, steps
from govdesk.central.db import CaseRow
from govdesk.central.departments import DEPARTMENT_KEY_HEADER, DepartmentPrincipal, authenticate
from govdesk.central.deps import CentralDep, Sha, errors
from govdesk.central.errors import ApiError
from govdesk.central.staging import blob_response
from govdesk.domain.messages import Message
from govdesk.protocol import CaseActionResponse, DecideRequest, refusals
from govdesk.protocol.attachments import UploadState
from govdesk.protocol.office import (
    AttachmentEntry,
    CaseDetail,
    CorrectionRequest,
    DeptCasesResponse,
    DeptDecideRequest,
    OperatorBody,
    ResultRequest,
    StepRequest,
)

router = APIRouter(prefix="/api/v1/dept", tags=["departments"])
_key = APIKeyHeader(
    name=DEPARTMENT_KEY_HEADER, auto_error=False, description="部门接入凭据：<key id>.<secret>（由中心管理员签发）"
)
CaseId = Annotated[str, Path(min_length=1, max_length=64)]


def department(central: CentralDep, key: Annotated[str | None, Security(_key)]) -> DepartmentPrincipal:
    with central.tx() as session:
        return authenticate(session, key)


Dept = Annotated[DepartmentPrincipal, Depends(department)]
_STATES = {"submitted", "in_review", "approved", "denied"}


def _row(session: Session, dept: DepartmentPrincipal, case_id: str) -> CaseRow:
    row = backoffice._case(session, dept.center_code, case_id)
    if row.department != dept.code:
        raise ApiError(404, "unknown_case", Message(refusals.BACKOFFICE_UNKNOWN_CASE))
    return row


def _detail(session: Session, row: CaseRow) -> CaseDetail:
    """A case with its scanned pages that have arrived (the department reads them at ``/attachments/{sha256}``)."""
    pages = [
        AttachmentEntry.model_validate(e.model_dump()) for e in attachments.attachment_entries(session, row.case_id)
        if e.arrived
    ]  # fmt: skip
    return steps.detail(session, row, pages)


@router.get("/cases", operation_id="deptCases", responses=errors(401))
def cases(
    dept: Dept,
    central: CentralDep,
    state: Annotated[str, Query(max_length=16, description="submitted | in_review | approved | denied")] = "submitted",
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> DeptCasesResponse:
    """Polling: the department's cases in ``state``, oldest first, each with its materials and progress."""
    if state not in _STATES:
        raise ApiError(422, "bad_state", Message(refusals.BAD_STATE, states="、".join(sorted(_STATES))))
    with central.tx() as session:
        rows = session.scalars(
            select(CaseRow)
            .where(CaseRow.center_code == dept.center_code, CaseRow.department == dept.code, CaseRow.state == state)
            .order_by(CaseRow.submitted_at, CaseRow.case_id)
            .offset(offset)
            .limit(limit + 1)
        ).all()
        return DeptCasesResponse(cases=[_detail(session, r) for r in rows[:limit]], has_more=len(rows) > limit)


@router.get("/cases/{case_id}", operation_id="deptCase", responses=errors(401, 404))
def case(case_id: CaseId, dept: Dept, central: CentralDep) -> CaseDetail:
    with central.tx() as session:
        return _detail(session, _row(session, dept, case_id))


@router.post("/cases/{case_id}/claim", operation_id="deptClaim", responses=errors(401, 404, 409))
def claim(case_id: CaseId, body: OperatorBody, dept: Dept, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        _row(session, dept, case_id)
        return backoffice.claim(session, dept.actor(body.operator), case_id, central.now())


@router.post("/cases/{case_id}/correction", operation_id="deptCorrection", responses=errors(401, 404, 409))
def correction(case_id: CaseId, body: CorrectionRequest, dept: Dept, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        _row(session, dept, case_id)
        return steps.request_correction(central, session, dept.actor(body.operator), case_id, body, central.now())


@router.post("/cases/{case_id}/steps", operation_id="deptStep", responses=errors(401, 404, 409))
def record_step(case_id: CaseId, body: StepRequest, dept: Dept, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        _row(session, dept, case_id)
        return steps.record_step(session, dept.actor(body.operator), case_id, body, central.now())


@router.post("/cases/{case_id}/decide", operation_id="deptDecide", responses=errors(401, 404, 409))
def decide(case_id: CaseId, body: DeptDecideRequest, dept: Dept, central: CentralDep) -> CaseActionResponse:
    request = DecideRequest(decision=body.decision, result_name=body.result_name, reason=body.reason)
    with central.tx() as session:
        _row(session, dept, case_id)
        answer = backoffice.decide(session, dept.actor(body.operator), case_id, request, central.now())
        steps.tell_decision(central, session, dept.actor(body.operator), answer, central.now())
        return answer


@router.post("/cases/{case_id}/result", operation_id="deptResult", responses=errors(401, 404, 409))
def attach_result(case_id: CaseId, body: ResultRequest, dept: Dept, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        _row(session, dept, case_id)
        return steps.attach_result(session, dept.actor(body.operator), case_id, body, central.now())


@router.post("/cases/{case_id}/result-ready", operation_id="deptResultReady", responses=errors(401, 404, 409))
def result_ready(case_id: CaseId, body: OperatorBody, dept: Dept, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        _row(session, dept, case_id)
        return backoffice.result_ready(session, dept.actor(body.operator), case_id, central.now())


# --- files: the scanned materials, and the result document the department's own system made ---------------------


@router.get(
    "/attachments/{sha256}",
    operation_id="deptAttachment",
    responses={**errors(401, 403, 404), 200: {"content": {"application/octet-stream": {}}}},
    response_class=StreamingResponse,
)
def attachment(sha256: Sha, request: Request, dept: Dept, central: CentralDep) -> StreamingResponse:
    """A scanned page (or a result document) of one of the department's cases (``CaseDetail.attachments``)."""
    return blob_response(request, attachments.readable_blob(central, dept.as_principal(), sha256))


@router.get(
    "/cases/{case_id}/result-file/{sha256}", operation_id="deptResultFileState", responses=errors(401, 404, 409, 413)
)
def result_file_state(
    case_id: CaseId, sha256: Sha, size: result_files.Size, content_type: result_files.ContentType, dept: Dept,
    central: CentralDep,
) -> UploadState:  # fmt: skip
    """How much of the result document the center holds (resumable, as the back office's upload)."""
    ref = result_files.result_ref(sha256, size, content_type)
    return result_files.result_upload_state(central, dept.as_principal(), case_id, ref)


@router.put(
    "/cases/{case_id}/result-file/{sha256}",
    operation_id="deptResultFileChunk",
    responses=errors(401, 404, 409, 413, 415, 503),
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}}},
)
async def result_file_chunk(
    case_id: CaseId,
    sha256: Sha,
    size: result_files.Size,
    content_type: result_files.ContentType,
    request: Request,
    dept: Dept,
    central: CentralDep,
    offset: Annotated[int, Query(ge=0, le=attachments.ATTACHMENT_FILE_LIMIT)] = 0,
) -> UploadState:
    """The result document's next chunk; whole and hash-checked, ``POST .../result`` names it (attachment_sha256)."""
    ref = result_files.result_ref(sha256, size, content_type)
    return await result_files.receive_result_chunk(request, central, dept.as_principal(), case_id, ref, offset)
