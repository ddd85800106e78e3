"""The result document (办理结果) at the center: the licence's scan or PDF the back office (or a department through the
统一受理接口, ``central.routes_dept``) uploads after the decision, resumable and hash-checked like a window's scans
(``central.staging``). Whole, it is linked to the case as its
result (``case_attachments.kind`` ``result``, revision 0019); ``case.result_attached`` then names it
(``central.steps``), and the windows of the center may read it (``attachments.readable_blob``).

Every field is hostile: the file's hash, size and type are checked before a byte is read, the uploader must be a
back-office user of the case's center and department, after the decision, on a case no other reviewer claimed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, BinaryIO, ClassVar

from fastapi import APIRouter, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from govdesk.central.attachment_storage import AttachmentStorage
from govdesk.central.attachments import RESULT, CaseAttachment, CaseId
from govdesk.central.auth import Principal
from govdesk.central.backoffice import office_case
from govdesk.central.context import Central
from govdesk.central.db import CaseRow
from govdesk.central.deps import CentralDep, PrincipalDep, Sha, errors
from govdesk.central.errors import ApiError
from govdesk.central.limits import ATTACHMENT_FILE_LIMIT, ATTACHMENT_TYPES
from govdesk.central.staging import Upload, put_staged, receive_chunk, staged_state, storage_of
from govdesk.domain.attachments import PageRef, is_sha256
from govdesk.domain.messages import Message, MessageText
from govdesk.protocol import refusals
from govdesk.protocol.attachments import UploadState

#: The states in which the back office may upload a case's result document (regulation 002 三 (二): 制证 after the
#: decision; a denial's written decision may be scanned too).
RESULT_FILE_STATES = frozenset({"approved", "denied"})


def result_ref(sha256: str, size: int, content_type: str) -> PageRef:
    """The result document as the uploader declares it (its hash, size and type), or a refusal in words."""
    if not is_sha256(sha256):
        raise ApiError(422, "bad_hash", Message(refusals.BAD_HASH))
    if size > ATTACHMENT_FILE_LIMIT:
        raise ApiError(
            413, "file_too_large", Message(refusals.RESULT_FILES_FILE_TOO_LARGE, mb=ATTACHMENT_FILE_LIMIT // 1048576)
        )
    if content_type not in ATTACHMENT_TYPES:
        raise ApiError(415, "file_type", Message(refusals.RESULT_FILES_FILE_TYPE))
    return PageRef(sha256, size, content_type)


def _result_case(session: Session, who: Principal, case_id: str) -> CaseRow:
    """The case whose result ``who`` may upload: a back-office user of its center and department, after the
    decision, not a case another reviewer claimed."""
    if who.role != "back_office":
        raise ApiError(403, "forbidden_role", Message(refusals.RESULT_FILES_FORBIDDEN_ROLE))
    row = office_case(session, who, case_id)
    if row.state not in RESULT_FILE_STATES:
        raise ApiError(409, "illegal_transition", Message(refusals.RESULT_FILES_ILLEGAL_TRANSITION))
    if row.claimed_by and row.claimed_by != who.username:
        raise ApiError(409, "claimed_by_other", Message(refusals.CLAIMED_BY_OTHER, claimed_by=row.claimed_by))
    return row


def result_linked(session: Session, case_id: str, sha256: str) -> bool:
    """Whether ``sha256`` arrived whole as a result document of the case."""
    return (
        session.scalar(
            select(CaseAttachment.id).where(
                CaseAttachment.case_id == case_id, CaseAttachment.sha256 == sha256, CaseAttachment.kind == RESULT
            )
        )
        is not None
    )


@dataclass(frozen=True)
class ResultDocument(Upload):
    """The result document of a case, as its uploader declares it (``ref``), from a back-office user who may
    upload it (``_result_case``); whole, it is the case's next result page (``kind`` ``result``)."""

    case_id: str
    ref: PageRef
    differs: ClassVar[MessageText] = refusals.SIZE_DIFFERS_RESULT
    mismatch: ClassVar[MessageText] = refusals.RESULT_FILES_HASH_MISMATCH

    def file(self, session: Session) -> PageRef:
        _result_case(session, self.who, self.case_id)
        return self.ref

    def linked(self, session: Session, ref: PageRef) -> bool:
        return result_linked(session, self.case_id, ref.sha256)

    def link(self, session: Session, ref: PageRef, now: datetime) -> None:
        if result_linked(session, self.case_id, ref.sha256):
            return
        pages = session.scalars(
            select(CaseAttachment.page).where(CaseAttachment.case_id == self.case_id, CaseAttachment.kind == RESULT)
        ).all()
        session.add(
            CaseAttachment(
                case_id=self.case_id, center_code=self.who.center_code, material_code=RESULT,
                page=max(pages, default=0) + 1, sha256=ref.sha256, uploaded_by=self.who.username, created_at=now,
                kind=RESULT,
            )
        )  # fmt: skip


