"""Sending the supervisor's records to the center (``PUT /api/v1/supervision/records/{kind}/{id}``)."""

from __future__ import annotations

from typing import Any

from govdesk.protocol.records import FollowUpList, RecordDocument, RecordList, RecordStored, RecordUpload
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import RequestRefused


def put_record(client: SyncClient, kind: str, record_id: str, body: dict[str, Any]) -> tuple[bool, str]:
    """(True, "") when the center has the record (stored now or before); (False, its words) when it refused it.
    Network and server errors propagate: the record is sent again next round."""
    upload = RecordUpload(
        version=int(body.get("version", 1)),
        final=bool(body.get("final", False)),
        body={k: v for k, v in body.items() if k not in ("version", "final")},
    )
    try:
        client._call("PUT", f"/api/v1/supervision/records/{kind}/{record_id}", RecordStored, body=upload)
    except RequestRefused as error:
        if error.status in (403, 409, 413, 422):
            return False, str(error)
        raise
    return True, ""


def list_records(
    client: SyncClient, kind: str | None = None, before: str | None = None, limit: int = 100
) -> RecordList:
    """The center's records (every supervisor's of the caller's center), newest first, a page at a time."""
    params: dict[str, Any] = {"limit": limit}
    if kind:
        params["kind"] = kind
    if before:
        params["before"] = before
    return client._call("GET", "/api/v1/supervision/records", RecordList, params=params)


def get_record(client: SyncClient, kind: str, record_id: str) -> RecordDocument:
    return client._call("GET", f"/api/v1/supervision/records/{kind}/{record_id}", RecordDocument)


def list_follow_ups(client: SyncClient, before: str | None = None, limit: int = 100) -> FollowUpList:
    params: dict[str, Any] = {"limit": limit}
    if before:
        params["before"] = before
    return client._call("GET", "/api/v1/supervision/follow-ups", FollowUpList, params=params)
