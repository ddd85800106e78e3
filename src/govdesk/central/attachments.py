"""Scanned materials at the center: resumable, hash-checked uploads from the windows; reading for the back office.

Every field a window sends is hostile (STYLE.md). The server takes a file only:

- from a window role (intake, issuing) of the case's own center (another center's case is "not found");
- for a case whose applied ``case.material_recorded`` events name the file's SHA-256 (the chain covers it): a
  window cannot park arbitrary bytes here, and the size and type are the ones its event declared;
- within the limits of ``central.limits`` (chunk, file size, type), said in words;
- proved by its first bytes at the first chunk (a "JPEG" that is not one is refused) and by its hash at the last:
  bytes that do not hash to the name are dropped and the upload starts again, never served.

Chunks must come at the offset the server holds (``UploadState.received``), so a retry after a lost answer, a cut
line or a restart resumes where the center stopped: one blob per hash, one row per (case, material, page).

A file is kept once, but a hash is no key to it: a center that has never held the file proves it has it by sending
it whole (staged under its own storage key, hash-checked, then dropped) before any of its cases is linked to the
kept copy (``attachment_holders``, revision 0022). Only within a center does a second case naming the same scan
need no bytes. What a window or office is told (``UploadState``) is its own center's progress only: whether another
center holds a file, or is sending it, is never said.

The back office (role back_office of the case's center; of its department too, when the user has one) lists a case's
files and reads them (regulation 000 Art. 31: 材料 pushed to the back office at once; regulation 002 三(二)). The
result document the back office uploads (办理结果) goes through the same ``stage()`` and ``receive_chunk()``:
``central.result_files``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Annotated, Any, BinaryIO, cast

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import BigInteger, Boolean, Integer, String, UniqueConstraint, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column
from starlette.concurrency import run_in_threadpool

from govdesk.central.attachment_storage import AttachmentStorage, StorageError, staging_key, storage_from_env
from govdesk.central.auth import Principal
from govdesk.central.backoffice import in_department, office_department
from govdesk.central.context import Central
from govdesk.central.db import Base, CaseRow, StoredEvent, UTCDateTime
from govdesk.central.deps import CentralDep, PrincipalDep, errors
from govdesk.central.errors import ApiError
from govdesk.central.limits import ATTACHMENT_CHUNK_LIMIT, ATTACHMENT_FILE_LIMIT, ATTACHMENT_TYPES
from govdesk.domain.attachments import PageRef, is_sha256, sniff_type
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message, said
from govdesk.protocol import refusals
from govdesk.protocol.attachments import AttachmentEntry, CaseAttachments, UploadState

WINDOW_ROLES = frozenset({"intake", "issuing"})
MATERIAL_EVENTS = (EventKind.MATERIAL_RECORDED, EventKind.MATERIAL_SUPPLEMENTED)
#: ``case_attachments.kind`` of the result document the back office uploaded (revision 0019).
RESULT = "result"
#: Bytes of a chunk kept in memory while it streams in; the rest goes to a temporary file.
SPOOL = 64 * 1024


class AttachmentBlob(Base):
    """One file, by its SHA-256, as it arrives (``received``) and once whole and checked (``complete``)."""

    __tablename__ = "attachment_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class AttachmentHolder(Base):
    """A center's hold on a file (revision 0022): its upload in progress (``received``, staged under the center's own
    key) and, once whole and hash-checked (``complete``), the center holds the file and its cases may name it with
    no bytes sent again. ``size`` and ``content_type`` are those the center declared when it began."""

    __tablename__ = "attachment_holders"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


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


def held_received(session: Session, center_code: str, ref: PageRef) -> int:
    """How much of the file ``center_code`` has sent (the whole of it when the center holds it): its own progress
    only, never another center's."""
    holder = session.get(AttachmentHolder, (ref.sha256, center_code))
    if holder is None or holder.size != ref.size:
        return 0
    return holder.received


def _state(session: Session, who: Principal, case_id: str, ref: PageRef) -> UploadState:
    linked = session.scalar(
        select(CaseAttachment.id).where(CaseAttachment.case_id == case_id, CaseAttachment.sha256 == ref.sha256)
    )
    received = held_received(session, who.center_code, ref)
    return UploadState(sha256=ref.sha256, size=ref.size, received=received, complete=linked is not None)