def result_upload_state(central: Central, who: Principal, case_id: str, ref: PageRef) -> UploadState:
    return staged_state(central, ResultDocument(who, case_id, ref))


def put_result_chunk(
    central: Central,
    storage: AttachmentStorage,
    who: Principal,
    case_id: str,
    ref: PageRef,
    offset: int,
    body: BinaryIO,
    length: int,
) -> UploadState:
    """The result document's next bytes (resumable, hash-checked, like a window's scans); whole, it is linked to
    the case as its result (``case.result_attached`` then names it, and the windows of the center may read it)."""
    return put_staged(central, storage, ResultDocument(who, case_id, ref), offset, body, length)


# --- routes -----------------------------------------------------------------------------------------------------

router = APIRouter(prefix="/api/v1", tags=["attachments"])  # as when these routes were central.attachments'
ContentType = Annotated[str, Query(pattern="^(image/jpeg|image/png|application/pdf)$", description="the file's type")]
Size = Annotated[int, Query(ge=1, le=ATTACHMENT_FILE_LIMIT, description="the whole file's size in bytes")]


@router.get(
    "/backoffice/cases/{case_id}/result-file/{sha256}",
    tags=["backoffice"],
    operation_id="resultFileState",
    responses=errors(401, 403, 404, 409, 413, 415),
)
def get_result_file_state(
    case_id: CaseId, sha256: Sha, size: Size, content_type: ContentType, who: PrincipalDep, central: CentralDep
) -> UploadState:
    """How much of a result document (the licence's scan or PDF) the center holds for the case."""
    return result_upload_state(central, who, case_id, result_ref(sha256, size, content_type))


@router.put(
    "/backoffice/cases/{case_id}/result-file/{sha256}",
    tags=["backoffice"],
    operation_id="resultFileChunk",
    responses=errors(401, 403, 404, 409, 413, 415, 503),
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}}},
)
async def put_result_file_chunk(
    case_id: CaseId,
    sha256: Sha,
    size: Size,
    content_type: ContentType,
    request: Request,
    who: PrincipalDep,
    central: CentralDep,
    offset: Annotated[int, Query(ge=0, le=ATTACHMENT_FILE_LIMIT)] = 0,
) -> UploadState:
    """The result document's next chunk at ``offset`` (what the center holds); whole and hash-checked, it is the
    case's result file, to be named by ``POST .../result`` (``attachment_sha256``)."""
    if who.role != "back_office":  # before a byte of the body is read
        raise ApiError(403, "forbidden_role", Message(refusals.RESULT_FILES_FORBIDDEN_ROLE))
    return await receive_result_chunk(request, central, who, case_id, result_ref(sha256, size, content_type), offset)


async def receive_result_chunk(
    request: Request, central: Central, who: Principal, case_id: str, ref: PageRef, offset: int
) -> UploadState:
    """A result document's chunk from the request body (spooled, at most ``ATTACHMENT_CHUNK_LIMIT``), written by
    ``put_result_chunk`` off the event loop (the back office's route and the departmental interface's)."""
    storage = storage_of(request)
    return await receive_chunk(
        request, lambda body, length: put_result_chunk(central, storage, who, case_id, ref, offset, body, length)
    )
