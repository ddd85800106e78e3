"""Scanned materials at the center: resumable, hash-checked uploads from the windows; reading for the back office.

Every field a window sends is hostile (STYLE.md). The server takes a file only:

- from a window role (intake, issuing) of the case's own center (another center's case is "not found");
- for a case whose applied ``case.material_recorded`` events name the file's SHA-256 (the chain covers it): a
  window cannot park arbitrary bytes here, and the size and type are the ones its event declared;
- within the limits of ``central.limits`` (chunk, file size, type), said in words;
- proved by its first bytes at the first chunk (a "JPEG" that is not one is refused) and by its hash at the last:
  bytes that do not hash to the name are dropped and the upload starts again, never served.

The staging is ``central.staging``'s, the same for every upload: chunks at the offset the center holds, one blob
per hash, a center's own hold on a file (a center that never held a file sends it whole before any of its cases is
linked to the kept copy), and only the caller's center's own progress told. One row per (case, material, page).

The back office (role back_office of the case's center; of its department too, when the user has one) lists a case's
files and reads them (regulation 000 Art. 31: 材料 pushed to the back office at once; regulation 002 三(二)). The
result document the back office uploads (办理结果) is staged the same way: ``central.result_files``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, BinaryIO, ClassVar

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.attachment_storage import AttachmentStorage
from govdesk.central.auth import Principal
from govdesk.central.backoffice import in_department, office_department
from govdesk.central.context import Central
from govdesk.central.db import Base, CaseRow, StoredEvent, UTCDateTime
from govdesk.central.deps import CentralDep, PrincipalDep, Sha, errors
from govdesk.central.errors import ApiError
from govdesk.central.limits import ATTACHMENT_FILE_LIMIT, ATTACHMENT_TYPES
from govdesk.central.staging import (
    AttachmentBlob,
    Upload,
    blob_response,
    put_staged,
    receive_chunk,
    staged_state,
    storage_of,
)
from govdesk.domain.attachments import PageRef, is_sha256
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message, MessageText
from govdesk.protocol import refusals
from govdesk.protocol.attachments import AttachmentEntry, CaseAttachments, UploadState

WINDOW_ROLES = frozenset({"intake", "issuing"})
MATERIAL_EVENTS = (EventKind.MATERIAL_RECORDED, EventKind.MATERIAL_SUPPLEMENTED)
#: ``case_attachments.kind`` of the result document the back office uploaded (revision 0019).
RESULT = "result"


class CaseAttachment(Base):
    """A file arrived for one page of one material of one case (who sent it, when)."""

    __tablename__ = "case_attachments"
    __table_args__ = (UniqueConstraint("case_id", "material_code", "page", name="uq_case_attachments_case_page"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    center_code: Mapped[str] = mapped_column(String(32))
    material_code: Mapped[str] = mapped_column(String(64))
    page: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: ``material`` (a window's scan) or ``result`` (the result document the back office uploaded; revision 0019)
    kind: Mapped[str] = mapped_column(String(16), default="material", server_default="material")


# --- what a case's events name ----------------------------------------------------------------------------------


def named_files(session: Session, case_id: str) -> list[tuple[str, int, PageRef]]:
    """(material code, page, file) for every file the case's applied material events name — at intake
    (``case.material_recorded``) and when a 容缺 material is brought later (``case.material_supplemented``); a
    material named again with pages replaces its earlier files. A page the server cannot read (a hostile event) is
    left out."""
    rows = session.execute(
        select(StoredEvent.document)
        .where(StoredEvent.case_id == case_id, StoredEvent.kind.in_(MATERIAL_EVENTS), StoredEvent.status == "applied")
        .order_by(StoredEvent.server_seq)
    ).scalars()
    by_material: dict[str, list[PageRef]] = {}
    for document in rows:
        payload = document.get("payload") if isinstance(document, dict) else None
        if not isinstance(payload, dict) or not isinstance(payload.get("code"), str):
            continue
        if document.get("kind") == EventKind.MATERIAL_SUPPLEMENTED and "pages" not in payload:
            continue  # brought on paper only: the files named before stay
        pages: list[PageRef] = []
        for item in payload.get("pages") or []:
            try:
                pages.append(PageRef.from_json(item))
            except ValueError:
                continue
        by_material[payload["code"][:64]] = pages
    return [(code, i, ref) for code, refs in by_material.items() for i, ref in enumerate(refs, start=1)]


def _case(session: Session, who: Principal, case_id: str) -> CaseRow:
    row = session.get(CaseRow, case_id)
    if row is None or row.center_code != who.center_code:  # another center's case is not said to exist
        raise ApiError(404, "case_unknown", Message(refusals.CASE_UNKNOWN))
    return row


def _file_of(session: Session, case_id: str, sha256: str) -> PageRef:
    if not is_sha256(sha256):
        raise ApiError(422, "bad_hash", Message(refusals.BAD_HASH))
    for _code, _page, ref in named_files(session, case_id):
        if ref.sha256 == sha256:
            if ref.size > ATTACHMENT_FILE_LIMIT:
                raise ApiError(
                    413, "file_too_large", Message(refusals.FILE_TOO_LARGE, mb=ATTACHMENT_FILE_LIMIT // 1048576)
                )
            if ref.content_type not in ATTACHMENT_TYPES:
                raise ApiError(415, "file_type", Message(refusals.FILE_TYPE))
            return ref
    raise ApiError(409, "not_named", Message(refusals.NOT_NAMED))


@dataclass(frozen=True)
class CaseScan(Upload):
    """A window's scan for one of its center's cases, whose applied material events name it (``central.staging``
    stages it; whole, it is recorded for every page of the case that names it)."""

    case_id: str
    sha256: str
    differs: ClassVar[MessageText] = refusals.SIZE_DIFFERS_OTHER_CASE
    mismatch: ClassVar[MessageText] = refusals.HASH_MISMATCH

    def file(self, session: Session) -> PageRef:
        _case(session, self.who, self.case_id)
        return _file_of(session, self.case_id, self.sha256)

    def linked(self, session: Session, ref: PageRef) -> bool:
        linked = session.scalar(
            select(CaseAttachment.id).where(CaseAttachment.case_id == self.case_id, CaseAttachment.sha256 == ref.sha256)
        )
        return linked is not None

    def link(self, session: Session, ref: PageRef, now: datetime) -> None:
        """Record the arrived file for every page of the case that names it (once each); the same scan named by
        another case of this center needs no bytes."""
        have = {
            (r.material_code, r.page)
            for r in session.scalars(select(CaseAttachment).where(CaseAttachment.case_id == self.case_id))
        }
        for code, page, named in named_files(session, self.case_id):
            if named.sha256 == ref.sha256 and (code, page) not in have:
                session.add(
                    CaseAttachment(
                        case_id=self.case_id,
                        center_code=self.who.center_code,
                        material_code=code,
                        page=page,
                        sha256=ref.sha256,
                        uploaded_by=self.who.username,
                        created_at=now,
                    )
                )


def _require_window(who: Principal) -> None:
    if who.role not in WINDOW_ROLES:
        raise ApiError(403, "forbidden_role", Message(refusals.FORBIDDEN_ROLE))


def upload_state(central: Central, who: Principal, case_id: str, sha256: str) -> UploadState:
    _require_window(who)
    return staged_state(central, CaseScan(who, case_id, sha256))


def put_chunk(
    central: Central,
    storage: AttachmentStorage,
    who: Principal,
    case_id: str,
    sha256: str,
    offset: int,
    body: BinaryIO,
    length: int,
) -> UploadState:
    """Stage ``length`` bytes at ``offset``; the last chunk makes the file whole (hash checked) or starts it again."""
    _require_window(who)
    return put_staged(central, storage, CaseScan(who, case_id, sha256), offset, body, length)


# --- the back office's reading ----------------------------------------------------------------------------------


def _require_back_office(session: Session, who: Principal, case: CaseRow) -> None:
    if who.role != "back_office":
        raise ApiError(403, "forbidden_role", Message(refusals.ATTACHMENTS_FORBIDDEN_ROLE))
    if not in_department(case, office_department(who)):
        raise ApiError(403, "other_department", Message(refusals.OTHER_DEPARTMENT))


def case_attachments(central: Central, who: Principal, case_id: str) -> CaseAttachments:
    with central.tx() as session:
        case = _case(session, who, case_id)
        _require_back_office(session, who, case)
        entries = attachment_entries(session, case_id)
    return CaseAttachments(case_id=case_id, attachments=entries)


def attachment_entries(session: Session, case_id: str) -> list[AttachmentEntry]:
    """Every file the case's material events name, in material and page order, and whether it has arrived."""
    arrived = {
        (r.material_code, r.page): r.sha256
        for r in session.scalars(
            select(CaseAttachment).where(CaseAttachment.case_id == case_id, CaseAttachment.kind != RESULT)
        )
    }
    return [
        AttachmentEntry(
            material_code=code,
            page=page,
            sha256=ref.sha256,
            size=ref.size,
            content_type=ref.content_type,
            arrived=arrived.get((code, page)) == ref.sha256,
        )
        for code, page, ref in named_files(session, case_id)
    ]


