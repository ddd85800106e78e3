"""``BackOfficeClient``: the central server's back-office calls for the desktop's back-office workspace.

A ``SyncClient`` (same tokens, TLS rules, protocol check and errors in words) with the calls of ``routes_office``,
``routes_steps`` and the attachments API. Blocking (requests): the UI runs each through the operations gateway's
network lane; one call at a time (a lock), like the engine's client.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from govdesk.domain.attachments import PageRef
from govdesk.domain.messages import Message, translate
from govdesk.protocol import CaseActionResponse, DecideRequest, QueueResponse
from govdesk.protocol.attachments import UploadState, result_file_path
from govdesk.protocol.office import (
    AttachmentEntry,
    CaseDetail,
    CorrectionRequest,
    DeadlinesRequest,
    DeadlinesResponse,
    ResultRequest,
    StepRequest,
)
from govdesk.sync.client import SyncClient, _classify
from govdesk.sync.errors import BadResponse

BAD_LIST = translate("OfficeClient", "中心服务器的材料清单无法识别", "sync.office.bad_list")
SCAN_TOO_LARGE = translate("OfficeClient", "扫描件过大，无法显示", "sync.office.scan_too_large")

M = TypeVar("M", bound=BaseModel)
_ATTACHMENTS = TypeAdapter(list[AttachmentEntry])
#: A scanned page bigger than this is not shown (the attachments API refuses bigger uploads anyway).
MAX_PAGE_BYTES = 20 * 1024 * 1024


class BackOfficeClient(SyncClient):
    """See the module docstring."""

    def __init__(self, base_url: str, **options: Any) -> None:
        super().__init__(base_url, **options)
        self._one = threading.Lock()

    def _do(self, method: str, path: str, model: type[M], **kw: Any) -> M:
        with self._one:
            return self._call(method, path, model, **kw)

    def queue(self, department: str = "", cursor: str | None = None, limit: int | None = None) -> QueueResponse:
        """One page of the queue (keyset: ``cursor`` from the page before; None for the first)."""
        params: dict[str, str | int] = {}
        if department:
            params["department"] = department
        if cursor:
            params["cursor"] = cursor
        if limit:
            params["limit"] = limit
        return self._do("GET", "/api/v1/backoffice/queue", QueueResponse, params=params or None)

    def deadlines(self, case_ids: Sequence[str]) -> DeadlinesResponse:
        body = DeadlinesRequest(case_ids=list(case_ids))
        return self._do("POST", "/api/v1/backoffice/deadlines", DeadlinesResponse, body=body)

    def detail(self, case_id: str) -> CaseDetail:
        return self._do("GET", f"/api/v1/backoffice/cases/{case_id}", CaseDetail)

    def claim(self, case_id: str) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/claim", CaseActionResponse)

    def correction(self, case_id: str, body: CorrectionRequest) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/correction", CaseActionResponse, body=body)

    def step(self, case_id: str, body: StepRequest) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/steps", CaseActionResponse, body=body)

    def decide(self, case_id: str, body: DecideRequest) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/decide", CaseActionResponse, body=body)

    def result(self, case_id: str, body: ResultRequest) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/result", CaseActionResponse, body=body)

    def result_ready(self, case_id: str) -> CaseActionResponse:
        return self._do("POST", f"/api/v1/backoffice/cases/{case_id}/result-ready", CaseActionResponse)

    # --- the result document (the licence's scan or PDF) --------------------------------------------------------

    def result_file_state(self, case_id: str, ref: PageRef) -> UploadState:
        """How much of the result document the center holds for the case (resumable, like the windows' scans)."""
        params = {"size": ref.size, "content_type": ref.content_type}
        return self._do("GET", result_file_path(case_id, ref.sha256), UploadState, params=params)

    def put_result_chunk(self, case_id: str, ref: PageRef, offset: int, data: bytes) -> UploadState:
        params = {"size": ref.size, "content_type": ref.content_type, "offset": offset}
        with self._one:
            reply = self._exchange("PUT", result_file_path(case_id, ref.sha256), body=data, params=params)
        return self._parse(reply, UploadState)

    # --- the attachments API (scanned materials) -------------------------------------------------------------

    def attachments(self, case_id: str) -> list[AttachmentEntry]:
        with self._one:
            reply = self._exchange("GET", f"/api/v1/cases/{case_id}/attachments")
        if not 200 <= reply.status_code < 300:
            raise _classify(reply)
        try:
            data = reply.json()
            if isinstance(data, dict):  # an envelope ({"attachments": [...]}) as well as a bare list
                data = data.get("attachments", [])
            return _ATTACHMENTS.validate_python(data)
        except (ValueError, ValidationError) as error:
            raise BadResponse(Message(BAD_LIST), status=reply.status_code) from error

    def attachment(self, sha256: str) -> bytes:
        with self._one:
            reply = self._exchange("GET", f"/api/v1/attachments/{sha256}")
        if not 200 <= reply.status_code < 300:
            raise _classify(reply)
        if len(reply.content) > MAX_PAGE_BYTES:
            raise BadResponse(Message(SCAN_TOO_LARGE), status=reply.status_code)
        return reply.content
