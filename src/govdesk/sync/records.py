"""Sending the supervisor's records to the center (``PUT /api/v1/supervision/records/{kind}/{id}``)."""

from __future__ import annotations

from typing import Any

from govdesk.protocol.records import RecordStored, RecordUpload
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
