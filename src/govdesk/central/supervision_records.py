"""``PUT /api/v1/supervision/records/{kind}/{record_id}``: a supervisor's hall inspection or file review, kept at
the center (regulation 000 Art. 50–51: 现场巡查, 卷宗评查, 留痕).

Every field is checked (issue 12): the author is the authenticated user (a body naming someone else is refused), the
center is the user's, the kind and size are bounded, a final (signed) record never changes, and an older version
never replaces a newer one (a retry after a lost reply is answered as already stored).
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint, and_, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.auth import Principal
from govdesk.central.db import Base, CaseRow, StoredEvent, User
from govdesk.central.deps import CentralDep, errors, require_roles
from govdesk.central.errors import ApiError
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message
from govdesk.protocol import refusals
from govdesk.protocol.records import (
    CHECKLIST_OUTDATED,
    MAX_RECORD_BYTES,
    CenterChecklist,
    CenterItem,
    FollowUpEntry,
    FollowUpList,
    RecordDocument,
    RecordKind,
    RecordList,
    RecordStored,
    RecordSummary,
    RecordUpload,
)

router = APIRouter(prefix="/api/v1")
Supervising = Annotated[Principal, Depends(require_roles("supervisor", "admin"))]
RecordId = Annotated[str, Path(min_length=8, max_length=64, pattern=r"^[0-9A-Za-z-]+$")]
_AUTHOR_FIELD = {"inspection": "inspector", "file_review": "reviewer"}
_ID_FIELD = {"inspection": "inspection_id", "file_review": "review_id"}


class SupervisionRecordRow(Base):
    __tablename__ = "supervision_records"
    __table_args__ = (
        UniqueConstraint("center_code", "record_id", name="uq_supervision_records_center_record"),
        # 同事记录's keyset pages, newest first (revision 0023)
        Index("ix_supervision_records_center_received", "center_code", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_code: Mapped[str] = mapped_column(String(32), index=True)  # ix_supervision_records_center_code
    record_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    final: Mapped[bool] = mapped_column(Boolean)
    author: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(40))


def _check(kind: str, record_id: str, upload: RecordUpload, who: Principal) -> str:
    text = json.dumps(upload.body, ensure_ascii=False, sort_keys=True)
    if len(text.encode()) > MAX_RECORD_BYTES:
        raise ApiError(413, "record_too_large", Message(refusals.RECORD_TOO_LARGE, kb=MAX_RECORD_BYTES // 1024))
    if str(upload.body.get(_ID_FIELD[kind], "")) != record_id:
        raise ApiError(422, "record_id_mismatch", Message(refusals.RECORD_ID_MISMATCH))
    author: Any = upload.body.get(_AUTHOR_FIELD[kind])
    if not isinstance(author, dict) or author.get("clerk_id") != who.username:
        raise ApiError(403, "not_the_author", Message(refusals.SUPERVISION_RECORDS_NOT_THE_AUTHOR))
    if author.get("center_code") not in (None, "", who.center_code):
        raise ApiError(403, "other_center", Message(refusals.OTHER_CENTER))
    return text


def store_record(
    session: Session, kind: str, record_id: str, upload: RecordUpload, who: Principal, now: datetime
) -> RecordStored:
    text = _check(kind, record_id, upload, who)
    row = session.scalars(
        select(SupervisionRecordRow)
        .where(SupervisionRecordRow.center_code == who.center_code, SupervisionRecordRow.record_id == record_id)
        .with_for_update()
    ).first()
    if row is None:
        session.add(
            SupervisionRecordRow(
                center_code=who.center_code,
                record_id=record_id,
                kind=kind,
                version=upload.version,
                final=upload.final,
                author=who.username,
                body=text,
                received_at=now.isoformat(),
            )
        )
        return RecordStored(record_id=record_id, version=upload.version, stored=True, final=upload.final)
    if row.kind != kind or row.author != who.username:
        raise ApiError(409, "record_taken", Message(refusals.RECORD_TAKEN))
    if upload.version <= row.version:
        return RecordStored(record_id=record_id, version=row.version, stored=False, final=row.final)
    if row.final:
        raise ApiError(409, "record_final", Message(refusals.RECORD_FINAL))
    row.version, row.final, row.body, row.received_at = upload.version, upload.final, text, now.isoformat()
    return RecordStored(record_id=record_id, version=upload.version, stored=True, final=upload.final)


@router.put(
    "/supervision/records/{kind}/{record_id}",
    tags=["supervision"],
    operation_id="putSupervisionRecord",
    responses=errors(401, 403, 409, 413, 422),
)
def put_record(
    kind: RecordKind, record_id: RecordId, body: RecordUpload, who: Supervising, central: CentralDep
) -> RecordStored:
    with central.tx() as session:
        return store_record(session, kind, record_id, body, who, central.now())


#: Keyset pages of the colleagues' lists: (when the center received it, its row number), newest first; a cursor is
#: that pair of a page's last entry (never OFFSET: a record stored meanwhile neither repeats nor skips one below).
Cursor = Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page")]
BAD_CURSOR = Message(refusals.LIST_BAD_CURSOR)


def _cursor_text(at: str, n: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([at, n]).encode()).decode().rstrip("=")


def _cursor_key(cursor: str) -> tuple[str, int]:
    """The (received_at, row number) a cursor names; one not made by ``_cursor_text`` is refused in words."""
    try:
        at, n = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(at, str) or not isinstance(n, int) or isinstance(n, bool) or not 0 <= n < 2**62:
            raise ValueError("bad shape")
        if datetime.fromisoformat(at).tzinfo is None:
            raise ValueError("naive time")
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ApiError(422, "bad_cursor", BAD_CURSOR) from None
    return at, n


@router.get(
    "/supervision/records",
    tags=["supervision"],
    operation_id="listSupervisionRecords",
    responses=errors(401, 403),
)
def list_records(
    who: Supervising,
    central: CentralDep,
    kind: Annotated[RecordKind | None, Query()] = None,
    cursor: Cursor = None,
    others: Annotated[bool, Query(description="leave out the caller's own records")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> RecordList:
    """The center's records, newest first, a keyset page at a time (``cursor``: the previous page's
    ``next_cursor``), and how many there are in all (``ix_supervision_records_center_received``)."""
    where = [SupervisionRecordRow.center_code == who.center_code]
    if kind is not None:
        where.append(SupervisionRecordRow.kind == kind)
    if others:
        where.append(SupervisionRecordRow.author != who.username)
    with central.tx() as session:
        total = session.scalar(select(func.count()).select_from(SupervisionRecordRow).where(*where)) or 0
        if cursor:
            at, n = _cursor_key(cursor)
            received, row_id = SupervisionRecordRow.received_at, SupervisionRecordRow.id
            where.append(or_(received < at, and_(received == at, row_id < n)))
        query = select(SupervisionRecordRow).where(*where)
        order = (SupervisionRecordRow.received_at.desc(), SupervisionRecordRow.id.desc())
        rows = session.scalars(query.order_by(*order).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        names = _names(session, who.center_code)
        return RecordList(
            more=more,
            records=[_summary(r, names) for r in rows],
            total=int(total),
            next_cursor=_cursor_text(rows[-1].received_at, rows[-1].id) if more else None,
        )


def _names(session: Session, center_code: str) -> dict[str, str]:
    return dict(session.execute(select(User.username, User.display_name).where(User.center_code == center_code)).all())


def _summary(row: SupervisionRecordRow, names: dict[str, str]) -> RecordSummary:
    return RecordSummary(
        record_id=row.record_id,
        kind=row.kind,  # type: ignore[arg-type]
        version=row.version,
        final=row.final,
        author=row.author,
        received_at=row.received_at,
        author_name=names.get(row.author, row.author),
    )


@router.get(
    "/supervision/records/{kind}/{record_id}",
    tags=["supervision"],
    operation_id="getSupervisionRecord",
    responses=errors(401, 403, 404),
)
def get_record(kind: RecordKind, record_id: RecordId, who: Supervising, central: CentralDep) -> RecordDocument:
    """One record of the caller's center, read-only (another center's is not said to exist)."""
    with central.tx() as session:
        row = session.scalars(
            select(SupervisionRecordRow).where(
                SupervisionRecordRow.center_code == who.center_code,
                SupervisionRecordRow.record_id == record_id,
                SupervisionRecordRow.kind == kind,
            )
        ).first()
        if row is None:
            raise ApiError(404, "record_unknown", Message(refusals.SUPERVISION_RECORDS_RECORD_UNKNOWN))
        summary = _summary(row, _names(session, who.center_code))
        return RecordDocument(**summary.model_dump(), body=json.loads(row.body))


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any, limit: int) -> str:
    return str(value)[:limit] if isinstance(value, str | int) else ""


@router.get(
    "/supervision/follow-ups",
    tags=["supervision"],
    operation_id="listRatingFollowUps",
    responses=errors(401, 403),
)
def list_follow_ups(
    who: Supervising,
    central: CentralDep,
    cursor: Cursor = None,
    others: Annotated[bool, Query(description="leave out the steps the caller recorded")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> FollowUpList:
    """The center's bad-rating follow-up steps, newest first, a keyset page at a time, and how many there are
    (``ix_events_center_kind_received``)."""
    where = [
        StoredEvent.center_code == who.center_code,
        StoredEvent.kind == EventKind.RATING_FOLLOWED_UP.value,
        StoredEvent.status == "applied",
    ]
    if others:
        where.append(StoredEvent.pushed_by != who.username)  # the center vouches for the actor: the pusher
    with central.tx() as session:
        total = session.scalar(select(func.count()).select_from(StoredEvent).where(*where)) or 0
        if cursor:
            text, n = _cursor_key(cursor)
            at = datetime.fromisoformat(text)
            received, seq = StoredEvent.received_at, StoredEvent.server_seq
            where.append(or_(received < at, and_(received == at, seq < n)))
        query = select(StoredEvent, CaseRow.case_no).outerjoin(CaseRow, CaseRow.case_id == StoredEvent.case_id)
        order = (StoredEvent.received_at.desc(), StoredEvent.server_seq.desc())
        found = session.execute(query.where(*where).order_by(*order).limit(limit + 1)).all()
        last = found[limit - 1][0] if len(found) > limit else None
        entries = []
        for event, case_no in found[:limit]:
            doc = _mapping(event.document)
            payload, actor = _mapping(doc.get("payload")), _mapping(doc.get("actor"))
            entries.append(
                FollowUpEntry(
                    event_id=event.event_id,
                    case_id=event.case_id,
                    case_no=case_no or "",
                    step=_text(payload.get("step"), 32),
                    label=_text(payload.get("label"), 32),
                    note=_text(payload.get("note"), 1000),
                    clerk_id=_text(actor.get("clerk_id"), 64),
                    clerk_name=_text(actor.get("clerk_name"), 64),
                    occurred_at=_text(doc.get("occurred_at"), 40),
                    received_at=event.received_at.isoformat(),
                )
            )
        return FollowUpList(
            entries=entries,
            more=last is not None,
            total=int(total),
            next_cursor=_cursor_text(last.received_at.isoformat(), last.server_seq) if last is not None else None,
        )


class CenterChecklistRow(Base):
    """A center's own checklist items (revision 0019), the newest version only."""

    __tablename__ = "center_checklists"

    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    items: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(String(40))


