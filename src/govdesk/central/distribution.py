"""Catalog and calendar versions, messages to the windows, and SMS sent through the server."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from govdesk.central.changes import emit_change
from govdesk.central.context import Central
from govdesk.central.db import DocumentRow
from govdesk.central.errors import ApiError
from govdesk.domain.calendar import CalendarDataError, WorkCalendar
from govdesk.domain.calendar_notice import require_statutory_holidays
from govdesk.domain.catalog_loader import CatalogError
from govdesk.domain.messages import Message
from govdesk.domain.reference import calendar_document, calendar_from_document, catalog_from_document
from govdesk.protocol import ChangeKind, DocumentUpload, MessageRequest, VersionedDocument, refusals

DOC_TYPES = {
    "catalog": (ChangeKind.CATALOG, Message(refusals.TERM_CATALOG)),
    "calendar": (ChangeKind.CALENDAR, Message(refusals.TERM_CALENDAR)),
}


def _view(row: DocumentRow) -> VersionedDocument:
    return VersionedDocument(
        version=row.version,
        document=row.document,
        sha256=row.sha256,
        published_at=row.published_at,
        published_by=row.published_by,
    )


def latest(session: Session, doc_type: str) -> VersionedDocument:
    row = session.scalars(
        select(DocumentRow).where(DocumentRow.doc_type == doc_type).order_by(DocumentRow.id.desc()).limit(1)
    ).one_or_none()
    if row is None:
        raise ApiError(404, "no_document", Message(refusals.NO_DOCUMENT, document=DOC_TYPES[doc_type][1]))
    return _view(row)


def publish(central: Central, session: Session, doc_type: str, upload: DocumentUpload, by: str) -> VersionedDocument:
    """Store a new version and tell every center's windows (a pull change with the version and its hash)."""
    return publish_at(session, central.now(), doc_type, upload, by)


def publish_at(session: Session, now: datetime, doc_type: str, upload: DocumentUpload, by: str) -> VersionedDocument:
    """:func:`publish` at a given time (the admin CLI works on the database, without a running server)."""
    kind, label = DOC_TYPES[doc_type]
    _validate(doc_type, upload, label)
    canonical = json.dumps(upload.document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    row = DocumentRow(
        doc_type=doc_type,
        version=upload.version,
        document=upload.document,
        sha256=digest,
        published_at=now,
        published_by=by,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ApiError(
            409, "version_exists", Message(refusals.VERSION_EXISTS, label=label, version=upload.version)
        ) from None
    emit_change(session, now, None, kind, {"version": upload.version, "sha256": digest, "doc_type": doc_type})
    return _view(row)


def publish_calendar_years(session: Session, now: datetime, years: WorkCalendar, by: str) -> VersionedDocument:
    """Publish ``years`` (a new year, or a corrected one) over the newest calendar document: the windows keep only
    the newest, so it carries every year published before, a year in both taken from ``years``. The version names
    the years and a digest of the data (``WorkCalendar.version``)."""
    try:
        current = calendar_from_document(latest(session, "calendar").document)
    except ApiError:  # nothing published yet
        merged = years
    else:
        try:
            merged = current.merged(years)
        except CalendarDataError as error:
            raise ApiError(422, "bad_document", Message(refusals.DISTRIBUTION_BAD_DOCUMENT, error=error)) from None
    upload = DocumentUpload(version=merged.version, document=calendar_document(merged))
    return publish_at(session, now, "calendar", upload, by)


def _validate(doc_type: str, upload: DocumentUpload, label: str) -> None:
    """Publish only what every window can load (domain.reference reads it on both sides), and only real years:
    every statutory holiday of 《全国年节及纪念日放假办法》 a day off."""
    try:
        if doc_type == "calendar":
            for year in calendar_from_document(upload.document).years:
                require_statutory_holidays(year)
        else:
            catalog = catalog_from_document(upload.document)
            if catalog.version != upload.version:
                raise ValueError(f"文档中的版本 {catalog.version} 与发布版本 {upload.version} 不一致")
    except (CalendarDataError, CatalogError, ValueError) as error:
        raise ApiError(422, "bad_document", Message(refusals.BAD_DOCUMENT, label=label, error=error)) from None


def post_message(central: Central, session: Session, center_code: str, by: str, request: MessageRequest) -> str:
    change = emit_change(
        session,
        central.now(),
        center_code,
        ChangeKind.MESSAGE,
        {"text": request.text, "from": by},
        case_id=request.case_id,
    )
    return str(change)
