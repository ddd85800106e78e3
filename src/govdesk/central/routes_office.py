"""Routes: back office, catalog and calendar distribution, messages, SMS."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from govdesk.central import backoffice, distribution, sms_send, steps
from govdesk.central.auth import Principal
from govdesk.central.deps import CentralDep, PrincipalDep, errors, require_roles
from govdesk.domain.events import Actor
from govdesk.protocol import (
    CaseActionResponse,
    DecideRequest,
    DocumentUpload,
    MessageRequest,
    OkResponse,
    QueueResponse,
    SmsRequest,
    SmsResponse,
    VersionedDocument,
)

router = APIRouter(prefix="/api/v1")
BackOffice = Annotated[Principal, Depends(require_roles("back_office", "admin"))]
Admin = Annotated[Principal, Depends(require_roles("admin"))]
Sender = Annotated[Principal, Depends(require_roles("back_office", "admin", "supervisor"))]
CaseId = Annotated[str, Path(min_length=1, max_length=64)]


def _actor(who: Principal) -> Actor:
    return backoffice.back_office_actor(who.username, who.display_name, who.center_code)


@router.get("/backoffice/queue", tags=["backoffice"], operation_id="backofficeQueue", responses=errors(401, 403))
def queue(
    who: BackOffice,
    central: CentralDep,
    department: Annotated[str | None, Query(max_length=128)] = None,
    limit: Annotated[int, Query(ge=1, le=backoffice.MAX_QUEUE_PAGE)] = backoffice.QUEUE_PAGE,
    cursor: Annotated[str | None, Query(max_length=256)] = None,
) -> QueueResponse:
    """One page of the queue, oldest first; ``next_cursor`` names the next page, ``total`` the whole queue. A user
    of one department sees only that department's cases (``department`` in the answer says which)."""
    applied, scope = backoffice.queue_department(who, department)
    with central.read() as session:
        page = backoffice.queue(session, who.center_code, applied, limit, cursor)
    return page.model_copy(update={"department": scope})


@router.post(
    "/backoffice/cases/{case_id}/claim",
    tags=["backoffice"],
    operation_id="claimCase",
    responses=errors(401, 403, 404, 409),
)
def claim(case_id: CaseId, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        backoffice.office_case(session, who, case_id)
        return backoffice.claim(session, _actor(who), case_id, central.now())


@router.post(
    "/backoffice/cases/{case_id}/decide",
    tags=["backoffice"],
    operation_id="decideCase",
    responses=errors(401, 403, 404, 409),
)
def decide(case_id: CaseId, body: DecideRequest, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        backoffice.office_case(session, who, case_id)
        answer = backoffice.decide(session, _actor(who), case_id, body, central.now())
        steps.tell_decision(central, session, _actor(who), answer, central.now())
        return answer


@router.post(
    "/backoffice/cases/{case_id}/result-ready",
    tags=["backoffice"],
    operation_id="resultReady",
    responses=errors(401, 403, 404, 409),
)
def result_ready(case_id: CaseId, who: BackOffice, central: CentralDep) -> CaseActionResponse:
    with central.tx() as session:
        backoffice.office_case(session, who, case_id)
        return backoffice.result_ready(session, _actor(who), case_id, central.now())


def _document_routes(doc_type: str, name: str) -> None:
    @router.get(f"/{doc_type}/latest", tags=["distribution"], operation_id=f"latest{name}", responses=errors(401, 404))
    def latest(_who: PrincipalDep, central: CentralDep) -> VersionedDocument:
        with central.tx() as session:
            return distribution.latest(session, doc_type)

    @router.put(f"/{doc_type}", tags=["distribution"], operation_id=f"publish{name}", responses=errors(401, 403, 409))
    def publish(body: DocumentUpload, who: Admin, central: CentralDep) -> VersionedDocument:
        with central.tx() as session:
            return distribution.publish(central, session, doc_type, body, who.username)


_document_routes("catalog", "Catalog")
_document_routes("calendar", "Calendar")


@router.post("/messages", tags=["messages"], operation_id="postMessage", responses=errors(401, 403))
def post_message(body: MessageRequest, who: Sender, central: CentralDep) -> OkResponse:
    with central.tx() as session:
        distribution.post_message(central, session, who.center_code, who.display_name, body)
    return OkResponse()


@router.post("/sms", tags=["sms"], operation_id="sendSms", responses=errors(401, 403, 404, 409, 429))
def send_sms(body: SmsRequest, who: PrincipalDep, central: CentralDep) -> SmsResponse:
    with central.tx() as session:
        return sms_send.send_sms(central, session, who, body)