Administering = Annotated[Principal, Depends(require_roles("admin"))]


@router.get(
    "/supervision/checklist",
    tags=["supervision"],
    operation_id="getCenterChecklist",
    responses=errors(401, 403),
)
def get_checklist(who: Supervising, central: CentralDep) -> CenterChecklist:
    """The caller's center's own checklist items (version 0 and none: the standard's items only)."""
    with central.tx() as session:
        row = session.get(CenterChecklistRow, who.center_code)
        if row is None:
            return CenterChecklist(version=0, items=[])
        return CenterChecklist(
            version=row.version,
            items=[CenterItem(**i) for i in json.loads(row.items)],
            updated_by=row.updated_by,
            updated_at=row.updated_at,
        )


@router.put(
    "/supervision/checklist",
    tags=["supervision"],
    operation_id="putCenterChecklist",
    responses=errors(401, 403, 409, 422),
)
def put_checklist(body: CenterChecklist, who: Administering, central: CentralDep) -> CenterChecklist:
    """An admin publishes the center's own items (for the admin's own center only); an older version never wins."""
    codes = [i.code for i in body.items]
    if len(set(codes)) != len(codes):
        raise ApiError(422, "duplicate_code", Message(refusals.DUPLICATE_CODE))
    with central.tx() as session:
        row = session.get(CenterChecklistRow, who.center_code, with_for_update=True)
        if row is not None and body.version <= row.version:
            raise ApiError(409, CHECKLIST_OUTDATED, Message(refusals.CHECKLIST_OUTDATED, version=row.version))
        text = json.dumps([i.model_dump() for i in body.items], ensure_ascii=False)
        now = central.now().isoformat()
        if row is None:
            session.add(
                CenterChecklistRow(
                    center_code=who.center_code,
                    version=body.version,
                    items=text,
                    updated_by=who.username,
                    updated_at=now,
                )
            )
        else:
            row.version, row.items, row.updated_by, row.updated_at = body.version, text, who.username, now
        return CenterChecklist(version=body.version, items=body.items, updated_by=who.username, updated_at=now)