def _link(session: Session, who: Principal, case_id: str, sha256: str, now: datetime) -> None:
    """Record the arrived file for every page of the case that names it (once each)."""
    have = {
        (r.material_code, r.page)
        for r in session.scalars(select(CaseAttachment).where(CaseAttachment.case_id == case_id))
    }
    for code, page, ref in named_files(session, case_id):
        if ref.sha256 == sha256 and (code, page) not in have:
            session.add(
                CaseAttachment(
                    case_id=case_id,
                    center_code=who.center_code,
                    material_code=code,
                    page=page,
                    sha256=sha256,
                    uploaded_by=who.username,
                    created_at=now,
                )
            )


def _upsert_locked(session: Session, model: type[Any], keys: dict[str, Any], values: dict[str, Any]) -> Any:
    """The row of ``model`` at ``keys``, made from ``values`` if new, locked for this transaction (two uploads of one
    file at once: the second waits, then sees what the first wrote; an INSERT ... ON CONFLICT never fails on the
    race)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(model).values(**keys, **values).on_conflict_do_nothing(index_elements=list(keys)))
    query = select(model).filter_by(**keys).with_for_update()
    return session.execute(query.execution_options(populate_existing=True)).scalar_one()


def _locked_blob(session: Session, ref: PageRef, now: datetime) -> AttachmentBlob:
    """The kept file's row, made if new, locked."""
    values = {"size": ref.size, "content_type": ref.content_type, "received": 0, "complete": False, "created_at": now}
    return cast(AttachmentBlob, _upsert_locked(session, AttachmentBlob, {"sha256": ref.sha256}, values))


def locked_holder(session: Session, center_code: str, ref: PageRef, now: datetime) -> AttachmentHolder:
    """``center_code``'s hold on the file, made if new (nothing received), locked."""
    keys = {"sha256": ref.sha256, "center_code": center_code}
    values = {"size": ref.size, "content_type": ref.content_type, "received": 0, "complete": False, "created_at": now}
    return cast(AttachmentHolder, _upsert_locked(session, AttachmentHolder, keys, values))


def declared(holder: AttachmentHolder, ref: PageRef, refusal: Message) -> None:
    """The size and type ``ref`` declares for the center's upload: a file the center holds has them as facts (a
    declaration that differs is refused); an upload in progress under another declaration starts again under this
    one (only this center's own cases declared either: nothing of another center's is touched or told)."""
    if holder.size == ref.size and holder.content_type == ref.content_type:
        return
    if holder.complete:
        raise ApiError(409, "size_differs", refusal)
    holder.size, holder.content_type, holder.received = ref.size, ref.content_type, 0


def stage(
    session: Session,
    storage: AttachmentStorage,
    holder: AttachmentHolder,
    offset: int,
    body: BinaryIO,
    length: int,
    now: datetime,
    types: Mapping[str, str] = ATTACHMENT_TYPES,
) -> bool | None:
    """Write ``length`` bytes at ``offset`` of the (locked) center's upload: True when the center holds the file
    (now or before), False when the whole did not hash to its name (dropped: it starts again from 0), None when more
    must come. The offset must be what the center holds; the first bytes must be the declared type. The first
    center to send a file whole makes it the kept copy; a later center's copy is its proof of holding it, checked
    against the hash and dropped (the kept copy is never written by a center that had not held it)."""
    if holder.complete:
        return True
    if offset != holder.received:
        state = UploadState(sha256=holder.sha256, size=holder.size, received=holder.received, complete=False)
        raise ApiError(
            409, "offset_mismatch", Message(refusals.OFFSET_MISMATCH, received=holder.received), state.model_dump()
        )
    if offset + length > holder.size:
        raise ApiError(413, "beyond_size", Message(refusals.BEYOND_SIZE))
    if offset == 0 and length:
        head = body.read(16)
        body.seek(0)
        if sniff_type(head) != holder.content_type:
            raise ApiError(415, "content_mismatch", Message(refusals.CONTENT_MISMATCH, kind=types[holder.content_type]))
    key = staging_key(holder.sha256, holder.center_code)
    if length:
        storage.write_chunk(key, offset, body)
        holder.received = offset + length
    if holder.received != holder.size:
        return None
    ref = PageRef(holder.sha256, holder.size, holder.content_type)
    blob = _locked_blob(session, ref, now)  # lock order everywhere: the holder, then the blob
    if blob.complete:
        whole = storage.verify(key, holder.sha256, holder.size)
    else:
        whole = storage.finish(holder.sha256, holder.size, key)
        if whole:  # the bytes hash to the name: their size and (sniffed) type are facts now, not declarations
            blob.size, blob.content_type, blob.received = holder.size, holder.content_type, holder.size
            blob.complete, blob.completed_at = True, now
    if not whole:
        holder.received = 0
        return False
    holder.complete, holder.completed_at = True, now
    return True