def readable_blob(central: Central, who: Principal, sha256: str) -> AttachmentBlob:
    """The arrived file, if one of the caller's center's cases (of their department) holds it; a window (intake,
    issuing) of the center reads the result documents only (the 出件 clerk shows the licence's scan)."""
    if not is_sha256(sha256):
        raise ApiError(422, "bad_hash", Message(refusals.BAD_HASH))
    with central.tx() as session:
        rows = session.execute(
            select(CaseAttachment.case_id, CaseAttachment.kind).where(
                CaseAttachment.sha256 == sha256, CaseAttachment.center_code == who.center_code
            )
        ).all()
        refusal: ApiError = ApiError(404, "not_found", Message(refusals.NOT_FOUND))
        for case_id, kind in rows:
            case = session.get(CaseRow, case_id)
            if case is None:
                continue
            if who.role in WINDOW_ROLES:
                if kind != RESULT:
                    refusal = ApiError(403, "forbidden_role", Message(refusals.ATTACHMENTS_FORBIDDEN_ROLE_2))
                    continue
            else:
                try:
                    _require_back_office(session, who, case)
                except ApiError as error:
                    refusal = error
                    continue
            blob = session.get(AttachmentBlob, sha256)
            if blob is not None and blob.complete:
                return blob
        raise refusal


