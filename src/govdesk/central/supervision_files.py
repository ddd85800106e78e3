"""Photos of the supervisors' hall inspections at the center (issue 13: 现场巡查 "optional photos … signed, synced"):
they arrive like scanned materials, staged by ``central.staging``: resumable chunks, hash-checked, one blob per file in
the attachment storage, and the center treats every field as hostile. It takes a file only:

- from a supervisor or admin, for an inspection of the caller's own center that the caller wrote (the record is
  stored first: another center's, or another supervisor's, is "not found" / refused);
- when that stored record names the file (``files``: its SHA-256, size and type): nobody can park arbitrary bytes;
- of a photo's type (JPEG or PNG, proved by its first bytes at the first chunk) and size (``PHOTO_LIMIT``), said in
  words; chunks at the offset the center holds; the whole file checked against its hash before it counts.

The center's supervisors and admins read a photo that one of their center's records holds (``GET
/api/v1/supervision/files/{sha256}``); anyone else is told it does not exist.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, BinaryIO, ClassVar

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.attachment_storage import AttachmentStorage
from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.db import Base, UTCDateTime
from govdesk.central.deps import CentralDep, Sha, errors, require_roles
from govdesk.central.errors import ApiError
from govdesk.central.staging import (
    AttachmentBlob,
    Upload,
    blob_response,
    put_staged,
    receive_chunk,
    staged_state,
    storage_of,
)
from govdesk.central.supervision_records import SupervisionRecordRow
from govdesk.domain.attachments import PageRef
from govdesk.domain.messages import Message, MessageText
from govdesk.protocol import refusals
from govdesk.protocol.attachments import UploadState

#: A photo's largest size (the PC refuses larger ones before they are kept: ``services.supervision_records``).
PHOTO_LIMIT = 10 * 1024 * 1024
PHOTO_TYPES = {"image/jpeg": Message(refusals.TERM_JPEG_PHOTO), "image/png": Message(refusals.TERM_PNG_PHOTO)}

router = APIRouter(prefix="/api/v1", tags=["supervision"])
Supervising = Annotated[Principal, Depends(require_roles("supervisor", "admin"))]
RecordId = Annotated[str, Path(min_length=8, max_length=64, pattern=r"^[0-9A-Za-z-]+$")]


class SupervisionFile(Base):
    """A photo (or the signature image) of an inspection, arrived whole (who sent it, when)."""

    __tablename__ = "supervision_files"
    __table_args__ = (
        UniqueConstraint("center_code", "record_id", "sha256", name="uq_supervision_files_center_record_sha"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_code: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # ix_supervision_files_sha256
    uploaded_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


def named_file(session: Session, who: Principal, record_id: str, sha256: str) -> PageRef:
    """The file as the caller's own stored inspection names it (its size and type), or a refusal in words."""
    row = session.scalars(
        select(SupervisionRecordRow).where(
            SupervisionRecordRow.center_code == who.center_code, SupervisionRecordRow.record_id == record_id
        )
    ).first()
    if row is None or row.kind != "inspection":
        raise ApiError(404, "record_unknown", Message(refusals.RECORD_UNKNOWN))
    if row.author != who.username:
        raise ApiError(403, "not_the_author", Message(refusals.NOT_THE_AUTHOR))
    try:
        body = json.loads(row.body)
    except ValueError:
        body = {}
    for item in body.get("files") or [] if isinstance(body, dict) else []:
        if isinstance(item, dict) and item.get("sha256") == sha256:
            size, kind = item.get("size"), item.get("content_type")
            if kind not in PHOTO_TYPES:
                raise ApiError(415, "file_type", Message(refusals.SUPERVISION_FILES_FILE_TYPE))
            if type(size) is not int or not 0 < size <= PHOTO_LIMIT:
                raise ApiError(
                    413, "file_too_large", Message(refusals.SUPERVISION_FILES_FILE_TOO_LARGE, mb=PHOTO_LIMIT // 1048576)
                )
            return PageRef(sha256, size, str(kind))
    raise ApiError(409, "not_named", Message(refusals.SUPERVISION_FILES_NOT_NAMED))


@dataclass(frozen=True)
class InspectionPhoto(Upload):
    """A photo of an inspection the caller wrote, as the stored record names it (``named_file``)."""

    record_id: str
    sha256: str
    differs: ClassVar[MessageText] = refusals.SIZE_DIFFERS_PHOTO
    mismatch: ClassVar[MessageText] = refusals.SUPERVISION_FILES_HASH_MISMATCH
    types: ClassVar[Mapping[str, str]] = PHOTO_TYPES

    def file(self, session: Session) -> PageRef:
        return named_file(session, self.who, self.record_id, self.sha256)

    def linked(self, session: Session, ref: PageRef) -> bool:
        linked = session.scalar(
            select(SupervisionFile.id).where(
                SupervisionFile.center_code == self.who.center_code,
                SupervisionFile.record_id == self.record_id,
                SupervisionFile.sha256 == ref.sha256,
            )
        )
        return linked is not None

    def link(self, session: Session, ref: PageRef, now: datetime) -> None:
        if self.linked(session, ref):
            return
        session.add(
            SupervisionFile(
                center_code=self.who.center_code,
                record_id=self.record_id,
                sha256=ref.sha256,
                uploaded_by=self.who.username,
                created_at=now,
            )
        )


def upload_state(central: Central, who: Principal, record_id: str, sha256: str) -> UploadState:
    return staged_state(central, InspectionPhoto(who, record_id, sha256))


def put_chunk(
    central: Central,
    storage: AttachmentStorage,
    who: Principal,
    record_id: str,
    sha256: str,
    offset: int,
    body: BinaryIO,
    length: int,
) -> UploadState:
    """Stage ``length`` bytes at ``offset``; the last chunk makes the photo whole (hash checked) or starts it again."""
    return put_staged(central, storage, InspectionPhoto(who, record_id, sha256), offset, body, length)


def readable(central: Central, who: Principal, sha256: str) -> AttachmentBlob:
    with central.tx() as session:
        linked = session.scalar(
            select(SupervisionFile.id).where(
                SupervisionFile.sha256 == sha256, SupervisionFile.center_code == who.center_code
            )
        )
        blob = session.get(AttachmentBlob, sha256) if linked is not None else None
        if blob is None or not blob.complete:
            raise ApiError(404, "not_found", Message(refusals.SUPERVISION_FILES_NOT_FOUND))
        session.expunge(blob)
        return blob


@router.get(
    "/supervision/records/{record_id}/files/{sha256}/upload",
    operation_id="supervisionFileUploadState",
    responses=errors(401, 403, 404, 409, 413, 415),
)
def get_upload_state(record_id: RecordId, sha256: Sha, who: Supervising, central: CentralDep) -> UploadState:
    return upload_state(central, who, record_id, sha256)


@router.put(
    "/supervision/records/{record_id}/files/{sha256}/upload",
    operation_id="supervisionFileUploadChunk",
    responses=errors(401, 403, 404, 409, 413, 415, 422, 503),
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}}},
)
async def put_upload_chunk(
    record_id: RecordId,
    sha256: Sha,
    request: Request,
    who: Supervising,  # the role before a byte of the body is read
    central: CentralDep,
    offset: Annotated[int, Query(ge=0, le=PHOTO_LIMIT)] = 0,
) -> UploadState:
    storage = storage_of(request)
    return await receive_chunk(
        request, lambda body, length: put_chunk(central, storage, who, record_id, sha256, offset, body, length)
    )


@router.get(
    "/supervision/files/{sha256}",
    operation_id="supervisionFileBytes",
    responses={**errors(401, 403, 404), 200: {"content": {"image/jpeg": {}, "image/png": {}}}},
    response_class=StreamingResponse,
)
def get_file(sha256: Sha, request: Request, who: Supervising, central: CentralDep) -> StreamingResponse:
    return blob_response(request, readable(central, who, sha256))