def _require_window(who: Principal) -> None:
    if who.role not in WINDOW_ROLES:
        raise ApiError(403, "forbidden_role", Message(refusals.FORBIDDEN_ROLE))


def upload_state(central: Central, who: Principal, case_id: str, sha256: str) -> UploadState:
    _require_window(who)
    with central.tx() as session:
        _case(session, who, case_id)
        return _state(session, who, case_id, _file_of(session, case_id, sha256))


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
    now = central.now()
    refusal: ApiError | None = None
    with central.tx() as session:
        _case(session, who, case_id)
        ref = _file_of(session, case_id, sha256)
        holder = locked_holder(session, who.center_code, ref, now)
        declared(holder, ref, Message(refusals.SIZE_DIFFERS_OTHER_CASE))
        # the same scan named by another case of this center needs no bytes; a center that never held it sends it
        whole = stage(session, storage, holder, offset, body, length, now)
        if whole:
            _link(session, who, case_id, sha256, now)
        elif whole is False:  # committed as the block ends, THEN answered: the next upload starts from 0
            refusal = ApiError(422, "hash_mismatch", Message(refusals.HASH_MISMATCH))
        session.flush()
        state = _state(session, who, case_id, ref)
    if refusal is not None:
        raise refusal
    return state


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
Sha = Annotated[str, Path(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")]


def storage_of(request: Request) -> AttachmentStorage:
    """The app's attachment storage (set by a test or a tool on ``app.state``, else from the environment)."""
    state = request.app.state
    storage: AttachmentStorage | None = getattr(state, "attachment_storage", None)
    if storage is None:
        try:
            storage = storage_from_env(str(state.central.engine.url.render_as_string(hide_password=False)))
        except StorageError as error:
            raise ApiError(503, "storage_unconfigured", said(error)) from error
        state.attachment_storage = storage
    return storage


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


async def receive_chunk(request: Request, write: Callable[[BinaryIO, int], UploadState]) -> UploadState:
    """The request's body as one upload chunk (spooled; at most ``ATTACHMENT_CHUNK_LIMIT``, 413 in words beyond),
    handed with its length to ``write`` off the event loop (every resumable upload: scans, result documents,
    inspection photos)."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        length = 0
        async for part in request.stream():
            length += len(part)
            if length > ATTACHMENT_CHUNK_LIMIT:
                raise ApiError(
                    413, "chunk_too_large", Message(refusals.CHUNK_TOO_LARGE, kb=ATTACHMENT_CHUNK_LIMIT // 1024)
                )
            spool.write(part)
        spool.seek(0)
        return await run_in_threadpool(write, cast(BinaryIO, spool), length)


def blob_response(request: Request, blob: AttachmentBlob) -> StreamingResponse:
    """An arrived file's bytes, streamed from the storage."""
    headers: dict[str, Any] = {
        "Content-Length": str(blob.size),
        "ETag": f'"{blob.sha256}"',
        "Cache-Control": "private, max-age=86400, immutable",
        "X-Content-Type-Options": "nosniff",
    }
    return StreamingResponse(storage_of(request).read(blob.sha256), media_type=blob.content_type, headers=headers)