# --- routes -----------------------------------------------------------------------------------------------------

router = APIRouter(prefix="/api/v1", tags=["attachments"])
CaseId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get(
    "/cases/{case_id}/attachments/{sha256}/upload",
    operation_id="attachmentUploadState",
    responses=errors(401, 403, 404, 409, 413, 415),
)
def get_upload_state(case_id: CaseId, sha256: Sha, who: PrincipalDep, central: CentralDep) -> UploadState:
    return upload_state(central, who, case_id, sha256)


@router.put(
    "/cases/{case_id}/attachments/{sha256}/upload",
    operation_id="attachmentUploadChunk",
    responses=errors(401, 403, 404, 409, 413, 415, 503),
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}}},
)
async def put_upload_chunk(
    case_id: CaseId,
    sha256: Sha,
    request: Request,
    who: PrincipalDep,
    central: CentralDep,
    offset: Annotated[int, Query(ge=0, le=ATTACHMENT_FILE_LIMIT)] = 0,
) -> UploadState:
    _require_window(who)  # before a byte of the body is read
    storage = storage_of(request)
    return await receive_chunk(
        request, lambda body, length: put_chunk(central, storage, who, case_id, sha256, offset, body, length)
    )


@router.get(
    "/cases/{case_id}/attachments",
    operation_id="caseAttachments",
    responses=errors(401, 403, 404),
)
def list_case_attachments(case_id: CaseId, who: PrincipalDep, central: CentralDep) -> CaseAttachments:
    return case_attachments(central, who, case_id)


@router.get(
    "/attachments/{sha256}",
    operation_id="attachmentBytes",
    responses={**errors(401, 403, 404), 200: {"content": {"application/octet-stream": {}}}},
    response_class=StreamingResponse,
)
def get_attachment(sha256: Sha, request: Request, who: PrincipalDep, central: CentralDep) -> StreamingResponse:
    return blob_response(request, readable_blob(central, who, sha256))
