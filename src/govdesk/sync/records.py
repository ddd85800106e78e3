"""Sending the supervisor's records to the center (``PUT /api/v1/supervision/records/{kind}/{id}``)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

from govdesk.protocol.attachments import UPLOAD_CHUNK, UploadState
from govdesk.protocol.records import (
    CenterChecklist,
    FollowUpList,
    RecordDocument,
    RecordList,
    RecordStored,
    RecordUpload,
)
from govdesk.sync.attachments import AttachmentClient, HashMismatch, OffsetMismatch, Refused
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
    client: SyncClient, kind: str | None = None, cursor: str | None = None, limit: int = 100, *, others: bool = False
) -> RecordList:
    """The center's records (every supervisor's of the caller's center; ``others``: but the caller's own), newest
    first, a keyset page at a time (``cursor``: the previous page's ``next_cursor``)."""
    params: dict[str, Any] = {"limit": limit}
    if kind:
        params["kind"] = kind
    if cursor:
        params["cursor"] = cursor
    if others:
        params["others"] = "true"
    return client._call("GET", "/api/v1/supervision/records", RecordList, params=params)


def get_record(client: SyncClient, kind: str, record_id: str) -> RecordDocument:
    return client._call("GET", f"/api/v1/supervision/records/{kind}/{record_id}", RecordDocument)


def list_follow_ups(
    client: SyncClient, cursor: str | None = None, limit: int = 100, *, others: bool = False
) -> FollowUpList:
    """The center's bad-rating follow-up steps (``others``: but the caller's own), newest first, a keyset page at a
    time."""
    params: dict[str, Any] = {"limit": limit}
    if cursor:
        params["cursor"] = cursor
    if others:
        params["others"] = "true"
    return client._call("GET", "/api/v1/supervision/follow-ups", FollowUpList, params=params)


def record_file_path(record_id: str, sha256: str) -> str:
    return f"/api/v1/supervision/records/{record_id}/files/{sha256}/upload"


class RecordFileClient(AttachmentClient):
    """The scans' upload calls (own connection, the sync client's token) for an inspection's photos."""

    @classmethod
    def near(cls, client: SyncClient) -> RecordFileClient:
        """One that talks to the same center as ``client`` (``AttachmentClient.beside``)."""
        made = AttachmentClient.beside(client)
        return cls(
            made.base_url, token=made.token, headers=made._headers, timeout=made.timeout, ca_bundle=made.ca_bundle
        )

    def record_state(self, record_id: str, sha256: str) -> UploadState:
        return self._parse(self._send("GET", record_file_path(record_id, sha256)))

    def record_put(self, record_id: str, sha256: str, offset: int, data: bytes) -> UploadState:
        return self._parse(self._send("PUT", record_file_path(record_id, sha256), params={"offset": offset}, data=data))

    def photo(self, sha256: str) -> bytes | None:
        """A photo of the center's records (None: the center does not have it, or not for this center)."""
        reply = self._send("GET", f"/api/v1/supervision/files/{sha256}")
        if reply.status_code == 404:
            return None
        if reply.status_code != 200:
            self._parse(reply)  # said in words (a refusal, a login needed, a server error)
        data = reply.content
        return data if hashlib.sha256(data).hexdigest() == sha256 else None


def upload_record_file(client: SyncClient, record_id: str, sha256: str, source: Path | bytes) -> tuple[bool, str]:
    """Send one photo of a stored record from where the center stopped, in ``UPLOAD_CHUNK`` pieces: (True, "") when
    the center has it whole; (False, its words) when refused. ``source``: the photo's plaintext (the PC keeps it
    sealed: the caller decrypts it, so the center gets what hashes to ``sha256``), or a plain file. Network and
    server errors propagate (next round)."""
    files = RecordFileClient.near(client)
    try:
        state = files.record_state(record_id, sha256)
        with io.BytesIO(source) if isinstance(source, bytes) else source.open("rb") as fh:
            while not state.complete:
                fh.seek(state.received)
                data = fh.read(UPLOAD_CHUNK) if state.received < state.size else b""
                try:
                    state = files.record_put(record_id, sha256, state.received, data)
                except OffsetMismatch as error:  # the center holds another amount (a lost answer): from there
                    state = error.state
        return True, ""
    except (Refused, HashMismatch) as error:
        return False, str(error)
    finally:
        files.close()


def get_checklist(client: SyncClient) -> CenterChecklist:
    """The center's own checklist items (supervisors and admins of the center)."""
    return client._call("GET", "/api/v1/supervision/checklist", CenterChecklist)


def put_checklist(client: SyncClient, checklist: CenterChecklist) -> tuple[bool, str]:
    """An admin publishes the center's own items: (True, "") stored; (False, the center's code and words as
    "code: words") refused."""
    try:
        client._call("PUT", "/api/v1/supervision/checklist", CenterChecklist, body=checklist)
    except RequestRefused as error:
        if error.status in (403, 409, 422):
            return False, f"{error.code}: {error}"
        raise
    return True, ""
