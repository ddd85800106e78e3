"""The center's staging of uploaded files: resumable, hash-checked, held per center — one shape for every upload
(a window's scanned materials, ``central.attachments``; the back office's result documents, ``central.result_files``;
the supervisors' inspection photos, ``central.supervision_files``): stage the chunk under the caller's center's own
key, and when the file is whole and hashes to its name link it to what it was sent for, or discard it and refuse.

Chunks must come at the offset the server holds (``UploadState.received``), so a retry after a lost answer, a cut
line or a restart resumes where the center stopped: one blob per hash.

A file is kept once, but a hash is no key to it: a center that has never held the file proves it has it by sending
it whole (staged under its own storage key, hash-checked, then dropped) before anything of it is linked to the
kept copy (``attachment_holders``, revision 0022). Only within a center does a second case naming the same file
need no bytes. What a caller is told (``UploadState``) is its own center's progress only: whether another center
holds a file, or is sending it, is never said.

What differs between the uploads is an ``Upload``: which file the caller may send (every access rule checked, the
size and type as its record declares them), whether it is linked already, how it is linked, and the words.
"""

from __future__ import annotations

import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, ClassVar, cast

from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy import BigInteger, Boolean, String, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column
from starlette.concurrency import run_in_threadpool

from govdesk.central.attachment_storage import AttachmentStorage, StorageError, staging_key, storage_from_env
from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.db import Base, UTCDateTime
from govdesk.central.errors import ApiError
from govdesk.central.limits import ATTACHMENT_CHUNK_LIMIT, ATTACHMENT_TYPES
from govdesk.domain.attachments import PageRef, sniff_type
from govdesk.domain.messages import Message, MessageText, said
from govdesk.protocol import refusals
from govdesk.protocol.attachments import UploadState

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


@dataclass(frozen=True)
class Upload(ABC):
    """One caller's upload of one file for one purpose. The staging around it is the same for every purpose
    (``staged_state``, ``put_staged``): the hold, the chunks and the hash check are the caller's center's own."""

    who: Principal
    #: The refusal when this center declared the same file with another size or type (``declared``).
    differs: ClassVar[MessageText]
    #: The refusal when the whole file did not hash to its name (it is dropped, the upload starts again).
    mismatch: ClassVar[MessageText]
    #: The types the file may be, with their names in words (the first bytes must prove the declared one).
    types: ClassVar[Mapping[str, str]] = ATTACHMENT_TYPES

    @abstractmethod
    def file(self, session: Session) -> PageRef:
        """The file as the caller may send it for this purpose (every access rule checked first), or a refusal."""

    @abstractmethod
    def linked(self, session: Session, ref: PageRef) -> bool:
        """Whether the file is linked to this purpose already."""

    @abstractmethod
    def link(self, session: Session, ref: PageRef, now: datetime) -> None:
        """Link the whole, hash-checked file to this purpose (once)."""


def staged_state(central: Central, upload: Upload) -> UploadState:
    """How much of the file the caller's center holds, and whether it is linked to the upload's purpose."""
    with central.tx() as session:
        return _state(session, upload, upload.file(session))


def put_staged(
    central: Central, storage: AttachmentStorage, upload: Upload, offset: int, body: BinaryIO, length: int
) -> UploadState:
    """Stage ``length`` bytes at ``offset``; the last chunk makes the file whole (hash checked) and links it, or
    discards it and refuses (the upload starts again)."""
    now = central.now()
    refusal: ApiError | None = None
    with central.tx() as session:
        ref = upload.file(session)
        holder = locked_holder(session, upload.who.center_code, ref, now)
        declared(holder, ref, Message(upload.differs))
        # a file this center holds needs no bytes; a center that never held it sends it whole (``stage``)
        whole = stage(session, storage, holder, offset, body, length, now, upload.types)
        if whole:
            upload.link(session, ref, now)
        elif whole is False:  # committed as the block ends, THEN answered: the next upload starts from 0
            refusal = ApiError(422, "hash_mismatch", Message(upload.mismatch))
        session.flush()
        state = _state(session, upload, ref)
    if refusal is not None:
        raise refusal
    return state


def _state(session: Session, upload: Upload, ref: PageRef) -> UploadState:
    received = held_received(session, upload.who.center_code, ref)  # this center's progress only
    return UploadState(sha256=ref.sha256, size=ref.size, received=received, complete=upload.linked(session, ref))


def held_received(session: Session, center_code: str, ref: PageRef) -> int:
    """How much of the file ``center_code`` has sent (the whole of it when the center holds it): its own progress
    only, never another center's."""
    holder = session.get(AttachmentHolder, (ref.sha256, center_code))
    if holder is None or holder.size != ref.size:
        return 0
    return holder.received


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
