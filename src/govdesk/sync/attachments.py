"""``AttachmentUploader``: a case's scanned files to the center, after the case's events, in resumable chunks.

Apart from the event outbox and its engine (``sync.engine``): its own queue (``attachment_uploads``), its own thread,
its own HTTP connection, so a township's day of scans on a 1 Mbit/s line never holds an event behind it, and an
event refused or in conflict never keeps a file in the outbox (OpenCRVS #5313, #12292 are the failures avoided).

For each ready file (its case's events all out of the outbox): the local file is hashed again (a damaged file is
never sent), the center says how much it holds (``UploadState.received``: 0, part, or the whole file for another
case), the rest goes ``UPLOAD_CHUNK`` at a time from that offset, each chunk read from the file as it is sent (never
the whole file in memory). A cut line or a restart resumes from what the center holds; a file that arrived counts
``sent`` only when the center says so (its hash checked there), so each arrives exactly once.

Failures: no network, 5xx, an expired token -> the file stays pending and the uploader waits (back-off); the
center's refusal in words (not named by the case's events, too large, wrong type) -> ``refused``, shown to the
clerk, never retried blindly; a hash the center found wrong -> sent again from 0, at most ``MAX_HASH_RETRIES`` times.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO, Protocol, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from govdesk.domain.messages import Message, translate
from govdesk.protocol.attachments import (
    LICENCE_PATH,
    UPLOAD_CHUNK,
    LicenceLookup,
    UploadState,
    attachment_path,
    upload_path,
)
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import BadResponse, ClientTooOld, NeedsLogin, NetworkError, ServerError, SyncError
from govdesk.sync.server_words import error_body, words
from govdesk.sync.transport import check_server_url, verify_for

FILE_TOO_LARGE = translate("SyncAttachments", "中心服务器发来的文件过大，未接收", "sync.attachments.file_too_large")
NOT_LOGGED_IN = translate(
    "SyncAttachments",
    "尚未登录中心服务器：登录后自动继续（本机数据已保存）",
    "sync.attachments.not_logged_in",
)
UNREACHABLE = translate(
    "SyncAttachments",
    "无法连接中心服务器，材料将稍后自动续传；材料已保存在本机",
    "sync.attachments.unreachable",
)
BAD_ANSWER = translate("SyncAttachments", "中心服务器的答复无法识别，材料将稍后续传", "sync.attachments.bad_answer")
UPLOAD_REFUSED = translate("SyncAttachments", "中心服务器拒绝了材料上传（{status}）", "sync.attachments.upload_refused")
UNEXPECTED = translate(
    "SyncAttachments",
    "上传材料时发生意外错误，将自动重试；材料已保存在本机",
    "sync.attachments.unexpected",
)
FILE_MISSING = translate("SyncAttachments", "本机找不到该材料文件，无法上传", "sync.attachments.file_missing")
STOPPED = translate("SyncAttachments", "已停止上传，材料将在下次启动后续传", "sync.attachments.stopped")
FILE_DAMAGED = translate(
    "SyncAttachments",
    "本机保存的材料文件已损坏（校验值不符），未上传；请重新扫描该材料",
    "sync.attachments.file_damaged",
)

log = logging.getLogger(__name__)
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

PENDING, SENT, REFUSED = "pending", "sent", "refused"
MAX_HASH_RETRIES = 3
#: Tries after which a case the center still does not know (its events refused there) leaves the file refused,
#: shown to the clerk, instead of pending for ever.
MAX_CASE_WAITS = 20
#: Codes of the center that mean "wait: the case's events are not there yet" (the file stays pending).
WAIT_CODES = frozenset({"case_unknown", "storage_unconfigured"})


@dataclass(frozen=True, slots=True)
class PendingFile:
    case_id: str
    sha256: str
    size: int
    content_type: str
    attempts: int = 0


class AttachmentQueue(Protocol):
    """What the uploader needs of the local store (``services.attachments.StoreAttachmentQueue``); blocking."""

    def ready(self, limit: int) -> list[PendingFile]:
        """Pending files whose case's events have all left the outbox, oldest first."""
        ...

    def open(self, sha256: str) -> BinaryIO:
        """The local file (``FileNotFoundError`` when it is gone)."""
        ...

    def mark(self, case_id: str, sha256: str, status: str, error: str = "") -> None: ...

    def counts(self) -> Mapping[str, int]: ...


