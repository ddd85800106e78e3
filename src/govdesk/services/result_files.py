"""The result document at the window (regulation 002 三 (二): 后台审批、窗口出件): the licence's scan or PDF the back
office uploaded with the result (by hash, type and size), shown in the 出件 clerk's case view so the paper handed over
can be checked against what the department made.

The case knows its document from its own ``case.result_attached`` (a case taken in at this window) or from the
server's hand-off party (a case ready for hand-off taken in elsewhere: the result window). It is fetched from the
center once (through the same client as the scans' uploader, bound when sync runs), its hash checked, then kept on
this PC beside the scans (``store.attachments.FileStore``, encrypted with the database's key): the next look works
offline. Blocking (the UI runs it on the gateway's network lane).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from govdesk.domain.attachments import MAX_FILE_BYTES
from govdesk.domain.backoffice import ResultFile
from govdesk.domain.case import Case
from govdesk.domain.messages import Message, translate
from govdesk.services.errors import ServiceError
from govdesk.store.attachments import FileStore
from govdesk.store.store import Store
from govdesk.sync.errors import SyncError

OFFLINE = translate(
    "ResultFileService",
    "未连接中心服务器，结果文件尚未取回本机：联网并登录后再查看；出件可先核对证照编号",
    "services.result_files.offline",
)
OFFLINE_LICENCE_NO = translate(
    "ResultFileService",
    "未连接中心服务器，结果文件尚未取回本机：联网并登录后再查看；出件可先核对证照编号（{licence_no}）",
    "services.result_files.offline_licence_no",
)
NOT_FETCHED = translate("ResultFileService", "结果文件未能取回：{reason}", "services.result_files.not_fetched")
HASH_MISMATCH = translate(
    "ResultFileService",
    "取回的结果文件与后台登记的校验值不符，未显示：请联系后台重新上传",
    "services.result_files.hash_mismatch",
)


class ResultFileError(ServiceError):
    """The result document cannot be shown; Chinese, for the clerk."""


#: The result document a case's back office attached: its hash, type and size (``Case.result_file``).
ResultFileRef = ResultFile


@dataclass(frozen=True, slots=True)
class ResultDocument:
    ref: ResultFileRef
    data: bytes
    kept: bool  # read from this PC's copy (no network needed)


class Downloader(Protocol):
    def download(self, sha256: str, limit: int) -> bytes: ...


def result_file_of(case: Case) -> ResultFileRef | None:
    """The result document of the case: from its own ``case.result_attached`` (a case taken in here) or from the
    server's hand-off party (a case ready for hand-off taken in elsewhere); None when it has none."""
    return case.result_file


class ResultFileDesk:
    """The center's result documents as the window reaches them: bound to the center's client once sync runs
    (``ui.sync_controller``), unbound (and said so in words) before."""

    def __init__(self) -> None:
        self.client: Downloader | None = None

    def use(self, client: Downloader | None) -> None:
        self.client = client


#: The program's one desk (bound by the sync controller; tests bind their own client).
RESULT_FILES = ResultFileDesk()


class ResultFiles:
    """Fetch-once, keep-encrypted result documents of one window's store."""

    def __init__(self, store: Store, desk: ResultFileDesk = RESULT_FILES) -> None:
        self.files = FileStore.results_of(store)
        self.desk = desk

    def fetch(self, ref: ResultFileRef) -> ResultDocument:
        if self.files.has(ref.sha256):
            with self.files.open(ref.sha256) as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
            if hashlib.sha256(data).hexdigest() == ref.sha256:
                return ResultDocument(ref, data, kept=True)
        client = self.desk.client
        if client is None:
            raise ResultFileError(
                Message(OFFLINE_LICENCE_NO, licence_no=ref.licence_no) if ref.licence_no else Message(OFFLINE)
            )
        try:
            data = client.download(ref.sha256, MAX_FILE_BYTES)
        except SyncError as error:
            raise ResultFileError(Message(NOT_FETCHED, reason=error.message)) from error
        if hashlib.sha256(data).hexdigest() != ref.sha256:
            raise ResultFileError(Message(HASH_MISMATCH))
        self.files.put_bytes(data, "办理结果")
        return ResultDocument(ref, data, kept=False)