class Refused(SyncError):
    """The center will not take this file: needs a person (``retry`` False)."""

    retry = False


class HashMismatch(SyncError):
    """The center found the bytes did not hash to the name: sent again from 0."""


class OffsetMismatch(SyncError):
    def __init__(self, message: str, state: UploadState) -> None:
        super().__init__(message, code="offset_mismatch", status=409)
        self.state = state


class AttachmentClient:
    """The two upload calls over its own requests session (its own connection: a chunk on a slow line never holds
    the push's). The access token is borrowed from the sync client (``token``), never refreshed here."""

    def __init__(
        self,
        base_url: str,
        *,
        token: Callable[[], str | None],
        headers: Callable[[], Mapping[str, str]] | None = None,
        timeout: tuple[float, float] = (5.0, 60.0),
        ca_bundle: str = "",
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._headers = headers
        self.timeout = timeout
        self.ca_bundle = ca_bundle
        self.session = session or requests.Session()

    @classmethod
    def beside(cls, client: SyncClient) -> AttachmentClient:
        """One that talks to the same center as ``client``, with its token, device key and version headers."""
        return cls(
            client.base_url,
            token=lambda: client.access_token,
            headers=lambda: dict(client.session.headers),
            timeout=(client.timeout[0], max(client.timeout[1], 60.0)),
            ca_bundle=client.ca_bundle,
        )

    def close(self) -> None:
        self.session.close()

    def state(self, case_id: str, sha256: str) -> UploadState:
        return self._parse(self._send("GET", upload_path(case_id, sha256)))

    def licence(self, material_code: str, holder_id: str) -> LicenceLookup:
        """The center's 电子证照 library: the holder's licence serving as this material, if any."""
        reply = self._send("GET", LICENCE_PATH, params={"material": material_code, "holder_id": holder_id})
        return self._parse(reply, LicenceLookup)

    def download(self, sha256: str, limit: int) -> bytes:
        """A file the center lets this window read (a case's result document), at most ``limit`` bytes."""
        reply = self._send("GET", attachment_path(sha256))
        if not 200 <= reply.status_code < 300:
            self._parse(reply)  # raises the center's refusal in words
        if len(reply.content) > limit:
            raise BadResponse(Message(FILE_TOO_LARGE), status=reply.status_code)
        return reply.content

    def put(self, case_id: str, sha256: str, offset: int, data: bytes) -> UploadState:
        reply = self._send("PUT", upload_path(case_id, sha256), params={"offset": offset}, data=data)
        return self._parse(reply)

    def _send(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, data: bytes | None = None
    ) -> requests.Response:
        check_server_url(self.base_url)
        token = self.token()
        if not token:
            raise NeedsLogin(Message(NOT_LOGGED_IN), code="not_authenticated")
        extra = self._headers() if self._headers is not None else {}
        headers = {k: v for k, v in dict(extra).items() if k.lower() not in ("authorization", "content-type")}
        headers["Authorization"] = f"Bearer {token}"
        headers["Accept"] = "application/json"
        if data is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            return self.session.request(
                method,
                self.base_url + path,
                params=params,
                data=data,
                headers=headers,
                timeout=self.timeout,
                verify=verify_for(self.ca_bundle),
            )
        except requests.RequestException as error:
            raise NetworkError(Message(UNREACHABLE)) from error

    def _parse(self, reply: requests.Response, model: type[M] = UploadState) -> M:  # type: ignore[assignment]
        status = reply.status_code
        if 200 <= status < 300:
            try:
                return model.model_validate_json(reply.content)
            except ValidationError as error:
                raise BadResponse(Message(BAD_ANSWER), status=status) from error
        body = error_body(reply.content)
        code = body.code if body else ""
        said = words(body) if body else Message(UPLOAD_REFUSED, status=status)
        if status == 401:
            raise NeedsLogin(said, code=code, status=status)
        if status == 426:  # this program is older than the center's protocol: wait for the upgrade, refuse nothing
            raise ClientTooOld(said, code=code, status=status)
        if status >= 500 or code in WAIT_CODES:
            raise ServerError(said, code=code, status=status)
        if code == "offset_mismatch" and body is not None:
            try:
                raise OffsetMismatch(said, UploadState.model_validate(body.detail))
            except ValidationError as error:
                raise BadResponse(said, status=status) from error
        if code == "hash_mismatch":
            raise HashMismatch(said, code=code, status=status)
        if status == 429:
            raise ServerError(said, code=code, status=status)
        raise Refused(said, code=code, status=status)


@dataclass(frozen=True, slots=True)
class UploadStatus:
    """What the status bar shows of the scans: how many wait, how many are refused, the last error."""

    pending: int = 0
    sent: int = 0
    refused: int = 0
    uploading: bool = False
    bytes_sent: int = 0
    last_error: str | None = None


@dataclass
class DrainReport:
    sent: int = 0
    refused: int = 0
    error: SyncError | None = None
    bytes_sent: int = 0
    files: list[str] = field(default_factory=list, repr=False)


class AttachmentUploader:
    """See the module docstring. ``on_status`` is called on the loop's thread with every new ``UploadStatus``."""

    def __init__(
        self,
        client: AttachmentClient,
        queue: AttachmentQueue,
        *,
        chunk_size: int = UPLOAD_CHUNK,
        poll_interval: float = 10.0,
        backoff: Backoff | None = None,
        on_status: Callable[[UploadStatus], None] | None = None,
        on_needs_token: Callable[[], None] | None = None,
    ) -> None:
        self.client = client
        self.queue = queue
        self.chunk_size = chunk_size
        self.poll_interval = poll_interval
        self.backoff = backoff or Backoff()
        self.on_status = on_status
        self.on_needs_token = on_needs_token
        self.status = UploadStatus()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govdesk-attachments")
        self._stop_flag = threading.Event()
        self._wake = asyncio.Event()
        self._failures = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._hash_retries: dict[tuple[str, str], int] = {}

    def wake(self) -> None:
        """Look for ready files at once (after a sync round sent a case's events, or after a capture)."""
        self._wake.set()

    def wake_threadsafe(self) -> None:
        """``wake()`` from another thread (the sync engine's, after a round); nothing before ``run()`` started."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake.set)

    def stop(self) -> None:
        self._stop_flag.set()
        self._wake.set()

    async def aclose(self) -> None:
        self.stop()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._executor.shutdown)
        self.client.close()

    async def run(self) -> None:
        """Drain, then wait ``poll_interval`` (or a back-off after a failure, or a ``wake()``), until ``stop()``."""
        self._stop_flag.clear()
        self._loop = asyncio.get_running_loop()
        while not self._stop_flag.is_set():
            try:
                report = await self.drain_once()
            except Exception:
                log.exception("attachment upload round failed")
                report = DrainReport(error=SyncError(Message(UNEXPECTED)))
            if report.error is None:
                self._failures = 0
                wait = self.poll_interval
            else:
                self._failures += 1
                wait = self.backoff.delay(self._failures)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
            self._wake.clear()

    async def drain_once(self) -> DrainReport:
        """Upload every ready file (oldest first) until none is left, a failure that may heal, or ``stop()``."""
        report = DrainReport()
        self._set(uploading=True)
        tried: set[tuple[str, str]] = set()  # a file that must wait is not tried again in the same drain
        try:
            while not self._stop_flag.is_set():
                batch = [
                    i for i in await self._call(self.queue.ready, len(tried) + 20) if (i.case_id, i.sha256) not in tried
                ]
                if not batch:
                    break
                for item in batch:
                    tried.add((item.case_id, item.sha256))
                    if self._stop_flag.is_set():
                        break
                    try:
                        sent = await self._call(self._upload, item)
                    except (Refused, FileNotFoundError) as error:
                        words = str(error) if isinstance(error, Refused) else Message(FILE_MISSING)
                        await self._call(self.queue.mark, item.case_id, item.sha256, REFUSED, words)
                        report.refused += 1
                        continue
                    except HashMismatch as error:
                        key = (item.case_id, item.sha256)
                        self._hash_retries[key] = self._hash_retries.get(key, 0) + 1
                        if self._hash_retries[key] >= MAX_HASH_RETRIES:
                            await self._call(self.queue.mark, item.case_id, item.sha256, REFUSED, str(error))
                            report.refused += 1
                        continue
                    except ServerError as error:
                        report.error = error
                        if error.code in WAIT_CODES:  # this case is not at the center (yet): the others go on
                            final = error.code == "case_unknown" and item.attempts + 1 >= MAX_CASE_WAITS
                            await self._call(
                                self.queue.mark, item.case_id, item.sha256, REFUSED if final else PENDING, error.message
                            )
                            report.refused += final
                            continue
                        await self._call(self.queue.mark, item.case_id, item.sha256, PENDING, error.message)
                        return report
                    except SyncError as error:
                        report.error = error
                        if isinstance(error, NeedsLogin) and self.on_needs_token is not None:
                            self.on_needs_token()
                        await self._call(self.queue.mark, item.case_id, item.sha256, PENDING, error.message)
                        return report
                    await self._call(self.queue.mark, item.case_id, item.sha256, SENT, "")
                    report.sent += 1
                    report.bytes_sent += sent
                    report.files.append(item.sha256)
            return report
        finally:
            counts = await self._call(self.queue.counts)
            self._set(
                uploading=False,
                pending=counts.get(PENDING, 0),
                sent=counts.get(SENT, 0),
                refused=counts.get(REFUSED, 0),
                bytes_sent=self.status.bytes_sent + report.bytes_sent,
                last_error=report.error.message if report.error else None,
            )

    def _upload(self, item: PendingFile) -> int:
        """On the uploader's thread: the file from where the center stopped. Returns the bytes sent."""
        self._check_local(item)
        if item.attempts == 0:  # never tried: the center holds none of it, or all (another case's): no need to ask
            state = UploadState(sha256=item.sha256, size=item.size, received=0, complete=False)
        else:  # after a cut line or a restart: from where the center stopped
            state = self.client.state(item.case_id, item.sha256)
        sent = 0
        with self.queue.open(item.sha256) as fh:
            while not state.complete:
                if self._stop_flag.is_set():
                    raise NetworkError(Message(STOPPED))
                fh.seek(state.received)
                data = fh.read(self.chunk_size) if state.received < item.size else b""
                try:
                    state = self.client.put(item.case_id, item.sha256, state.received, data)
                except OffsetMismatch as error:  # the center holds another amount (a lost answer): go on from there
                    state = error.state
                    continue
                sent += len(data)
        return sent

    def _check_local(self, item: PendingFile) -> None:
        digest = hashlib.sha256()
        size = 0
        with self.queue.open(item.sha256) as fh:
            while chunk := fh.read(self.chunk_size):
                digest.update(chunk)
                size += len(chunk)
        if size != item.size or digest.hexdigest() != item.sha256:
            raise Refused(Message(FILE_DAMAGED), code="local_damaged")

    def _set(self, **changes: Any) -> None:
        new = replace(self.status, **changes)
        if new != self.status:
            self.status = new
            if self.on_status is not None:
                self.on_status(new)

    def _call(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        return asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)


__all__ = [
    "AttachmentClient",
    "AttachmentQueue",
    "AttachmentUploader",
    "DrainReport",
    "PendingFile",
    "UploadStatus",
]
